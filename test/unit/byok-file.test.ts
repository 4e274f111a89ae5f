import { readFileSync } from 'node:fs';
import { parseByok, serializeByok } from '../../shared/src/byok/file.js';
import { validateByokForKek } from '../../shared/src/byok/validate.js';
import { ConfigurationError } from '../../shared/src/errors.js';

const vendorFile = readFileSync(new URL('../fixtures/securosys-primus-rsa4k.byok', import.meta.url));
const kid = 'https://contoso.managedhsm.azure.net/keys/KEKforBYOK/0123456789abcdef0123456789abcdef';

function byokJson(overrides: Record<string, unknown> = {}, header: Record<string, unknown> = {}): string {
  return JSON.stringify({
    schema_version: '1.0.0',
    header: { kid, alg: 'dir', enc: 'CKM_RSA_AES_KEY_WRAP', ...header },
    ciphertext: Buffer.alloc(272, 7).toString('base64url'),
    ...overrides,
  });
}

describe('parseByok', () => {
  test('reads a vendor tool file: pretty-printed, padded base64url, 4096-bit KEK', () => {
    const byok = parseByok(vendorFile, 'vendor.byok');
    expect(byok.kid).toBe(
      'https://securosysprimuskeyvault.vault.azure.net/keys/KekForByokR4k/083cf1b67d314d15b1fa46915cde3217',
    );
    expect(byok.ciphertext.length).toBe(2896);
    expect(byok.generator).toMatch(/^Primus Java BYOK-Tool/);
    expect(() => validateByokForKek(byok, { kid: byok.kid, modulusBytes: 512 }, 'vendor.byok')).not.toThrow();
  });

  test.each([
    ['unpadded base64url', (b: Buffer) => b.toString('base64url')],
    [
      'padded base64url',
      (b: Buffer) => b.toString('base64url') + '='.repeat((4 - (((b.length * 4) / 3) % 4)) % 4),
    ],
    ['standard base64', (b: Buffer) => b.toString('base64')],
  ])('accepts %s ciphertext', (_name, encode) => {
    const bytes = Buffer.from(Array.from({ length: 275 }, (_, i) => (i * 37) % 256));
    expect(parseByok(byokJson({ ciphertext: encode(bytes) }), 'f').ciphertext).toEqual(bytes);
  });

  test.each([
    ['not JSON', '{', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
    ['no header', JSON.stringify({ ciphertext: 'AAAA' }), /"header" is missing/],
    ['no kid', byokJson({}, { kid: undefined }), /"header.kid" is missing/],
    [
      'an unversioned kid',
      byokJson({}, { kid: 'https://h.managedhsm.azure.net/keys/KEK' }),
      /not a versioned key id/,
    ],
    ['an unknown enc', byokJson({}, { enc: 'CKM_AES_KEY_WRAP' }), /"header.enc"/],
    ['an unknown alg', byokJson({}, { alg: 'RSA-OAEP' }), /"header.alg"/],
    [
      'a ciphertext with foreign characters',
      byokJson({ ciphertext: 'AAAA*AAA' }),
      /"ciphertext" is not base64url/,
    ],
    ['an empty ciphertext', byokJson({ ciphertext: '' }), /"ciphertext" is missing/],
  ])('refuses %s with a one-line configuration error', (_name, text, message) => {
    let error: unknown;
    try {
      parseByok(text, 'in.byok');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).code).toBe('BYOK_INVALID');
    expect((error as ConfigurationError).message).toMatch(message);
    expect((error as ConfigurationError).oneLine).not.toMatch(/\n/);
  });

  test('refuses non-UTF-8 bytes and oversized files', () => {
    expect(() => parseByok(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'f')).toThrow(/not UTF-8/);
    expect(() => parseByok(Buffer.alloc(70_000, 0x20), 'f')).toThrow(/larger than any BYOK file/);
  });
});

describe('serializeByok', () => {
  test('writes the spec form: schema 1.0.0, header, unpadded base64url', () => {
    const ciphertext = Buffer.from([0xfb, 0xff, 0x01]);
    const json = JSON.parse(serializeByok({ kid, ciphertext, generator: 'test' }));
    expect(json).toEqual({
      schema_version: '1.0.0',
      header: { kid, alg: 'dir', enc: 'CKM_RSA_AES_KEY_WRAP' },
      ciphertext: '-_8B',
      generator: 'test',
    });
  });
});

describe('validateByokForKek', () => {
  const byok = parseByok(byokJson(), 'f');
  test('refuses a kid of another KEK', () => {
    expect(() =>
      validateByokForKek(byok, { kid: kid.replace('0123', 'ffff'), modulusBytes: 256 }, 'f'),
    ).toThrow(/was wrapped for KEK/);
  });
  test('refuses a ciphertext whose length does not fit the KEK', () => {
    expect(() => validateByokForKek(byok, { kid, modulusBytes: 512 }, 'f')).toThrow(
      /not RSA-OAEP \(512 bytes\)/,
    );
    expect(() =>
      validateByokForKek({ ...byok, ciphertext: Buffer.alloc(277) }, { kid, modulusBytes: 256 }, 'f'),
    ).toThrow(ConfigurationError);
  });
  test('accepts a 2048-bit KEK blob with a 16-byte KWP part', () => {
    expect(() => validateByokForKek(byok, { kid, modulusBytes: 256 }, 'f')).not.toThrow();
  });
});
