import { generateKeyPairSync } from 'node:crypto';
import {
  EC_PARAMS,
  curveFromEcParams,
  ecPointFromAttribute,
  ecPublicKey,
  rsaPublicKey,
} from '../../shared/src/hsm/public-key.js';
import { fingerprint } from '../../shared/src/crypto/public-key.js';
import type { EcCurve } from '../../shared/src/keys/target.js';

const der = (key: { export(o: { type: 'spki'; format: 'der' }): Buffer }) =>
  key.export({ type: 'spki', format: 'der' }).toString('hex');

/** An OCTET STRING around the point, as CKA_EC_POINT holds it. */
function octetString(point: Buffer): Buffer {
  const length = point.length < 0x80 ? Buffer.from([point.length]) : Buffer.from([0x81, point.length]);
  return Buffer.concat([Buffer.from([0x04]), length, point]);
}

test.each<[EcCurve, string]>([
  ['P-256', 'prime256v1'],
  ['P-384', 'secp384r1'],
  ['P-521', 'secp521r1'],
  ['P-256K', 'secp256k1'],
])('EC %s: CKA_EC_PARAMS and CKA_EC_POINT give the same public key as Node', (curve, nodeName) => {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: nodeName });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // The named-curve OID sits inside the SPKI's AlgorithmIdentifier.
  expect(spki.includes(EC_PARAMS[curve])).toBe(true);
  expect(curveFromEcParams(EC_PARAMS[curve])).toBe(curve);
  const jwk = publicKey.export({ format: 'jwk' });
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(jwk.x as string, 'base64url'),
    Buffer.from(jwk.y as string, 'base64url'),
  ]);
  expect(der(ecPublicKey(curve, octetString(point)))).toBe(der(publicKey));
  expect(der(ecPublicKey(curve, point))).toBe(der(publicKey));
  expect(ecPointFromAttribute(octetString(point), curve).equals(point)).toBe(true);
});

test('unknown curves and malformed points are refused', () => {
  expect(curveFromEcParams(Buffer.from('06082a8648ce3d030101', 'hex'))).toBeUndefined();
  expect(() => ecPointFromAttribute(Buffer.from('0403040102', 'hex'), 'P-256')).toThrow(
    /not an uncompressed P-256 point/,
  );
  const compressed = Buffer.concat([Buffer.from([0x04, 33, 0x02]), Buffer.alloc(32, 1)]);
  expect(() => ecPublicKey('P-256', compressed)).toThrow(/not an uncompressed P-256 point/);
});

test('RSA from CKA_MODULUS/CKA_PUBLIC_EXPONENT, leading zero bytes or not', () => {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const n = Buffer.from(jwk.n as string, 'base64url');
  const e = Buffer.from(jwk.e as string, 'base64url');
  expect(fingerprint(rsaPublicKey(n, e))).toBe(fingerprint(publicKey));
  expect(
    fingerprint(rsaPublicKey(Buffer.concat([Buffer.alloc(1), n]), Buffer.concat([Buffer.alloc(3), e]))),
  ).toBe(fingerprint(publicKey));
});
