// A zip bomb through the artifact service and the real client: what action-import spends refusing it.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtifactService } from '../../emulators/artifact-service/index.js';
import { runAsJob } from '../../emulators/artifact-service/in-process.js';
import { runStep } from '../../emulators/runner/run-action.js';
import { MANIFEST_NAME } from '../../shared/src/transfer/manifest.js';
import type { Probe } from './measure.js';

function zerosSha256(bytes: number): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  for (let left = bytes; left > 0; left -= chunk.length)
    hash.update(chunk.subarray(0, Math.min(left, chunk.length)));
  return hash.digest('hex');
}

/**
 * Plants, in run `runId`, an artifact "byok-bomb" holding a .byok of `bytes` zeros and a manifest that records it
 * truthfully, zipped and uploaded by @actions/artifact; answers the archive's size.
 */
async function plantBomb(
  service: ArtifactService,
  root: string,
  runId: string,
  bytes: number,
): Promise<number> {
  const dir = await mkdtemp(join(root, 'bomb-'));
  const manifest = {
    version: 1,
    artifact: 'byok-bomb',
    files: [{ name: 'key.byok', size: bytes, sha256: zerosSha256(bytes) }],
  };
  await writeFile(join(dir, MANIFEST_NAME), JSON.stringify(manifest));
  await writeFile(join(dir, 'key.byok'), '');
  await truncate(join(dir, 'key.byok'), bytes);
  await runAsJob(service.jobEnv({ runId, jobName: 'attacker' }), async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().uploadArtifact(
      'byok-bomb',
      [join(dir, MANIFEST_NAME), join(dir, 'key.byok')],
      dir,
    );
  });
  await rm(dir, { recursive: true, force: true });
  return service.artifacts(runId)[0]?.size ?? 0;
}

export interface BombFigures {
  archiveBytes: number;
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
  error: string;
  leftovers: number;
}

/** action-import given the bomb as its byok-artifact, with the probe on. */
export async function refuseBomb(
  service: ArtifactService,
  root: string,
  probe: Probe,
  bytes: number,
): Promise<BombFigures> {
  const runId = `bomb-${bytes}`;
  const archiveBytes = await plantBomb(service, root, runId, bytes);
  probe.take();
  const result = await runStep('action-import', {
    workspace: join(root, runId),
    inputs: { 'hsm-name': 'contoso', 'key-name': 'signing-key', 'byok-artifact': 'byok-bomb' },
    env: { ...service.jobEnv({ runId, jobName: 'import' }), ...probe.env },
  });
  const record = probe.take().at(-1);
  return {
    archiveBytes,
    wallMs: result.durationMs,
    cpuMs: record?.cpuMs ?? NaN,
    maxRssMiB: (record?.maxRssKiB ?? NaN) / 1024,
    error: result.errors[0]?.replace(/\. Rerun .*(\[[A-Z_]+\])$/, ' $1') ?? `exit ${result.exitCode}`,
    leftovers: result.leftovers.length,
  };
}
