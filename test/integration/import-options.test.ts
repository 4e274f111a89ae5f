import { createHash, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import type { ByokSidecar } from '../../shared/src/byok/sidecar.js';
import { azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';
import { byokBytes, clientWithRoles } from './managed-hsm-support.js';

/**
 * action-import's options for files from any vendor and for secure key release: key-type auto on a .byok without a
 * sidecar, and exportable keys under a release policy, against the strict emulator with the real clients.
 */
let hsm: ManagedHsmEmulator;
let context: AzureStepContext;
let kek: { kid: string; publicKey: KeyObject };

const POLICY = {
  version: '1.0.0',
  anyOf: [
    {
      authority: 'https://sharedeus.eus.attest.azure.net/',
      allOf: [{ claim: 'x-ms-attestation-type', equals: 'sevsnpvm' }],
    },
  ],
};
const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

beforeAll(async () => {
  hsm = await startManagedHsm();
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-import-options-')) };
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  kek = { kid: hsm.seedKey('KEKforBYOK', privateKey), publicKey };
});
afterAll(async () => {
  await hsm.close();
  await rm(context.workspace, { recursive: true, force: true });
});

/** A .byok without a sidecar, as a vendor tool writes one. */
async function vendorFile(name: string, plaintext: Buffer): Promise<string> {
  await writeFile(join(context.workspace, name), byokBytes(kek.kid, kek.publicKey, plaintext));
  return name;
}
const pkcs8 = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'der' });

describe('key-type auto on a .byok without a sidecar', () => {
  test('an AES key is known by its RFC 5649 length, and the summary says so', async () => {
    const aes = randomBytes(24);
    const result = await azureStep('action-import', context, {
      'key-name': 'auto-aes',
      'byok-file': await vendorFile('auto-aes.byok', aes),
    });
    expect(result.errors).toEqual([]);
    expect(hsm.privateKeyOf(result.outputs['key-id'] as string).export()).toEqual(aes);
    expect(hsm.keys().find((k) => k.name === 'auto-aes')?.kty).toBe('oct-HSM');
    expect(result.summary).toContain(
      'oct (read from the file, no sidecar: 32 bytes of AES key wrap after the RSA-3072 part: the length of a wrapped AES-192 key)',
    );
    expect(result.log).toMatch(/Key type read from auto-aes\.byok \(no sidecar\): oct/);
  });

  test('anything else long enough is RSA, as az keyvault key import assumes', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const result = await azureStep('action-import', context, {
      'key-name': 'auto-rsa',
      'byok-file': await vendorFile('auto-rsa.byok', pkcs8(rsa.privateKey)),
    });
    expect(result.errors).toEqual([]);
    expect(
      createPublicKey(hsm.privateKeyOf(result.outputs['key-id'] as string)).export({
        type: 'spki',
        format: 'der',
      }),
    ).toEqual(rsa.publicKey.export({ type: 'spki', format: 'der' }));
    expect(result.summary).toMatch(
      /RSA \(read from the file, no sidecar: \d+ bytes .*so RSA, as az keyvault key import assumes\)/,
    );
  });

  test('a short one is an EC key: imported with the curve given', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const result = await azureStep('action-import', context, {
      'key-name': 'auto-ec',
      curve: 'P-384',
      'byok-file': await vendorFile('auto-ec.byok', pkcs8(ec.privateKey)),
    });
    expect(result.errors).toEqual([]);
    expect(hsm.keys().find((k) => k.name === 'auto-ec')?.kty).toBe('EC-HSM');
    expect(result.summary).toContain('an EC key (curve P-384 as given)');
  });
});

describe('exportable keys under a release policy', () => {
  test('inline JSON: the vault holds the key exportable, under the very policy sent', async () => {
    const text = JSON.stringify(POLICY);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const result = await azureStep('action-import', context, {
      'key-name': 'exportable-inline',
      'key-type': 'RSA',
      exportable: 'true',
      'release-policy': text,
      'byok-file': await vendorFile('exportable-inline.byok', pkcs8(rsa.privateKey)),
    });
    expect(result.errors).toEqual([]);
    const key = await clientWithRoles(hsm).getKey('exportable-inline');
    expect(key.properties.exportable).toBe(true);
    expect(JSON.parse(Buffer.from(key.properties.releasePolicy?.encodedPolicy ?? []).toString())).toEqual(
      POLICY,
    );
    expect(result.summary).toContain(`yes, release policy ${sha256(text)} (as the vault holds it)`);
  });

  test('a policy file, given as @path as az --policy takes it', async () => {
    await writeFile(join(context.workspace, 'policy.json'), JSON.stringify(POLICY, null, 2));
    const aes = randomBytes(32);
    const inputs = {
      'key-name': 'exportable-file',
      'key-type': 'oct',
      exportable: 'true',
      'release-policy': '@policy.json',
      'byok-file': await vendorFile('exportable-file.byok', aes),
    };
    const first = await azureStep('action-import', context, inputs);
    expect(first.errors).toEqual([]);
    expect((await clientWithRoles(hsm).getKey('exportable-file')).properties.exportable).toBe(true);
    expect(first.summary).toContain(`release policy ${sha256(JSON.stringify(POLICY, null, 2))}`);
    expect(hsm.privateKeyOf(first.outputs['key-id'] as string).export()).toEqual(aes);
  });

  test('a rerun converges on the exportable key; one asking for a key that is not exportable is refused', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const file = await vendorFile('exportable-rerun.byok', pkcs8(rsa.privateKey));
    const bytes = await readFile(join(context.workspace, file));
    const publicKey = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    // The sidecar action-wrap writes, so that the rerun can compare public keys.
    const sidecar: ByokSidecar = {
      kid: kek.kid,
      keyType: 'RSA',
      keySize: 2048,
      publicKey,
      publicKeyFingerprint: sha256(rsa.publicKey.export({ type: 'spki', format: 'der' })),
      kekFingerprint: sha256(kek.publicKey.export({ type: 'spki', format: 'der' })),
      byokDigest: sha256(bytes),
      token: { label: 't', manufacturer: 'm', model: 'x', serialNumber: '1', firmware: '1' },
      mechanism: 'test',
      createdAt: new Date().toISOString(),
      generator: 'test',
    };
    await writeFile(join(context.workspace, `${file}.json`), JSON.stringify(sidecar));
    const inputs = { 'key-name': 'exportable-rerun', 'byok-file': file };
    const exportable = { exportable: 'true', 'release-policy': JSON.stringify(POLICY) };
    expect((await azureStep('action-import', context, { ...inputs, ...exportable })).outputs.imported).toBe(
      'true',
    );
    const again = await azureStep('action-import', context, { ...inputs, ...exportable });
    expect([again.errors, again.outputs.imported]).toEqual([[], 'false']);
    expectOneLineError(
      await azureStep('action-import', context, inputs),
      /^Key "exportable-rerun" already holds this key \(.*\), but exportable, unlike this request\. Set "if-exists: new-version" .*\[KEY_EXISTS\]$/,
    );
    expect(hsm.keys().filter((k) => k.name === 'exportable-rerun')).toHaveLength(1);
  });

  test('a bad policy file is refused before any request; so is exportable without a policy', async () => {
    await writeFile(
      join(context.workspace, 'bad-policy.json'),
      JSON.stringify({ ...POLICY, version: '0.2' }),
    );
    const before = hsm.requests().length;
    const file = await vendorFile('exportable-bad.byok', randomBytes(32));
    expectOneLineError(
      await azureStep('action-import', context, {
        'key-name': 'exportable-bad',
        exportable: 'true',
        'release-policy': 'bad-policy.json',
        'byok-file': file,
      }),
      /^Input "release-policy": bad-policy\.json: the release policy has no "version": "1\.0\.0"\. .*\[RELEASE_POLICY_INVALID\]$/,
    );
    expectOneLineError(
      await azureStep('action-import', context, {
        'key-name': 'exportable-bad',
        exportable: 'true',
        'byok-file': file,
      }),
      /^Input "release-policy" is required: an exportable key needs a release policy\. .*\[INPUT_REQUIRED\]$/,
    );
    expect(hsm.requests().length).toBe(before);
  });
});
