/**
 * Named departures from the documented service, for experiments only: each one lets through exactly one thing a
 * strict judge refuses, and every request that needed one carries a note saying which. None is on by default.
 */
export const TOLERANCES = {
  /** 1-7 zero bytes after the unwrapped PKCS#8: what SoftHSM 2.6.1's zero-padding RFC 5649 wrap produces. */
  'zero-padded-pkcs8': 'zero bytes after the unwrapped PKCS#8 key',
  /** `kty` RSA, EC or oct (the software types) on a BYOK import, taken as the -HSM type. */
  'software-kty': 'a software kty on a BYOK import',
  /** An EC-HSM BYOK import without `crv`; the curve is read from the key. */
  'ec-without-crv': 'an EC-HSM import without crv',
  /** oct-HSM keys on a Key Vault (Premium) vault, which documents them for Managed HSM only. */
  'oct-on-key-vault': 'an oct-HSM key on Key Vault',
} as const;

export type Tolerance = keyof typeof TOLERANCES;

export function isTolerance(value: string): value is Tolerance {
  return Object.hasOwn(TOLERANCES, value);
}

/** What a handler asks: is this departure tolerated? When it is, the request log notes it. */
export type Tolerates = (tolerance: Tolerance, detail: string) => boolean;

export function tolerating(enabled: readonly Tolerance[], note: (line: string) => void): Tolerates {
  return (tolerance, detail) => {
    if (!enabled.includes(tolerance)) return false;
    note(`tolerated (${tolerance}): ${detail}`);
    return true;
  };
}
