import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAsJob } from '../../emulators/artifact-service/in-process.js';
import { startArtifactService, type ArtifactService } from '../../emulators/artifact-service/index.js';
import { silentLogger } from '../../shared/src/logger.js';
import { downloadFiles } from '../../shared/src/transfer/download.js';
import type { Manifest } from '../../shared/src/transfer/manifest.js';
import { uploadFiles } from '../../shared/src/transfer/upload.js';

/**
 * The artifact store is changed between the job that uploads and the job that downloads; the download must stop
 * with ARTIFACT_TAMPERED, name the artifact and the file, and leave nothing in the destination.
 */
let service: ArtifactService;
let root: string;
let runs = 200;

beforeAll(async () => {
  service = await startArtifactService();
  root = await mkdtemp(join(tmpdir(), 'byok-artifact-tamper-'));
});
afterAll(async () => {
  await service.close();
  await rm(root, { recursive: true, force: true });
});

const FILES = {
  'kek.pem': '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n',
  'kek.json': '{"kid":"kek/1"}\n',
};

async function writeDir(entries: Record<string, string>): Promise<string[]> {
  const dir = await mkdtemp(join(root, 'files-'));
  await Promise.all(Object.entries(entries).map(([name, text]) => writeFile(join(dir, name), text)));
  return Object.keys(entries).map((name) => join(dir, name));
}

/** A run in which job "kek" uploaded byok-kek through uploadFiles. */
async function uploadedRun(): Promise<{ runId: number; manifest: Manifest }> {
  const runId = ++runs;
  const files = await writeDir(FILES);
  const { manifest } = await runAsJob(service.jobEnv({ runId, jobName: 'kek' }), () =>
    uploadFiles({ name: 'byok-kek', files, logger: silentLogger }),
  );
  return { runId, manifest };
}

/** The stored bytes of an archive of `entries` uploaded with the bare client, in a scratch run. */
async function craftedArchive(entries: Record<string, string>): Promise<Buffer> {
  const runId = `scratch-${++runs}`;
  const files = await writeDir(entries);
  await runAsJob(service.jobEnv({ runId, jobName: 'attacker' }), async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().uploadArtifact('crafted', files, join(files[0] as string, '..'));
  });
  return service.artifacts(runId)[0]?.bytes as Buffer;
}

async function download(runId: number | string): Promise<{ error: unknown; left: string[] }> {
  const destination = await mkdtemp(join(root, 'wrap-'));
  const error = await runAsJob(service.jobEnv({ runId, jobName: 'wrap' }), () =>
    downloadFiles({ name: 'byok-kek', destination, logger: silentLogger }),
  ).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return { error, left: await readdir(destination) };
}

const HINT =
  'Rerun the job that produced "byok-kek", and investigate who can write artifacts in this workflow run';

test('a blob replaced in storage no longer matches the digest recorded at upload', async () => {
  const { runId, manifest } = await uploadedRun();
  service.tamper(
    runId,
    'byok-kek',
    await craftedArchive({ ...FILES, 'kek.pem': 'swapped', 'byok-manifest.json': JSON.stringify(manifest) }),
  );
  const { error, left } = await download(runId);
  expect(error).toMatchObject({
    code: 'ARTIFACT_TAMPERED',
    oneLine: `Artifact "byok-kek" arrived with a SHA-256 different from the one recorded when it was uploaded. ${HINT}`,
  });
  expect(left).toEqual([]);
});

test('a file changed inside a consistently re-recorded artifact is caught by the manifest, naming the file', async () => {
  const { runId, manifest } = await uploadedRun();
  const bytes = await craftedArchive({
    ...FILES,
    'kek.pem': FILES['kek.pem'].replace('AAAA', 'BBBB'),
    'byok-manifest.json': JSON.stringify(manifest),
  });
  service.tamper(runId, 'byok-kek', bytes, { updateDigest: true });
  const { error, left } = await download(runId);
  expect(error).toMatchObject({
    code: 'ARTIFACT_TAMPERED',
    message:
      'Artifact "byok-kek" was altered after upload: file "kek.pem" does not match the SHA-256 recorded at upload',
    hint: HINT,
  });
  expect(left).toEqual([]);
});

test.each([
  [
    'a file added',
    { extra: 'evil.sh' },
    'Artifact "byok-kek" contains file "evil.sh" that was not recorded at upload',
  ],
  [
    'a file removed',
    { drop: 'kek.pem' },
    'Artifact "byok-kek" is missing file "kek.pem" that was recorded at upload',
  ],
  [
    'the manifest removed',
    { drop: 'byok-manifest.json' },
    'Artifact "byok-kek" has no byok-manifest.json: it was not uploaded by byok, or it was replaced',
  ],
])('%s is caught', async (_label, change: { extra?: string; drop?: string }, message) => {
  const { runId, manifest } = await uploadedRun();
  const entries: Record<string, string> = { ...FILES, 'byok-manifest.json': JSON.stringify(manifest) };
  if (change.extra) entries[change.extra] = 'echo hi\n';
  if (change.drop) delete entries[change.drop];
  service.tamper(runId, 'byok-kek', await craftedArchive(entries), { updateDigest: true });
  const { error, left } = await download(runId);
  expect(error).toMatchObject({ code: 'ARTIFACT_TAMPERED', message });
  expect(left).toEqual([]);
});

test('another byok artifact swapped in under this name is caught by the name in its manifest', async () => {
  const { runId } = await uploadedRun();
  const otherRun = ++runs;
  const files = await writeDir(FILES);
  await runAsJob(service.jobEnv({ runId: otherRun, jobName: 'kek' }), () =>
    uploadFiles({ name: 'byok-other', files, logger: silentLogger }),
  );
  service.tamper(runId, 'byok-kek', service.artifacts(otherRun)[0]?.bytes as Buffer, { updateDigest: true });
  const { error } = await download(runId);
  expect(error).toMatchObject({
    code: 'ARTIFACT_TAMPERED',
    message: 'Artifact "byok-kek" carries the manifest of artifact "byok-other": it was swapped',
  });
});

test('an artifact uploaded without byok (no manifest) is refused', async () => {
  const runId = ++runs;
  const files = await writeDir(FILES);
  await runAsJob(service.jobEnv({ runId, jobName: 'vendor' }), async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().uploadArtifact('byok-kek', files, join(files[0] as string, '..'));
  });
  const { error, left } = await download(runId);
  expect(error).toMatchObject({
    code: 'ARTIFACT_TAMPERED',
    message: expect.stringContaining('has no byok-manifest.json'),
  });
  expect(left).toEqual([]);
});
