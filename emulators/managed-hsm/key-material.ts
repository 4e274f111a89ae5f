import { createPublicKey, generateKeyPair, randomBytes, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import {
  nodeCurveName,
  TARGET_AES_SIZES,
  TARGET_EC_CURVES,
  TARGET_RSA_SIZES,
  type EcCurve,
} from '../../shared/src/keys/target.js';
import { badParameter } from './http.js';

/** Every Managed HSM key is HSM-protected, so only these three types exist in the store. */
export type HsmKty = 'RSA-HSM' | 'EC-HSM' | 'oct-HSM';

/** A key as the HSM holds it: the private part never leaves the emulator over HTTP. */
export type KeyMaterial =
  | { kty: 'RSA-HSM'; privateKey: KeyObject; size: number }
  | { kty: 'EC-HSM'; privateKey: KeyObject; crv: EcCurve }
  | { kty: 'oct-HSM'; secret: Buffer; size: number };

/** `RSA` and `RSA-HSM` both name an HSM key here: a Managed HSM has no software keys. */
export function hsmKty(kty: unknown): HsmKty {
  const base = typeof kty === 'string' ? kty.replace(/-HSM$/, '') : undefined;
  if (base === 'RSA' || base === 'EC' || base === 'oct') return `${base}-HSM`;
  throw badParameter(
    `The key type ${JSON.stringify(kty ?? null)} is not supported; use RSA-HSM, EC-HSM or oct-HSM`,
  );
}

function curveOf(value: unknown): EcCurve {
  if ((TARGET_EC_CURVES as readonly unknown[]).includes(value)) return value as EcCurve;
  throw badParameter(
    `The curve ${JSON.stringify(value)} is not supported; use ${TARGET_EC_CURVES.join(', ')}`,
  );
}

function checkSize(kty: HsmKty, size: number, allowed: readonly number[]): void {
  if (!allowed.includes(size))
    throw badParameter(`The key size ${size} is not supported for ${kty} keys; use ${allowed.join(', ')}`);
}

/** A fresh key for `POST /keys/{name}/create`, with the service's defaults when size or curve are left out. */
export async function generateMaterial(kty: HsmKty, keySize: unknown, crv: unknown): Promise<KeyMaterial> {
  if (keySize !== undefined && typeof keySize !== 'number') throw badParameter('key_size must be a number');
  if (kty === 'EC-HSM') {
    const curve = curveOf(crv ?? 'P-256');
    const { privateKey } = await promisify(generateKeyPair)('ec', { namedCurve: nodeCurveName(curve) });
    return { kty, privateKey, crv: curve };
  }
  if (kty === 'oct-HSM') {
    const size = keySize ?? 256;
    checkSize(kty, size, TARGET_AES_SIZES);
    return { kty, secret: randomBytes(size / 8), size };
  }
  const size = keySize ?? 2048;
  checkSize(kty, size, TARGET_RSA_SIZES);
  const { privateKey } = await promisify(generateKeyPair)('rsa', {
    modulusLength: size,
    publicExponent: 0x10001,
  });
  return { kty, privateKey, size };
}

/** Wraps an imported or seeded private key, refusing the sizes and curves Managed HSM refuses. */
export function materialFromPrivateKey(privateKey: KeyObject): KeyMaterial {
  const details = privateKey.asymmetricKeyDetails ?? {};
  if (privateKey.asymmetricKeyType === 'rsa') {
    const size = details.modulusLength ?? 0;
    checkSize('RSA-HSM', size, TARGET_RSA_SIZES);
    return { kty: 'RSA-HSM', privateKey, size };
  }
  if (privateKey.asymmetricKeyType === 'ec') {
    const crv = TARGET_EC_CURVES.find((c) => nodeCurveName(c) === details.namedCurve);
    if (!crv)
      throw badParameter(
        `The curve ${String(details.namedCurve)} is not supported; use ${TARGET_EC_CURVES.join(', ')}`,
      );
    return { kty: 'EC-HSM', privateKey, crv };
  }
  throw badParameter(
    `A ${String(privateKey.asymmetricKeyType)} key cannot be imported; use an RSA or EC key`,
  );
}

export function materialFromSecret(secret: Buffer): KeyMaterial {
  checkSize('oct-HSM', secret.length * 8, TARGET_AES_SIZES);
  return { kty: 'oct-HSM', secret, size: secret.length * 8 };
}

/** The public members of the JsonWebKey the service returns (oct keys show none). */
export function publicJwk(material: KeyMaterial): Record<string, string> {
  if (material.kty === 'oct-HSM') return {};
  const jwk = createPublicKey(material.privateKey).export({ format: 'jwk' });
  if (material.kty === 'RSA-HSM') return { n: String(jwk.n), e: String(jwk.e) };
  return { crv: material.crv, x: String(jwk.x), y: String(jwk.y) };
}

const OPS_BY_KTY: Record<HsmKty, readonly string[]> = {
  'RSA-HSM': ['encrypt', 'decrypt', 'sign', 'verify', 'wrapKey', 'unwrapKey', 'import', 'export'],
  'EC-HSM': ['sign', 'verify', 'export'],
  'oct-HSM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey', 'export'],
};
const DEFAULT_OPS: Record<HsmKty, string[]> = {
  'RSA-HSM': ['encrypt', 'decrypt', 'sign', 'verify', 'wrapKey', 'unwrapKey'],
  'EC-HSM': ['sign', 'verify'],
  'oct-HSM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
};

/** key_ops as given, or the type's defaults; "import" marks a KEK and excludes every other operation. */
export function keyOpsFor(kty: HsmKty, ops: unknown): string[] {
  if (ops === undefined || ops === null) return [...DEFAULT_OPS[kty]];
  if (!Array.isArray(ops) || ops.some((op) => typeof op !== 'string'))
    throw badParameter('key_ops must be an array of strings');
  const invalid = ops.filter((op: string) => !OPS_BY_KTY[kty].includes(op));
  if (invalid.length > 0)
    throw badParameter(`Invalid key operation(s) ${invalid.join(', ')} for a ${kty} key`);
  if (ops.includes('import') && ops.length !== 1)
    throw badParameter('The "import" key operation cannot be combined with any other operation');
  return [...new Set(ops as string[])];
}

/** Random 32 lowercase hex, the shape of every Key Vault key version. */
export function newVersion(): string {
  return randomBytes(16).toString('hex');
}
