import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_LIST_KEYS, parseKeyList, readKeyList } from '../../shared/src/batch/key-list.js';
import { keyListDigest } from '../../shared/src/batch/list-digest.js';
import { ByokError } from '../../shared/src/errors.js';

/** The key list: its format (docs/key-list.md), and one refusal per mistake, naming the file, the line and the key. */
async function refusal(text: string): Promise<{ code: string; message: string; hint?: string }> {
  try {
    await parseKeyList(text, 'keys.yaml');
  } catch (error) {
    if (error instanceof ByokError) return { code: error.code, message: error.message, hint: error.hint };
    throw error;
  }
  throw new Error('expected a refusal');
}

test('reads every field, with list-level defaults an entry overrides', async () => {
  const entries = await parseKeyList(
    `version: 1
defaults:
  generate: true
  type: EC
  curve: P-384
  key-ops: [sign, verify]
  tags: { owner: payments, tier: "1" }
  expires: 2030-01-01
keys:
  - name: payments-ec
  - name: payments-rsa
    label: "RSA signing (old HSM)"
    key-id: "0a1b"
    type: RSA
    size: 3072
    generate: false
    not-before: 2026-01-01T00:00:00Z
    if-exists: new-version
    enabled: false
  - name: payments-aes
    type: AES
    key-ops: encrypt, decrypt
    tags: {}
`,
    'keys.yaml',
  );
  expect(
    entries.map(({ line, name, label, id, target, generate, enabled, ifExists }) => ({
      line,
      name,
      label,
      id: id?.toString('hex'),
      target,
      generate,
      enabled,
      ifExists,
    })),
  ).toEqual([
    {
      line: 10,
      name: 'payments-ec',
      label: 'payments-ec',
      id: undefined,
      target: { type: 'EC', curve: 'P-384', keyOps: ['sign', 'verify'] },
      generate: true,
      enabled: true,
      ifExists: 'converge',
    },
    {
      // A key of another type keeps the defaults' key ops but not their curve.
      line: 11,
      name: 'payments-rsa',
      label: 'RSA signing (old HSM)',
      id: '0a1b',
      target: { type: 'RSA', size: 3072, keyOps: ['sign', 'verify'] },
      generate: false,
      enabled: false,
      ifExists: 'new-version',
    },
    {
      line: 20,
      name: 'payments-aes',
      label: 'payments-aes',
      id: undefined,
      target: { type: 'oct', keyOps: ['encrypt', 'decrypt'] },
      generate: true,
      enabled: true,
      ifExists: 'converge',
    },
  ]);
  expect(entries[0]?.tags).toEqual({ owner: 'payments', tier: '1' });
  expect(entries[1]?.notBefore?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  expect(entries[0]?.expiresOn?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
  expect(entries[2]?.tags).toBeUndefined();
});

test('reads the same list as JSON', async () => {
  const entries = await parseKeyList(
    JSON.stringify({ keys: [{ name: 'a', type: 'RSA', size: 2048, 'key-ops': ['sign'] }] }, null, 2),
    'keys.json',
  );
  expect(entries.map((e) => [e.line, e.name, e.target])).toEqual([
    [3, 'a', { type: 'RSA', size: 2048, keyOps: ['sign'] }],
  ]);
});

test.each([
  ['not YAML', 'keys: [\n  - a', 'KEY_LIST_INVALID', /^Key list keys\.yaml line \d: not valid YAML or JSON/],
  ['no keys', 'defaults: {}\n', 'KEY_LIST_INVALID', /has no "keys"/],
  ['an empty list', 'keys: []\n', 'KEY_LIST_INVALID', /has no "keys"/],
  [
    'an unknown top-level field',
    'key: []\n',
    'KEY_LIST_INVALID',
    /line 1: "key" is not a field of the key list/,
  ],
  [
    'a misspelt field',
    'keys:\n  - name: a\n    lable: x\n',
    'KEY_LIST_INVALID',
    /line 3: "lable" is not a field of key "a"/,
  ],
  [
    'a name in the defaults',
    'defaults:\n  name: a\nkeys:\n  - name: b\n',
    'KEY_LIST_INVALID',
    /line 2: "name" is not a field of defaults/,
  ],
  ['no name', 'keys:\n  - type: RSA\n', 'INPUT_REQUIRED', /^Key list keys\.yaml line 2: "name" is required/],
  [
    'a bad name',
    'keys:\n  - name: "a b"\n',
    'INPUT_INVALID',
    /line 2 \(key "a b"\): "name" is "a b"; expected a key name of 1-127 letters, digits and hyphens/,
  ],
  [
    'a key id YAML reads as a number',
    'keys:\n  - name: a\n    key-id: 0102\n',
    'KEY_LIST_INVALID',
    /line 3 \(key "a"\): "key-id" is 102, which YAML reads as a number/,
  ],
  [
    'a key id that is not hex',
    'keys:\n  - name: a\n    key-id: xyz\n',
    'INPUT_INVALID',
    /line 3 \(key "a"\): "key-id" is "xyz"/,
  ],
  [
    'an unknown type',
    'keys:\n  - name: a\n    type: DSA\n',
    'INPUT_INVALID',
    /line 3 \(key "a"\): "type" is "DSA"; expected one of RSA, EC, oct, AES/,
  ],
  [
    'an RSA size Managed HSM refuses',
    'keys:\n  - name: a\n    type: RSA\n    size: 1024\n',
    'INPUT_INVALID',
    /line 4 \(key "a"\): "size" is "1024"; expected one of 2048, 3072, 4096/,
  ],
  [
    'a curve on an AES key',
    'keys:\n  - name: a\n    type: oct\n    curve: P-256\n',
    'INPUT_INVALID',
    /line 4 \(key "a"\): "curve" does not apply to oct keys/,
  ],
  [
    'generate without a type',
    'keys:\n  - name: a\n    generate: true\n',
    'INPUT_REQUIRED',
    /line 2 \(key "a"\): "type" is required when generate is true/,
  ],
  [
    'a yes for a boolean',
    'keys:\n  - name: a\n    generate: yes\n',
    'INPUT_INVALID',
    /line 3 \(key "a"\): "generate" is "yes"; expected true or false/,
  ],
  [
    'key ops the type does not allow',
    'keys:\n  - name: a\n    type: EC\n    key-ops: [sign, encrypt]\n',
    'INPUT_INVALID',
    /line 4 \(key "a"\): "key-ops" has encrypt, not allowed for an EC key/,
  ],
  [
    'dates in the wrong order',
    'keys:\n  - name: a\n    not-before: 2027-01-01\n    expires: 2026-01-01\n',
    'INPUT_INVALID',
    /\(key "a"\): "not-before" is not earlier than "expires"/,
  ],
  [
    'a date written as a number',
    'keys:\n  - name: a\n    expires: 20270101\n',
    'KEY_LIST_INVALID',
    /"expires" is 20270101, which YAML reads as a number/,
  ],
  [
    'a tag value that is not text',
    'keys:\n  - name: a\n    tags: { tier: 1 }\n',
    'KEY_LIST_INVALID',
    /"tags": the value of tag "tier" is not text/,
  ],
  [
    'an if-exists of the wrap',
    'keys:\n  - name: a\n    if-exists: use\n',
    'INPUT_INVALID',
    /"if-exists" is "use"; expected one of converge, new-version/,
  ],
  [
    'an alias',
    'defaults:\n  type: &t RSA\nkeys:\n  - name: a\n    type: *t\n',
    'KEY_LIST_INVALID',
    /"type" is an alias/,
  ],
  [
    'two names that differ in case only',
    'keys:\n  - name: Signing\n  - name: signing\n',
    'KEY_LIST_INVALID',
    /line 3: the key name "signing" is already used at line 2 \(Key Vault names ignore case\)/,
  ],
  [
    'one HSM key under two names',
    'keys:\n  - name: a\n    label: k\n  - name: b\n    label: k\n',
    'KEY_LIST_INVALID',
    /line 4 \(key "b"\): names the same HSM key as "a" at line 2/,
  ],
  [
    'a key that is not a mapping',
    'keys:\n  - just-a-name\n',
    'KEY_LIST_INVALID',
    /line 2: a key is not a mapping/,
  ],
])('refuses %s, naming where', async (_what, text, code, message) => {
  const found = await refusal(text);
  expect(found.code).toBe(code);
  expect(found.message).toMatch(message);
  expect(found.hint).toBeTruthy();
});

test(`refuses more keys than a Managed HSM holds (${MAX_LIST_KEYS})`, async () => {
  const text = `keys:\n${Array.from({ length: MAX_LIST_KEYS + 1 }, (_, i) => `  - name: k${i}\n`).join('')}`;
  expect((await refusal(text)).message).toMatch(`names ${MAX_LIST_KEYS + 1} keys`);
});

describe('reading the file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'byok-key-list-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('answers its sha256, and refuses a file another sha256 names', async () => {
    const text = 'keys:\n  - name: a\n';
    const path = join(dir, 'keys.yaml');
    await writeFile(path, text);
    const digest = `sha256:${createHash('sha256').update(text).digest('hex')}`;
    expect((await readKeyList('key-list', path)).sha256).toBe(digest);
    expect((await readKeyList('key-list', path, digest)).entries).toHaveLength(1);
    await expect(readKeyList('key-list', path, `sha256:${'0'.repeat(64)}`)).rejects.toMatchObject({
      code: 'KEY_LIST_TAMPERED',
    });
    await expect(readKeyList('key-list', join(dir, 'none.yaml'))).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    });
  });
});

test('the binding digest is over one line per key, in list order', () => {
  const keys = [
    { name: 'a', byokDigest: `sha256:${'1'.repeat(64)}`, check: `sha256:${'2'.repeat(64)}` },
    { name: 'b', byokDigest: `sha256:${'3'.repeat(64)}` },
  ];
  const lines = `a sha256:${'1'.repeat(64)} sha256:${'2'.repeat(64)}\nb sha256:${'3'.repeat(64)} -\n`;
  expect(keyListDigest(keys)).toBe(`sha256:${createHash('sha256').update(lines).digest('hex')}`);
  expect(keyListDigest([...keys].reverse())).not.toBe(keyListDigest(keys));
});
