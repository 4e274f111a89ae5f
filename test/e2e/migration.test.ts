import { createCipheriv, createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAsJob } from '../../emulators/artifact-service/in-process.js';
import { silentLogger } from '../../shared/src/logger.js';
import { downloadFiles } from '../../shared/src/transfer/download.js';
import { keyCheckValueOf } from '../helpers/check-values.js';
import { openCeremony, SOFTHSM_REHEARSAL, type OpenCeremony } from '../helpers/ceremony-services.js';
import { importJob, kekAndWrapJobs, type ListRun } from '../helpers/list-ceremony.js';
import { clientWithRoles } from '../integration/managed-hsm-support.js';
import { derSequence, unwrapCiphertext, type TestKek } from '../integration/wrap-helpers.js';

/**
 * A migration of 23 mixed keys (RSA, EC, AES) as one ceremony, on the emulators and SoftHSM: one kek job, one wrap
 * session, one import after one approval. One key fails (a soft-deleted key holds its name), the others are
 * imported; a re-run of the import job, after the name is purged, touches only that key. Every .byok that travelled
 * is unwrapped here with Node crypto and the KEK's private key from the emulator, and compared with the token's key
 * and the vault's.
 */
let ceremony: OpenCeremony;
beforeAll(async () => {
  ceremony = await openCeremony({ tolerate: SOFTHSM_REHEARSAL.tolerate });
});
afterAll(() => ceremony?.close());

const KEYS = {
  rsa: ['pay-rsa-01', 'pay-rsa-02', 'pay-rsa-03'],
  rsa3072: ['pay-rsa-3k'],
  p384: ['pay-ec-01', 'pay-ec-02', 'pay-ec-03', 'pay-ec-04', 'pay-ec-05', 'pay-ec-06', 'pay-ec-07'],
  k1: ['chain-k1-01', 'chain-k1-02', 'chain-k1-03', 'chain-k1-04'],
  aes256: ['data-aes-01', 'data-aes-02', 'data-aes-03', 'data-aes-04'],
  aes128: ['data-aes128-01', 'data-aes128-02'],
  aes192: ['data-aes192-01'],
};
/** A key that already lives in the source HSM under its own label and id. */
const EXISTING = { name: 'legacy-ec', label: 'LEGACY EC signing', id: '0badc0de' };
const FAILS = 'pay-ec-07';

const LIST = `# Q1 migration: payments, chain and data keys
version: 1
defaults:
  generate: true
  type: EC
  curve: P-384
  key-ops: [sign, verify]
  tags: { migration: "2026-q1" }
keys:
${KEYS.p384.map((name) => `  - name: ${name}\n`).join('')}${KEYS.k1.map((name) => `  - name: ${name}\n    curve: P-256K\n`).join('')}${KEYS.rsa.map((name) => `  - name: ${name}\n    type: RSA\n    size: 2048\n`).join('')}${KEYS.rsa3072.map((name) => `  - name: ${name}\n    type: RSA\n    size: 3072\n    expires: 2030-12-31\n`).join('')}${[
  ...KEYS.aes256.map((name) => [name, 256]),
  ...KEYS.aes128.map((name) => [name, 128]),
  ...KEYS.aes192.map((name) => [name, 192]),
]
  .map(
    ([name, size]) =>
      `  - name: ${name}\n    type: AES\n    size: ${size}\n    key-ops: [encrypt, decrypt, wrapKey, unwrapKey]\n`,
  )
  .join('')}  - name: ${EXISTING.name}
    label: "${EXISTING.label}"
    key-id: "${EXISTING.id}"
    generate: false
    tags: { migration: "2026-q1", origin: legacy }
`;
const ALL = [
  ...KEYS.p384,
  ...KEYS.k1,
  ...KEYS.rsa,
  ...KEYS.rsa3072,
  ...KEYS.aes256,
  ...KEYS.aes128,
  ...KEYS.aes192,
  EXISTING.name,
];

interface Result {
  key: string;
  status: string;
  type?: string;
  keyId?: string;
  fingerprint?: string;
  keyCheckValue?: string;
  code?: string;
  reason?: string;
}

const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const spki = (key: KeyObject | string) =>
  (typeof key !== 'string' && key.type === 'public' ? key : createPublicKey(key)).export({
    type: 'spki',
    format: 'der',
  });
const results = (text: string | undefined) => JSON.parse(text ?? '[]') as Result[];
const BLOCK = '00112233445566778899aabbccddeeff';
const aesEcb = (key: Buffer) =>
  createCipheriv(`aes-${key.length * 8}-ecb`, key, null)
    .setAutoPadding(false)
    .update(Buffer.from(BLOCK, 'hex'))
    .toString('hex');

test('a list of 23 mixed keys migrates in one ceremony; the key that fails is imported by a re-run touching only it', async () => {
  const { services, token } = ceremony;
  const { hsm } = services;
  expect(ALL).toHaveLength(23);
  await token.createKeyPair({ label: EXISTING.label, id: EXISTING.id, type: 'EC', curve: 'P-384' });
  // A soft-deleted key holds one name of the list: the vault refuses that import until it is purged.
  const officer = clientWithRoles(hsm, ['Managed HSM Crypto User', 'Managed HSM Crypto Officer']);
  await officer.createEcKey(FAILS, { curve: 'P-256', hsm: true });
  await (await officer.beginDeleteKey(FAILS)).pollUntilDone();

  const run: ListRun = await kekAndWrapJobs(services, 'migration-1', LIST);
  for (const step of run.kek ?? []) expect(step.errors).toEqual([]);
  expect(run.wrap?.errors).toEqual([]);

  // The kek job's reviewer sees every key and its type before any KEK exists; the wrap job's, every fingerprint.
  const [created] = run.kek ?? [];
  for (const name of ALL) expect(created?.summary).toContain(`\`${name}\``);
  expect(created?.summary).toContain('`EC P-256K`');
  const wrapped = results(run.wrap?.outputs.results);
  expect(wrapped.map((r) => [r.key, r.status])).toEqual(ALL.map((name) => [name, 'wrapped']));
  for (const r of wrapped) expect(run.wrap?.summary).toContain(`\`${r.fingerprint ?? r.keyCheckValue}\``);
  // One session for the whole list: one token opened, one known-answer test.
  expect(run.wrap?.log.match(/Checking the RFC 5649 mechanism/g)).toHaveLength(1);

  const before = hsm.requests().length;
  const first = await importJob(services, run);
  expect(first.errors).toHaveLength(1);
  expect(first.errors[0]).toMatch(/^1 of 23 keys failed: pay-ec-07 \(CONFLICT\).*\[KEYS_FAILED\]$/);
  expect(first.exitCode).toBe(1);
  const imported = results(first.outputs.results);
  expect(imported.filter((r) => r.status !== 'imported').map((r) => [r.key, r.status, r.code])).toEqual([
    [FAILS, 'failed', 'CONFLICT'],
  ]);
  expect(imported.find((r) => r.key === FAILS)?.reason).toMatch(/purge/);
  for (const r of imported) expect(first.summary).toContain(`\`${r.key}\``);
  expect(first.summary).toContain('security-reviewer approved byok-import');
  // One token for the job and the KEK read once, however many keys.
  const firstRequests = hsm
    .requests()
    .slice(before)
    .filter((e) => e.status !== 401);
  expect(firstRequests.filter((e) => /\/oauth2\/v2\.0\/token$/.test(e.path))).toHaveLength(1);
  expect(
    firstRequests.filter((e) => e.method === 'GET' && e.path.startsWith('/keys/KEKforBYOK/')),
  ).toHaveLength(1);

  // Every .byok that travelled, unwrapped with Node crypto alone, holds the token's key; the vault holds the same.
  const kek = testKek(hsm.privateKeyOf(run.kekId as string));
  const dir = await mkdtemp(join(services.root, 'downloaded-'));
  await runAsJob(services.artifacts.jobEnv({ runId: run.runId, jobName: 'audit' }), () =>
    downloadFiles({ name: 'byok-keys', destination: dir, logger: silentLogger }),
  );
  const lines: string[] = [];
  for (const name of ALL) {
    const bytes = await readFile(join(dir, `${name}.byok`));
    const plain = unwrapCiphertext(
      Buffer.from(JSON.parse(bytes.toString('utf8')).ciphertext, 'base64url'),
      kek,
    );
    const label = name === EXISTING.name ? EXISTING.label : name;
    const inVault = imported.find((r) => r.key === name)?.keyId;
    let check: string;
    if (name.startsWith('data-aes')) {
      expect([name, aesEcb(plain)]).toEqual([name, await token.encrypt(label, BLOCK)]);
      if (inVault)
        expect([name, hsm.privateKeyOf(inVault).export().toString('hex')]).toEqual([
          name,
          plain.toString('hex'),
        ]);
      check = keyCheckValueOf(plain);
    } else {
      const privateKey = createPrivateKey({ key: derSequence(plain), format: 'der', type: 'pkcs8' });
      const inToken = await token.readPublicKeyPem(label);
      expect([name, spki(privateKey).equals(spki(inToken))]).toEqual([name, true]);
      if (inVault)
        expect([name, spki(hsm.privateKeyOf(inVault)).equals(spki(inToken))]).toEqual([name, true]);
      check = sha256(spki(inToken));
    }
    lines.push(`${name} ${sha256(bytes)} ${check}\n`);
  }
  // The digest the import checked, recomputed here from what the token holds.
  expect(run.keyListDigest).toBe(sha256(lines.join('')));

  // The security team purges the name; a re-run of the import job imports that key and touches no other.
  await officer.purgeDeletedKey(FAILS);
  const rerunFrom = hsm.requests().length;
  const rerun = await importJob(services, run, 2);
  expect(rerun.errors).toEqual([]);
  const again = results(rerun.outputs.results);
  expect(again.filter((r) => r.status === 'imported').map((r) => r.key)).toEqual([FAILS]);
  expect(again.filter((r) => r.status === 'already-present')).toHaveLength(22);
  const changed = hsm
    .requests()
    .slice(rerunFrom)
    .filter((e) => e.method !== 'GET' && !/\/(oauth2|encrypt)|openid/.test(e.path) && e.status !== 401);
  expect(changed.map((e) => `${e.method} ${e.path}`)).toEqual([`PUT /keys/${FAILS}`]);
  const failedNow = again.find((r) => r.key === FAILS);
  const unwrappedFailed = unwrapCiphertext(
    Buffer.from(JSON.parse(await readFile(join(dir, `${FAILS}.byok`), 'utf8')).ciphertext, 'base64url'),
    kek,
  );
  const failedKey = createPrivateKey({ key: derSequence(unwrappedFailed), format: 'der', type: 'pkcs8' });
  expect(spki(hsm.privateKeyOf(failedNow?.keyId as string)).equals(spki(failedKey))).toBe(true);
  // One version of every key: nothing imported twice.
  for (const name of ALL)
    expect([name, hsm.keys().filter((k) => k.name === name && !k.deleted)]).toEqual([
      name,
      [expect.anything()],
    ]);

  // Each key carries its list settings.
  const reader = clientWithRoles(hsm);
  const legacy = await reader.getKey(EXISTING.name);
  expect(legacy.properties.tags).toEqual({ migration: '2026-q1', origin: 'legacy' });
  const rsa3k = await reader.getKey('pay-rsa-3k');
  expect(rsa3k.properties.expiresOn?.toISOString()).toBe('2030-12-31T00:00:00.000Z');
  expect((await reader.getKey('data-aes128-01')).keyOperations).toEqual([
    'encrypt',
    'decrypt',
    'wrapKey',
    'unwrapKey',
  ]);
});

function testKek(privateKey: KeyObject): TestKek {
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, pemPath: '', kid: '', fingerprint: sha256(spki(publicKey)) };
}
