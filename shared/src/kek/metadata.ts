import { ConfigurationError } from '../errors.js';
import { parseJsonObject } from '../json.js';
import { parseVersionedKeyId } from '../keys/key-id.js';
import { FINGERPRINT_PATTERN } from '../keys/patterns.js';

/** byok-kek.json, written beside the KEK PEM by action-kek-download and read by action-wrap. Public facts only. */
export interface KekMetadata {
  kid: string;
  fingerprint: string;
  keySize: number;
  vaultUrl: string;
  expiresOn?: string;
}

export const KEK_METADATA_FILE = 'byok-kek.json';

export function serializeKekMetadata(metadata: KekMetadata): string {
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

/** Reads byok-kek.json strictly: every field typed, nothing taken on trust. */
export function parseKekMetadata(text: string, source: string): KekMetadata {
  const invalid = (problem: string) =>
    new ConfigurationError(
      'KEK_METADATA_INVALID',
      `${source}: ${problem}`,
      'Use the byok-kek.json that action-kek-download wrote, or remove it and give kek-id',
    );
  const m = parseJsonObject(text, invalid);
  if (typeof m.kid !== 'string' || !parseVersionedKeyId(m.kid)) {
    throw invalid('"kid" is not a versioned key id');
  }
  if (typeof m.fingerprint !== 'string' || !FINGERPRINT_PATTERN.test(m.fingerprint))
    throw invalid('"fingerprint" is not sha256:<64 hex>');
  if (typeof m.keySize !== 'number' || ![2048, 3072, 4096].includes(m.keySize))
    throw invalid('"keySize" is not 2048, 3072 or 4096');
  if (typeof m.vaultUrl !== 'string' || !/^https:\/\//.test(m.vaultUrl))
    throw invalid('"vaultUrl" is not an https URL');
  if (
    m.expiresOn !== undefined &&
    (typeof m.expiresOn !== 'string' || Number.isNaN(Date.parse(m.expiresOn)))
  ) {
    throw invalid('"expiresOn" is not a date');
  }
  return {
    kid: m.kid,
    fingerprint: m.fingerprint,
    keySize: m.keySize,
    vaultUrl: m.vaultUrl,
    ...(m.expiresOn === undefined ? {} : { expiresOn: m.expiresOn as string }),
  };
}
