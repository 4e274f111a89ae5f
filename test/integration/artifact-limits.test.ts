import { createHash, randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import archiver from 'archiver';
import { runAsJob } from '../../emulators/artifact-service/in-process.js';
import { startArtifactService, type ArtifactService } from '../../emulators/artifact-service/index.js';
import { runStep } from '../../emulators/runner/run-action.js';
import { readWrappedKey } from '../../shared/src/byok/wrapped-key.js';
import { silentLogger } from '../../shared/src/logger.js';
import { downloadFiles } from '../../shared/src/transfer/download.js';
import { MANIFEST_NAME } from '../../shared/src/transfer/manifest.js';

/**
 * Someone who can write artifacts in the run plants an archive that inflates far beyond what byok ever uploads (a
 * "zip bomb", 64 MiB of zeros in ~64 KiB here), with or without a manifest that owns up to the size. The download
 * must refuse it before inflating it further than byok's own limits, write nothing the manifest does not record,
 * and leave nothing behind, in the destination or in RUNNER_TEMP.
 */
let service: ArtifactService;
let root: string;
let runs = 500;

beforeAll(async () => {
  service = await startArtifactService();
  root = await mkdtemp(join(tmpdir(), 'byok-artifact-limits-'));
});
afterAll(async () => {
  await service.close();
  await rm(root, { recursive: true, force: true });
});

const BOMB_BYTES = 64 * 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const ZEROS_SHA256 = sha256(Buffer.alloc(BOMB_BYTES));

/** Entries in archive order: text, or a number for that many zero bytes. */
type Entries = [name: string, content: string | number][];

function zeros(bytes: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  return Readable.from(
    (function* () {
      for (let left = bytes; left > 0; left -= chunk.length)
        yield chunk.subarray(0, Math.min(left, chunk.length));
    })(),
  );
}

/**
 * A run whose artifact `name` holds the zip of `entries`, in this order, made by archiver (the zip writer
 * @actions/artifact uploads with; the client itself may reorder files as it reads them).
 */
async function plantedRun(name: string, entries: Entries): Promise<string> {
  const runId = String(++runs);
  const dir = await mkdtemp(join(root, 'planted-'));
  await writeFile(join(dir, 'placeholder'), 'x');
  await runAsJob(service.jobEnv({ runId, jobName: 'attacker' }), async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().uploadArtifact(name, [join(dir, 'placeholder')], dir);
  });
  const zip = archiver('zip', { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  zip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const written = new Promise((resolve, reject) => zip.on('end', resolve).on('error', reject));
  for (const [file, content] of entries)
    zip.append(typeof content === 'number' ? zeros(content) : content, { name: file });
  await zip.finalize();
  await written;
  service.tamper(runId, name, Buffer.concat(chunks), { updateDigest: true });
  await rm(dir, { recursive: true, force: true });
  return runId;
}

function manifest(artifact: string, files: { name: string; size: number; sha256: string }[]): string {
  return JSON.stringify({ version: 1, artifact, files });
}

async function download(runId: string, name: string) {
  const destination = await mkdtemp(join(root, 'import-'));
  const from = service.requests.length;
  // Code and message only, so that a failure shows the message (jest does not print an error's message).
  const error = await runAsJob(service.jobEnv({ runId, jobName: 'import' }), () =>
    downloadFiles({ name, destination, logger: silentLogger }),
  ).then(
    () => undefined,
    (thrown: { code?: string; message?: string }) => ({ code: thrown.code, message: thrown.message }),
  );
  return { error, left: await readdir(destination), requests: service.requests.slice(from) };
}

test('a manifest that records a file larger than byok writes is refused before anything is extracted', async () => {
  const runId = await plantedRun('byok-key', [
    [MANIFEST_NAME, manifest('byok-key', [{ name: 'key.byok', size: BOMB_BYTES, sha256: ZEROS_SHA256 }])],
    ['key.byok', BOMB_BYTES],
  ]);
  const { error, left } = await download(runId, 'byok-key');
  expect(error).toMatchObject({
    code: 'ARTIFACT_TAMPERED',
    message: `Artifact "byok-key" records file "key.byok" of ${BOMB_BYTES} bytes, more than byok puts in an artifact (65536)`,
  });
  expect(left).toEqual([]);
});

test('an entry that inflates past the size its manifest records is cut off there', async () => {
  const runId = await plantedRun('byok-key', [
    [
      MANIFEST_NAME,
      manifest('byok-key', [{ name: 'key.byok', size: 100, sha256: sha256(Buffer.alloc(100)) }]),
    ],
    ['key.byok', BOMB_BYTES],
  ]);
  const { error, left } = await download(runId, 'byok-key');
  expect(error).toMatchObject({
    code: 'ARTIFACT_TAMPERED',
    message:
      'Artifact "byok-key" was altered after upload: file "key.byok" is larger than the 100 bytes recorded at upload',
  });
  expect(left).toEqual([]);
});

test('entries before the manifest are held to the size of any file byok writes', async () => {
  const runId = await plantedRun('byok-key', [
    ['key.byok', BOMB_BYTES],
    [
      MANIFEST_NAME,
      manifest('byok-key', [{ name: 'key.byok', size: 100, sha256: sha256(Buffer.alloc(100)) }]),
    ],
  ]);
  const { error, left } = await download(runId, 'byok-key');
  expect(error).toMatchObject({
    code: 'ARTIFACT_TAMPERED',
    message:
      'Artifact "byok-key" holds "key.byok" of more than 65536 bytes, larger than any file byok puts in an artifact',
  });
  expect(left).toEqual([]);
});

test('an artifact listed larger than byok uploads is not even downloaded', async () => {
  const noise = randomBytes(400 * 1024).toString('base64');
  const runId = await plantedRun('byok-key', [
    [MANIFEST_NAME, manifest('byok-key', [])],
    ['noise.txt', noise],
  ]);
  const { error, left, requests } = await download(runId, 'byok-key');
  expect(error).toMatchObject({
    code: 'ARTIFACT_TAMPERED',
    message: expect.stringMatching(
      /^Artifact "byok-key" is listed at \d+ bytes, larger than byok uploads \(327680 bytes\); it was not downloaded$/,
    ),
  });
  expect(requests.map((request) => request.operation)).toEqual(['ListArtifacts']);
  expect(left).toEqual([]);
});

test('action-import refuses the bomb in one line and leaves nothing in RUNNER_TEMP', async () => {
  const runId = await plantedRun('byok-key', [
    [MANIFEST_NAME, manifest('byok-key', [{ name: 'key.byok', size: BOMB_BYTES, sha256: ZEROS_SHA256 }])],
    ['key.byok', BOMB_BYTES],
  ]);
  const result = await runStep('action-import', {
    workspace: join(root, `import-${runId}`),
    inputs: { 'hsm-name': 'contoso', 'key-name': 'signing-key', 'byok-artifact': 'byok-key' },
    env: service.jobEnv({ runId, jobName: 'import' }),
  });
  expect(result.errors).toEqual([
    expect.stringMatching(
      /^Artifact "byok-key" records file "key.byok" of \d+ bytes.* \[ARTIFACT_TAMPERED\]$/,
    ),
  ]);
  expect(result.exitCode).toBe(1);
  expect(result.leftovers).toEqual([]);
});

test('a sidecar beside a .byok file is read only up to the size of a .byok', async () => {
  const dir = await mkdtemp(join(root, 'sidecar-'));
  const byok = join(dir, 'key.byok');
  await copyFile(join('test', 'fixtures', 'securosys-primus-rsa4k.byok'), byok);
  await writeFile(`${byok}.json`, `{"kid":"${'k'.repeat(1024 * 1024)}"}`);
  await expect(readWrappedKey({ path: byok, keyType: 'auto' })).rejects.toMatchObject({
    code: 'FILE_TOO_LARGE',
    message: expect.stringContaining(`${byok}.json is ${1024 * 1024 + 10} bytes`),
  });
});
