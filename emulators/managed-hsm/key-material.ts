import { createPublicKey, generateKeyPair, randomBytes, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { badParameter } from './http.js';
import type { RsaKeyPool } from './key-pool.js';

/** Every key the emulator holds is HSM-protected, so only these three types exist in the store. */
export type HsmKty = 'RSA-HSM' | 'EC-HSM' | 'oct-HSM';

/**
 * Sizes and curves of HSM keys as Microsoft documents them (Key Vault "About keys", BYOK specification): RSA
 * 1024 is refused, oct-HSM is a Managed HSM type. The emulator keeps its own table: it judges the product's.
 */
export const RSA_SIZES = [2048, 3072, 4096] as const;
export const EC_CURVES = ['P-256', 'P-384', 'P-521', 'P-256K'] as const;
export const AES_SIZES = [128, 192, 256] as const;
export type EcCurve = (typeof EC_CURVES)[number];

const NODE_CURVES: Record<EcCurve, string> = {
  'P-256': 'prime256v1',
  'P-384': 'secp384r1',
  'P-521': 'secp521r1',
  'P-256K': 'secp256k1',
};

/** Node's name for a JWK curve. */
export const nodeCurveName = (curve: EcCurve): string => NODE_CURVES[curve];

/** The JWK curve of a Node EC key, when Key Vault knows it. */
export function curveOfNodeName(name: string | undefined): EcCurve | undefined {
  return EC_CURVES.find((c) => NODE_CURVES[c] === name);
}

/** A key as the HSM holds it: the private part never leaves the emulator over HTTP. */
export type KeyMaterial =
  | { kty: 'RSA-HSM'; privateKey: KeyObject; size: number }
  | { kty: 'EC-HSM'; privateKey: KeyObject; crv: EcCurve }
  | { kty: 'oct-HSM'; secret: Buffer; size: number };

/**
 * The HSM type a `kty` names. `RSA`, `EC` and `oct` are the software forms: accepted only where `software` says
 * so (a plain JWK import with `Hsm: true`), refused everywhere else.
 */
export function hsmKty(kty: unknown, software: boolean): HsmKty {
  const match = typeof kty === 'string' ? /^(RSA|EC|oct)(-HSM)?$/.exec(kty) : null;
  if (match && (match[2] || software)) return `${match[1] as 'RSA' | 'EC' | 'oct'}-HSM`;
  throw badParameter(
    `The key type ${JSON.stringify(kty ?? null)} is not supported here; use RSA-HSM, EC-HSM or oct-HSM`,
  );
}

export function curveOf(value: unknown): EcCurve {
  if ((EC_CURVES as readonly unknown[]).includes(value)) return value as EcCurve;
  throw badParameter(`The curve ${JSON.stringify(value)} is not supported; use ${EC_CURVES.join(', ')}`);
}

function checkSize(kty: HsmKty, size: number, allowed: readonly number[]): void {
  if (!allowed.includes(size))
    throw badParameter(`The key size ${size} is not supported for ${kty} keys; use ${allowed.join(', ')}`);
}

/**
 * A fresh key for `POST /keys/{name}/create`, with the service's defaults when size or curve are left out. RSA
 * keys come from `pool` when there is one (generated ahead of need, each handed out once).
 */
export async function generateMaterial(
  kty: HsmKty,
  keySize: unknown,
  crv: unknown,
  pool?: RsaKeyPool,
): Promise<KeyMaterial> {
  if (keySize !== undefined && typeof keySize !== 'number') throw badParameter('key_size must be a number');
  if (kty === 'EC-HSM') {
    const curve = curveOf(crv ?? 'P-256');
    const { privateKey } = await promisify(generateKeyPair)('ec', { namedCurve: nodeCurveName(curve) });
    return { kty, privateKey, crv: curve };
  }
  if (kty === 'oct-HSM') {
    const size = keySize ?? 256;
    checkSize(kty, size, AES_SIZES);
    return { kty, secret: randomBytes(size / 8), size };
  }
  const size = keySize ?? 2048;
  checkSize(kty, size, RSA_SIZES);
  const privateKey = pool
    ? await pool.take(size)
    : (await promisify(generateKeyPair)('rsa', { modulusLength: size, publicExponent: 0x10001 })).privateKey;
  return { kty, privateKey, size };
}

/** Wraps an imported or seeded private key, refusing the sizes and curves Managed HSM refuses. */
export function materialFromPrivateKey(privateKey: KeyObject): KeyMaterial {
  const details = privateKey.asymmetricKeyDetails ?? {};
  if (privateKey.asymmetricKeyType === 'rsa') {
    const size = details.modulusLength ?? 0;
    checkSize('RSA-HSM', size, RSA_SIZES);
    return { kty: 'RSA-HSM', privateKey, size };
  }
  if (privateKey.asymmetricKeyType === 'ec') {
    const crv = curveOfNodeName(details.namedCurve);
    if (!crv)
      throw badParameter(
        `The curve ${String(details.namedCurve)} is not supported; use ${EC_CURVES.join(', ')}`,
      );
    return { kty: 'EC-HSM', privateKey, crv };
  }
  throw badParameter(
    `A ${String(privateKey.asymmetricKeyType)} key cannot be imported; use an RSA or EC key`,
  );
}

export function materialFromSecret(secret: Buffer): KeyMaterial {
  checkSize('oct-HSM', secret.length * 8, AES_SIZES);
  return { kty: 'oct-HSM', secret, size: secret.length * 8 };
}

/** The public members of the JsonWebKey the service returns (oct keys show none). */
export function publicJwk(material: KeyMaterial): Record<string, string> {
  if (material.kty === 'oct-HSM') return {};
  const jwk = createPublicKey(material.privateKey).export({ format: 'jwk' });
  if (material.kty === 'RSA-HSM') return { n: String(jwk.n), e: String(jwk.e) };
  return { crv: material.crv, x: String(jwk.x), y: String(jwk.y) };
}

/** Operations per type, as the service's refusal lists them ("Supported values are "sign", "verify"." for EC). */
const OPS_BY_KTY: Record<HsmKty, readonly string[]> = {
  'RSA-HSM': ['encrypt', 'decrypt', 'sign', 'verify', 'wrapKey', 'unwrapKey', 'import'],
  'EC-HSM': ['sign', 'verify'],
  'oct-HSM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
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
  const quoted = (list: readonly string[]) => list.map((op) => `"${op}"`).join(', ');
  if (invalid.length > 0)
    throw badParameter(
      `Unsupported key operation(s): ${quoted(invalid)}. Supported values are ${quoted(OPS_BY_KTY[kty])}.`,
    );
  if (ops.includes('import') && ops.length !== 1)
    throw badParameter('The "import" key operation cannot be combined with any other operation');
  return [...new Set(ops as string[])];
}

/** Random 32 lowercase hex, the shape of every Key Vault key version. */
export function newVersion(): string {
  return randomBytes(16).toString('hex');
}
