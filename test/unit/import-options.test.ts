import { readFileSync } from 'node:fs';
import { parseByok } from '../../shared/src/byok/file.js';
import { keyTypeOfCiphertext } from '../../shared/src/byok/validate.js';
import { thrown } from '../helpers/thrown.js';
import { kwpPadding } from '../../shared/src/hsm/kwp.js';
import { checkReleasePolicy } from '../../shared/src/inputs/release-policy.js';
import { inputsFrom } from '../../shared/src/inputs/rules.js';
import { readImportWrappedKeyRequest } from '../../shared/src/requests/import-wrapped-key.js';

/** The import's new inputs (exportable, release-policy), what a .byok alone tells, and the wrap's padding decision. */
const POLICY = {
  version: '1.0.0',
  anyOf: [
    {
      authority: 'https://sharedeus.eus.attest.azure.net/',
      allOf: [
        { claim: 'x-ms-attestation-type', equals: 'sevsnpvm' },
        { anyof: [{ claim: 'x-ms-compliance-status', equals: 'azure-compliant-cvm' }] },
      ],
    },
  ],
};
const base = { 'hsm-name': 'contoso', 'key-name': 'k' };

describe('exportable and release-policy, as az keyvault key import --exportable --policy', () => {
  test('inline JSON is checked at once; a path is kept for the operation to read and check', () => {
    const inline = readImportWrappedKeyRequest(
      inputsFrom({ ...base, exportable: 'true', 'release-policy': JSON.stringify(POLICY) }),
    );
    expect(inline.exportable).toEqual({
      releasePolicy: { text: JSON.stringify(POLICY), source: 'Input "release-policy"' },
    });
    for (const path of ['policy.json', '@policy.json'])
      expect(
        readImportWrappedKeyRequest(inputsFrom({ ...base, exportable: 'true', 'release-policy': path }))
          .exportable,
      ).toEqual({ releasePolicy: { file: 'policy.json' } });
    expect(readImportWrappedKeyRequest(inputsFrom(base)).exportable).toBeUndefined();
  });

  test('an exportable key needs a release policy, and only an exportable key takes one', () => {
    const missing = thrown(() => readImportWrappedKeyRequest(inputsFrom({ ...base, exportable: 'true' })));
    expect([missing.code, missing.message]).toEqual([
      'INPUT_REQUIRED',
      'Input "release-policy" is required: an exportable key needs a release policy',
    ]);
    const stray = thrown(() =>
      readImportWrappedKeyRequest(inputsFrom({ ...base, 'release-policy': JSON.stringify(POLICY) })),
    );
    expect(stray.code).toBe('INPUT_INVALID');
    expect(stray.message).toMatch(/^Input "release-policy" is set but "exportable" is not true/);
  });

  test.each<[string, unknown, RegExp]>([
    ['not JSON', '{"version":', /is not JSON$/],
    ['an old version', { ...POLICY, version: '0.2' }, /has no "version": "1\.0\.0"$/],
    ['no authorities', { version: '1.0.0', anyOf: [] }, /has no "anyOf" list of authorities$/],
    [
      'an http authority',
      { version: '1.0.0', anyOf: [{ ...POLICY.anyOf[0], authority: 'http://attest.example/' }] },
      /anyOf\[0\]\.authority is not an https URL$/,
    ],
    [
      'an authority with both anyOf and allOf',
      { version: '1.0.0', anyOf: [{ ...POLICY.anyOf[0], anyOf: [] }] },
      /anyOf\[0\] needs exactly one of anyOf, allOf$/,
    ],
    [
      'a claim with two operators',
      {
        version: '1.0.0',
        anyOf: [{ authority: 'https://a.example/', allOf: [{ claim: 'c', equals: 1, less: 2 }] }],
      },
      /anyOf\[0\]\.allOf\[0\] needs exactly one operator/,
    ],
    [
      'an operand that is an object',
      { version: '1.0.0', anyOf: [{ authority: 'https://a.example/', allOf: [{ claim: 'c', equals: {} }] }] },
      /anyOf\[0\]\.allOf\[0\]\.equals is not a string, number or boolean$/,
    ],
    [
      'an empty nested group',
      { version: '1.0.0', anyOf: [{ authority: 'https://a.example/', allOf: [{ anyOf: [] }] }] },
      /anyOf\[0\]\.allOf\[0\]\.anyOf is not a non-empty array of conditions$/,
    ],
  ])('a policy with %s is refused, naming where', (_name, policy, message) => {
    const text = typeof policy === 'string' ? policy : JSON.stringify(policy);
    const error = thrown(() =>
      readImportWrappedKeyRequest(inputsFrom({ ...base, exportable: 'true', 'release-policy': text })),
    );
    expect(error.code).toBe('RELEASE_POLICY_INVALID');
    expect(error.message).toMatch(/^Input "release-policy": the release policy /);
    expect(error.message).toMatch(message);
  });

  test('the documented grammar passes, members matched without regard to case', () => {
    expect(() => checkReleasePolicy(JSON.stringify(POLICY), 'p')).not.toThrow();
    const exists = {
      VERSION: '1.0.0',
      AnyOf: [{ Authority: 'https://a.example/', anyOf: [{ Claim: 'x', Exists: true }] }],
    };
    expect(() => checkReleasePolicy(JSON.stringify(exists), 'p')).not.toThrow();
  });
});

describe('what a .byok without a sidecar tells of its key', () => {
  const kid = 'https://contoso.managedhsm.azure.net/keys/K/0123456789abcdef0123456789abcdef';
  const byok = (bytes: number) =>
    parseByok(
      Buffer.from(
        JSON.stringify({
          schema_version: '1.0.0',
          header: { kid, alg: 'dir', enc: 'CKM_RSA_AES_KEY_WRAP' },
          ciphertext: Buffer.alloc(bytes, 1).toString('base64url'),
        }),
      ),
      'f.byok',
    );

  test.each([
    [256, 24, { type: 'oct', size: 128 }],
    [384, 32, { type: 'oct', size: 192 }],
    [512, 40, { type: 'oct', size: 256 }],
    // EC P-256 as SoftHSM encodes it (67 bytes, padded to 72) and with its public key (138, padded to 144).
    [256, 80, { type: 'EC' }],
    [384, 152, { type: 'EC' }],
    [256, 1224, { type: 'RSA' }],
  ])('RSA-OAEP of %i bytes and %i bytes of AES key wrap: %j', (modulus, kwp, found) => {
    expect(keyTypeOfCiphertext(byok(modulus + kwp), modulus)).toEqual(found);
  });

  test("the same 408 bytes are AES-128 under RSA-3072 and an EC key under RSA-2048: the KEK's size decides", () => {
    expect(keyTypeOfCiphertext(byok(408), 384)).toEqual({ type: 'oct', size: 128 });
    expect(keyTypeOfCiphertext(byok(408), 256)).toEqual({ type: 'EC' });
  });

  test("a vendor tool's RSA-4096 file is RSA", () => {
    const vendor = parseByok(
      readFileSync(new URL('../fixtures/securosys-primus-rsa4k.byok', import.meta.url)),
      'vendor.byok',
    );
    expect(keyTypeOfCiphertext(vendor, 512)).toEqual({ type: 'RSA' });
  });
});

describe('the wrap on a token whose RFC 5649 mechanism zero-pads', () => {
  const alignedOnly = {
    mechanism: 0x210a,
    verification: 'aligned-only' as const,
    reason: '7 bytes gave 0e13c781…',
  };

  test('RSA and EC are refused unless allowed; allowed, the file is marked padded', () => {
    for (const type of ['RSA', 'EC'] as const) {
      const error = thrown(() => kwpPadding(alignedOnly, type, false, 'tok'));
      expect(error.code).toBe('HSM_KWP_ALIGNED_ONLY');
      expect(error.message).toMatch(
        new RegExp(`^CKM_AES_KEY_WRAP_PAD \\(0x210A\\) on token "tok" zero-pads .*this ${type} key's PKCS#8`),
      );
      expect(kwpPadding(alignedOnly, type, true, 'tok')).toMatchObject({ padded: true });
    }
  });

  test('AES keys, and a mechanism that passes every known answer, are exact', () => {
    expect(kwpPadding(alignedOnly, 'oct', false, 'tok')).toEqual({ padded: false });
    expect(kwpPadding({ mechanism: 0x210a, verification: 'rfc5649' }, 'RSA', false, 'tok')).toEqual({
      padded: false,
    });
  });
});
