import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { ByokError, ConfigurationError } from '../../shared/src/errors.js';
import { silentLogger } from '../../shared/src/logger.js';
import { ckrOf, hsmCall, hsmError } from '../../shared/src/hsm/errors.js';
import { readWrapKek } from '../../shared/src/kek/wrap-kek.js';
import { mechanismName, slotIdOf } from '../../shared/src/hsm/pkcs11.js';
import { ckaId, inputsFrom, mechanism } from '../../shared/src/inputs/rules.js';
import { fingerprint } from '../../shared/src/crypto/public-key.js';

/** CKR mapping (both pkcs11js error shapes), input parsers, and the KEK file checks that run before the HSM. */
class Pkcs11Error extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

test('reads both pkcs11js error shapes', () => {
  expect(ckrOf(new Pkcs11Error('CKR_PIN_INCORRECT', 160))).toEqual({ name: 'CKR_PIN_INCORRECT', code: 160 });
  expect(ckrOf(new Error('CKR_ATTRIBUTE_TYPE_INVALID:18'))).toEqual({
    name: 'CKR_ATTRIBUTE_TYPE_INVALID',
    code: 18,
  });
  expect(ckrOf(new Error('dlopen failed'))).toBeUndefined();
  expect(ckrOf('CKR_OK')).toBeUndefined();
});

test('user-fixable codes become configuration errors with a hint; others are HSM_CALL_FAILED naming the CKR', () => {
  const pin = hsmError(new Pkcs11Error('CKR_PIN_INCORRECT', 160), 'Logging in to token "t"');
  expect(pin).toBeInstanceOf(ConfigurationError);
  expect(pin.code).toBe('HSM_PIN_INCORRECT');
  expect(pin.oneLine).toMatch(
    /^Logging in to token "t" failed: the PIN is wrong \(CKR_PIN_INCORRECT\)\. Check the "pin" input/,
  );
  const locked = hsmError(new Error('CKR_PIN_LOCKED:164'), 'x');
  expect(locked.code).toBe('HSM_PIN_LOCKED');
  const extract = hsmError(new Pkcs11Error('CKR_KEY_UNEXTRACTABLE', 0x117), 'Wrapping key "k"');
  expect(extract.hint).toMatch(/CKA_EXTRACTABLE true/);
  const other = hsmError(new Pkcs11Error('CKR_GENERAL_ERROR', 5), 'Wrapping');
  expect(other).not.toBeInstanceOf(ConfigurationError);
  expect(other).toBeInstanceOf(ByokError);
  expect(other.code).toBe('HSM_CALL_FAILED');
  expect(other.message).toBe('Wrapping failed: the token answered CKR_GENERAL_ERROR');
  expect(() =>
    hsmCall('Doing', () => {
      throw new Error('boom');
    }),
  ).toThrow(/^Doing failed: boom$/);
});

const parseKwpMechanism = (value: string) =>
  mechanism(inputsFrom({ 'kwp-mechanism': value }), 'kwp-mechanism', '0x210A');
const parseKeyId = (value: string) => ckaId(inputsFrom({ 'key-id': value }), 'key-id');

test('kwp-mechanism, key-id, mechanism names, slot ids', () => {
  expect(parseKwpMechanism('auto')).toBeUndefined();
  expect(parseKwpMechanism('AUTO')).toBeUndefined();
  expect(parseKwpMechanism('0x210A')).toBe(0x210a);
  expect(parseKwpMechanism('0x80000171')).toBe(0x80000171);
  expect(parseKwpMechanism('8458')).toBe(8458);
  expect(() => parseKwpMechanism('0x')).toThrow(/Input "kwp-mechanism"/);
  expect(() => parseKwpMechanism('0x123456789')).toThrow(/Input "kwp-mechanism"/);
  expect(parseKeyId('0aFF')?.toString('hex')).toBe('0aff');
  expect(() => parseKeyId('abc')).toThrow(/Input "key-id"/);
  expect(mechanismName(0x210a)).toBe('CKM_AES_KEY_WRAP_PAD (0x210A)');
  expect(mechanismName(0x80000171)).toBe('CKM_AES_KWP (Thales) (0x80000171)');
  expect(slotIdOf(Buffer.from('e589062800000000', 'hex'))).toBe(String(0x280689e5));
});

describe('KEK file', () => {
  const kid = `https://hsm.example/keys/KEKforBYOK/${'a'.repeat(32)}`;
  let dir: string;
  let pemPath: string;
  let print: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'byok-kek-'));
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    pemPath = join(dir, 'kek.pem');
    await writeFile(pemPath, publicKey.export({ type: 'spki', format: 'pem' }));
    print = fingerprint(publicKey);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('reads kid from byok-kek.json and checks it against the PEM', async () => {
    await writeFile(
      join(dir, 'byok-kek.json'),
      JSON.stringify({ kid, fingerprint: print, keySize: 2048, vaultUrl: 'https://hsm.example' }),
    );
    const kek = await readWrapKek({ file: pemPath, fingerprint: print }, silentLogger);
    expect(kek).toMatchObject({ kid, fingerprint: print, size: 2048 });
    await expect(
      readWrapKek({ file: pemPath, fingerprint: print.toUpperCase() }, silentLogger),
    ).rejects.toThrow(/Input "kek-fingerprint" is/);
  });

  test('byok-kek.json that describes another key, or an expired KEK, stops the wrap', async () => {
    await writeFile(
      join(dir, 'byok-kek.json'),
      JSON.stringify({
        kid,
        fingerprint: `sha256:${'1'.repeat(64)}`,
        keySize: 2048,
        vaultUrl: 'https://hsm.example',
      }),
    );
    await expect(readWrapKek({ file: pemPath }, silentLogger)).rejects.toMatchObject({
      code: 'KEK_FINGERPRINT_MISMATCH',
    });
    await writeFile(
      join(dir, 'byok-kek.json'),
      JSON.stringify({
        kid,
        fingerprint: print,
        keySize: 2048,
        vaultUrl: 'https://hsm.example',
        expiresOn: '2020-01-01T00:00:00Z',
      }),
    );
    await expect(readWrapKek({ file: pemPath, now: new Date() }, silentLogger)).rejects.toMatchObject({
      code: 'KEK_EXPIRED',
    });
    await expect(
      readWrapKek({ file: pemPath, kid: 'https://hsm.example/keys/KEKforBYOK' }, silentLogger),
    ).rejects.toThrow(/Input "kek-id" is/);
  });
});
