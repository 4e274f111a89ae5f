import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAsJob } from '../../emulators/artifact-service/in-process.js';
import { startArtifactService, type ArtifactService } from '../../emulators/artifact-service/index.js';
import { ByokError, ConfigurationError } from '../../shared/src/errors.js';
import { silentLogger } from '../../shared/src/logger.js';
import { downloadFiles } from '../../shared/src/transfer/download.js';
import { uploadFiles } from '../../shared/src/transfer/upload.js';

/**
 * Transient failures are retried by the client's own machinery (byok adds no loop); each retry here costs real
 * back-off time (Twirp 3 s, blob write ~4 s, download 5 s), so there is one test per retry path.
 */
let service: ArtifactService;
let root: string;
let runs = 300;

beforeAll(async () => {
  service = await startArtifactService();
  root = await mkdtemp(join(tmpdir(), 'byok-artifact-faults-'));
});
afterAll(async () => {
  await service.close();
  await rm(root, { recursive: true, force: true });
});

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

async function upload(runId: number, log?: string[]) {
  const dir = await mkdtemp(join(root, 'kek-'));
  await writeFile(join(dir, 'kek.pem'), 'PEM\n'.repeat(200));
  await writeFile(join(dir, 'kek.json'), '{"kid":"kek/1"}\n');
  const files = [join(dir, 'kek.pem'), join(dir, 'kek.json')];
  return runAsJob(
    service.jobEnv({ runId, jobName: 'kek' }),
    () => uploadFiles({ name: 'byok-kek', files, logger: silentLogger }),
    { log },
  );
}

function statuses(from: number, path: string): number[] {
  return service.requests
    .slice(from)
    .filter((request) => request.path.endsWith(path) || request.path.startsWith(path))
    .map((request) => request.status);
}

test('a 503 from CreateArtifact is retried by the client and the upload completes', async () => {
  const from = service.requests.length;
  const log: string[] = [];
  service.faults.failWith('CreateArtifact', { status: 503 });
  const result = await upload(++runs, log);
  expect(result.artifactId).toBeGreaterThan(0);
  expect(statuses(from, `${TWIRP}CreateArtifact`)).toEqual([503, 200]);
  expect(log.join('\n')).toMatch(/Attempt 1 of 5 failed with error: Failed request: \(503\)/);
  expect(service.faults.pending()).toBe(0);
});

test('a 503 on a blob write is retried by the storage SDK', async () => {
  const from = service.requests.length;
  service.faults.failWith('blob:PUT', { status: 503 });
  const runId = ++runs;
  const result = await upload(runId);
  expect(statuses(from, '/blob/')).toEqual([503, 201, 201]);
  expect(service.artifacts(runId)[0]?.digest).toBe(`sha256:${result.digest}`);
});

test('a failed download is retried by the client, and what lands is verified', async () => {
  const runId = ++runs;
  await upload(runId);
  const from = service.requests.length;
  service.faults.failWith('blob:GET', { status: 503 });
  const destination = join(root, 'wrap');
  const result = await runAsJob(service.jobEnv({ runId, jobName: 'wrap' }), () =>
    downloadFiles({ name: 'byok-kek', destination, logger: silentLogger }),
  );
  expect(statuses(from, '/blob/')).toEqual([503, 200]);
  expect(result.files).toEqual([join(destination, 'kek.pem'), join(destination, 'kek.json')]);
  expect(await readFile(join(destination, 'kek.pem'), 'utf8')).toBe('PEM\n'.repeat(200));
});

test('a truncated download that looks complete is refused by its digest, and nothing lands', async () => {
  // The archive is fetched without the client's extraction (so it can be extracted under limits): a short body
  // with a matching Content-Length is no transport error to the client, and the recorded digest catches it.
  const runId = ++runs;
  await upload(runId);
  const from = service.requests.length;
  service.faults.truncateDownload();
  const destination = join(root, 'wrap-truncated');
  const attempt = runAsJob(service.jobEnv({ runId, jobName: 'wrap' }), () =>
    downloadFiles({ name: 'byok-kek', destination, logger: silentLogger }),
  );
  await expect(attempt).rejects.toMatchObject({
    code: 'ARTIFACT_TAMPERED',
    message:
      'Artifact "byok-kek" arrived with a SHA-256 different from the one recorded when it was uploaded',
  });
  expect(statuses(from, '/blob/')).toEqual([200]);
  expect(await readdir(destination)).toEqual([]);
});

test('a refusal the client does not retry is an internal error naming the artifact', async () => {
  const runId = ++runs;
  await upload(runId);
  service.faults.failWith('ListArtifacts', { status: 400 });
  const attempt = runAsJob(service.jobEnv({ runId, jobName: 'wrap' }), () =>
    downloadFiles({ name: 'byok-kek', destination: join(root, 'x'), logger: silentLogger }),
  );
  const error = await attempt.catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ByokError);
  expect(error).not.toBeInstanceOf(ConfigurationError);
  expect(error).toMatchObject({
    code: 'ARTIFACT_SERVICE_FAILED',
    message: expect.stringMatching(/^Could not download artifact "byok-kek": .*\(400\)/),
  });
});
