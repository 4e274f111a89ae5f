import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { parseByok, serializeByok, type ByokFile } from '../../shared/src/byok/file.js';
import { parseSidecar, serializeSidecar, type ByokSidecar } from '../../shared/src/byok/sidecar.js';
import { fingerprint, readPublicKeyPem } from '../../shared/src/crypto/public-key.js';
import { ByokError } from '../../shared/src/errors.js';
import { FINGERPRINT_PATTERN } from '../../shared/src/keys/patterns.js';
import { parseKekMetadata, serializeKekMetadata, type KekMetadata } from '../../shared/src/kek/metadata.js';

/**
 * The parsers of everything that arrives from another job (.byok, its sidecar, kek.json, the KEK PEM) under
 * arbitrary and mutated input: each returns a well-formed value or throws byok's own error with a code, and never
 * anything else. Bounded and seeded, so a failure reproduces.
 */
const settings = { numRuns: 300, seed: 0x5eed_b10c };

/** Runs a parser; a throw must be a ByokError with a stable code and a one-line message. */
function parsed<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ByokError)) throw error;
    expect(error.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(error.oneLine).not.toContain('\n');
    return undefined;
  }
}

const KID = /^https:\/\/[^/\s]+\/keys\/[0-9a-zA-Z-]{1,127}\/[0-9a-fA-F]{32}$/;
const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

function expectWellFormedByok(byok: ByokFile): void {
  expect(byok.kid).toMatch(KID);
  expect([byok.alg, byok.enc]).toEqual(['dir', 'CKM_RSA_AES_KEY_WRAP']);
  expect(Buffer.isBuffer(byok.ciphertext) && byok.ciphertext.length > 0).toBe(true);
  expect(typeof byok.schemaVersion).toBe('string');
  if (byok.generator !== undefined) expect(typeof byok.generator).toBe('string');
}

function expectWellFormedKek(kek: KekMetadata): void {
  expect(kek.kid).toMatch(KID);
  expect(kek.fingerprint).toMatch(FINGERPRINT_PATTERN);
  expect([2048, 3072, 4096]).toContain(kek.keySize);
  expect(kek.vaultUrl).toMatch(/^https:\/\//);
  if (kek.expiresOn !== undefined) expect(Number.isNaN(Date.parse(kek.expiresOn))).toBe(false);
}

function expectWellFormedSidecar(s: ByokSidecar): void {
  expect(typeof s.kid).toBe('string');
  expect(['RSA', 'EC', 'oct']).toContain(s.keyType);
  for (const value of [s.kekFingerprint, s.byokDigest]) expect(value).toMatch(FINGERPRINT_PATTERN);
  if (s.keyType !== 'oct') expect(s.publicKeyFingerprint).toMatch(FINGERPRINT_PATTERN);
  for (const value of [s.keyLabel, s.keyId, s.curve, s.publicKey, s.keyCheckValue])
    expect(['undefined', 'string']).toContain(typeof value);
  for (const value of [s.mechanism, s.createdAt, s.generator, ...Object.values(s.token)])
    expect(typeof value).toBe('string');
  expect(Object.keys(s.token).sort()).toEqual(
    expect.arrayContaining(['firmware', 'label', 'manufacturer', 'model', 'serialNumber']),
  );
  if (s.keySize !== undefined) expect(Number.isSafeInteger(s.keySize)).toBe(true);
}

const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const kek = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();
const kid = 'https://contoso.managedhsm.azure.net/keys/KEKforBYOK/0123456789abcdef0123456789abcdef';

const validByok = JSON.parse(serializeByok({ kid, ciphertext: Buffer.alloc(296, 7), generator: 'fuzz' }));
const validKek: KekMetadata = {
  kid,
  fingerprint: fingerprint(kek.publicKey),
  keySize: 2048,
  vaultUrl: 'https://contoso.managedhsm.azure.net',
  expiresOn: '2030-01-01T00:00:00.000Z',
};
const validSidecar: ByokSidecar = {
  kid,
  keyType: 'EC',
  keyLabel: 'payments',
  keyId: '01ab',
  curve: 'P-256',
  publicKey: pem(ecKey.publicKey),
  publicKeyFingerprint: fingerprint(ecKey.publicKey),
  kekFingerprint: fingerprint(kek.publicKey),
  byokDigest: sha256('byok'),
  token: {
    label: 't',
    manufacturer: 'SoftHSM project',
    model: 'SoftHSM v2',
    serialNumber: '1',
    firmware: '2.6',
  },
  mechanism: 'CKM_RSA_AES_KEY_WRAP',
  createdAt: '2026-01-01T00:00:00.000Z',
  generator: 'fuzz',
};

/** Paths to every field of a JSON document (objects only), e.g. ['header', 'kid']. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => [
    [...prefix, key],
    ...paths(child, [...prefix, key]),
  ]);
}

/** One change to a valid document: a field dropped, replaced by any JSON value, or given another type. */
function fieldMutation(document: unknown): fc.Arbitrary<string> {
  const anyValue = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(null, true, 0, -1, 1e308, '', [], {}, '\u0000', 'x'.repeat(300)),
  );
  return fc
    .record({
      path: fc.constantFrom(...paths(document)),
      change: fc.oneof(
        fc.constant({ drop: true as const }),
        anyValue.map((value) => ({ value })),
      ),
    })
    .map(({ path, change }) => {
      const copy = structuredClone(document) as Record<string, unknown>;
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
      const last = path[path.length - 1] as string;
      if ('drop' in change) delete parent[last];
      else parent[last] = change.value;
      return JSON.stringify(copy);
    });
}

/** The serialised text cut short, or with arbitrary bytes inserted anywhere (decoded leniently for text parsers). */
function byteMutation(text: string): fc.Arbitrary<Buffer> {
  const bytes = Buffer.from(text);
  return fc.oneof(
    fc.nat(bytes.length).map((end) => bytes.subarray(0, end)),
    fc
      .record({ at: fc.nat(bytes.length), insert: fc.uint8Array({ minLength: 1, maxLength: 16 }) })
      .map(({ at, insert }) => Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at)])),
  );
}

/** Arbitrary bytes, arbitrary JSON, and mutations of a valid document: the inputs every parser must survive. */
function hostile(valid: unknown): fc.Arbitrary<Buffer> {
  const text = JSON.stringify(valid, null, 2);
  return fc.oneof(
    fc.uint8Array({ maxLength: 1024 }).map((b) => Buffer.from(b)),
    fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
    fc.string({ unit: 'binary', maxLength: 256 }).map((s) => Buffer.from(s)),
    fieldMutation(valid).map((s) => Buffer.from(s)),
    byteMutation(text),
  );
}

describe('.byok parser', () => {
  test('arbitrary and mutated input: a well-formed file or BYOK_INVALID', () => {
    fc.assert(
      fc.property(hostile(validByok), (bytes) => {
        const byok = parsed(() => parseByok(bytes, 'fuzz.byok'));
        if (byok) expectWellFormedByok(byok);
      }),
      settings,
    );
  });

  const kids = fc
    .record({
      host: fc.stringMatching(/^[a-z0-9-]{1,20}(\.[a-z0-9-]{1,20}){0,3}$/),
      port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
      name: fc.stringMatching(/^[0-9a-zA-Z-]{1,127}$/),
      version: fc.stringMatching(/^[0-9a-f]{32}$/),
    })
    .map(
      ({ host, port, name, version }) => `https://${host}${port ? `:${port}` : ''}/keys/${name}/${version}`,
    );

  test('serializeByok then parseByok gives back the kid, the ciphertext and the generator', () => {
    fc.assert(
      fc.property(
        kids,
        fc.uint8Array({ minLength: 1, maxLength: 4096 }),
        fc.string({ maxLength: 80 }),
        (k, ciphertext, generator) => {
          const byok = parseByok(
            serializeByok({ kid: k, ciphertext: Buffer.from(ciphertext), generator }),
            'f',
          );
          expect([byok.kid, byok.generator]).toEqual([k, generator]);
          expect(byok.ciphertext.equals(Buffer.from(ciphertext))).toBe(true);
        },
      ),
      settings,
    );
  });
});

describe('kek.json parser', () => {
  test('arbitrary and mutated input: well-formed metadata or KEK_METADATA_INVALID', () => {
    fc.assert(
      fc.property(hostile(validKek), (bytes) => {
        const metadata = parsed(() => parseKekMetadata(bytes.toString('utf8'), 'kek.json'));
        if (metadata) expectWellFormedKek(metadata);
      }),
      settings,
    );
  });

  test('serializeKekMetadata then parseKekMetadata is the identity', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2048, 3072, 4096),
        fc.option(fc.date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true })),
        (keySize, expires) => {
          const metadata = { ...validKek, keySize, ...(expires ? { expiresOn: expires.toISOString() } : {}) };
          if (!expires) delete metadata.expiresOn;
          expect(parseKekMetadata(serializeKekMetadata(metadata), 'kek.json')).toEqual(metadata);
        },
      ),
      settings,
    );
  });
});

describe('sidecar parser', () => {
  test('arbitrary and mutated input: a well-formed sidecar or SIDECAR_INVALID', () => {
    fc.assert(
      fc.property(hostile(validSidecar), (bytes) => {
        const sidecar = parsed(() => parseSidecar(bytes.toString('utf8'), 'fuzz.byok.json'));
        if (sidecar) expectWellFormedSidecar(sidecar);
      }),
      settings,
    );
  });

  test('serializeSidecar then parseSidecar is the identity', () => {
    expect(parseSidecar(serializeSidecar(validSidecar), 'f')).toEqual(validSidecar);
    const aes: ByokSidecar = {
      ...validSidecar,
      keyType: 'oct',
      keySize: 256,
      keyCheckValue: '1a2b3c4d5e6f708192a3b4c5d6e7f801',
    };
    for (const field of ['curve', 'publicKey', 'publicKeyFingerprint'] as const) delete aes[field];
    expect(parseSidecar(serializeSidecar(aes), 'f')).toEqual(aes);
  });
});

describe('public key PEM reader', () => {
  const valid = pem(kek.publicKey);

  test('arbitrary and mutated text: a public key or a PEM_* error', () => {
    const labels = fc.constantFrom(
      'PUBLIC KEY',
      'RSA PUBLIC KEY',
      'PRIVATE KEY',
      'CERTIFICATE',
      'EC PARAMETERS',
      'ENCRYPTED PRIVATE KEY',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 512 }),
          byteMutation(valid).map((b) => b.toString('utf8')),
          fc
            .record({ label: labels, body: fc.base64String({ maxLength: 400 }) })
            .map(({ label, body }) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`),
          fc
            .array(fc.constantFrom(valid, pem(ecKey.publicKey), '\r\n', 'junk'), { maxLength: 3 })
            .map((p) => p.join('')),
        ),
        (text) => {
          const key = parsed(() => readPublicKeyPem(text, 'kek.pem'));
          if (key) expect(key.type).toBe('public');
        },
      ),
      settings,
    );
  });

  test.each(['\n', '\r\n'])('reads a valid PEM with %j line endings', (eol) => {
    const key = readPublicKeyPem(valid.replace(/\n/g, eol), 'kek.pem');
    expect(fingerprint(key)).toBe(fingerprint(kek.publicKey));
  });
});
