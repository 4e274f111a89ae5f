import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { fingerprint, readPublicKeyPem, toSpkiPem } from '../../shared/src/crypto/public-key.js';
import { ConfigurationError } from '../../shared/src/errors.js';
import { parseKekMetadata, serializeKekMetadata } from '../../shared/src/kek/metadata.js';
import { checkKek, type Kek } from '../../shared/src/kek/rules.js';

const rsa2048 = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 });
const kid = 'https://contoso.managedhsm.azure.net/keys/KEKforBYOK/0123456789abcdef0123456789abcdef';

function kek(overrides: Partial<Kek> = {}): Kek {
  return {
    kid,
    name: 'KEKforBYOK',
    kty: 'RSA-HSM',
    keyOps: ['import'],
    enabled: true,
    publicKey: rsa2048.publicKey,
    ...overrides,
  };
}

function codeOf(action: () => void): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof ConfigurationError ? error.code : 'not a ConfigurationError';
  }
  return undefined;
}

describe('checkKek', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  test('accepts an RSA-HSM 2048 KEK with key_ops [import], in date', () => {
    expect(codeOf(() => checkKek(kek({ expiresOn: new Date('2026-06-02T00:00:00Z') }), now))).toBeUndefined();
  });
  test.each([
    ['a software RSA key', { kty: 'RSA' }, 'KEK_NOT_HSM'],
    ['an EC key', { kty: 'EC-HSM' }, 'KEK_TYPE_INVALID'],
    ['RSA-1024', { publicKey: rsa1024.publicKey }, 'KEK_SIZE_INVALID'],
    ['extra operations', { keyOps: ['import', 'decrypt'] }, 'KEK_OPS_INVALID'],
    ['no import operation', { keyOps: ['unwrapKey'] }, 'KEK_OPS_INVALID'],
    ['a disabled KEK', { enabled: false }, 'KEK_DISABLED'],
    ['an expired KEK', { expiresOn: new Date('2026-05-31T00:00:00Z') }, 'KEK_EXPIRED'],
    ['a KEK not yet valid', { notBefore: new Date('2026-06-02T00:00:00Z') }, 'KEK_NOT_YET_VALID'],
  ])('refuses %s', (_name, overrides, code) => {
    expect(codeOf(() => checkKek(kek(overrides as Partial<Kek>), now))).toBe(code);
  });
});

describe('public key PEM', () => {
  test('writes SPKI PEM and a fingerprint over the DER', () => {
    const pem = toSpkiPem(rsa2048.publicKey);
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/);
    expect(fingerprint(createPublicKey(pem))).toBe(fingerprint(rsa2048.publicKey));
    expect(fingerprint(rsa2048.publicKey)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
  test.each([
    [
      'a private key',
      rsa2048.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      'PEM_PRIVATE_KEY',
    ],
    ['a certificate', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n', 'PEM_CERTIFICATE'],
    ['two keys', toSpkiPem(rsa2048.publicKey) + toSpkiPem(rsa1024.publicKey), 'PEM_INVALID'],
    ['no PEM at all', 'hello', 'PEM_INVALID'],
    ['a damaged key', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n', 'PEM_INVALID'],
  ])('refuses %s', (_name, text, code) => {
    expect(codeOf(() => readPublicKeyPem(text, 'kek.pem'))).toBe(code);
  });
});

describe('kek.json', () => {
  const metadata = {
    kid,
    fingerprint: fingerprint(rsa2048.publicKey),
    keySize: 2048,
    vaultUrl: 'https://contoso.managedhsm.azure.net',
  };
  test('round-trips', () => {
    expect(parseKekMetadata(serializeKekMetadata(metadata), 'kek.json')).toEqual(metadata);
  });
  test.each([
    ['not JSON', 'nope'],
    ['a bad kid', JSON.stringify({ ...metadata, kid: 'https://x/keys/K' })],
    ['a bad fingerprint', JSON.stringify({ ...metadata, fingerprint: 'md5:00' })],
    ['a bad size', JSON.stringify({ ...metadata, keySize: 1024 })],
    ['an http vault', JSON.stringify({ ...metadata, vaultUrl: 'http://x' })],
  ])('refuses %s', (_name, text) => {
    expect(codeOf(() => parseKekMetadata(text, 'kek.json'))).toBe('KEK_METADATA_INVALID');
  });
});
