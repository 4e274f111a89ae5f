import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { azureStep, type AzureStepContext } from '../helpers/azure-steps.js';
import { byokBytes } from './managed-hsm-support.js';

let hsm: ManagedHsmEmulator;
let context: AzureStepContext;

beforeAll(async () => {
  hsm = await startManagedHsm();
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-names-')) };
});
afterAll(async () => {
  await hsm.close();
  await rm(context.workspace, { recursive: true, force: true });
});

/** The vault by name instead of vault-url, and the proxy the way a runner behind one would have it. */
const byName = (input: 'hsm-name' | 'vault-name') => ({ 'vault-url': '', [input]: 'contoso' });
const env = () => ({ env: { ...hsm.proxyEnv } });

/** kek-create and kek-download by name; answers the KEK id and its public key as downloaded. */
async function kekByName(input: 'hsm-name' | 'vault-name') {
  const created = await azureStep(
    'action-kek-create',
    context,
    { ...byName(input), 'key-size': '2048' },
    env(),
  );
  expect(created.errors).toEqual([]);
  const kid = created.outputs['kek-id'] ?? '';
  const downloaded = await azureStep(
    'action-kek-download',
    context,
    { ...byName(input), 'kek-id': kid, 'artifact-name': '' },
    env(),
  );
  expect(downloaded.errors).toEqual([]);
  const pem = await readFile(downloaded.outputs.path ?? '', 'utf8');
  return { kid, publicKey: createPublicKey(pem) };
}

async function byokFile(
  name: string,
  kid: string,
  kekPublic: ReturnType<typeof createPublicKey>,
  plaintext: Buffer,
) {
  const path = join(context.workspace, `${name}.byok`);
  await writeFile(path, byokBytes(kid, kekPublic, plaintext));
  return path;
}

/**
 * hsm-name and vault-name as a workflow gives them, with no patch anywhere: the action bundles reach
 * https://contoso.managedhsm.azure.net and https://contoso.vault.azure.net through HTTPS_PROXY (the emulator's
 * CONNECT proxy), trust its CA by NODE_EXTRA_CA_CERTS, and keep challenge-resource verification on.
 */
test('hsm-name: the KEK, its download and the import live under https://contoso.managedhsm.azure.net', async () => {
  const kek = await kekByName('hsm-name');
  expect(kek.kid).toMatch(/^https:\/\/contoso\.managedhsm\.azure\.net\/keys\/[\w-]+\/[0-9a-f]{32}$/);
  const aes = randomBytes(32);
  const imported = await azureStep(
    'action-import',
    context,
    {
      ...byName('hsm-name'),
      'key-name': 'named-aes',
      'key-type': 'oct',
      'byok-file': await byokFile('named-aes', kek.kid, kek.publicKey, aes),
    },
    env(),
  );
  expect(imported.errors).toEqual([]);
  expect(imported.outputs['key-id']).toMatch(
    /^https:\/\/contoso\.managedhsm\.azure\.net\/keys\/named-aes\/[0-9a-f]{32}$/,
  );
  expect(hsm.privateKeyOf(imported.outputs['key-id'] ?? '').export()).toEqual(aes);
  expect(hsm.keys().filter((k) => k.vault === hsm.url)).toEqual([]);
});

test('vault-name: Key Vault Premium under https://contoso.vault.azure.net takes RSA, refuses oct-HSM', async () => {
  const kek = await kekByName('vault-name');
  expect(kek.kid).toMatch(/^https:\/\/contoso\.vault\.azure\.net\/keys\/[\w-]+\/[0-9a-f]{32}$/);
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const imported = await azureStep(
    'action-import',
    context,
    {
      ...byName('vault-name'),
      'key-name': 'named-rsa',
      'key-type': 'RSA',
      'byok-file': await byokFile(
        'named-rsa',
        kek.kid,
        kek.publicKey,
        rsa.privateKey.export({ type: 'pkcs8', format: 'der' }),
      ),
    },
    env(),
  );
  expect(imported.errors).toEqual([]);
  expect(imported.outputs['key-id']).toMatch(
    /^https:\/\/contoso\.vault\.azure\.net\/keys\/named-rsa\/[0-9a-f]{32}$/,
  );

  const oct = await azureStep(
    'action-import',
    context,
    {
      ...byName('vault-name'),
      'key-name': 'named-aes',
      'key-type': 'oct',
      'byok-file': await byokFile('vault-aes', kek.kid, kek.publicKey, randomBytes(32)),
    },
    env(),
  );
  expect(oct.exitCode).toBe(1);
  expect(oct.errors).toEqual([expect.stringMatching(/oct-HSM/)]);
  expect(
    hsm.keys().some((k) => k.vault === 'https://contoso.vault.azure.net' && k.name === 'named-aes'),
  ).toBe(false);
});
