import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOpenCryptoki, type OpenCryptokiToken, type TokenState } from '../helpers/opencryptoki/index.js';
import { ACTION_DIR, everythingPrinted, makeKek, type TestKek } from './wrap-helpers.js';

/**
 * action-wrap on IBM openCryptoki's soft token (3.8, Debian), a PKCS#11 implementation other than SoftHSM: slot 3
 * instead of SoftHSM's random ids, labels padded with blanks, CK_UNAVAILABLE_INFORMATION in the token counters. Its
 * soft token has no AES key wrap with padding at all, so every wrap must stop with one line that lists what the
 * token can wrap with, before anything is made, and leave the token as it was: no object, no open session.
 */
let token: OpenCryptokiToken;
let root: string;
let kek: TestKek;
let before: TokenState;

beforeAll(async () => {
  [token, root] = await Promise.all([
    startOpenCryptoki({ label: 'ock-wrap' }),
    mkdtemp(join(tmpdir(), 'byok-ock-')),
  ]);
  kek = await makeKek(join(root, 'kek'));
  await token.createAesKey({ label: 'existing-aes', bits: 256 });
  before = await token.state();
});
afterAll(async () => {
  await token?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** The token's own wrapping mechanisms, by name: RSA-OAEP is among them, no AES key wrap. */
const OFFERED = /; it wraps with ((CKM_\w+ \(0x[0-9A-F]{4}\))(, |\.))+/;
function expectOffered(error: string | undefined): void {
  const offered = OFFERED.exec(error ?? '')?.[0] ?? '';
  expect(offered).toContain('CKM_RSA_PKCS_OAEP (0x0009)');
  expect(offered).not.toMatch(/0x210[9AB]|0x80000171/);
}

async function wrap(inputs: Record<string, string>, name: string) {
  const workspace = join(root, name);
  const result = await token.runStep(ACTION_DIR, {
    workspace,
    inputs: {
      'pkcs11-module': token.module,
      'token-label': token.label,
      pin: token.pin,
      'kek-file': kek.pemPath,
      'byok-artifact': '',
      ...inputs,
    },
  });
  expect(everythingPrinted(result)).not.toContain(token.pin);
  return { result, written: await readdir(workspace) };
}

/** The token as it was: same objects, and no session of the action left open (openCryptoki counts them across processes). */
async function expectUnchanged(): Promise<void> {
  const after = await token.state();
  expect(after).toEqual(before);
  expect(after.otherSessions).toBe(0);
}

test('the sandbox token is openCryptoki’s, initialised by pkcsconf, in the slot its daemon gave it', () => {
  expect(token.slotId).toMatch(/^\d+$/); // 3 with Debian's opencryptoki.conf: not SoftHSM's numbering
  expect(before).toMatchObject({ label: 'ock-wrap', slotId: token.slotId, otherSessions: 0 });
  expect(before.objects).toEqual([
    expect.objectContaining({ class: 'secret', label: 'existing-aes', persistent: true }),
  ]);
});

test('generate: refused before any key is made, naming the RFC 5649 mechanisms looked for and those the token has', async () => {
  const { result, written } = await wrap(
    { 'key-label': 'new-rsa', generate: 'true', 'key-type': 'RSA' },
    'generate',
  );
  expect(result.exitCode).toBe(1);
  expect(result.errors).toEqual([
    expect.stringMatching(
      /^Input "kwp-mechanism": token "ock-wrap" offers none of CKM_AES_KEY_WRAP_PAD \(0x210A\), CKM_AES_KEY_WRAP_KWP \(0x210B\), CKM_AES_KWP \(Thales\) \(0x80000171\) for wrapping, so it cannot do AES key wrap with padding \(RFC 5649\); /,
    ),
  ]);
  expectOffered(result.errors[0]);
  expect(result.errors[0]).toMatch(/\[HSM_KWP_UNSUPPORTED\]$/);
  expect(result.log).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(written).toEqual([]);
  await expectUnchanged();
});

test('an existing key, chosen by slot-id: the same refusal, nothing written or changed', async () => {
  const { result, written } = await wrap(
    { 'key-label': 'existing-aes', 'token-label': '', 'slot-id': token.slotId },
    'existing',
  );
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expectOffered(result.errors[0]);
  expect(written).toEqual([]);
  await expectUnchanged();
});

test('an explicit kwp-mechanism the token lacks is refused with what it offers', async () => {
  const { result } = await wrap({ 'key-label': 'existing-aes', 'kwp-mechanism': '0x210A' }, 'explicit');
  expect(result.errors).toEqual([
    expect.stringMatching(
      /^Input "kwp-mechanism": token "ock-wrap" does not offer CKM_AES_KEY_WRAP_PAD \(0x210A\) for wrapping; it wraps with CKM_RSA_PKCS/,
    ),
  ]);
  await expectUnchanged();
});

test('a wrong PIN is openCryptoki’s CKR_PIN_INCORRECT, reported as for any token', async () => {
  const { result } = await wrap({ 'key-label': 'existing-aes', pin: 'nope-123' }, 'pin');
  expect(everythingPrinted(result)).not.toContain('nope-123');
  expect(result.errors).toEqual([
    expect.stringMatching(
      /^Logging in to token "ock-wrap" \(slot 3\) .*CKR_PIN_INCORRECT.*\[HSM_PIN_INCORRECT\]$/,
    ),
  ]);
  await expectUnchanged();
});

test('two sandboxes at once share nothing: each has its own daemon, token and objects', async () => {
  const other = await startOpenCryptoki({ label: 'ock-other' });
  try {
    expect(await other.state()).toMatchObject({ label: 'ock-other', objects: [], otherSessions: 0 });
    await other.createAesKey({ label: 'only-there', bits: 128 });
    expect((await other.state()).objects.map((o) => o.label)).toEqual(['only-there']);
    await expectUnchanged();
  } finally {
    await other.close();
  }
});
