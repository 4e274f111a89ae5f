import { createHash, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { serializeByok } from '../../shared/src/byok/file.js';
import { rsaAesKeyWrap } from '../../shared/src/byok/rsa-aes-key-wrap.js';
import { azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';

let hsm: ManagedHsmEmulator;
let context: AzureStepContext;
let kekId: string;
let kekPublic: KeyObject;

beforeAll(async () => {
  hsm = await startManagedHsm();
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-import-')) };
  const kek = await azureStep('action-kek-create', context, { 'key-size': '2048' });
  kekId = kek.outputs['kek-id'] as string;
  kekPublic = createPublicKey(hsm.privateKeyOf(kekId));
});
afterAll(() => Promise.all([hsm.close(), rm(context.workspace, { recursive: true, force: true })]));

const spkiSha256 = (key: KeyObject) =>
  `sha256:${createHash('sha256')
    .update((key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;
let fileCount = 0;

/** A .byok made with the software reference of CKM_RSA_AES_KEY_WRAP, as a vendor tool would write it. */
async function byokFile(
  plaintext: Buffer,
  options: { kid?: string; wrapUnder?: KeyObject; mangle?: (json: Record<string, unknown>) => void } = {},
): Promise<string> {
  const json = JSON.parse(
    serializeByok({
      kid: options.kid ?? kekId,
      ciphertext: rsaAesKeyWrap(options.wrapUnder ?? kekPublic, plaintext),
      generator: 'tests',
    }),
  );
  options.mangle?.(json);
  const name = `key-${++fileCount}.byok`;
  await writeFile(join(context.workspace, name), JSON.stringify(json));
  return name;
}

const pkcs8 = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'der' });
const keysNamed = (name: string) => hsm.keys().filter((k) => k.name === name && !k.deleted);

describe('action-import of .byok files', () => {
  test.each([
    ['RSA', 2048],
    ['RSA', 3072],
    ['RSA', 4096],
  ])('imports %s-%i and the imported public key is the wrapped one', async (_type, bits) => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
    const name = `rsa-${bits}`;
    const result = await azureStep('action-import', context, {
      'key-name': name,
      'byok-file': await byokFile(pkcs8(privateKey)),
      'key-type': 'RSA',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs['key-id']).toMatch(new RegExp(`^${hsm.url}/keys/${name}/[0-9a-f]{32}$`));
    expect(result.outputs['public-key-fingerprint']).toBe(spkiSha256(publicKey));
    expect(keysNamed(name)).toEqual([
      expect.objectContaining({
        kty: 'RSA-HSM',
        keyOps: ['encrypt', 'decrypt', 'sign', 'verify', 'wrapKey', 'unwrapKey'],
      }),
    ]);
  });

  test.each(['P-256', 'P-384', 'P-521'])('imports EC %s', async (curve) => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
    const name = `ec-${curve}`;
    const result = await azureStep('action-import', context, {
      'key-name': name,
      'byok-file': await byokFile(pkcs8(privateKey)),
      'key-type': 'EC',
      curve,
      'key-ops': 'sign',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs['public-key-fingerprint']).toBe(spkiSha256(publicKey));
    expect(keysNamed(name)).toEqual([expect.objectContaining({ kty: 'EC-HSM', keyOps: ['sign'] })]);
  });

  test.each([128, 192, 256])('imports AES-%i', async (bits) => {
    const secret = randomBytes(bits / 8);
    const name = `aes-${bits}`;
    const result = await azureStep('action-import', context, {
      'key-name': name,
      'byok-file': await byokFile(secret),
      'key-type': 'oct',
      tags: 'owner=payments\nticket=CHG-1',
    });
    expect(result.errors).toEqual([]);
    expect(hsm.privateKeyOf(result.outputs['key-id'] as string).export()).toEqual(secret);
    expect(result.outputs['public-key-fingerprint']).toBeUndefined();
  });

  test('reads a sidecar: the key type comes from it, and a rerun is a no-op', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const file = await byokFile(pkcs8(privateKey));
    const bytes = await import('node:fs/promises').then((fs) => fs.readFile(join(context.workspace, file)));
    await writeFile(
      join(context.workspace, `${file}.json`),
      JSON.stringify({
        kid: kekId,
        keyType: 'EC',
        curve: 'P-384',
        publicKey: publicKey.export({ type: 'spki', format: 'pem' }),
        publicKeyFingerprint: spkiSha256(publicKey),
        kekFingerprint: spkiSha256(kekPublic),
        byokDigest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        token: { label: 't', manufacturer: 'm', model: 'x', serialNumber: '1', firmware: '1.0' },
        mechanism: 'test',
        createdAt: new Date().toISOString(),
        generator: 'tests',
      }),
    );
    const first = await azureStep('action-import', context, {
      'key-name': 'with-sidecar',
      'byok-file': file,
      'kek-fingerprint': spkiSha256(kekPublic),
    });
    expect(first.errors).toEqual([]);
    expect(first.outputs).toMatchObject({
      imported: 'true',
      'public-key-fingerprint': spkiSha256(publicKey),
    });
    expect(first.summary).toContain('the imported public key equals the one recorded in the source HSM');
    const again = await azureStep('action-import', context, {
      'key-name': 'with-sidecar',
      'byok-file': file,
    });
    expect(again.outputs).toMatchObject({ imported: 'false', 'key-id': first.outputs['key-id'] });
    expect(keysNamed('with-sidecar')).toHaveLength(1);

    await writeFile(join(context.workspace, file), Buffer.concat([bytes, Buffer.from('\n')]));
    expectOneLineError(
      await azureStep('action-import', context, { 'key-name': 'with-sidecar-2', 'byok-file': file }),
      /does not match the digest its sidecar recorded/,
    );
  });

  test('an existing name with another key is refused unless if-exists is new-version', async () => {
    const first = await byokFile(pkcs8(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey));
    const second = await byokFile(pkcs8(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey));
    const inputs = { 'key-name': 'versions', 'key-type': 'EC', curve: 'P-256' };
    expect((await azureStep('action-import', context, { ...inputs, 'byok-file': first })).exitCode).toBe(0);
    expectOneLineError(
      await azureStep('action-import', context, { ...inputs, 'byok-file': second }),
      /already exists .*if-exists: new-version/,
    );
    expect(
      (
        await azureStep('action-import', context, {
          ...inputs,
          'byok-file': second,
          'if-exists': 'new-version',
        })
      ).exitCode,
    ).toBe(0);
    expect(keysNamed('versions')).toHaveLength(2);
  });
});

describe('action-import refusals: one line, nothing created', () => {
  const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const badKek = (options: { keyOps?: string[]; expiresOn?: Date }) => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return {
      kid: hsm.seedKey(`kek-${Math.random().toString(16).slice(2, 10)}`, privateKey, options),
      wrapUnder: createPublicKey(privateKey),
    };
  };
  const cases: [string, () => Promise<Record<string, string>>, RegExp][] = [
    [
      'tampered ciphertext',
      async () => ({
        'byok-file': await byokFile(pkcs8(ec), {
          mangle: (j) => {
            const c = Buffer.from(j.ciphertext as string, 'base64url');
            c[c.length - 3] = (c[c.length - 3] as number) ^ 1;
            j.ciphertext = c.toString('base64url');
          },
        }),
      }),
      /The vault refused to import key/,
    ],
    [
      'a kid of another HSM',
      async () => ({
        'byok-file': await byokFile(pkcs8(ec), {
          kid: 'https://other.managedhsm.azure.net/keys/KEKforBYOK/0123456789abcdef0123456789abcdef',
        }),
      }),
      /belongs to https:\/\/other\.managedhsm\.azure\.net/,
    ],
    [
      'a kid of a key that is not a KEK',
      async () => ({ 'byok-file': await byokFile(pkcs8(ec), badKek({ keyOps: ['sign', 'verify'] })) }),
      /allows \[sign, verify\]; a KEK must allow exactly \[import\]/,
    ],
    [
      'a KEK with extra operations',
      async () => ({ 'byok-file': await byokFile(pkcs8(ec), badKek({ keyOps: ['import', 'decrypt'] })) }),
      /allows \[import, decrypt\]/,
    ],
    [
      'an expired KEK',
      async () => ({
        'byok-file': await byokFile(pkcs8(ec), badKek({ expiresOn: new Date(Date.now() - 1000) })),
      }),
      /expired at/,
    ],
    [
      'an RSA-1024 target',
      async () => ({ 'byok-file': await byokFile(pkcs8(rsa1024)), 'key-type': 'RSA', curve: '' }),
      /The vault refused to import key.*1024/,
    ],
    [
      'malformed JSON',
      async () => {
        await writeFile(join(context.workspace, 'bad.byok'), '{"header": ');
        return { 'byok-file': 'bad.byok' };
      },
      /bad\.byok: is not valid JSON/,
    ],
    [
      'an unknown enc',
      async () => ({
        'byok-file': await byokFile(pkcs8(ec), {
          mangle: (j) => {
            (j.header as Record<string, string>).enc = 'CKM_AES_KEY_WRAP_PAD';
          },
        }),
      }),
      /"header.enc" is "CKM_AES_KEY_WRAP_PAD"/,
    ],
    [
      'a bad key name',
      async () => ({ 'key-name': 'no spaces', 'byok-file': await byokFile(pkcs8(ec)) }),
      /Input "key-name" is "no spaces"/,
    ],
    [
      'two vault inputs',
      async () => ({ 'hsm-name': 'contoso', 'byok-file': await byokFile(pkcs8(ec)) }),
      /Inputs "hsm-name" and "vault-url" are both set/,
    ],
    [
      'a missing file',
      async () => ({ 'byok-file': 'nowhere.byok' }),
      /Input "byok-file": nowhere\.byok does not exist/,
    ],
    ['a directory', async () => ({ 'byok-file': '.' }), /Input "byok-file": \. is not a regular file/],
    [
      'auto without a sidecar or curve, for an EC key',
      async () => ({ 'byok-file': await byokFile(pkcs8(ec)), 'key-type': 'auto', curve: '' }),
      /Input "key-type" is auto and .*\.byok has no sidecar: its \d+ bytes of AES key wrap .* are too few for an RSA key and not an AES length, so it holds an EC key, whose curve the file does not tell\. Set "curve"/,
    ],
    [
      'key-ops the type does not allow',
      async () => ({ 'byok-file': await byokFile(pkcs8(ec)), 'key-ops': 'encrypt' }),
      /Input "key-ops" has encrypt, not allowed for an EC key/,
    ],
  ];
  test.each(cases)('%s', async (_name, makeInputs, message) => {
    const inputs = { 'key-name': 'refused', 'key-type': 'EC', curve: 'P-256', ...(await makeInputs()) };
    const keysBefore = hsm.keys().length;
    expectOneLineError(await azureStep('action-import', context, inputs), message);
    expect(hsm.keys().length).toBe(keysBefore);
  });

  test('a job without id-token permission is told the fix', async () => {
    const result = await azureStep(
      'action-import',
      context,
      {
        'key-name': 'refused',
        'byok-file': await byokFile(pkcs8(ec)),
        'key-type': 'EC',
        curve: 'P-256',
        'client-id': 'x',
        'tenant-id': hsm.tenantId,
      },
      { omitAuth: true },
    );
    expectOneLineError(result, /permissions: id-token: write/);
  });
});
