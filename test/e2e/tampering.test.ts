import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAsJob } from '../../emulators/artifact-service/in-process.js';
import { runCeremony, type CeremonyOptions, type CeremonyResult } from '../../emulators/runner/ceremony.js';
import { serializeByok } from '../../shared/src/byok/file.js';
import { rsaAesKeyWrap } from '../../shared/src/byok/rsa-aes-key-wrap.js';
import { silentLogger } from '../../shared/src/logger.js';
import { uploadFiles } from '../../shared/src/transfer/upload.js';
import { openCeremony, SOFTHSM_REHEARSAL, type OpenCeremony } from '../helpers/ceremony-services.js';

let ceremony: OpenCeremony;
let services: OpenCeremony['services'];
let token: OpenCeremony['token'];

// An EC key from SoftHSM: a rehearsal file on both sides (ceremony-services.ts).
const target = { type: 'EC' as const, curve: 'P-256' };
const { wrapInputs } = SOFTHSM_REHEARSAL;
/** The same ceremony untampered: it imports, so each stop below is the tampering's doing. */
let control: CeremonyResult;

beforeAll(async () => {
  ceremony = await openCeremony({ tolerate: SOFTHSM_REHEARSAL.tolerate });
  ({ services, token } = ceremony);
  control = await runCeremony(services, { runId: 'control', keyName: 'control', target, wrapInputs });
});
afterAll(() => ceremony?.close());

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
/** The KEK as the control's kek job downloaded it. */
const controlKek = (file: string) => join(services.root, 'control', 'kek', file);

/**
 * For a test that tampers after the kek job: the control's kek job stands for this run's, its byok-kek artifact
 * uploaded to the run as kek-download uploads it (the same files through the same library call), so only the wrap
 * and import jobs run again.
 */
async function controlKekJob(runId: string): Promise<Pick<CeremonyOptions, 'kekJob'>> {
  await runAsJob(services.artifacts.jobEnv({ runId, jobName: 'kek' }), () =>
    uploadFiles({
      name: 'byok-kek',
      files: [controlKek('KEKforBYOK.publickey.pem'), controlKek('byok-kek.json')],
      logger: silentLogger,
    }),
  );
  return { kekJob: { kekId: control.kekId as string, kekFingerprint: control.kekFingerprint as string } };
}

test('untampered, the same ceremony imports the token’s key', () => {
  expect(control.failed).toBeUndefined();
  expect(control.keyId).toMatch(new RegExp(`^${services.hsm.url}/keys/control/[0-9a-f]{32}$`));
});

/** An artifact of the same name, built by an attacker in another run with a consistent manifest: a clean swap. */
async function attackerArtifact(name: string, files: Record<string, string | Buffer>): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'byok-attacker-'));
  await Promise.all(Object.entries(files).map(([file, content]) => writeFile(join(dir, file), content)));
  const runId = `attacker-${Math.random().toString(16).slice(2)}`;
  await runAsJob(services.artifacts.jobEnv({ runId, jobName: 'attacker' }), () =>
    uploadFiles({ name, files: Object.keys(files).map((file) => join(dir, file)), logger: silentLogger }),
  );
  await rm(dir, { recursive: true, force: true });
  return services.artifacts.artifacts(runId)[0]?.bytes as Buffer;
}

/** Stopped at `job` with one error line matching `message`, and nothing imported under the key name. */
function expectStopped(result: CeremonyResult, job: string, message: RegExp, keyName: string): void {
  expect(result.failed?.job).toBe(job);
  expect(result.failed?.result.errors).toHaveLength(1);
  expect(result.failed?.result.errors[0]).toMatch(message);
  expect(services.hsm.keys().filter((k) => k.name === keyName)).toEqual([]);
}

describe('tampering between jobs stops the ceremony, and nothing is imported', () => {
  test('a KEK artifact altered in the store (its digest no longer matches)', async () => {
    const runId = 'kek-altered';
    const result = await runCeremony(services, {
      runId,
      keyName: 'tamper-1',
      target,
      wrapInputs,
      afterKek: () => {
        const stored = services.artifacts.artifacts(runId).find((a) => a.name === 'byok-kek');
        const bytes = Buffer.from(stored?.bytes as Buffer);
        bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] as number) ^ 0x55;
        services.artifacts.tamper(runId, 'byok-kek', bytes);
      },
    });
    expectStopped(result, 'wrap', /byok-kek/, 'tamper-1');
    expect((await token.listObjects()).some((o) => o.label === 'tamper-1')).toBe(false);
  });

  test('a KEK artifact swapped whole for an attacker KEK with a consistent manifest and byok-kek.json', async () => {
    const runId = 'kek-swapped';
    const result = await runCeremony(services, {
      runId,
      keyName: 'tamper-2',
      target,
      wrapInputs,
      afterKek: async () => {
        const original = services.artifacts.artifacts(runId).find((a) => a.name === 'byok-kek') as {
          bytes: Buffer;
        };
        expect(original).toBeDefined();
        const kekJson = JSON.parse(
          await readFile(join(services.root, runId, 'kek', 'byok-kek.json'), 'utf8'),
        );
        const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
        const der = attacker.export({ type: 'spki', format: 'der' });
        const swapped = await attackerArtifact('byok-kek', {
          'KEKforBYOK.publickey.pem': attacker.export({ type: 'spki', format: 'pem' }).toString(),
          'byok-kek.json': JSON.stringify({ ...kekJson, fingerprint: `sha256:${sha256(der)}` }),
        });
        services.artifacts.tamper(runId, 'byok-kek', swapped, { updateDigest: true });
      },
    });
    expectStopped(result, 'wrap', /KEK_FINGERPRINT_MISMATCH/, 'tamper-2');
  });

  test('a .byok altered in the store', async () => {
    const runId = 'byok-altered';
    const result = await runCeremony(services, {
      ...(await controlKekJob(runId)),
      runId,
      keyName: 'tamper-3',
      target,
      wrapInputs,
      afterWrap: () => {
        const stored = services.artifacts.artifacts(runId).find((a) => a.name === 'byok-tamper-3');
        const bytes = Buffer.from(stored?.bytes as Buffer);
        bytes[40] = (bytes[40] as number) ^ 0x01;
        services.artifacts.tamper(runId, 'byok-tamper-3', bytes);
      },
    });
    expectStopped(result, 'import', /byok-tamper-3/, 'tamper-3');
  });

  test('a .byok swapped whole for another key wrapped under the right KEK, with a consistent sidecar and manifest', async () => {
    const runId = 'byok-swapped';
    const result = await runCeremony(services, {
      ...(await controlKekJob(runId)),
      runId,
      keyName: 'tamper-4',
      target,
      wrapInputs,
      afterWrap: async () => {
        const sidecar = JSON.parse(
          await readFile(join(services.root, runId, 'wrap', 'tamper-4.byok.json'), 'utf8'),
        );
        const kekPem = await readFile(controlKek('KEKforBYOK.publickey.pem'), 'utf8');
        const { createPublicKey } = await import('node:crypto');
        const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
        const byok = serializeByok({
          kid: sidecar.kid,
          ciphertext: rsaAesKeyWrap(
            createPublicKey(kekPem),
            other.privateKey.export({ type: 'pkcs8', format: 'der' }),
          ),
        });
        const publicDer = other.publicKey.export({ type: 'spki', format: 'der' });
        const swapped = await attackerArtifact('byok-tamper-4', {
          'tamper-4.byok': byok,
          'tamper-4.byok.json': JSON.stringify({
            ...sidecar,
            publicKey: other.publicKey.export({ type: 'spki', format: 'pem' }),
            publicKeyFingerprint: `sha256:${sha256(publicDer)}`,
            byokDigest: `sha256:${sha256(byok)}`,
          }),
        });
        services.artifacts.tamper(runId, 'byok-tamper-4', swapped, { updateDigest: true });
      },
    });
    expectStopped(result, 'import', /PUBLIC_KEY_MISMATCH/, 'tamper-4');
  });

  /** An AES .byok of another key under the right KEK, with a sidecar describing it (`sidecar` may lie further). */
  async function swapAes(
    runId: string,
    keyName: string,
    sidecarFor: (original: Record<string, unknown>) => Record<string, unknown>,
  ) {
    const original = JSON.parse(
      await readFile(join(services.root, runId, 'wrap', `${keyName}.byok.json`), 'utf8'),
    );
    const kekPem = await readFile(controlKek('KEKforBYOK.publickey.pem'), 'utf8');
    const { createPublicKey, createCipheriv, randomBytes } = await import('node:crypto');
    const other = randomBytes(32);
    const byok = serializeByok({
      kid: original.kid,
      ciphertext: rsaAesKeyWrap(createPublicKey(kekPem), other),
    });
    const block = createHash('sha256').update('byok key check value v1').digest().subarray(0, 16);
    const otherCheck = createCipheriv('aes-256-ecb', other, null)
      .setAutoPadding(false)
      .update(block)
      .toString('hex');
    const swapped = await attackerArtifact(`byok-${keyName}`, {
      [`${keyName}.byok`]: byok,
      [`${keyName}.byok.json`]: JSON.stringify({
        ...sidecarFor({ ...original, keyCheckValue: otherCheck }),
        byokDigest: `sha256:${sha256(byok)}`,
      }),
    });
    services.artifacts.tamper(runId, `byok-${keyName}`, swapped, { updateDigest: true });
  }

  test('an AES .byok swapped for another key with a consistent sidecar and manifest: its check value is not the wrap job’s', async () => {
    const keyName = 'tamper-aes';
    const result = await runCeremony(services, {
      ...(await controlKekJob(keyName)),
      runId: keyName,
      keyName,
      target: { type: 'oct', size: 256 },
      afterWrap: () => swapAes(keyName, keyName, (sidecar) => sidecar),
    });
    expectStopped(result, 'import', /KEY_CHECK_MISMATCH/, keyName);
  });

  test('an AES .byok swapped, its sidecar copying the original check value: the digest output stops it', async () => {
    const keyName = 'tamper-aes-copied';
    let originalCheck = '';
    const result = await runCeremony(services, {
      ...(await controlKekJob(keyName)),
      runId: keyName,
      keyName,
      target: { type: 'oct', size: 256 },
      afterWrap: async () => {
        originalCheck = JSON.parse(
          await readFile(join(services.root, keyName, 'wrap', `${keyName}.byok.json`), 'utf8'),
        ).keyCheckValue;
        await swapAes(keyName, keyName, (sidecar) => ({ ...sidecar, keyCheckValue: originalCheck }));
      },
    });
    expectStopped(result, 'import', /BYOK_TAMPERED.*|input "byok-digest"/, keyName);
    expect(result.failed?.result.errors[0]).toMatch(/\(input "byok-digest"\)/);
  });

  test('a .byok digest output changed on its way to the import job is refused before anything is imported', async () => {
    const keyName = 'tamper-digest';
    const result = await runCeremony(services, {
      ...(await controlKekJob(keyName)),
      runId: keyName,
      keyName,
      target,
      wrapInputs,
      wrapOutputsFor: { import: { 'byok-digest': `sha256:${sha256('another file')}` } },
    });
    expectStopped(result, 'import', /BYOK_TAMPERED/, keyName);
  });

  test.each([
    ['the kek-fingerprint to wrap', { kekFingerprintFor: { wrap: '' } }, 'wrap'],
    ['the kek-fingerprint to import', { kekFingerprintFor: { import: '' } }, 'import'],
    ['the byok-digest to import', { wrapOutputsFor: { import: { 'byok-digest': '' } } }, 'import'],
  ] as const)(
    'a missing job output (%s) fails closed, as the reusable workflow asks',
    async (what, override, job) => {
      const keyName = `missing-${job}-${what.split(' ')[1]}`;
      const result = await runCeremony(services, {
        ...(await controlKekJob(keyName)),
        runId: keyName,
        keyName,
        target,
        wrapInputs,
        ...override,
      });
      expectStopped(
        result,
        job,
        /is empty, and require-job-outputs is true.*\[JOB_OUTPUT_MISSING\]/,
        keyName,
      );
    },
  );

  test.each([
    ['wrap', /KEK_FINGERPRINT_MISMATCH/],
    ['import', /KEK_FINGERPRINT_MISMATCH/],
  ] as const)('a wrong kek-fingerprint given to %s', async (job, message) => {
    const wrong = `sha256:${sha256('not the KEK')}`;
    const keyName = `tamper-fp-${job}`;
    const result = await runCeremony(services, {
      ...(await controlKekJob(keyName)),
      runId: keyName,
      keyName,
      target,
      wrapInputs,
      kekFingerprintFor: { [job]: wrong },
    });
    expectStopped(result, job, message, keyName);
  });
});
