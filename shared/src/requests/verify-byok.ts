import {
  choice,
  keyFingerprint,
  optional,
  required,
  type InputSource,
  keyCheckValue as keyCheckValueInput,
} from '../inputs/rules.js';
import type { TargetKeyType } from '../keys/target.js';

export interface VerifyByokRequest {
  byokFile: string;
  /** The KEK public key PEM (with its metadata file beside it, when there). */
  kekFile?: string;
  kekFingerprint?: string;
  publicKeyFingerprint?: string;
  keyCheckValue?: string;
  byokDigest?: string;
  keyType: TargetKeyType | 'auto';
}

/** The inputs of `byok verify FILE.byok`. */
export function readVerifyByokRequest(inputs: InputSource): VerifyByokRequest {
  const kekFile = optional(inputs, 'kek-file');
  const kekFingerprint = keyFingerprint(inputs, 'kek-fingerprint');
  const publicKeyFingerprint = keyFingerprint(inputs, 'public-key-fingerprint');
  const byokDigest = keyFingerprint(inputs, 'byok-digest');
  const keyCheckValue = keyCheckValueInput(inputs, 'key-check-value');
  return {
    ...(byokDigest ? { byokDigest } : {}),
    ...(keyCheckValue ? { keyCheckValue } : {}),
    byokFile: required(inputs, 'byok-file'),
    ...(kekFile === undefined ? {} : { kekFile }),
    ...(kekFingerprint ? { kekFingerprint } : {}),
    ...(publicKeyFingerprint ? { publicKeyFingerprint } : {}),
    keyType: choice(inputs, 'key-type', ['auto', 'RSA', 'EC', 'oct'] as const, 'auto'),
  };
}
