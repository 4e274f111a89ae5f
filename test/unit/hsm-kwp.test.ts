import { constants, createDecipheriv, generateKeyPairSync, privateDecrypt } from 'node:crypto';
import { connectSoftHsm, type SoftHsmClient } from '../helpers/softhsm/client.js';
import { createSoftHsmToken, type SoftHsmToken } from '../../emulators/softhsm/token.js';

/** The RFC 5649 known-answer test, mechanism choice and the composed wrap, against a real SoftHSM2 token. */
let token: SoftHsmToken;
let hsm: SoftHsmClient;

beforeAll(async () => {
  token = await createSoftHsmToken({ label: 'hsm-kwp' });
  hsm = await connectSoftHsm(token);
  await hsm.createAesKey({ label: 'aes', bits: 256 });
  await hsm.createKeyPair({ label: 'rsa', type: 'RSA', bits: 2048 });
});
afterAll(async () => {
  await hsm?.close();
  await token?.cleanup();
});

interface Answer {
  answer: { aligned: boolean; unaligned: boolean; detail: string };
  sessionObjects: number;
}

test('SoftHSM 0x210A is RFC 5649 for aligned lengths only (it zero-pads first)', async () => {
  const result = await hsm.call<Answer>('knownAnswer', { mechanism: 0x210a });
  expect(result.answer.aligned).toBe(true);
  expect(result.answer.unaligned).toBe(false);
  expect(result.answer.detail).toContain('20 bytes gave cf1e4853');
  expect(result.sessionObjects).toBe(0);
});

test('0x2109 (RFC 3394) fails the aligned vector', async () => {
  const result = await hsm.call<Answer>('knownAnswer', { mechanism: 0x2109 });
  expect(result.answer.aligned).toBe(false);
  expect(result.sessionObjects).toBe(0);
});

test('auto picks 0x210A as aligned-only; explicit 0x2109 is refused; every test key is destroyed', async () => {
  const auto = await hsm.call<{
    selection: { mechanism: number; verification: string };
    sessionObjects: number;
  }>('selectKwp', {});
  expect(auto.selection).toMatchObject({ mechanism: 0x210a, verification: 'aligned-only' });
  expect(auto.sessionObjects).toBe(0);
  const explicit = await hsm.call<{ error: { code: string; message: string }; sessionObjects: number }>(
    'selectKwp',
    { explicit: 0x2109 },
  );
  expect(explicit.error.code).toBe('HSM_KWP_KNOWN_ANSWER_FAILED');
  expect(explicit.sessionObjects).toBe(0);
  const absent = await hsm.call<{ error: { code: string } }>('selectKwp', { explicit: 0x80000171 });
  expect(absent.error.code).toBe('HSM_KWP_UNSUPPORTED');
});

test('wrap-mechanism: native is refused with the reason; auto and composed compose', async () => {
  expect(await hsm.call('chooseWrap', { choice: 'auto' })).toEqual({ mechanism: 'composed' });
  expect(await hsm.call('chooseWrap', { choice: 'composed' })).toEqual({ mechanism: 'composed' });
  const native = await hsm.call<{ error: { code: string; message: string } }>('chooseWrap', {
    choice: 'native',
  });
  expect(native.error.code).toBe('WRAP_NATIVE_UNSUPPORTED');
  expect(native.error.message).toContain('CK_RSA_AES_KEY_WRAP_PARAMS');
});

test('the composed wrap is RSA-OAEP-SHA1(KEK, AES-256) || KWP, and leaves no session object, also on failure', async () => {
  const kek = generateKeyPairSync('rsa', { modulusLength: 4096 });
  const kekPem = kek.publicKey.export({ type: 'spki', format: 'pem' });
  const ok = await hsm.call<{ blob: string; sessionObjects: number }>('wrap', {
    label: 'aes',
    kekPem,
    mechanism: 0x210a,
  });
  expect(ok.sessionObjects).toBe(0);
  const blob = Buffer.from(ok.blob, 'hex');
  expect(blob.length).toBe(512 + 40);
  const aesKey = privateDecrypt(
    { key: kek.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
    blob.subarray(0, 512),
  );
  expect(aesKey).toHaveLength(32);
  const decipher = createDecipheriv('id-aes256-wrap-pad', aesKey, Buffer.from('A65959A6', 'hex'));
  expect(Buffer.concat([decipher.update(blob.subarray(512)), decipher.final()])).toHaveLength(32);

  const failed = await hsm.call<{ error: { message: string }; sessionObjects: number }>('wrap', {
    label: 'rsa',
    kekPem,
    mechanism: 0x210b,
  });
  expect(failed.error.message).toMatch(
    /Wrapping rsa with CKM_AES_KEY_WRAP_KWP \(0x210B\).*CKR_MECHANISM_INVALID/,
  );
  expect(failed.sessionObjects).toBe(0);
});

test('a found key reports its type, public key fingerprint and key check value', async () => {
  const aes = await hsm.call<{ spec: unknown; canEncrypt: boolean; keyCheckValue: string }>('inspect', {
    label: 'aes',
  });
  expect(aes.spec).toEqual({ type: 'oct', size: 256 });
  expect(aes.keyCheckValue).toMatch(/^[0-9a-f]{32}$/);
  const rsa = await hsm.call<{ spec: unknown; publicKeyFingerprint: string }>('inspect', { label: 'rsa' });
  expect(rsa.spec).toEqual({ type: 'RSA', size: 2048 });
  expect(rsa.publicKeyFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(await hsm.call('inspect', { label: 'none' })).toEqual({ found: false });
});
