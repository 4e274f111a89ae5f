import { createHash, createPublicKey } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';

let hsm: ManagedHsmEmulator;
let context: AzureStepContext;

beforeAll(async () => {
  hsm = await startManagedHsm();
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-kek-')) };
});
afterAll(() => Promise.all([hsm.close(), rm(context.workspace, { recursive: true, force: true })]));

const spkiSha256 = (pem: string) =>
  `sha256:${createHash('sha256')
    .update(createPublicKey(pem).export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;

describe('action-kek-create', () => {
  test.each(['oidc', 'secret'] as const)(
    'creates an RSA-HSM KEK with key_ops [import] (%s sign-in), and a rerun reuses it',
    async (auth) => {
      const name = `KEK-${auth}`;
      const oidcRequests = () => hsm.requests().filter((r) => r.path.startsWith('/github-oidc/')).length;
      const oidcBefore = oidcRequests();
      const first = await azureStep(
        'action-kek-create',
        { ...context, auth },
        { 'kek-name': name, 'key-size': '2048', 'expires-in': '24h' },
      );
      expect(first.errors).toEqual([]);
      expect(first.exitCode).toBe(0);
      expect(first.outputs.created).toBe('true');
      // One GitHub OIDC token per sign-in, although MSAL asks for the assertion twice.
      expect(oidcRequests() - oidcBefore).toBe(auth === 'oidc' ? 1 : 0);
      expect(first.outputs['kek-id']).toMatch(new RegExp(`^${hsm.url}/keys/${name}/[0-9a-f]{32}$`));
      const stored = hsm.keys().filter((k) => k.name === name);
      expect(stored).toEqual([
        expect.objectContaining({ kty: 'RSA-HSM', keyOps: ['import'], enabled: true }),
      ]);
      const publicPem = createPublicKey(hsm.privateKeyOf(first.outputs['kek-id'] as string))
        .export({ type: 'spki', format: 'pem' })
        .toString();
      expect(first.outputs['kek-fingerprint']).toBe(spkiSha256(publicPem));
      expect(first.summary).toContain(first.outputs['kek-id']);

      const again = await azureStep(
        'action-kek-create',
        { ...context, auth },
        { 'kek-name': name, 'key-size': '2048' },
      );
      expect(again.outputs).toMatchObject({ created: 'false', 'kek-id': first.outputs['kek-id'] });
      expect(hsm.keys().filter((k) => k.name === name)).toHaveLength(1);
    },
  );

  test('without key-size, the KEK is RSA-4096', async () => {
    const result = await azureStep('action-kek-create', context, { 'kek-name': 'KEK-default-size' });
    expect(result.errors).toEqual([]);
    const kek = hsm.privateKeyOf(result.outputs['kek-id'] as string);
    expect(kek.asymmetricKeyDetails?.modulusLength).toBe(4096);
  });

  test('rotate makes a new version; fail refuses an existing name', async () => {
    const first = await azureStep('action-kek-create', context, {
      'kek-name': 'KEK-rotate',
      'key-size': '2048',
    });
    const rotated = await azureStep('action-kek-create', context, {
      'kek-name': 'KEK-rotate',
      'key-size': '2048',
      'if-exists': 'rotate',
    });
    expect(rotated.outputs['kek-id']).not.toBe(first.outputs['kek-id']);
    expect(hsm.keys().filter((k) => k.name === 'KEK-rotate')).toHaveLength(2);
    expectOneLineError(
      await azureStep('action-kek-create', context, { 'kek-name': 'KEK-rotate', 'if-exists': 'fail' }),
      /already exists.*if-exists/,
    );
  });

  test('refuses to reuse a key that is not a valid KEK', async () => {
    const { privateKey } = await import('node:crypto').then((c) =>
      c.generateKeyPairSync('rsa', { modulusLength: 2048 }),
    );
    hsm.seedKey('not-a-kek', privateKey, { keyOps: ['import', 'decrypt'] });
    const result = await azureStep('action-kek-create', context, {
      'kek-name': 'not-a-kek',
      'key-size': '2048',
    });
    expectOneLineError(result, /cannot be reused: .* allows \[import, decrypt\].*if-exists: rotate/);
  });

  test.each([
    [{ 'key-size': '1024' }, /Input "key-size" is "1024"; expected one of 2048, 3072, 4096/],
    [{ 'kek-name': 'bad_name!' }, /Input "kek-name" is "bad_name!"; expected a key name/],
    [{ 'expires-in': 'tomorrow' }, /Input "expires-in" is "tomorrow"; expected a duration/],
    [{ 'hsm-name': 'contoso' }, /Inputs "hsm-name" and "vault-url" are both set/],
    [{ 'if-exists': 'replace' }, /Input "if-exists" is "replace"; expected one of reuse, rotate, fail/],
  ])('refuses bad input %j before any request', async (inputs, message) => {
    const before = hsm.requests().length;
    expectOneLineError(await azureStep('action-kek-create', context, inputs), message);
    expect(hsm.requests().length).toBe(before);
  });

  test('says how to fix a job without id-token permission, before any request', async () => {
    const before = hsm.requests().length;
    const result = await azureStep(
      'action-kek-create',
      context,
      { 'client-id': '00000000-0000-0000-0000-000000000001', 'tenant-id': hsm.tenantId },
      { omitAuth: true },
    );
    expectOneLineError(result, /cannot request a GitHub OIDC token.*permissions: id-token: write/);
    expect(hsm.requests().length).toBe(before);
  });

  test('names the missing role when the identity may not create keys', async () => {
    const client = hsm.registerClient({ roles: ['Managed HSM Crypto Officer'] });
    const result = await azureStep(
      'action-kek-create',
      context,
      { 'kek-name': 'KEK-officer' },
      {
        omitAuth: true,
        env: {
          AZURE_CLIENT_ID: client.clientId,
          AZURE_TENANT_ID: client.tenantId,
          AZURE_CLIENT_SECRET: client.clientSecret ?? '',
          AZURE_AUTHORITY_HOST: hsm.authorityHost,
        },
      },
    );
    expectOneLineError(result, /Not allowed to .*Managed HSM Crypto User/);
    expect(hsm.keys().some((k) => k.name === 'KEK-officer')).toBe(false);
  });
});

describe('action-kek-download', () => {
  test('writes the SPKI PEM and byok-kek.json of a valid KEK, pinned by kek-id', async () => {
    const created = await azureStep('action-kek-create', context, {
      'kek-name': 'KEK-download',
      'key-size': '3072',
    });
    const kid = created.outputs['kek-id'] as string;
    const result = await azureStep('action-kek-download', context, {
      'kek-id': kid,
      path: 'out/kek.pem',
      'artifact-name': '',
    });
    expect(result.errors).toEqual([]);
    const pem = await readFile(join(context.workspace, 'out/kek.pem'), 'utf8');
    expect(pem).toBe(createPublicKey(hsm.privateKeyOf(kid)).export({ type: 'spki', format: 'pem' }));
    const metadata = JSON.parse(await readFile(join(context.workspace, 'out/byok-kek.json'), 'utf8'));
    expect(metadata).toEqual({ kid, fingerprint: spkiSha256(pem), keySize: 3072, vaultUrl: hsm.url });
    expect(result.outputs).toMatchObject({
      'kek-id': kid,
      'kek-fingerprint': spkiSha256(pem),
      path: join(context.workspace, 'out/kek.pem'),
    });
  });

  test.each([
    [
      'extra operations',
      { keyOps: ['import', 'unwrapKey'] },
      /allows \[import, unwrapKey\]; a KEK must allow exactly \[import\]/,
    ],
    ['an expired KEK', { expiresOn: new Date(Date.now() - 60_000) }, /expired at/],
    ['a disabled KEK', { enabled: false }, /not allowed on a disabled key.*Enable the key/],
  ])('refuses %s and writes nothing', async (_name, options, message) => {
    const { generateKeyPairSync } = await import('node:crypto');
    const kid = hsm.seedKey(
      `bad-kek-${Math.random().toString(16).slice(2, 8)}`,
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
      options,
    );
    const workspace = await mkdtemp(join(tmpdir(), 'byok-kek-bad-'));
    const result = await azureStep(
      'action-kek-download',
      { ...context, workspace },
      { 'kek-id': kid, 'artifact-name': '' },
    );
    expectOneLineError(result, message);
    await expect(readFile(join(workspace, 'KEKforBYOK.publickey.pem'))).rejects.toThrow();
    await rm(workspace, { recursive: true, force: true });
  });

  test('refuses a kek-id of another vault', async () => {
    const result = await azureStep('action-kek-download', context, {
      'kek-id': 'https://other.managedhsm.azure.net/keys/KEK/0123456789abcdef0123456789abcdef',
      'artifact-name': '',
    });
    expectOneLineError(result, /belongs to https:\/\/other\.managedhsm\.azure\.net/);
  });
});
