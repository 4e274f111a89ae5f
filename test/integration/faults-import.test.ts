import { createHash, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startManagedHsm,
  type ManagedHsmEmulator,
  type RequestLogEntry,
} from '../../emulators/managed-hsm/index.js';
import { serializeByok } from '../../shared/src/byok/file.js';
import { rsaAesKeyWrap } from '../../shared/src/byok/rsa-aes-key-wrap.js';
import { serializeSidecar } from '../../shared/src/byok/sidecar.js';
import { fingerprint } from '../../shared/src/crypto/public-key.js';
import { azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';

/**
 * An import whose answer is lost must not leave two new versions: the SDK retries the PUT, and byok's
 * idempotent-import policy asks the vault first. Each dropped connection costs one SDK back-off (0.5-1 s).
 */
let hsm: ManagedHsmEmulator;
let context: AzureStepContext;
let kekId: string;
let kekPublic: KeyObject;
/** Called after every request the emulator handled; a test sets it to react to what the action just did. */
let onRequest: ((entry: RequestLogEntry) => void) | undefined;

beforeAll(async () => {
  hsm = await startManagedHsm({ onRequest: (entry) => onRequest?.(entry) });
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-faults-import-')) };
  const kek = await azureStep('action-kek-create', context, { 'key-size': '2048' });
  kekId = kek.outputs['kek-id'] as string;
  kekPublic = createPublicKey(hsm.privateKeyOf(kekId));
});
afterEach(() => {
  hsm.faults.clear();
  onRequest = undefined;
});
afterAll(() => Promise.all([hsm.close(), rm(context.workspace, { recursive: true, force: true })]));

let files = 0;

/** A .byok of `key` and, for an EC key, the sidecar action-wrap writes beside it (it records the public key). */
async function wrapped(key: KeyObject | Buffer): Promise<string> {
  const plaintext = Buffer.isBuffer(key) ? key : key.export({ type: 'pkcs8', format: 'der' });
  const name = `key-${++files}.byok`;
  const bytes = serializeByok({
    kid: kekId,
    ciphertext: rsaAesKeyWrap(kekPublic, plaintext),
    generator: 'tests',
  });
  await writeFile(join(context.workspace, name), bytes);
  if (!Buffer.isBuffer(key)) {
    const publicKey = createPublicKey(key);
    await writeFile(
      join(context.workspace, `${name}.json`),
      serializeSidecar({
        kid: kekId,
        keyType: 'EC',
        curve: 'P-256',
        publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        publicKeyFingerprint: fingerprint(publicKey),
        kekFingerprint: fingerprint(kekPublic),
        byokDigest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        token: { label: 't', manufacturer: 'm', model: 'x', serialNumber: '1', firmware: '1.0' },
        mechanism: 'test',
        createdAt: new Date().toISOString(),
        generator: 'tests',
      }),
    );
  }
  return name;
}

const ecKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
const versionsOf = (name: string) => hsm.keys().filter((k) => k.name === name && !k.deleted);
const importStep = (name: string, file: string, inputs: Record<string, string> = {}) =>
  azureStep('action-import', context, { 'key-name': name, 'byok-file': file, ...inputs });

/** What the emulator answered to each request on the key's own path since `from`, e.g. `PUT 0` for a drop. */
const traffic = (from: number, name: string) =>
  hsm
    .requests()
    .slice(from)
    .filter((r) => r.path.replace(/\/$/, '') === `/keys/${name}`)
    .map((r) => `${r.method} ${r.status}`);

describe('an import whose answer is lost', () => {
  test('EC, dropped after the vault imported it: recognised by its public key, one new version', async () => {
    expect((await importStep('lost-ec', await wrapped(ecKey()), { 'key-type': 'EC' })).exitCode).toBe(0);
    const [before] = versionsOf('lost-ec');
    const key = ecKey();
    const file = await wrapped(key);
    hsm.faults.add({ method: 'PUT', path: '/keys/lost-ec', drop: 'after', times: 1 });
    const from = hsm.requests().length;
    const result = await importStep('lost-ec', file, { 'if-exists': 'new-version' });

    expect(result.errors).toEqual([]);
    expect(traffic(from, 'lost-ec')).toEqual(['GET 200', 'PUT 0', 'GET 200']);
    const versions = versionsOf('lost-ec');
    expect(versions).toHaveLength(2);
    const added = versions.find((v) => v.version !== before?.version);
    expect(result.outputs).toMatchObject({
      imported: 'true',
      'key-id': added?.kid,
      'public-key-fingerprint': fingerprint(createPublicKey(key)),
    });
    expect(result.log).toContain(`but ${added?.kid} holds this key: it is not imported again`);
  });

  test('EC, dropped before the vault saw it: imported on the retry, once', async () => {
    hsm.faults.add({ method: 'PUT', path: '/keys/early-ec', drop: 'before', times: 1 });
    const from = hsm.requests().length;
    const result = await importStep('early-ec', await wrapped(ecKey()));
    expect(result.errors).toEqual([]);
    expect(traffic(from, 'early-ec')).toEqual(['GET 404', 'PUT 0', 'GET 404', 'PUT 200']);
    expect(versionsOf('early-ec')).toHaveLength(1);
    expect(result.log).toContain('::debug::Key "early-ec" does not hold this import yet: sending it again');
  });

  test('AES, dropped after: no second version; one line naming the version to check', async () => {
    hsm.faults.add({ method: 'PUT', path: '/keys/lost-aes', drop: 'after', times: 1 });
    const from = hsm.requests().length;
    const result = await importStep('lost-aes', await wrapped(randomBytes(32)), { 'key-type': 'oct' });
    const versions = versionsOf('lost-aes');
    expect(versions).toHaveLength(1);
    expect(traffic(from, 'lost-aes')).toEqual(['GET 404', 'PUT 0', 'GET 200']);
    expectOneLineError(
      result,
      new RegExp(
        `^The answer to importing key "lost-aes" was lost and ${versions[0]?.kid} has appeared since; .* \\[IMPORT_UNCONFIRMED\\]$`,
      ),
    );
  });

  test('AES, dropped before: the vault shows nothing new, so it is imported on the retry', async () => {
    hsm.faults.add({ method: 'PUT', path: '/keys/early-aes', drop: 'before', times: 1 });
    const result = await importStep('early-aes', await wrapped(randomBytes(32)), { 'key-type': 'oct' });
    expect(result.errors).toEqual([]);
    expect(versionsOf('early-aes')).toHaveLength(1);
  });

  test('a run that failed after its import landed converges when the job is run again', async () => {
    const file = await wrapped(ecKey());
    hsm.faults.add({ method: 'PUT', path: '/keys/rerun-ec', drop: 'after', times: 1 });
    // Once the answer is lost, the vault throttles the check until the SDK gives up: the first run fails.
    onRequest = (entry) => {
      if (entry.method === 'PUT' && entry.dropped === 'after')
        hsm.faults.add({ method: 'GET', path: '/keys/rerun-ec', status: 429, retryAfterSeconds: 0 });
    };
    expectOneLineError(await importStep('rerun-ec', file), /could not import key "rerun-ec".*\[THROTTLED\]$/);
    expect(versionsOf('rerun-ec')).toHaveLength(1);

    hsm.faults.clear();
    const again = await importStep('rerun-ec', file);
    expect(again.errors).toEqual([]);
    expect(again.outputs).toMatchObject({ imported: 'false', 'key-id': versionsOf('rerun-ec')[0]?.kid });
    expect(versionsOf('rerun-ec')).toHaveLength(1);
  });
});
