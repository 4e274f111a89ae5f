import type { KeyObject } from 'node:crypto';
import { ConfigurationError } from '../errors.js';

export const KEK_SIZES = [2048, 3072, 4096] as const;
export type KekSize = (typeof KEK_SIZES)[number];

/** What byok knows of a KEK, whatever client read it. */
export interface Kek {
  /** Versioned id: https://HOST/keys/NAME/VERSION. */
  kid: string;
  name: string;
  kty: string;
  keyOps: string[];
  enabled: boolean;
  notBefore?: Date;
  expiresOn?: Date;
  publicKey: KeyObject;
}

export function kekSize(kek: Pick<Kek, 'publicKey'>): number {
  return kek.publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
}

/**
 * The rules the service applies to a KEK at import time (docs/byok-format.md): RSA-HSM 2048/3072/4096, key_ops exactly
 * ["import"], enabled, inside its nbf/exp window. Checking them first turns a late import failure into an early,
 * precise one.
 */
export function checkKek(kek: Kek, now: Date = new Date()): void {
  const fix = 'Create a KEK with action-kek-create (RSA-HSM, key_ops ["import"]) or name a valid one';
  if (kek.kty !== 'RSA-HSM' && kek.kty !== 'RSA') {
    throw new ConfigurationError(
      'KEK_TYPE_INVALID',
      `${kek.kid} is a ${kek.kty} key; a KEK must be RSA-HSM`,
      fix,
    );
  }
  if (kek.kty !== 'RSA-HSM') {
    throw new ConfigurationError(
      'KEK_NOT_HSM',
      `${kek.kid} is a software-protected RSA key; a KEK must be RSA-HSM`,
      fix,
    );
  }
  const size = kekSize(kek);
  if (!(KEK_SIZES as readonly number[]).includes(size)) {
    throw new ConfigurationError(
      'KEK_SIZE_INVALID',
      `${kek.kid} is RSA-${size}; a KEK must be RSA 2048, 3072 or 4096`,
      fix,
    );
  }
  if (kek.keyOps.length !== 1 || kek.keyOps[0] !== 'import') {
    throw new ConfigurationError(
      'KEK_OPS_INVALID',
      `${kek.kid} allows [${kek.keyOps.join(', ')}]; a KEK must allow exactly [import]`,
      fix,
    );
  }
  if (!kek.enabled) {
    throw new ConfigurationError(
      'KEK_DISABLED',
      `${kek.kid} is disabled`,
      'Enable it, or create a new KEK with action-kek-create (if-exists: rotate)',
    );
  }
  if (kek.expiresOn && kek.expiresOn.getTime() <= now.getTime()) {
    throw new ConfigurationError(
      'KEK_EXPIRED',
      `${kek.kid} expired at ${kek.expiresOn.toISOString()}`,
      'Create a new KEK version with action-kek-create (if-exists: rotate)',
    );
  }
  if (kek.notBefore && kek.notBefore.getTime() > now.getTime()) {
    throw new ConfigurationError(
      'KEK_NOT_YET_VALID',
      `${kek.kid} is not valid before ${kek.notBefore.toISOString()}`,
      'Wait until then or create a new KEK version',
    );
  }
}
