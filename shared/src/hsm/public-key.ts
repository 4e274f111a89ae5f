import { createPublicKey, type KeyObject } from 'node:crypto';
import { ByokError } from '../errors.js';
import { nodeCurveName, type EcCurve } from '../keys/target.js';

/**
 * Public keys from PKCS#11 attributes, built with Node's JWK import (no hand-written ASN.1, docs/design.md): RSA from
 * CKA_MODULUS/CKA_PUBLIC_EXPONENT, EC from CKA_EC_PARAMS (a DER OID, compared to known bytes) and CKA_EC_POINT.
 */

/** DER-encoded named-curve OIDs as tokens store them in CKA_EC_PARAMS. */
export const EC_PARAMS: Record<EcCurve, Buffer> = {
  'P-256': Buffer.from('06082a8648ce3d030107', 'hex'),
  'P-384': Buffer.from('06052b81040022', 'hex'),
  'P-521': Buffer.from('06052b81040023', 'hex'),
  'P-256K': Buffer.from('06052b8104000a', 'hex'),
};

const FIELD_BYTES: Record<EcCurve, number> = { 'P-256': 32, 'P-384': 48, 'P-521': 66, 'P-256K': 32 };

export function curveFromEcParams(params: Buffer): EcCurve | undefined {
  return (Object.keys(EC_PARAMS) as EcCurve[]).find((curve) => EC_PARAMS[curve].equals(params));
}

/** Readable form of an unknown CKA_EC_PARAMS for error messages (the OID bytes in hex). */
export function describeEcParams(params: Buffer): string {
  return params.length > 40
    ? `explicit parameters (${params.length} bytes)`
    : `OID bytes ${params.toString('hex')}`;
}

function unsigned(bytes: Buffer): string {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return bytes.subarray(start).toString('base64url');
}

export function rsaPublicKey(modulus: Buffer, publicExponent: Buffer): KeyObject {
  return createPublicKey({
    key: { kty: 'RSA', n: unsigned(modulus), e: unsigned(publicExponent) },
    format: 'jwk',
  });
}

/**
 * The uncompressed point (04 || X || Y) from CKA_EC_POINT. PKCS#11 stores it as a DER OCTET STRING around the
 * point; some older tokens store the bare point. The two are told apart by length: only the bare point is
 * exactly 1 + 2 × field bytes long.
 */
export function ecPointFromAttribute(value: Buffer, curve: EcCurve): Buffer {
  const pointBytes = 1 + 2 * FIELD_BYTES[curve];
  let point: Buffer | undefined;
  if (value.length === pointBytes) point = value;
  else if (value[0] === 0x04) {
    const first = value[1] ?? 0;
    const header = first < 0x80 ? 2 : first === 0x81 ? 3 : first === 0x82 ? 4 : 0;
    const length =
      first < 0x80 ? first : first === 0x81 ? (value[2] ?? 0) : first === 0x82 ? value.readUInt16BE(2) : -1;
    if (header > 0 && length === pointBytes && value.length === header + length)
      point = value.subarray(header);
  }
  if (!point || point[0] !== 0x04) {
    throw new ByokError(
      'HSM_EC_POINT_INVALID',
      `CKA_EC_POINT of ${value.length} bytes is not an uncompressed ${curve} point`,
      'The token stores the public point in a form byok does not read; report the token model',
    );
  }
  return point;
}

export function ecPublicKey(curve: EcCurve, ecPoint: Buffer): KeyObject {
  const point = ecPointFromAttribute(ecPoint, curve);
  const size = FIELD_BYTES[curve];
  const crv = curve === 'P-256K' ? 'secp256k1' : curve;
  try {
    return createPublicKey({
      key: {
        kty: 'EC',
        crv,
        x: point.subarray(1, 1 + size).toString('base64url'),
        y: point.subarray(1 + size).toString('base64url'),
      },
      format: 'jwk',
    });
  } catch (error) {
    throw new ByokError(
      'HSM_EC_POINT_INVALID',
      `CKA_EC_POINT is not a point on ${curve} (${nodeCurveName(curve)})`,
      'Check the key in the HSM',
      { cause: error },
    );
  }
}
