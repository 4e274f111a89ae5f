import { ConfigurationError } from '../errors.js';

/** Target key types Azure imports (docs/byok-format.md "Supported key types"); AES into a Managed HSM only. */
export const TARGET_RSA_SIZES = [2048, 3072, 4096] as const;
export const TARGET_EC_CURVES = ['P-256', 'P-384', 'P-521', 'P-256K'] as const;
export const TARGET_AES_SIZES = [128, 192, 256] as const;

export type TargetKeyType = 'RSA' | 'EC' | 'oct';
export type EcCurve = (typeof TARGET_EC_CURVES)[number];

/** Operations each key type may carry in the vault (import is a KEK's alone). */
export const KEY_OPS: Record<TargetKeyType, readonly string[]> = {
  RSA: ['encrypt', 'decrypt', 'sign', 'verify', 'wrapKey', 'unwrapKey'],
  EC: ['sign', 'verify'],
  oct: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
};

/** What generation picks when the request names no size or curve. */
export const DEFAULT_SIZE = { RSA: 2048, oct: 256 } as const;
export const DEFAULT_CURVE: EcCurve = 'P-256';

export type TargetKeySpec =
  { type: 'RSA'; size: number } | { type: 'EC'; curve: EcCurve } | { type: 'oct'; size: number };

/** The Key Vault `kty` for an HSM-protected key of this type. */
export function hsmKty(type: TargetKeyType): 'RSA-HSM' | 'EC-HSM' | 'oct-HSM' {
  return `${type}-HSM`;
}

/** Node's name for a curve (P-256K is secp256k1). */
export function nodeCurveName(curve: EcCurve): string {
  return curve === 'P-256K'
    ? 'secp256k1'
    : curve === 'P-256'
      ? 'prime256v1'
      : curve === 'P-384'
        ? 'secp384r1'
        : 'secp521r1';
}

export function describeTarget(spec: TargetKeySpec): string {
  return spec.type === 'EC'
    ? `EC ${spec.curve}`
    : spec.type === 'RSA'
      ? `RSA-${spec.size}`
      : `AES-${spec.size}`;
}

/** The key operations for a type, or the fault with them: the one rule the kek, wrap and import steps share. */
export function keyOpsProblem(type: TargetKeyType, keyOps: readonly string[]): string | undefined {
  const bad = keyOps.filter((op) => !KEY_OPS[type].includes(op));
  const key = `${type === 'oct' ? 'an AES' : `an ${type}`} key`;
  if (keyOps.length === 0) return `no operation for ${key}`;
  if (bad.length > 0) return `${bad.join(', ')}, not allowed for ${key}`;
  return undefined;
}

/** Refuses, before any key is touched, what the service would refuse at import. */
export function checkTargetSpec(spec: TargetKeySpec, subject: string): void {
  if (spec.type === 'RSA' && !(TARGET_RSA_SIZES as readonly number[]).includes(spec.size)) {
    throw new ConfigurationError(
      'TARGET_SIZE_UNSUPPORTED',
      `${subject} is RSA-${spec.size}; Azure imports RSA 2048, 3072 or 4096`,
      'Use an RSA key of 2048 bits or more',
    );
  }
  if (spec.type === 'oct' && !(TARGET_AES_SIZES as readonly number[]).includes(spec.size)) {
    throw new ConfigurationError(
      'TARGET_SIZE_UNSUPPORTED',
      `${subject} is AES-${spec.size}; a Managed HSM imports AES 128, 192 or 256`,
      'Use an AES key of 128, 192 or 256 bits',
    );
  }
  if (spec.type === 'EC' && !(TARGET_EC_CURVES as readonly string[]).includes(spec.curve)) {
    throw new ConfigurationError(
      'TARGET_CURVE_UNSUPPORTED',
      `${subject} is on curve ${String(spec.curve)}; Azure imports P-256, P-384, P-521 or P-256K`,
      'Use one of those curves',
    );
  }
}
