/** action-import's key hygiene: kek-after-import keep|disable|delete, soft-deleted KEK names, and the AES key check value. */
import {
  createCipheriv,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { serializeSidecar, type ByokSidecar } from '../../shared/src/byok/sidecar.js';
import { fileDigest } from '../../shared/src/byok/wrapped-key.js';
import { fingerprint } from '../../shared/src/crypto/public-key.js';
import { azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';
import { byokBytes, clientWithRoles, refusal } from './managed-hsm-support.js';
import { keyCheckValueOf } from '../helpers/check-values.js';

let hsm: ManagedHsmEmulator;
let context: AzureStepContext;

beforeAll(async () => {
  hsm = await startManagedHsm();
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-hygiene-')) };
});
afterAll(() => Promise.all([hsm.close(), rm(context.workspace, { recursive: true, force: true })]));

const kcvOf = keyCheckValueOf;

/** A KEK from action-kek-create; RSA-2048, as the KEK's size is not what this file tests (the default, 4096, is). */
async function createKek(name: string, inputs: Record<string, string> = {}): Promise<string> {
  const result = await azureStep('action-kek-create', context, {
    'kek-name': name,
    'key-size': '2048',
    ...inputs,
  });
  expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({ exitCode: 0, errors: [] });
  return result.outputs['kek-id'] as string;
}

let files = 0;
/** A .byok wrapped in software under the KEK, with the sidecar action-wrap would write beside it. */
async function wrappedFile(
  kekId: string,
  target: { aes: Buffer; keyCheckValue?: string } | { ec: KeyObject },
): Promise<string> {
  const kekPublic = createPublicKey(hsm.privateKeyOf(kekId));
  const plaintext = 'aes' in target ? target.aes : target.ec.export({ type: 'pkcs8', format: 'der' });
  const bytes = byokBytes(kekId, kekPublic, plaintext);
  const file = `key-${++files}.byok`;
  await writeFile(join(context.workspace, file), bytes);
  const publicKey = 'ec' in target ? createPublicKey(target.ec) : undefined;
  const sidecar: ByokSidecar = {
    kid: kekId,
    ...('aes' in target
      ? {
          keyType: 'oct',
          keySize: target.aes.length * 8,
          ...(target.keyCheckValue ? { keyCheckValue: target.keyCheckValue } : {}),
        }
      : {
          keyType: 'EC',
          curve: 'P-256',
          publicKey: publicKey?.export({ type: 'spki', format: 'pem' }).toString(),
          publicKeyFingerprint: fingerprint(publicKey as KeyObject),
        }),
    kekFingerprint: fingerprint(kekPublic),
    byokDigest: fileDigest(Buffer.from(bytes)),
    token: { label: 'tests', manufacturer: 'byok', model: 'software', serialNumber: '1', firmware: '1.0' },
    mechanism: 'software CKM_RSA_AES_KEY_WRAP',
    createdAt: new Date().toISOString(),
    generator: 'byok tests',
  };
  await writeFile(join(context.workspace, `${file}.json`), serializeSidecar(sidecar));
  return file;
}

const importStep = (name: string, file: string, inputs: Record<string, string> = {}) =>
  azureStep('action-import', context, { 'key-name': name, 'byok-file': file, ...inputs });
const kekState = (kid: string) => hsm.keys().find((k) => k.kid === kid);
const live = (name: string) => hsm.keys().filter((k) => k.name === name && !k.deleted);

/** A data-plane POST with a Crypto User's token, bypassing the SDK's own checks. */
function postAsCryptoUser(path: string, body: unknown): Promise<{ status?: number; message?: string }> {
  const token = hsm.accessToken(hsm.registerClient().clientId);
  return new Promise((resolve, reject) => {
    const req = request(
      `${hsm.url}${path}?api-version=7.4`,
      {
        method: 'POST',
        ca: hsm.caPem,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode, message: JSON.parse(text || '{}').error?.message }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('kek-after-import', () => {
  test('keep (default) leaves the KEK usable; a later no-op converge with disable retires it', async () => {
    const kekId = await createKek('KEK-keep', { 'expires-in': '24h' });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const file = await wrappedFile(kekId, { ec });
    const first = await importStep('ec-keep', file);
    expect(first.errors).toEqual([]);
    expect(first.summary).toMatch(/KEK after import.*kept: usable for further imports until 20/);
    expect(kekState(kekId)).toMatchObject({ enabled: true, deleted: false });

    const again = await importStep('ec-keep', file, { 'kek-after-import': 'disable' });
    expect(again.errors).toEqual([]);
    expect(again.outputs.imported).toBe('false');
    expect(again.summary).toContain('disabled (version');
    expect(kekState(kekId)).toMatchObject({ enabled: false, deleted: false });
  });

  test('disable retires the KEK version: a second import under it is refused, kek-create needs rotate', async () => {
    const kekId = await createKek('KEK-disable');
    const first = await importStep('aes-disable-1', await wrappedFile(kekId, { aes: randomBytes(32) }), {
      'kek-after-import': 'disable',
    });
    expect(first.errors).toEqual([]);
    expect(first.summary).toMatch(
      /KEK after import.*disabled \(version [0-9a-f]{32}\); it can be enabled again/,
    );
    expect(kekState(kekId)).toMatchObject({ enabled: false, deleted: false });

    const second = await importStep('aes-disable-2', await wrappedFile(kekId, { aes: randomBytes(32) }));
    expectOneLineError(
      second,
      new RegExp(
        `KEK ${kekId} is disabled .*kek-after-import: disable.*if-exists: rotate.*\\[KEK_DISABLED\\]`,
      ),
    );
    expect(live('aes-disable-2')).toEqual([]);

    expectOneLineError(
      await azureStep('action-kek-create', context, { 'kek-name': 'KEK-disable' }),
      /KEK "KEK-disable" is disabled .*Set "if-exists: rotate".*\[KEK_DISABLED\]/,
    );
    const rotated = await createKek('KEK-disable', { 'if-exists': 'rotate' });
    expect(rotated).not.toBe(kekId);
  });

  test('delete soft-deletes the KEK; kek-create then meets the held name until a Crypto Officer purges it', async () => {
    const kekId = await createKek('KEK-delete');
    const result = await importStep('aes-delete', await wrappedFile(kekId, { aes: randomBytes(16) }), {
      'kek-after-import': 'delete',
    });
    expect(result.errors).toEqual([]);
    expect(result.summary).toContain(
      'deleted (soft delete): the name "KEK-delete" stays taken until it is purged',
    );
    expect(hsm.keys().filter((k) => k.name === 'KEK-delete')).toEqual([
      expect.objectContaining({ kid: kekId, deleted: true }),
    ]);
    expect(live('aes-delete')).toHaveLength(1);

    expectOneLineError(
      await azureStep('action-kek-create', context, { 'kek-name': 'KEK-delete' }),
      /Cannot create KEK "KEK-delete" .*held by a deleted key.*az keyvault key purge --hsm-name HSM --name KEK-delete.*wait until its retention ends, or set another "kek-name" \[KEK_NAME_DELETED\]/,
    );
    // The Crypto User that imports cannot purge; the officer can, and then the name is free again.
    expect((await refusal(clientWithRoles(hsm).purgeDeletedKey('KEK-delete'))).status).toBe(403);
    await clientWithRoles(hsm, ['Managed HSM Crypto Officer']).purgeDeletedKey('KEK-delete');
    await createKek('KEK-delete');
  });

  test('an unknown value is refused before any request', async () => {
    const before = hsm.requests().length;
    expectOneLineError(
      await importStep('never', 'missing.byok', { 'kek-after-import': 'purge', 'key-type': 'oct' }),
      /kek-after-import/,
    );
    expect(hsm.requests().length).toBe(before);
  });
});

describe('AES key check value after import', () => {
  let kekId: string;
  beforeAll(async () => {
    kekId = await createKek('KEK-kcv');
  });

  test.each([128, 192, 256])(
    'AES-%i: the Managed HSM computes the KCV the source HSM recorded',
    async (bits) => {
      const key = randomBytes(bits / 8);
      const result = await importStep(
        `aes-kcv-${bits}`,
        await wrappedFile(kekId, { aes: key, keyCheckValue: kcvOf(key) }),
      );
      expect(result.errors).toEqual([]);
      expect(result.summary).toContain(
        `Verified after import: the key check value the Managed HSM computed (${kcvOf(key)}) equals the one computed in the source HSM, as only the sidecar (no key-check-value output was given) gives it.`,
      );
    },
  );

  test('a KCV that does not match is refused after import, saying to disable the imported version', async () => {
    const key = randomBytes(32);
    const wrong = kcvOf(randomBytes(32));
    const result = await importStep(
      'aes-kcv-wrong',
      await wrappedFile(kekId, { aes: key, keyCheckValue: wrong }),
    );
    const [landed] = live('aes-kcv-wrong');
    expect(landed).toBeDefined();
    expectOneLineError(
      result,
      new RegExp(
        `Imported key ${landed?.kid} has key check value ${kcvOf(key)}, but the wrap step recorded ${wrong}: .*` +
          `Disable the imported version now \\(az keyvault key set-attributes .*--name aes-kcv-wrong --version ${landed?.version} --enabled false\\).*\\[IMPORTED_KEY_MISMATCH\\]`,
      ),
    );
  });

  test('a key that may not encrypt, or a file without a KCV, is reported as not verified, with the reason', async () => {
    const encrypts = () => hsm.requests().filter((r) => r.path.endsWith('/encrypt')).length;
    const before = encrypts();
    const key = randomBytes(32);
    const noEncrypt = await importStep(
      'aes-no-encrypt',
      await wrappedFile(kekId, { aes: key, keyCheckValue: kcvOf(key) }),
      {
        'key-ops': 'wrapKey,unwrapKey',
      },
    );
    expect(noEncrypt.errors).toEqual([]);
    expect(noEncrypt.summary).toContain(
      'AES key not verified: the imported key does not allow encrypt (key-ops)',
    );

    const noKcv = await importStep('aes-no-kcv', await wrappedFile(kekId, { aes: randomBytes(32) }));
    expect(noKcv.errors).toEqual([]);
    expect(noKcv.summary).toContain('AES key not verified: the wrap step recorded no key check value');
    expect(encrypts()).toBe(before);
  });

  test('the emulator encrypts as Key Vault does: CBC and CBCPAD, key size, key_ops, state and roles', async () => {
    const secret = randomBytes(16);
    const kid = hsm.seedKey('aes-direct', secret, { keyOps: ['encrypt', 'decrypt'] });
    const crypto = clientWithRoles(hsm).getCryptographyClient('aes-direct', {
      keyVersion: kid.split('/').pop() as string,
    });
    const iv = randomBytes(16);
    const plaintext = Buffer.from('seven b');
    const padded = await crypto.encrypt({ algorithm: 'A128CBCPAD', plaintext, iv });
    const cipher = createCipheriv('aes-128-cbc', secret, iv);
    expect(Buffer.from(padded.result)).toEqual(Buffer.concat([cipher.update(plaintext), cipher.final()]));
    const zeroBlock = { plaintext: Buffer.alloc(16), iv: Buffer.alloc(16) };
    expect((await refusal(crypto.encrypt({ algorithm: 'A256CBC', ...zeroBlock }))).message).toMatch(
      /A256CBC needs a 256-bit key/,
    );
    expect((await refusal(crypto.encrypt({ algorithm: 'A128CBC', plaintext, iv }))).message).toMatch(
      /whole 16-byte blocks/,
    );
    const auditor = clientWithRoles(hsm, ['Managed HSM Crypto Auditor']).getCryptographyClient('aes-direct');
    expect(await refusal(auditor.encrypt({ algorithm: 'A128CBC', ...zeroBlock }))).toMatchObject({
      status: 403,
      message: expect.stringContaining('keys/encrypt/action'),
    });
    // The SDK checks key_ops itself when it may read the key: ask the service directly.
    hsm.seedKey('aes-wrap-only', secret, { keyOps: ['wrapKey'] });
    hsm.seedKey('aes-disabled', secret, { keyOps: ['encrypt'], enabled: false });
    const body = { alg: 'A128CBC', value: 'AAAAAAAAAAAAAAAAAAAAAA', iv: 'AAAAAAAAAAAAAAAAAAAAAA' };
    expect(await postAsCryptoUser('/keys/aes-wrap-only//encrypt', body)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/Operation encrypt is not allowed by the key's key_ops \[wrapKey\]/),
    });
    expect(await postAsCryptoUser('/keys/aes-disabled//encrypt', body)).toMatchObject({
      status: 403,
      message: 'Operation encrypt is not allowed on a disabled key.',
    });
  });
});
