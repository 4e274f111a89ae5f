import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runStep } from '../../emulators/runner/run-action.js';
import { runCli } from '../helpers/cli.js';
import { runJob } from '../helpers/workflow-job.js';
import { openCeremony, type OpenCeremony } from '../helpers/ceremony-services.js';
import { readByok, unwrapCiphertext, type TestKek } from '../integration/wrap-helpers.js';

/**
 * The air-gapped path end to end: the kek job's actions on the emulators, the PEM carried to the "HSM host",
 * `byok wrap` and `byok verify` there in a network namespace where no connection can be made, then `byok import`.
 * Every .byok is unwrapped here with Node crypto and the KEK's private key, and compared with the token's key.
 */
let ceremony: OpenCeremony;
const REPOSITORY = 'octo-org/byok-offline';

beforeAll(async () => {
  ceremony = await openCeremony();
});
afterAll(async () => {
  await ceremony?.close();
});

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/**
 * The kek job as the reusable workflow runs it: kek-create then kek-download, GitHub OIDC, no artifact. RSA-2048
 * unless a test asks for more: each larger KEK costs the emulator a generation.
 */
async function kekJob(
  runId: string,
  keySize = '2048',
): Promise<{ pem: string; metadata: string; kid: string; fingerprint: string }> {
  const { hsm, root } = ceremony.services;
  const subject = `repo:${REPOSITORY}:environment:byok-kek`;
  const client = hsm.registerClient({ clientSecret: false, federated: { subject } });
  const auth = {
    'vault-url': hsm.url,
    'client-id': client.clientId,
    'tenant-id': client.tenantId,
    'authority-host': hsm.authorityHost,
  };
  const env = { NODE_EXTRA_CA_CERTS: hsm.caPath, ...hsm.oidcEnv({ subject, repository: REPOSITORY, runId }) };
  const workspace = join(root, runId, 'kek');
  const created = await runStep('action-kek-create', {
    workspace,
    inputs: { ...auth, 'key-size': keySize, 'kek-name': `KEK-${runId}` },
    env,
  });
  expect(created.errors).toEqual([]);
  const downloaded = await runStep('action-kek-download', {
    workspace,
    inputs: { ...auth, 'kek-id': created.outputs['kek-id'] ?? '', 'artifact-name': '' },
    env,
  });
  expect(downloaded.errors).toEqual([]);
  // The air gap: only the PEM and its metadata travel to the HSM host.
  const host = join(root, runId, 'hsm-host');
  await mkdir(host, { recursive: true });
  const pem = join(host, 'KEKforBYOK.publickey.pem');
  const metadata = join(host, 'byok-kek.json');
  await copyFile(downloaded.outputs.path as string, pem);
  await copyFile(join(workspace, 'byok-kek.json'), metadata);
  return {
    pem,
    metadata,
    kid: downloaded.outputs['kek-id'] as string,
    fingerprint: downloaded.outputs['kek-fingerprint'] as string,
  };
}

function testKek(kid: string): TestKek {
  const privateKey = ceremony.services.hsm.privateKeyOf(kid);
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    pemPath: '',
    kid,
    fingerprint: sha256(publicKey.export({ type: 'spki', format: 'der' })),
  };
}

const pinEnv = () => ({ ...ceremony.services.token.env, PKCS11_PIN: ceremony.services.token.pin });

function wrapFlags(
  kek: { pem: string; fingerprint: string },
  label: string,
  out: string,
  target: string[],
): string[] {
  const { token } = ceremony.services;
  return [
    'wrap',
    '--pkcs11-module',
    token.module,
    '--token-label',
    token.label,
    '--key-label',
    label,
    '--generate',
    ...target,
    '--kek-file',
    kek.pem,
    '--kek-fingerprint',
    kek.fingerprint,
    '--byok-file',
    out,
  ];
}

function secretClientEnv(): Record<string, string> {
  const { hsm } = ceremony.services;
  const client = hsm.registerClient();
  return {
    NODE_EXTRA_CA_CERTS: hsm.caPath,
    AZURE_CLIENT_ID: client.clientId,
    AZURE_TENANT_ID: client.tenantId,
    AZURE_CLIENT_SECRET: client.clientSecret ?? '',
    AZURE_AUTHORITY_HOST: hsm.authorityHost,
  };
}

test.each([
  // SoftHSM's RFC 5649 mechanism zero-pads, so the wrap needs --allow-padded-kwp; an EC P-384 PKCS#8 from it is 80
  // bytes, a multiple of 8, so this one arrives exact and the strict emulator takes it without any tolerance.
  // The EC run carries an RSA-3072 KEK across the air gap.
  ['EC P-384', ['--kty', 'EC', '--curve', 'P-384', '--allow-padded-kwp'], '3072'],
  ['AES-256', ['--kty', 'oct', '--size', '256'], '2048'],
])(
  '%s: kek job, byok wrap and verify with no network, byok import; the key in the vault is the token’s',
  async (name, target, kekSize) => {
    const runId = `offline-${name.replace(/\W/g, '')}`;
    const kek = await kekJob(runId, kekSize);
    const label = `offline-${runId}`;
    const out = join(ceremony.services.root, runId, 'hsm-host', `${label}.byok`);

    const wrapped = await runCli([...wrapFlags(kek, label, out, target), '--yes', '--json'], {
      offline: true,
      env: pinEnv(),
    });
    expect(wrapped.stderr).not.toContain(ceremony.services.token.pin);
    expect(wrapped.exitCode).toBe(0);
    // The person at the HSM sees the KEK fingerprint again before the wrap, to compare it across the air gap.
    expect(wrapped.stderr).toContain(`KEK fingerprint:   ${kek.fingerprint}`);
    const outputs = wrapped.json?.outputs as Record<string, string>;
    expect(outputs['byok-file']).toBe(out);

    // Independent unwrap: Node crypto with the KEK's private key, compared with the key in the token.
    const { ciphertext, bytes } = await readByok(out);
    const plaintext = unwrapCiphertext(ciphertext, testKek(kek.kid));
    if (target.includes('EC')) {
      const fromByok = createPublicKey(createPrivateKey({ key: plaintext, format: 'der', type: 'pkcs8' }));
      const onToken = createPublicKey(await ceremony.token.readPublicKeyPem(label));
      expect(fromByok.export({ type: 'spki', format: 'der' })).toEqual(
        onToken.export({ type: 'spki', format: 'der' }),
      );
      expect(outputs['public-key-fingerprint']).toBe(sha256(onToken.export({ type: 'spki', format: 'der' })));
    } else {
      expect(plaintext).toHaveLength(32);
      const block = Buffer.alloc(16).toString('hex');
      const expected = (await ceremony.token.encrypt(label, block)).slice(0, 32);
      const cipher = (await import('node:crypto'))
        .createCipheriv('aes-256-ecb', plaintext, null)
        .setAutoPadding(false);
      expect(Buffer.concat([cipher.update(Buffer.alloc(16)), cipher.final()]).toString('hex')).toBe(expected);
    }

    const verified = await runCli(
      [
        'verify',
        out,
        '--kek-file',
        kek.pem,
        '--kek-fingerprint',
        kek.fingerprint,
        ...(outputs['public-key-fingerprint']
          ? ['--public-key-fingerprint', outputs['public-key-fingerprint']]
          : []),
        '--json',
      ],
      { offline: true },
    );
    expect(verified.stderr).not.toMatch(/warning|error/i);
    expect(verified.exitCode).toBe(0);
    expect(verified.json?.outputs).toMatchObject({
      kid: kek.kid,
      'kek-fingerprint': kek.fingerprint,
      'byok-digest': sha256(bytes),
    });

    const imported = await runCli(
      [
        'import',
        '--vault-url',
        ceremony.services.hsm.url,
        '--name',
        label,
        '--byok-file',
        out,
        '--kek-fingerprint',
        kek.fingerprint,
        ...(outputs['public-key-fingerprint']
          ? ['--public-key-fingerprint', outputs['public-key-fingerprint']]
          : []),
        '--json',
      ],
      { env: secretClientEnv() },
    );
    expect(imported.stderr).not.toMatch(/\n\s+at /);
    expect(imported.exitCode).toBe(0);
    const keyId = imported.json?.outputs?.['key-id'] as string;
    expect(keyId).toMatch(new RegExp(`/keys/${label}/[0-9a-f]{32}$`));
    const inVault = ceremony.services.hsm.privateKeyOf(keyId);
    if (target.includes('EC'))
      expect(createPublicKey(inVault).export({ type: 'spki', format: 'der' })).toEqual(
        createPublicKey(createPrivateKey({ key: plaintext, format: 'der', type: 'pkcs8' })).export({
          type: 'spki',
          format: 'der',
        }),
      );
    else expect(inVault.export()).toEqual(plaintext);
  },
);

test('offline means offline: in the wrap’s network namespace no connection can be made', async () => {
  const result = await runCli(['kek', 'create', '--vault-url', ceremony.services.hsm.url], {
    offline: true,
    env: secretClientEnv(),
  });
  expect(result.exitCode).toBe(1);
  expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^byok kek create: .*\[[A-Z_]+\]$/);
  expect(ceremony.services.hsm.requests().filter((r) => r.path.includes('/keys/KEKforBYOK'))).toEqual([]);
});

test('byok kek create and kek download: the same KEK, its fingerprint printed for the air gap', async () => {
  const env = secretClientEnv();
  const vault = ['--vault-url', ceremony.services.hsm.url];
  const created = await runCli(
    ['kek', 'create', ...vault, '--name', 'KEK-cli', '--size', '2048', '--expires-in', '1d'],
    { env },
  );
  expect(created.stderr).not.toMatch(/\n\s+at /);
  expect(created.exitCode).toBe(0);
  const fingerprint = /KEK fingerprint \(SHA-256 of SPKI\)\s+(sha256:[0-9a-f]{64})/.exec(created.stdout)?.[1];
  expect(fingerprint).toBeDefined();
  const file = join(ceremony.services.root, 'cli-kek', 'KEK-cli.pem');
  const downloaded = await runCli(
    ['kek', 'download', ...vault, '--name', 'KEK-cli', '--file', file, '--json'],
    { env },
  );
  expect(downloaded.exitCode).toBe(0);
  expect(downloaded.json?.outputs).toMatchObject({ 'kek-fingerprint': fingerprint, path: file });
});

/**
 * examples/offline-import.yml, run as the runner would run its job (test/helpers/workflow-job.ts), with what
 * `byok wrap` printed as the dispatch inputs: the same approval gate and checks as the three-job ceremony.
 */
describe('the dispatch workflow imports what byok wrap wrote, behind the approval', () => {
  const WORKFLOW = 'examples/offline-import.yml';
  const REPO = 'octo-org/byok-ceremony';

  async function wrappedOffline(runId: string) {
    const kek = await kekJob(runId);
    const label = `dispatch-${runId}`;
    const out = join(ceremony.services.root, runId, 'hsm-host', `${label}.byok`);
    const wrapped = await runCli(
      // As above: SoftHSM needs --allow-padded-kwp, and a P-384 key from it arrives exact.
      [
        ...wrapFlags(kek, label, out, ['--kty', 'EC', '--curve', 'P-384', '--allow-padded-kwp']),
        '--yes',
        '--json',
      ],
      { offline: true, env: pinEnv() },
    );
    expect(wrapped.exitCode).toBe(0);
    return { kek, label, out, outputs: wrapped.json?.outputs as Record<string, string> };
  }

  async function dispatch(
    runId: string,
    inputs: Record<string, string>,
    reviews: Array<{ login: string; environment: string }>,
  ) {
    const { hsm, artifacts } = ceremony.services;
    const subject = `repo:${REPO}:environment:byok-import`;
    const client = hsm.registerClient({ clientSecret: false, federated: { subject } });
    for (const review of reviews)
      artifacts.approve(runId, { ...review, comment: 'fingerprints match the record' });
    return runJob(WORKFLOW, 'import', {
      inputs,
      vars: {
        BYOK_VAULT_URL: hsm.url,
        AZURE_CLIENT_ID: client.clientId,
        AZURE_TENANT_ID: client.tenantId,
        BYOK_AUTHORITY_HOST: hsm.authorityHost,
      },
      githubToken: artifacts.githubToken(runId),
      env: {
        NODE_EXTRA_CA_CERTS: hsm.caPath,
        ...artifacts.jobEnv({ runId, jobName: 'import' }),
        ...hsm.oidcEnv({ subject, repository: REPO, runId }),
        GITHUB_ACTOR: 'key-custodian',
        GITHUB_TRIGGERING_ACTOR: 'key-custodian',
      },
      workspace: join(ceremony.services.root, runId, 'import'),
    });
  }

  const base64 = async (path: string) => (await readFile(path)).toString('base64');

  test('approved by a second person: imported, and the vault holds the token’s key', async () => {
    const runId = '7001';
    const { label, out, outputs, kek } = await wrappedOffline(runId);
    const steps = await dispatch(
      runId,
      {
        'key-name': label,
        byok: await base64(out),
        sidecar: await base64(`${out}.json`),
        'byok-digest': outputs['byok-digest'] as string,
        'kek-fingerprint': kek.fingerprint,
        'public-key-fingerprint': outputs['public-key-fingerprint'] as string,
      },
      [{ login: 'security-reviewer', environment: 'byok-import' }],
    );
    const imported = steps.at(-1);
    expect(imported?.result?.errors).toEqual([]);
    expect(imported?.exitCode).toBe(0);
    expect(imported?.result?.summary).toMatch(/Approved by \| `security-reviewer approved byok-import/);
    const onToken = createPublicKey(await ceremony.token.readPublicKeyPem(label));
    const inVault = createPublicKey(
      ceremony.services.hsm.privateKeyOf(imported?.outputs['key-id'] as string),
    );
    expect(inVault.export({ type: 'spki', format: 'der' })).toEqual(
      onToken.export({ type: 'spki', format: 'der' }),
    );
  });

  test.each([
    ['a .byok that is not the one byok wrap printed the digest of', 'digest', /BYOK_TAMPERED/],
    ['approved only by the person who dispatched it', 'self', /APPROVAL_SELF/],
    ['no approval at all', 'none', /APPROVAL_MISSING/],
  ])('%s: refused, nothing imported', async (_what, fault, code) => {
    const runId = `70${['digest', 'self', 'none'].indexOf(fault) + 2}`;
    const { label, out, outputs, kek } = await wrappedOffline(runId);
    const steps = await dispatch(
      runId,
      {
        'key-name': label,
        byok: await base64(out),
        sidecar: await base64(`${out}.json`),
        'byok-digest':
          fault === 'digest' ? sha256(Buffer.from('another file')) : (outputs['byok-digest'] as string),
        'kek-fingerprint': kek.fingerprint,
        'public-key-fingerprint': outputs['public-key-fingerprint'] as string,
      },
      fault === 'none'
        ? []
        : [{ login: fault === 'self' ? 'key-custodian' : 'security-reviewer', environment: 'byok-import' }],
    );
    const imported = steps.at(-1);
    expect(imported?.exitCode).toBe(1);
    expect(imported?.result?.errors).toEqual([expect.stringMatching(code)]);
    expect(ceremony.services.hsm.keys().filter((k) => k.name === label)).toEqual([]);
  });
});
