import { ConfigurationError } from '../errors.js';
import { parseJsonObject } from '../json.js';
import { FINGERPRINT_PATTERN, KEY_CHECK_PATTERN } from '../keys/patterns.js';
import { TARGET_EC_CURVES, type TargetKeyType } from '../keys/target.js';

/**
 * `<file>.byok.json`, written by action-wrap beside the .byok: what was wrapped, where and how, so that
 * action-import can pick the key type and check the imported public key. Public facts only, never key material.
 */
export interface ByokSidecar {
  kid: string;
  keyType: TargetKeyType;
  /** CKA_LABEL and CKA_ID (hex) of the key in the source HSM. */
  keyLabel?: string;
  keyId?: string;
  keySize?: number;
  curve?: string;
  /** SPKI PEM of the target (RSA/EC). */
  publicKey?: string;
  publicKeyFingerprint?: string;
  /** AES keys: byok's key check value computed in the source HSM (docs/byok-format.md "Key check values"), 32 hex. */
  keyCheckValue?: string;
  kekFingerprint: string;
  /** sha256:<hex> of the .byok file bytes. */
  byokDigest: string;
  token: { label: string; manufacturer: string; model: string; serialNumber: string; firmware: string };
  mechanism: string;
  /**
   * True when the token's RFC 5649 mechanism zero-pads (allow-padded-kwp): the PKCS#8 inside may be followed by up
   * to 7 zero bytes. A rehearsal file; absent when the plaintext is exact.
   */
  paddedKwp?: boolean;
  createdAt: string;
  generator: string;
}

export function sidecarPath(byokPath: string): string {
  return `${byokPath}.json`;
}

export function serializeSidecar(sidecar: ByokSidecar): string {
  return `${JSON.stringify(sidecar, null, 2)}\n`;
}

export function parseSidecar(text: string, source: string): ByokSidecar {
  const invalid = (problem: string) =>
    new ConfigurationError(
      'SIDECAR_INVALID',
      `${source}: ${problem}`,
      'Use the .byok.json that action-wrap wrote, or remove it and set key-type',
    );
  const s = parseJsonObject(text, invalid);
  if (typeof s.kid !== 'string') throw invalid('"kid" is missing');
  if (s.keyType !== 'RSA' && s.keyType !== 'EC' && s.keyType !== 'oct')
    throw invalid('"keyType" is not RSA, EC or oct');
  if (s.keyType === 'EC' && !(TARGET_EC_CURVES as readonly unknown[]).includes(s.curve))
    throw invalid('"curve" is not a supported curve');
  if (s.keyType !== 'EC' && typeof s.keySize !== 'number') throw invalid('"keySize" is missing');
  if (
    s.keyType !== 'oct' &&
    (typeof s.publicKey !== 'string' || typeof s.publicKeyFingerprint !== 'string')
  ) {
    throw invalid('"publicKey" and "publicKeyFingerprint" are required for RSA and EC keys');
  }
  if (s.publicKeyFingerprint !== undefined && !FINGERPRINT_PATTERN.test(String(s.publicKeyFingerprint)))
    throw invalid('"publicKeyFingerprint" is not sha256:<64 hex>');
  if (typeof s.kekFingerprint !== 'string' || !FINGERPRINT_PATTERN.test(s.kekFingerprint))
    throw invalid('"kekFingerprint" is not sha256:<64 hex>');
  if (typeof s.byokDigest !== 'string' || !FINGERPRINT_PATTERN.test(s.byokDigest))
    throw invalid('"byokDigest" is not sha256:<64 hex>');
  // Every field the import step reads or prints gets its type checked here, so a bad one is refused up front.
  for (const name of ['keyLabel', 'keyId', 'curve', 'publicKey', 'keyCheckValue'])
    if (s[name] !== undefined && typeof s[name] !== 'string') throw invalid(`"${name}" is not a string`);
  for (const name of ['mechanism', 'createdAt', 'generator'])
    if (typeof s[name] !== 'string') throw invalid(`"${name}" is missing or not a string`);
  if (s.paddedKwp !== undefined && typeof s.paddedKwp !== 'boolean')
    throw invalid('"paddedKwp" is not true or false');
  if (s.keySize !== undefined && !(Number.isSafeInteger(s.keySize) && (s.keySize as number) > 0))
    throw invalid('"keySize" is not a whole number of bits');
  if (s.keyCheckValue !== undefined && !KEY_CHECK_PATTERN.test(s.keyCheckValue as string))
    throw invalid('"keyCheckValue" is not 32 lowercase hex digits');
  const token = s.token as Record<string, unknown> | null | undefined;
  if (
    typeof token !== 'object' ||
    token === null ||
    ['label', 'manufacturer', 'model', 'serialNumber', 'firmware'].some((k) => typeof token[k] !== 'string')
  ) {
    throw invalid(
      '"token" does not hold the source token\'s label, manufacturer, model, serialNumber and firmware',
    );
  }
  return s as unknown as ByokSidecar;
}
