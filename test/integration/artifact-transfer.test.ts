import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAsJob } from '../../emulators/artifact-service/in-process.js';
import { startArtifactService, type ArtifactService } from '../../emulators/artifact-service/index.js';
import { ConfigurationError } from '../../shared/src/errors.js';
import { silentLogger } from '../../shared/src/logger.js';
import { downloadFiles } from '../../shared/src/transfer/download.js';
import { uploadFiles } from '../../shared/src/transfer/upload.js';

/** Upload in one job, download in a later job of the same run, with the real @actions/artifact client. */
let service: ArtifactService;
let root: string;

beforeAll(async () => {
  service = await startArtifactService();
  root = await mkdtemp(join(tmpdir(), 'byok-artifact-transfer-'));
});
afterAll(async () => {
  await service.close();
  await rm(root, { recursive: true, force: true });
});

const PEM =
  '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----\n';
const KEK_JSON = JSON.stringify({ kid: 'https://hsm.example/keys/kek/1', fingerprint: 'sha256:ab' }, null, 2);

async function kekFiles(name: string): Promise<string[]> {
  const dir = await mkdtemp(join(root, `${name}-`));
  await writeFile(join(dir, 'kek.pem'), PEM);
  await writeFile(join(dir, 'kek.json'), KEK_JSON);
  return [join(dir, 'kek.pem'), join(dir, 'kek.json')];
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

test('a later job of the same run downloads what an earlier job uploaded, verified', async () => {
  const files = await kekFiles('upload');
  const uploaded = await runAsJob(service.jobEnv({ runId: 101, jobName: 'kek' }), () =>
    uploadFiles({ name: 'byok-kek', files, logger: silentLogger }),
  );

  expect(uploaded.digest).toMatch(/^[0-9a-f]{64}$/);
  expect(uploaded.manifest).toEqual({
    version: 1,
    artifact: 'byok-kek',
    files: [
      { name: 'kek.pem', size: PEM.length, sha256: sha256(PEM) },
      { name: 'kek.json', size: KEK_JSON.length, sha256: sha256(KEK_JSON) },
    ],
  });
  const [stored] = service.artifacts(101);
  expect(stored).toMatchObject({
    id: uploaded.artifactId,
    name: 'byok-kek',
    job: 'kek',
    digest: `sha256:${uploaded.digest}`,
    size: uploaded.size,
  });
  expect(sha256(stored?.bytes ?? Buffer.alloc(0))).toBe(uploaded.digest);
  // Nothing is written beside the caller's files.
  expect((await readdir(join(files[0] as string, '..'))).sort()).toEqual(['kek.json', 'kek.pem']);

  const destination = join(root, 'wrap-workspace', 'kek');
  const info: string[] = [];
  const logger = { ...silentLogger, info: (line: string) => info.push(line) };
  const downloaded = await runAsJob(service.jobEnv({ runId: 101, jobName: 'wrap' }), () =>
    downloadFiles({ name: 'byok-kek', destination, logger }),
  );

  expect(downloaded).toMatchObject({
    artifactId: uploaded.artifactId,
    digest: uploaded.digest,
    files: [join(destination, 'kek.pem'), join(destination, 'kek.json')],
  });
  expect(await readFile(join(destination, 'kek.pem'), 'utf8')).toBe(PEM);
  expect(await readFile(join(destination, 'kek.json'), 'utf8')).toBe(KEK_JSON);
  expect((await readdir(destination)).sort()).toEqual(['kek.json', 'kek.pem']);
  expect(info.at(-1)).toBe('Artifact "byok-kek" verified: kek.pem, kek.json');
});

test('a second upload under a finalized name in the same run is refused', async () => {
  const env = service.jobEnv({ runId: 102, jobName: 'kek' });
  await runAsJob(env, async () =>
    uploadFiles({ name: 'byok-kek', files: await kekFiles('first'), logger: silentLogger }),
  );
  const files = await kekFiles('second');
  const again = runAsJob(service.jobEnv({ runId: 102, jobName: 'other' }), () =>
    uploadFiles({ name: 'byok-kek', files, logger: silentLogger }),
  );
  await expect(again).rejects.toMatchObject({
    code: 'ARTIFACT_EXISTS',
    message: 'Artifact "byok-kek" already exists in this workflow run',
  });
  // Another run may use the name.
  await expect(
    runAsJob(service.jobEnv({ runId: 103, jobName: 'kek' }), () =>
      uploadFiles({ name: 'byok-kek', files, logger: silentLogger }),
    ),
  ).resolves.toMatchObject({
    manifest: { artifact: 'byok-kek' },
  });
});

test('an artifact that no earlier job of this run uploaded is a configuration error with a needs: hint', async () => {
  const destination = join(root, 'missing');
  const attempt = runAsJob(service.jobEnv({ runId: 104, jobName: 'import' }), () =>
    downloadFiles({ name: 'byok-target', destination, logger: silentLogger }),
  );
  await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
  await expect(attempt).rejects.toMatchObject({
    code: 'ARTIFACT_NOT_FOUND',
    oneLine:
      'Artifact "byok-target" was not found in this workflow run. The job that uploads "byok-target" must run earlier in the same workflow run: list it in this job\'s "needs:"',
  });
  await expect(readdir(destination)).rejects.toMatchObject({ code: 'ENOENT' });
});

test('a job of another run does not see the artifacts of this run', async () => {
  await runAsJob(service.jobEnv({ runId: 105, jobName: 'kek' }), async () =>
    uploadFiles({ name: 'byok-kek', files: await kekFiles('run105'), logger: silentLogger }),
  );
  const attempt = runAsJob(service.jobEnv({ runId: 106, jobName: 'wrap' }), () =>
    downloadFiles({ name: 'byok-kek', destination: join(root, 'run106'), logger: silentLogger }),
  );
  await expect(attempt).rejects.toMatchObject({ code: 'ARTIFACT_NOT_FOUND' });
});

test('outside a workflow job, or with bad file lists, nothing is sent', async () => {
  const before = service.requests.length;
  await expect(
    uploadFiles({ name: 'byok-kek', files: await kekFiles('no-env'), logger: silentLogger }),
  ).rejects.toMatchObject({
    code: 'ARTIFACT_RUNTIME_MISSING',
  });
  const env = service.jobEnv({ runId: 107, jobName: 'kek' });
  const upload = (files: string[]) =>
    runAsJob(env, () => uploadFiles({ name: 'byok-kek', files, logger: silentLogger }));
  await expect(upload([])).rejects.toMatchObject({ code: 'ARTIFACT_FILES_INVALID' });
  await expect(upload(['kek.pem'])).rejects.toMatchObject({
    code: 'ARTIFACT_FILES_INVALID',
    message: 'Artifact "byok-kek": "kek.pem" is not an absolute path',
  });
  await expect(upload([join(root, 'absent.pem')])).rejects.toMatchObject({ code: 'ARTIFACT_FILES_INVALID' });
  const [pem] = await kekFiles('other-dir');
  await expect(upload([...(await kekFiles('one-dir')), pem as string])).rejects.toMatchObject({
    code: 'ARTIFACT_FILES_INVALID',
  });
  expect(service.requests.length).toBe(before);
});
