import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { JsonWebKey, KeyClient, KeyVaultKey } from '@azure/keyvault-keys';
import { fingerprint, publicKeyFromJwk } from '../../shared/src/crypto/public-key.js';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { byokBytes, clientWithRoles, refusal } from './managed-hsm-support.js';

const b64u = (bytes: Uint8Array | undefined) =>
  bytes ? Buffer.from(bytes).toString('base64url') : undefined;
const publicKeyOf = (key: KeyVaultKey) =>
  publicKeyFromJwk({
    kty: key.keyType ?? '',
    n: b64u(key.key?.n),
    e: b64u(key.key?.e),
    crv: key.key?.crv,
    x: b64u(key.key?.x),
    y: b64u(key.key?.y),
  });
const pkcs8 = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'der' });

/** BYOK import through the real KeyClient: .byok files made with the project's software CKM_RSA_AES_KEY_WRAP. */
describe('Managed HSM emulator: import', () => {
  let hsm: ManagedHsmEmulator;
  let client: KeyClient;
  let kek: { kid: string; publicKey: KeyObject };
  // RSA key generation is the slow part: one target per type for the whole file.
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const aes = randomBytes(32);

  const importByok = (name: string, kty: string, bytes: Uint8Array, extra: Partial<JsonWebKey> = {}) =>
    client.importKey(
      name,
      {
        kty: kty as JsonWebKey['kty'],
        t: bytes,
        keyOps: kty === 'oct-HSM' ? ['wrapKey', 'unwrapKey'] : ['sign', 'verify'],
        ...extra,
      },
      { hardwareProtected: true },
    );

  beforeAll(async () => {
    hsm = await startManagedHsm();
    client = clientWithRoles(hsm);
    const created = await client.createKey('kek', 'RSA-HSM', { keySize: 2048, keyOps: ['import'] });
    kek = { kid: created.id ?? '', publicKey: publicKeyOf(created) };
  });
  afterAll(() => hsm.close());

  it('imports RSA-2048, EC P-256 and AES-256 targets, and each reads back as the key that was wrapped', async () => {
    const importedRsa = await importByok(
      'rsa-target',
      'RSA-HSM',
      byokBytes(kek.kid, kek.publicKey, pkcs8(rsa.privateKey)),
    );
    expect(importedRsa.keyType).toBe('RSA-HSM');
    expect(fingerprint(publicKeyOf(importedRsa))).toBe(fingerprint(rsa.publicKey));

    const importedEc = await importByok(
      'ec-target',
      'EC-HSM',
      byokBytes(kek.kid, kek.publicKey, pkcs8(ec.privateKey)),
      { crv: 'P-256' },
    );
    expect([importedEc.keyType, importedEc.key?.crv]).toEqual(['EC-HSM', 'P-256']);
    expect(fingerprint(publicKeyOf(importedEc))).toBe(fingerprint(ec.publicKey));

    const importedAes = await importByok('aes-target', 'oct-HSM', byokBytes(kek.kid, kek.publicKey, aes));
    expect([importedAes.keyType, importedAes.keyOperations]).toEqual(['oct-HSM', ['wrapKey', 'unwrapKey']]);
    expect(hsm.privateKeyOf(importedAes.id ?? '').export()).toEqual(aes);

    // Importing onto an existing name adds a version.
    const again = await importByok(
      'ec-target',
      'EC-HSM',
      byokBytes(kek.kid, kek.publicKey, pkcs8(ec.privateKey)),
      { crv: 'P-256' },
    );
    expect(again.id).not.toBe(importedEc.id);
    expect(hsm.keys().filter((k) => k.name === 'ec-target')).toHaveLength(2);
  });

  it('refuses zero bytes after the PKCS#8 (SoftHSM 2.6 pads before wrapping) unless started to tolerate them', async () => {
    const padded = Buffer.concat([pkcs8(ec.privateKey), Buffer.alloc(6)]);
    const ecByok = (bytes: Buffer) =>
      importByok('padded', 'EC-HSM', byokBytes(kek.kid, kek.publicKey, bytes), { crv: 'P-256' });
    expect(await refusal(ecByok(padded))).toMatchObject({
      status: 400,
      code: 'BadParameter',
      message: expect.stringMatching(/not a PKCS#8 private key: 6 byte\(s\) follow its DER encoding/),
    });

    const lenient = await startManagedHsm({ tolerate: ['zero-padded-pkcs8'] });
    try {
      const lenientClient = clientWithRoles(lenient);
      const lenientKek = await lenientClient.createKey('kek', 'RSA-HSM', {
        keySize: 2048,
        keyOps: ['import'],
      });
      const lenientByok = (bytes: Buffer) =>
        lenientClient.importKey(
          'padded',
          {
            kty: 'EC-HSM',
            crv: 'P-256',
            keyOps: ['sign'],
            t: byokBytes(lenientKek.id ?? '', publicKeyOf(lenientKek), bytes),
          },
          { hardwareProtected: true },
        );
      const imported = await lenientByok(padded);
      expect(fingerprint(publicKeyOf(imported))).toBe(fingerprint(ec.publicKey));
      expect(
        lenient.requests().find((r) => r.method === 'PUT' && r.path === '/keys/padded' && r.status === 200)
          ?.notes,
      ).toEqual(['tolerated (zero-padded-pkcs8): 6 zero byte(s) after the PKCS#8 key']);
      // Only zero padding of at most 7 bytes is tolerated.
      for (const tail of [Buffer.from([0, 1]), Buffer.alloc(8)]) {
        expect(await refusal(lenientByok(Buffer.concat([pkcs8(ec.privateKey), tail])))).toMatchObject({
          status: 400,
          code: 'BadParameter',
        });
      }
    } finally {
      await lenient.close();
    }
  });

  it('imports a plain private JWK', async () => {
    const jwk = ec.privateKey.export({ format: 'jwk' });
    const bytes = (v: string | undefined) => Buffer.from(v ?? '', 'base64url');
    const imported = await client.importKey(
      'jwk-ec',
      { kty: 'EC', crv: 'P-256', d: bytes(jwk.d), x: bytes(jwk.x), y: bytes(jwk.y), keyOps: ['sign'] },
      { hardwareProtected: true },
    );
    expect([imported.keyType, fingerprint(publicKeyOf(imported))]).toEqual([
      'EC-HSM',
      fingerprint(ec.publicKey),
    ]);
  });

  it('refuses every .byok the service refuses, with its status and error code', async () => {
    const kekKey = hsm.privateKeyOf(kek.kid);
    const kekPublic = createPublicKey(kekKey);
    const otherOps = hsm.seedKey('not-a-kek', kekKey, { keyOps: ['wrapKey', 'unwrapKey'] });
    const extraOps = hsm.seedKey('kek-extra-ops', kekKey, { keyOps: ['import', 'sign'] });
    const expired = hsm.seedKey('kek-expired', kekKey, { expiresOn: new Date(Date.now() - 60_000) });
    const target = pkcs8(rsa.privateKey);
    const tampered = Buffer.from(byokBytes(kek.kid, kek.publicKey, target));
    const json = JSON.parse(tampered.toString()) as { ciphertext: string };
    const ciphertext = Buffer.from(json.ciphertext, 'base64url');
    ciphertext[ciphertext.length - 3] = (ciphertext[ciphertext.length - 3] ?? 0) ^ 0xff;
    const otherHsm = kek.kid.replace(hsm.url, 'https://contoso.managedhsm.azure.net');
    const unknownVersion = kek.kid.replace(/[0-9a-f]{32}$/, '0'.repeat(32));

    const cases: Array<[string, () => Promise<unknown>, number, string]> = [
      [
        'tampered ciphertext',
        () =>
          importByok(
            't1',
            'RSA-HSM',
            Buffer.from(JSON.stringify({ ...json, ciphertext: ciphertext.toString('base64url') })),
          ),
        400,
        'BadParameter',
      ],
      [
        'kid of another HSM',
        () => importByok('t2', 'RSA-HSM', byokBytes(otherHsm, kek.publicKey, target)),
        400,
        'BadParameter',
      ],
      [
        'unknown KEK version',
        () => importByok('t3', 'RSA-HSM', byokBytes(unknownVersion, kek.publicKey, target)),
        404,
        'KeyNotFound',
      ],
      [
        'kid of a key that is not a KEK',
        () => importByok('t4', 'RSA-HSM', byokBytes(otherOps, kekPublic, target)),
        400,
        'BadParameter',
      ],
      [
        'KEK with ops besides import',
        () => importByok('t5', 'RSA-HSM', byokBytes(extraOps, kekPublic, target)),
        400,
        'BadParameter',
      ],
      [
        'expired KEK',
        () => importByok('t6', 'RSA-HSM', byokBytes(expired, kekPublic, target)),
        403,
        'Forbidden',
      ],
      [
        'RSA-1024 target',
        () =>
          importByok(
            't7',
            'RSA-HSM',
            byokBytes(
              kek.kid,
              kek.publicKey,
              pkcs8(generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey),
            ),
          ),
        400,
        'BadParameter',
      ],
      [
        'kty mismatch',
        () => importByok('t8', 'RSA-HSM', byokBytes(kek.kid, kek.publicKey, pkcs8(ec.privateKey))),
        400,
        'BadParameter',
      ],
      [
        'crv mismatch',
        () =>
          importByok('t9', 'EC-HSM', byokBytes(kek.kid, kek.publicKey, pkcs8(ec.privateKey)), {
            crv: 'P-384',
          }),
        400,
        'BadParameter',
      ],
      [
        'AES of 20 bytes',
        () => importByok('t10', 'oct-HSM', byokBytes(kek.kid, kek.publicKey, randomBytes(20))),
        400,
        'BadParameter',
      ],
      ['not a .byok', () => importByok('t11', 'RSA-HSM', Buffer.from('{"header":{}}')), 400, 'BadParameter'],
    ];
    for (const [what, call, status, code] of cases) {
      const result = await refusal(call());
      expect({ what, status: result.status, code: result.code }).toEqual({ what, status, code });
    }
    expect(hsm.keys().filter((k) => /^t\d+$/.test(k.name))).toEqual([]);
  });
});
