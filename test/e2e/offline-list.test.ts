import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { authFor } from '../helpers/azure-steps.js';
import { runCli } from '../helpers/cli.js';
import { openCeremony, SOFTHSM_REHEARSAL, type OpenCeremony } from '../helpers/ceremony-services.js';
import { derSequence, unwrapCiphertext } from '../integration/wrap-helpers.js';

/**
 * A key list on the air-gapped path with the command line: `byok kek create --key-list` checks every key before the
 * KEK exists, `byok wrap --key-list` wraps them all in one session with no network, `byok import --key-list` imports
 * them after checking the folder against the digest the wrap printed. A failed key is printed with the others and
 * the command exits 1; the rerun imports only what is missing.
 */
let ceremony: OpenCeremony;
beforeAll(async () => {
  ceremony = await openCeremony({ tolerate: SOFTHSM_REHEARSAL.tolerate });
});
afterAll(() => ceremony?.close());

const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** The command line signs in with a client secret from the environment, trusting the emulator's CA. */
const secretClientEnv = (): Record<string, string> => ({
  NODE_EXTRA_CA_CERTS: ceremony.services.hsm.caPath,
  ...authFor({ hsm: ceremony.services.hsm, workspace: '', auth: 'secret' }).env,
});

const LIST = `defaults:
  generate: true
  type: EC
  curve: P-384
keys:
  - name: cli-ec-1
  - name: cli-ec-2
    curve: P-256K
  - name: cli-aes
    type: AES
    size: 128
`;

test('kek create checks the list first; wrap (offline) and import take it whole; the rerun imports only what is missing', async () => {
  const { hsm, root, token } = ceremony.services;
  const host = join(root, 'cli-list');
  await mkdir(host, { recursive: true });
  const list = join(host, 'keys.yaml');
  const vault = ['--vault-url', hsm.url];
  const env = secretClientEnv();

  // A list with a key the vault would refuse stops before any KEK exists.
  await writeFile(list, `${LIST}  - name: cli-rsa-1024\n    type: RSA\n    size: 1024\n`);
  const refused = await runCli(['kek', 'create', ...vault, '--name', 'KEK-list', '--key-list', list], {
    env,
  });
  expect(refused.exitCode).toBe(1);
  expect(refused.stderr).toMatch(
    /^byok kek create: Key list .*keys\.yaml line 14 \(key "cli-rsa-1024"\): "size" is "1024"/m,
  );
  expect(hsm.keys().filter((k) => k.name === 'KEK-list')).toEqual([]);

  await writeFile(list, LIST);
  const created = await runCli(
    ['kek', 'create', ...vault, '--name', 'KEK-list', '--size', '2048', '--key-list', list, '--json'],
    { env },
  );
  expect(created.exitCode).toBe(0);
  expect(created.json?.outputs?.['key-list-sha256']).toBe(sha256(LIST));
  const pem = join(host, 'KEK-list.pem');
  const downloaded = await runCli(
    ['kek', 'download', ...vault, '--name', 'KEK-list', '--file', pem, '--json'],
    { env },
  );
  expect(downloaded.exitCode).toBe(0);
  const kekFingerprint = downloaded.json?.outputs?.['kek-fingerprint'] as string;

  const out = join(host, 'out');
  const wrapped = await runCli(
    [
      'wrap',
      '--pkcs11-module',
      token.module,
      '--token-label',
      token.label,
      '--kek-file',
      pem,
      '--kek-fingerprint',
      kekFingerprint,
      '--key-list',
      list,
      '--key-list-sha256',
      sha256(LIST),
      '--output-dir',
      out,
      // SoftHSM's EC keys are rehearsal files (ceremony-services.ts).
      '--allow-padded-kwp',
      '--yes',
    ],
    { offline: true, env: { ...token.env, PKCS11_PIN: token.pin } },
  );
  expect(wrapped.stderr).not.toContain(token.pin);
  expect(wrapped.exitCode).toBe(0);
  // The table a person reads at the HSM: every key with its type and fingerprint or check value.
  for (const line of [
    /cli-ec-1\s+EC P-384\s+wrapped\s+cli-ec-1 \(id [0-9a-f]+\)\s+sha256:[0-9a-f]{64}/,
    /cli-aes\s+AES-128\s+wrapped/,
  ])
    expect(wrapped.stdout).toMatch(line);
  const digest = /--key-list-digest (sha256:[0-9a-f]{64})/.exec(wrapped.stdout)?.[1] as string;
  expect(digest).toBeDefined();

  // Independent check of one .byok: Node crypto and the KEK's private key from the vault.
  const kid = downloaded.json?.outputs?.['kek-id'] as string;
  const privateKey = hsm.privateKeyOf(kid);
  const byok = JSON.parse(await readFile(join(out, 'cli-ec-2.byok'), 'utf8')) as { ciphertext: string };
  const plain = unwrapCiphertext(Buffer.from(byok.ciphertext, 'base64url'), {
    privateKey,
    publicKey: createPublicKey(privateKey),
    pemPath: pem,
    kid,
    fingerprint: kekFingerprint,
  });
  const fromByok = createPublicKey(
    createPrivateKey({ key: derSequence(plain), format: 'der', type: 'pkcs8' }),
  );
  expect(fromByok.export({ type: 'spki', format: 'der' })).toEqual(
    createPublicKey(await ceremony.token.readPublicKeyPem('cli-ec-2')).export({
      type: 'spki',
      format: 'der',
    }),
  );

  // A name held by another key fails alone; the JSON holds every key's result and the error, once.
  const other = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
  hsm.seedKey('cli-ec-2', other.privateKey, { keyOps: ['sign', 'verify'] });
  const importFlags = [
    'import',
    ...vault,
    '--key-list',
    list,
    '--byok-dir',
    out,
    '--key-list-digest',
    digest,
    '--kek-fingerprint',
    kekFingerprint,
  ];
  const first = await runCli([...importFlags, '--json'], { env });
  expect(first.exitCode).toBe(1);
  expect(first.json?.ok).toBe(false);
  expect(first.json?.error?.code).toBe('KEYS_FAILED');
  const results = JSON.parse(first.json?.outputs?.results ?? '[]') as {
    key: string;
    status: string;
    code?: string;
  }[];
  expect(results.map((r) => [r.key, r.status, r.code])).toEqual([
    ['cli-ec-1', 'imported', undefined],
    ['cli-ec-2', 'failed', 'KEY_EXISTS'],
    ['cli-aes', 'imported', undefined],
  ]);
  expect(first.stderr.trim().split('\n').at(-1)).toMatch(
    /^byok import: 1 of 3 keys failed: cli-ec-2 \(KEY_EXISTS\).*\[KEYS_FAILED\]$/,
  );

  // Its owner decides: a new version of that name. The edited list is another list than the kek job checked...
  const edited = LIST.replace('    curve: P-256K\n', '    curve: P-256K\n    if-exists: new-version\n');
  await writeFile(list, edited);
  const tampered = await runCli([...importFlags, '--key-list-sha256', sha256(LIST)], { env });
  expect(tampered.exitCode).toBe(1);
  expect(tampered.stderr.trim().split('\n').at(-1)).toMatch(/\[KEY_LIST_TAMPERED\]$/);
  // ...so here, on the person's own host, it is run without the kek job's digest: the rerun touches only that key.
  const before = hsm.requests().length;
  const again = await runCli(importFlags, { env });
  expect(again.exitCode).toBe(0);
  expect(
    hsm
      .requests()
      .slice(before)
      .filter((e) => e.method === 'PUT')
      .map((e) => e.path),
  ).toEqual(['/keys/cli-ec-2']);
  expect(again.stdout).toMatch(/cli-ec-1\s+EC P-384\s+already-present/);
  expect(again.stdout).toMatch(/cli-ec-2\s+EC P-256K\s+imported/);
  expect(hsm.keys().filter((k) => k.name === 'cli-ec-2')).toHaveLength(2);
});
