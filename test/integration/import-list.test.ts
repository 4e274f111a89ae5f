import { createCipheriv, createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { createSoftHsmToken, type SoftHsmToken } from '../../emulators/softhsm/token.js';
import { azureStep, expectOneLineError } from '../helpers/azure-steps.js';
import { connectSoftHsm, type SoftHsmClient } from '../helpers/softhsm/client.js';
import { clientWithRoles } from './managed-hsm-support.js';
import { SOFTHSM_REHEARSAL } from '../helpers/ceremony-services.js';
import { makeKek, PIN, runWrap } from './wrap-helpers.js';

/**
 * action-import with a key list against the Managed HSM emulator: the folder is checked against the wrap job's
 * key-list-digest before any request; then one token, each KEK read once, one listing and one import per key, at
 * no more than the vault's rate, slowing down when it throttles; a rerun converges.
 */
let token: SoftHsmToken;
let softHsm: SoftHsmClient;

beforeAll(async () => {
  token = await createSoftHsmToken({ label: 'import-list', pin: PIN });
  softHsm = await connectSoftHsm(token);
});
afterAll(async () => {
  await softHsm?.close();
  await token?.cleanup();
});

const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** EC P-384 keys named ec-1 … ec-N, an AES key and a P-256K key: generated on the first wrap, reused after. */
function listText(ecKeys: number, extra = ''): string {
  const ec = Array.from({ length: ecKeys }, (_, i) => `  - name: ec-${i + 1}\n`).join('');
  return `defaults:\n  generate: true\n  type: EC\n  curve: P-384\n  key-ops: [sign, verify]\n  tags: { migration: "2026-q1" }\nkeys:\n${ec}  - name: aes-1\n    type: oct\n    size: 256\n    key-ops: [encrypt, decrypt]\n  - name: k1-1\n    curve: P-256K\n${extra}`;
}

interface Timed {
  method: string;
  path: string;
  status: number;
  at: number;
}

interface Prepared {
  hsm: ManagedHsmEmulator;
  log: Timed[];
  workspace: string;
  list: string;
  dir: string;
  inputs: Record<string, string>;
  names: string[];
}

const open: ManagedHsmEmulator[] = [];
/** One KEK for the file, seated in each test's own vault: a new one per test was 17 RSA generations. */
const kekKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
afterEach(async () => {
  await Promise.all(open.splice(0).map((hsm) => hsm.close()));
});

/** An emulator with a KEK of its own, and the list wrapped under it as the wrap job would. */
async function prepare(id: string, text: string): Promise<Prepared> {
  const log: Timed[] = [];
  // SoftHSM's RSA and EC keys are rehearsal files (ceremony-services.ts): wrapped with allow-padded-kwp, and the
  // strict emulator tolerates their zero padding.
  const hsm = await startManagedHsm({
    tolerate: SOFTHSM_REHEARSAL.tolerate,
    onRequest: (e) => log.push({ ...e, at: Date.now() }),
  });
  open.push(hsm);
  const workspace = join(token.dir, id);
  const kek = await makeKek(join(workspace, 'kek'), 2048, {
    seat: (privateKey) => hsm.seedKey('KEKforBYOK', privateKey),
    privateKey: kekKey,
  });
  const list = join(workspace, 'keys.yaml');
  await writeFile(list, text);
  const dir = join(workspace, 'byok-keys');
  const wrapped = await runWrap(
    { token, hsm: softHsm, workspace, kek },
    { 'key-list': list, 'output-dir': dir, ...SOFTHSM_REHEARSAL.wrapInputs },
  );
  expect(wrapped.errors).toEqual([]);
  const names = (JSON.parse(wrapped.outputs.results as string) as { key: string }[]).map((r) => r.key);
  return {
    hsm,
    log,
    workspace,
    list,
    dir,
    names,
    inputs: {
      'key-list': list,
      'byok-dir': dir,
      'kek-fingerprint': kek.fingerprint,
      'key-list-sha256': wrapped.outputs['key-list-sha256'] as string,
      'key-list-digest': wrapped.outputs['key-list-digest'] as string,
      'require-job-outputs': 'true',
    },
  };
}

const importList = (p: Prepared, inputs: Record<string, string> = {}) =>
  azureStep('action-import', { hsm: p.hsm, workspace: p.workspace }, { ...p.inputs, ...inputs });

interface Result {
  key: string;
  status: string;
  keyId?: string;
  code?: string;
}

test('imports every key after one check of the folder: one token, the KEK read once, one import each', async () => {
  const p = await prepare('happy', listText(3));
  p.log.length = 0;
  const result = await importList(p);
  expect(result.errors).toEqual([]);
  const results = JSON.parse(result.outputs.results as string) as Result[];
  expect(results.map((r) => [r.key, r.status])).toEqual(p.names.map((name) => [name, 'imported']));

  // What a key of the vault holds is what the token holds.
  for (const r of results) {
    const inVault = p.hsm.privateKeyOf(r.keyId as string);
    if (r.key.startsWith('aes')) {
      const block = '00112233445566778899aabbccddeeff';
      const cipher = createCipheriv('aes-256-ecb', inVault.export(), null).setAutoPadding(false);
      expect(cipher.update(Buffer.from(block, 'hex')).toString('hex')).toBe(
        await softHsm.encrypt(r.key, block),
      );
    } else {
      const spki = (pem: string | Buffer) => createPublicKey(pem).export({ type: 'spki', format: 'der' });
      expect(spki(createPublicKey(inVault).export({ type: 'spki', format: 'pem' }))).toEqual(
        spki(await softHsm.readPublicKeyPem(r.key)),
      );
    }
  }
  const answered = p.log.filter((e) => e.status !== 401);
  const count = (method: string, path: RegExp) =>
    answered.filter((e) => e.method === method && path.test(e.path)).length;
  expect(count('POST', /\/oauth2\/v2\.0\/token$/)).toBe(1);
  expect(count('GET', /^\/keys\/KEKforBYOK\/[0-9a-f]{32}$/)).toBe(1);
  expect(count('GET', /^\/keys\/?$/)).toBe(1);
  expect(count('PUT', /^\/keys\/[^/]+$/)).toBe(p.names.length);
  // No read of a key the listing showed absent; the AES key's check value is computed once, after its import.
  expect(count('GET', /^\/keys\/(ec|aes|k1)-[^/]*$/)).toBe(0);
  expect(count('POST', /\/encrypt$/)).toBe(1);

  // Each key has its list settings.
  const keys = clientWithRoles(p.hsm);
  const aes = await keys.getKey('aes-1');
  expect([aes.keyOperations, aes.properties.tags]).toEqual([
    ['encrypt', 'decrypt'],
    { migration: '2026-q1' },
  ]);
  for (const r of results) expect(result.summary).toContain(`\`${r.keyId}\``);
});

test('a rerun skips every key already there (same public key, same check value) and imports nothing', async () => {
  const p = await prepare('rerun', listText(2));
  expect((await importList(p)).errors).toEqual([]);
  p.log.length = 0;
  const again = await importList(p);
  expect(again.errors).toEqual([]);
  const results = JSON.parse(again.outputs.results as string) as Result[];
  expect(results.map((r) => r.status)).toEqual(p.names.map(() => 'already-present'));
  expect(p.log.filter((e) => e.method === 'PUT')).toEqual([]);
  expect(p.hsm.keys().filter((k) => p.names.includes(k.name))).toHaveLength(p.names.length);
});

test('never imports faster than the vault publishes (10 per second for Managed HSM)', async () => {
  const p = await prepare('pace', listText(22));
  p.log.length = 0;
  const result = await importList(p);
  expect(result.errors).toEqual([]);
  const puts = p.log.filter((e) => e.method === 'PUT' && e.status === 200).map((e) => e.at);
  expect(puts).toHaveLength(24);
  // Handled times, so a little later than sent: still never 11 in one second.
  const crowded = puts.filter((at) => puts.filter((t) => t > at - 1000 && t <= at).length > 10);
  expect(crowded).toEqual([]);
});

test.each([
  ['429 without Retry-After (a rate limit of 4 per second)', { limit: 4 }],
  ['429 with Retry-After: 1', { retryAfter: 1 }],
])('slows down when the vault throttles: %s, and no key fails', async (_what, fault) => {
  const p = await prepare(`throttle-${'limit' in fault ? 'limit' : 'retry'}`, listText(12));
  if ('limit' in fault) p.hsm.faults.limitRate({ method: 'PUT', path: '/keys/*', perSecond: fault.limit });
  else
    p.hsm.faults.add({
      method: 'PUT',
      path: '/keys/*',
      status: 429,
      retryAfterSeconds: fault.retryAfter,
      times: 1,
    });
  p.log.length = 0;
  const result = await importList(p);
  expect(result.errors).toEqual([]);
  const results = JSON.parse(result.outputs.results as string) as Result[];
  expect(results.filter((r) => r.status !== 'imported')).toEqual([]);
  expect(p.hsm.keys().filter((k) => p.names.includes(k.name))).toHaveLength(p.names.length);
  const throttled = p.log.filter((e) => e.status === 429);
  expect(throttled.length).toBeGreaterThan(0);
  if ('retryAfter' in fault) {
    // The whole batch waits as the vault asked: no import reaches it within the second after the 429.
    const at = (throttled[0] as Timed).at;
    expect(p.log.filter((e) => e.method === 'PUT' && e.at > at && e.at < at + 950)).toEqual([]);
  }
});

describe('refused before anything is imported', () => {
  test.each([
    [
      'a .byok the list does not name (a key added)',
      async (p: Prepared) => {
        await cp(join(p.dir, 'ec-1.byok'), join(p.dir, 'ec-extra.byok'));
        await cp(join(p.dir, 'ec-1.byok.json'), join(p.dir, 'ec-extra.byok.json'));
      },
      /holds ec-extra\.byok, which the key list .* does not name; nothing was imported.*\[KEY_LIST_MISMATCH\]$/,
    ],
    [
      'a listed key without its .byok (a key removed)',
      async (p: Prepared) => {
        await rm(join(p.dir, 'ec-2.byok'));
        await rm(join(p.dir, 'ec-2.byok.json'));
      },
      /Key "ec-2" \(line \d+ of .*\) has no ec-2\.byok .*\[KEY_LIST_MISMATCH\]$/,
    ],
    [
      'two keys swapped, each with its own sidecar',
      async (p: Prepared) => {
        for (const ext of ['.byok', '.byok.json']) {
          await rename(join(p.dir, `ec-1${ext}`), join(p.dir, `swap${ext}`));
          await rename(join(p.dir, `ec-2${ext}`), join(p.dir, `ec-1${ext}`));
          await rename(join(p.dir, `swap${ext}`), join(p.dir, `ec-2${ext}`));
        }
      },
      /give the key list digest sha256:[0-9a-f]{64}, not sha256:[0-9a-f]{64} \(input "key-list-digest"\).*\[KEY_LIST_MISMATCH\]$/,
    ],
    [
      'a key list changed after the kek job checked it',
      async (p: Prepared) => {
        await writeFile(p.list, (await readFile(p.list, 'utf8')).replace('2026-q1', '2026-q2'));
      },
      /not the list the kek job checked.*\[KEY_LIST_TAMPERED\]$/,
    ],
  ])('%s', async (_what, tamper, message) => {
    const p = await prepare(`tamper-${Math.random().toString(36).slice(2, 8)}`, listText(2));
    await tamper(p);
    p.log.length = 0;
    const result = await importList(p);
    expectOneLineError(result, message);
    // Refused before the first request: no token asked for, nothing sent to the vault.
    expect(p.log).toEqual([]);
  });

  test.each([
    [
      'no key-list-digest under require-job-outputs',
      { 'key-list-digest': '' },
      /"key-list-digest" is empty.*\[JOB_OUTPUT_MISSING\]$/,
    ],
    [
      'a single-key input beside the list',
      { tags: 'a=b' },
      /^Input "tags" is set; with key-list, each key takes it from the list/,
    ],
    ['a .byok path beside the folder', { 'byok-file': 'x.byok' }, /^Input "byok-file" is set; with key-list/],
    [
      'an exportable key beside the list',
      { exportable: 'true' },
      /^Input "exportable" is set; with key-list/,
    ],
    [
      'the bindings of a list without the list',
      { 'key-list': '' },
      /^Input "key-list" is required.*\[INPUT_REQUIRED\]$/,
    ],
    [
      'one key with the folder of a list',
      { 'key-list': '', 'key-list-sha256': '', 'key-list-digest': '', 'key-name': 'one' },
      /^Input "byok-dir" is set; it applies to a key list only.*\[INPUT_INVALID\]$/,
    ],
  ])('%s', async (_what, inputs, message) => {
    const p = await prepare(`input-${Math.random().toString(36).slice(2, 8)}`, listText(1));
    p.log.length = 0;
    expectOneLineError(await importList(p, inputs), message);
    expect(p.log).toEqual([]);
  });
});

test('a key that fails is reported with the others; the KEK is kept until every key is in', async () => {
  const p = await prepare('one-fails', listText(2));
  // A soft-deleted key holds the name ec-2: the vault refuses its import (409) until it is purged.
  const officer = clientWithRoles(p.hsm, ['Managed HSM Crypto User', 'Managed HSM Crypto Officer']);
  await officer.createEcKey('ec-2', { curve: 'P-256', hsm: true });
  await (await officer.beginDeleteKey('ec-2')).pollUntilDone();
  const result = await importList(p, { 'kek-after-import': 'delete' });
  expectOneLineError(result, /^1 of 4 keys failed: ec-2 \(CONFLICT\).*\[KEYS_FAILED\]$/);
  const results = JSON.parse(result.outputs.results as string) as Result[];
  expect(results.map((r) => [r.key, r.status, r.code])).toEqual([
    ['ec-1', 'imported', undefined],
    ['ec-2', 'failed', 'CONFLICT'],
    ['aes-1', 'imported', undefined],
    ['k1-1', 'imported', undefined],
  ]);
  expect(result.summary).toContain('kept: some keys are not imported yet');
  expect(p.hsm.keys().find((k) => k.name === 'KEKforBYOK')?.deleted).toBe(false);

  await officer.purgeDeletedKey('ec-2');
  p.log.length = 0;
  const rerun = await importList(p, { 'kek-after-import': 'delete' });
  expect(rerun.errors).toEqual([]);
  expect((JSON.parse(rerun.outputs.results as string) as Result[]).map((r) => r.status)).toEqual([
    'already-present',
    'imported',
    'already-present',
    'already-present',
  ]);
  // The rerun touched only the key that had failed; the KEK goes once every key is in.
  expect(p.log.filter((e) => e.method === 'PUT').map((e) => e.path)).toEqual(['/keys/ec-2']);
  expect(p.hsm.keys().find((k) => k.name === 'KEKforBYOK')?.deleted).toBe(true);
});

test('sha256 of the list is what the kek job would output', async () => {
  const p = await prepare('sha', listText(1));
  expect(p.inputs['key-list-sha256']).toBe(sha256(await readFile(p.list)));
});
