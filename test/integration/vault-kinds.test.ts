import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { runStep } from '../../emulators/runner/run-action.js';
import { authFor, azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';
import { byokBytes } from './managed-hsm-support.js';

/**
 * The library tells a Managed HSM from a Key Vault (Premium) by the host, or by vault-kind where the host does not
 * tell (here the emulator on loopback, started as a Key Vault), and refuses what the kind cannot take before any
 * request; a 403 names the fix of that kind. The real clients, through the bundled actions.
 */
let vault: ManagedHsmEmulator;
let context: AzureStepContext;

beforeAll(async () => {
  vault = await startManagedHsm({ kind: 'vault' });
  context = { hsm: vault, workspace: await mkdtemp(join(tmpdir(), 'byok-kinds-')) };
});
afterAll(async () => {
  await vault.close();
  await rm(context.workspace, { recursive: true, force: true });
});

/** A KEK seeded in the Key Vault and a .byok of `plaintext` under it, as a vendor tool writes one (no sidecar). */
async function vendorFile(name: string, plaintext: Buffer): Promise<string> {
  const kek = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const seated = vault.seedKey(`kek-${name.replace(/\W/g, '-')}`, kek);
  await writeFile(join(context.workspace, name), byokBytes(seated, createPublicKey(kek), plaintext));
  return name;
}

test('vault-kind: vault refuses an AES key in the kek job pre-flight and in the import, before any request', async () => {
  const before = vault.requests().length;
  const kek = await azureStep('action-kek-create', context, {
    'vault-kind': 'vault',
    'target-key-name': 'payments',
    'target-key-type': 'oct',
  });
  expectOneLineError(
    kek,
    /^Input "target-key-type": the key to import is an AES \(oct-HSM\) key, which Key Vault Premium https:\/\/127\.0\.0\.1:\d+ cannot import; it imports RSA and EC keys\. AES keys go into a Managed HSM .*\[TARGET_TYPE_UNSUPPORTED\]$/,
  );
  const imported = await azureStep('action-import', context, {
    'vault-kind': 'vault',
    'key-name': 'payments',
    'key-type': 'oct',
    'byok-file': await vendorFile('aes-typed.byok', randomBytes(32)),
  });
  expectOneLineError(
    imported,
    /^Input "key-type" is an AES \(oct-HSM\) key, which Key Vault Premium .*\[TARGET_TYPE_UNSUPPORTED\]$/,
  );
  expect(vault.requests().length).toBe(before);
  expect(vault.keys().some((k) => k.name === 'payments')).toBe(false);
});

test('a file without a sidecar that holds an AES key is refused for a Key Vault once its KEK tells its size', async () => {
  const before = vault.requests().length;
  const result = await azureStep('action-import', context, {
    'vault-kind': 'vault',
    'key-name': 'payments-auto',
    'byok-file': await vendorFile('aes-auto.byok', randomBytes(32)),
  });
  expectOneLineError(
    result,
    /^aes-auto\.byok is an AES \(oct-HSM\) key, which Key Vault Premium .*\[TARGET_TYPE_UNSUPPORTED\]$/,
  );
  // The KEK was read (to learn the file's key type); nothing was imported.
  expect(
    vault
      .requests()
      .slice(before)
      .map((r) => `${r.method} ${r.status}`),
  ).not.toContain('PUT 200');
  expect(vault.keys().some((k) => k.name === 'payments-auto')).toBe(false);
});

test('without vault-kind the loopback host does not tell, and the service itself refuses the AES key', async () => {
  const result = await azureStep('action-import', context, {
    'key-name': 'payments-service',
    'key-type': 'oct',
    'byok-file': await vendorFile('aes-service.byok', randomBytes(32)),
  });
  expectOneLineError(
    result,
    /^The vault refused to import key "payments-service": BadParameter .*oct-HSM.*\[REFUSED\]$/,
  );
});

test("a Key Vault's access-policy 403 is answered with set-policy and the permission it lacks", async () => {
  const auth = authFor(context);
  vault.setKeyPermissions(auth.inputs['client-id'] as string, ['get']);
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const result = await runStep('action-import', {
    workspace: context.workspace,
    inputs: {
      'vault-url': vault.url,
      ...auth.inputs,
      'key-name': 'no-import',
      'key-type': 'RSA',
      'byok-file': await vendorFile('rsa.byok', rsa.export({ type: 'pkcs8', format: 'der' })),
    },
    env: { NODE_EXTRA_CA_CERTS: vault.caPath, ...auth.env },
  });
  expectOneLineError(
    result,
    /^Not allowed to import key "no-import": identity [0-9a-f-]{36} has no keys import permission in the access policy of key vault \S+\. Add it to the access policy \(az keyvault set-policy --name \S+ --object-id [0-9a-f-]{36} --key-permissions get import; .*\[FORBIDDEN\]$/,
  );
  expect(result.errors[0]).not.toMatch(/Managed HSM/);
});
