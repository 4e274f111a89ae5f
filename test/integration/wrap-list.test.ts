import { createCipheriv, createHash, createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startArtifactService, type ArtifactService } from '../../emulators/artifact-service/index.js';
import { createSoftHsmToken, type SoftHsmToken } from '../../emulators/softhsm/token.js';
import { expectOneLineError } from '../helpers/azure-steps.js';
import { SOFTHSM_REHEARSAL } from '../helpers/ceremony-services.js';
import { keyCheckValueOf } from '../helpers/check-values.js';
import { connectSoftHsm } from '../helpers/softhsm/client.js';
import {
  derSequence,
  makeKek,
  PIN,
  readByok,
  runWrap,
  tokenObjects,
  unwrapCiphertext,
  type WrapRun,
} from './wrap-helpers.js';

/**
 * action-wrap with a key list: every key in one PKCS#11 session, each .byok unwrapped here with Node crypto and the
 * KEK's private key and compared with the token's key; one key's failure reported with the others' results, and no
 * artifact then; the binding digest recomputed here from the files.
 */
let token: SoftHsmToken;
let run: WrapRun;
let artifacts: ArtifactService;
// SoftHSM zero-pads before its RFC 5649 wrap, so its RSA and EC keys are rehearsal files (ceremony-services.ts).
const REHEARSAL = SOFTHSM_REHEARSAL.wrapInputs;
const AES_VALUE = randomBytes(32).toString('hex');
const LIST = `# the migration of the payments keys
defaults:
  generate: true
  type: EC
  curve: P-384
  tags: { owner: payments }
keys:
  - name: ec-signing-1
  - name: ec-k1
    curve: P-256K
  - name: aes-gen
    type: oct
    size: 256
  - name: rsa-existing
    generate: false
    type: RSA
  - name: aes-known
    label: aes-existing
    generate: false
    type: AES
`;

beforeAll(async () => {
  token = await createSoftHsmToken({ label: 'wrap-list', pin: PIN });
  const workspace = join(token.dir, 'workspace');
  run = {
    token,
    hsm: await connectSoftHsm(token),
    workspace,
    kek: await makeKek(join(workspace, 'kek'), 3072),
  };
  await run.hsm.createKeyPair({ label: 'rsa-existing', type: 'RSA', bits: 2048 });
  // Not sensitive only so that the test knows the value it must find inside the .byok.
  await run.hsm.createAesKey({ label: 'aes-existing', value: AES_VALUE, sensitive: false });
  artifacts = await startArtifactService();
});
afterAll(async () => {
  await run?.hsm.close();
  await token?.cleanup();
  await artifacts?.close();
});

async function listFile(name: string, text: string): Promise<string> {
  const path = join(run.workspace, name);
  await writeFile(path, text);
  return path;
}

const spkiHex = (pem: string) => createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('hex');
const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const aesEcb = (key: Buffer, block: string) =>
  createCipheriv(`aes-${key.length * 8}-ecb`, key, null)
    .setAutoPadding(false)
    .update(Buffer.from(block, 'hex'))
    .toString('hex');

interface Result {
  key: string;
  status: string;
  type?: string;
  fingerprint?: string;
  keyCheckValue?: string;
  byokDigest?: string;
  code?: string;
  reason?: string;
}

test('wraps every listed key in one session: each .byok holds the token key, and the digest binds them all', async () => {
  const list = await listFile('keys.yaml', LIST);
  const out = join(run.workspace, 'out-1');
  const env = artifacts.jobEnv({ runId: 'list-1', jobName: 'wrap' });
  const result = await runWrap(
    run,
    { 'key-list': list, ...REHEARSAL, 'output-dir': out, 'byok-artifact': 'auto' },
    env,
  );
  expect(result.errors).toEqual([]);
  expect(result.exitCode).toBe(0);
  // One session: one token opened, one known-answer test, for five keys.
  expect(result.log.match(/Using token "wrap-list"/g)).toHaveLength(1);
  expect(result.log.match(/Checking the RFC 5649 mechanism/g)).toHaveLength(1);

  const results = JSON.parse(result.outputs.results as string) as Result[];
  expect(results.map((r) => [r.key, r.status, r.type])).toEqual([
    ['ec-signing-1', 'wrapped', 'EC P-384'],
    ['ec-k1', 'wrapped', 'EC P-256K'],
    ['aes-gen', 'wrapped', 'AES-256'],
    ['rsa-existing', 'wrapped', 'RSA-2048'],
    ['aes-known', 'wrapped', 'AES-256'],
  ]);

  // Each .byok, unwrapped with Node crypto alone, holds the key the token holds; the binding is recomputed here.
  const lines: string[] = [];
  for (const entry of results) {
    const label = entry.key === 'aes-known' ? 'aes-existing' : entry.key;
    const { bytes, ciphertext } = await readByok(join(out, `${entry.key}.byok`));
    const plain = unwrapCiphertext(ciphertext, run.kek);
    let check: string;
    if (entry.type?.startsWith('AES')) {
      const block = '00112233445566778899aabbccddeeff';
      expect(aesEcb(plain, block)).toBe(await run.hsm.encrypt(label, block));
      if (entry.key === 'aes-known') expect(plain.toString('hex')).toBe(AES_VALUE);
      check = keyCheckValueOf(plain);
      expect(entry.keyCheckValue).toBe(check);
    } else {
      const privateKey = createPrivateKey({ key: derSequence(plain), format: 'der', type: 'pkcs8' });
      const inToken = await run.hsm.readPublicKeyPem(label);
      expect(spkiHex(createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }) as string)).toBe(
        spkiHex(inToken),
      );
      check = sha256(createPublicKey(inToken).export({ type: 'spki', format: 'der' }));
      expect(entry.fingerprint).toBe(check);
    }
    expect(entry.byokDigest).toBe(sha256(bytes));
    lines.push(`${entry.key} ${sha256(bytes)} ${check}\n`);
  }
  expect(result.outputs['key-list-digest']).toBe(sha256(lines.join('')));
  expect(result.outputs['key-list-sha256']).toBe(sha256(LIST));

  // The reviewer reads every key with its type and fingerprint or check value.
  for (const entry of results) {
    expect(result.summary).toContain(`\`${entry.key}\``);
    expect(result.summary).toContain(`\`${entry.fingerprint ?? entry.keyCheckValue}\``);
  }
  // One artifact: every .byok, its sidecar and the list, with one manifest.
  const uploaded = artifacts.artifacts('list-1');
  expect(uploaded.map((a) => a.name)).toEqual(['byok-keys']);
  const zip = (uploaded[0]?.bytes ?? Buffer.alloc(0)).toString('latin1');
  for (const name of [...results.flatMap((r) => [`${r.key}.byok`, `${r.key}.byok.json`]), 'key-list.yaml'])
    expect([name, zip.includes(name)]).toEqual([name, true]);
  expect(zip).toContain('byok-manifest.json');
  expect(result.outputs['artifact-id']).toBe(String(uploaded[0]?.id));
});

test('a rerun wraps the same keys again and generates none twice', async () => {
  const list = await listFile('keys.yaml', LIST);
  const before = await tokenObjects(run.hsm);
  const result = await runWrap(run, {
    'key-list': list,
    ...REHEARSAL,
    'output-dir': join(run.workspace, 'out-2'),
  });
  expect(result.errors).toEqual([]);
  expect(await tokenObjects(run.hsm)).toHaveLength(before.length);
  const results = JSON.parse(result.outputs.results as string) as Result[];
  expect(results.every((r) => r.status === 'wrapped')).toBe(true);
});

test('one key failing does not hide the others: all are reported, the step fails, nothing is uploaded', async () => {
  const list = await listFile(
    'with-missing.yaml',
    `keys:\n  - name: gone\n    label: not-on-this-token\n  - name: ec-more\n    generate: true\n    type: EC\n    curve: P-384\n  - name: rsa-existing\n`,
  );
  const out = join(run.workspace, 'out-3');
  const env = artifacts.jobEnv({ runId: 'list-3', jobName: 'wrap' });
  const result = await runWrap(
    run,
    { 'key-list': list, ...REHEARSAL, 'output-dir': out, 'byok-artifact': 'auto' },
    env,
  );
  expectOneLineError(result, /^1 of 3 keys failed: gone \(TARGET_NOT_FOUND\).*\[KEYS_FAILED\]$/);
  const results = JSON.parse(result.outputs.results as string) as Result[];
  expect(results.map((r) => [r.key, r.status, r.code])).toEqual([
    ['gone', 'failed', 'TARGET_NOT_FOUND'],
    ['ec-more', 'wrapped', undefined],
    ['rsa-existing', 'wrapped', undefined],
  ]);
  // The reason names the list's field, not the single-key input.
  expect(results[0]?.reason).toMatch(/^"label": no private or secret key labelled "not-on-this-token"/);
  expect(result.summary).toContain('`gone`');
  expect(result.summary).toContain('`ec-more`');
  expect(result.outputs['key-list-digest']).toBe('');
  expect(artifacts.artifacts('list-3')).toEqual([]);
  expect((await readdir(out)).sort()).toEqual([
    'ec-more.byok',
    'ec-more.byok.json',
    'rsa-existing.byok',
    'rsa-existing.byok.json',
  ]);
});

test('without allow-padded-kwp, each RSA and EC key of the list is refused on this token and the AES keys are not', async () => {
  const list = await listFile('keys.yaml', LIST);
  const out = join(run.workspace, 'out-aligned');
  const env = artifacts.jobEnv({ runId: 'list-aligned', jobName: 'wrap' });
  const before = await tokenObjects(run.hsm);
  const result = await runWrap(run, { 'key-list': list, 'output-dir': out, 'byok-artifact': 'auto' }, env);
  expectOneLineError(
    result,
    /^3 of 5 keys failed: ec-signing-1 \(HSM_KWP_ALIGNED_ONLY\), ec-k1 \(HSM_KWP_ALIGNED_ONLY\), rsa-existing \(HSM_KWP_ALIGNED_ONLY\).*\[KEYS_FAILED\]$/,
  );
  const results = JSON.parse(result.outputs.results as string) as Result[];
  expect(results.map((r) => [r.key, r.status])).toEqual([
    ['ec-signing-1', 'failed'],
    ['ec-k1', 'failed'],
    ['aes-gen', 'wrapped'],
    ['rsa-existing', 'failed'],
    ['aes-known', 'wrapped'],
  ]);
  // Refused before generating: nothing new on the token but the AES key the list generates (it exists already).
  expect(await tokenObjects(run.hsm)).toHaveLength(before.length);
  expect(artifacts.artifacts('list-aligned')).toEqual([]);
  expect((await readdir(out)).sort()).toEqual([
    'aes-gen.byok',
    'aes-gen.byok.json',
    'aes-known.byok',
    'aes-known.byok.json',
  ]);
});

test('under a Key Vault KEK, a listed AES key to generate is refused before it is generated; the RSA key is wrapped', async () => {
  const kek = await makeKek(join(run.workspace, 'kv-kek'), 2048, {
    seat: () => `https://contoso.vault.azure.net/keys/KEKforBYOK/${'b'.repeat(32)}`,
  });
  const list = await listFile(
    'key-vault.yaml',
    `keys:\n  - name: kv-aes\n    generate: true\n    type: AES\n    size: 256\n  - name: rsa-existing\n`,
  );
  const before = await tokenObjects(run.hsm);
  const result = await runWrap(
    { ...run, kek },
    { 'key-list': list, 'output-dir': join(run.workspace, 'out-kv'), ...REHEARSAL },
  );
  expectOneLineError(result, /^1 of 2 keys failed: kv-aes \(TARGET_TYPE_UNSUPPORTED\).*\[KEYS_FAILED\]$/);
  const results = JSON.parse(result.outputs.results as string) as Result[];
  expect(results[0]?.reason).toMatch(
    /^The key "kv-aes" to generate is an AES \(oct-HSM\) key, which Key Vault/,
  );
  expect(results[1]?.status).toBe('wrapped');
  expect(result.log).not.toMatch(/Generating AES-256 key "kv-aes"/);
  expect(await tokenObjects(run.hsm)).toHaveLength(before.length);
});

describe('refusals before the HSM is opened', () => {
  test.each([
    [
      'a single-key input beside the list',
      { 'key-label': 'x' },
      LIST,
      /^Input "key-label" is set; with key-list, each key takes it from the list/,
    ],
    [
      'a bad value, by file, line and key',
      {},
      'keys:\n  - name: a\n  - name: b\n    size: 1024\n    type: RSA\n',
      /^Key list .*bad\.yaml line 4 \(key "b"\): "size" is "1024"; expected one of 2048, 3072, 4096/,
    ],
    [
      'a list that is not the one the kek job checked',
      { 'key-list-sha256': sha256('another list') },
      LIST,
      /\[KEY_LIST_TAMPERED\]$/,
    ],
    [
      'no key-list-sha256 under require-job-outputs',
      { 'require-job-outputs': 'true' },
      LIST,
      /"key-list-sha256" is empty, and require-job-outputs is true.*\[JOB_OUTPUT_MISSING\]$/,
    ],
  ])('%s', async (_what, inputs, text, message) => {
    const list = await listFile('bad.yaml', text);
    const before = await tokenObjects(run.hsm);
    const result = await runWrap(run, { 'key-list': list, ...REHEARSAL, ...inputs });
    expectOneLineError(result, message);
    expect(result.log).not.toMatch(/Using token/);
    expect(await tokenObjects(run.hsm)).toHaveLength(before.length);
    // The PIN never reaches anything the step printed.
    expect(result.log + result.summary).not.toContain(PIN);
  });
});

test('one key refuses the folder of a list', async () => {
  const result = await runWrap(run, { 'key-label': 'rsa-existing', 'output-dir': join(run.workspace, 'x') });
  expectOneLineError(result, /^Input "output-dir" is set; it applies to a key list only.*\[INPUT_INVALID\]$/);
});

test('the sidecars name each key as the list does', async () => {
  const sidecar = JSON.parse(await readFile(join(run.workspace, 'out-1', 'aes-known.byok.json'), 'utf8')) as {
    keyLabel: string;
    keyType: string;
  };
  expect(sidecar).toMatchObject({ keyLabel: 'aes-existing', keyType: 'oct' });
});
