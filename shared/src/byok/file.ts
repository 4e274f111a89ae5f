import { ConfigurationError } from '../errors.js';
import { parseJsonObject } from '../json.js';
import { parseVersionedKeyId } from '../keys/key-id.js';
import { decodeBase64Lenient, encodeBase64Url } from './base64.js';

/** The .byok file (docs/byok-format.md "The .byok file"). */
export interface ByokFile {
  schemaVersion: string;
  /** Versioned id of the KEK the ciphertext was wrapped under. */
  kid: string;
  alg: 'dir';
  enc: 'CKM_RSA_AES_KEY_WRAP';
  /** RSA-OAEP(KEK, aesKey) || AES-KWP(aesKey, target key). */
  ciphertext: Buffer;
  generator?: string;
}

export const BYOK_SCHEMA_VERSION = '1.0.0';
/** Larger than any real file (an RSA-4096 target under a 4096-bit KEK is about 4 KiB). */
export const MAX_BYOK_BYTES = 64 * 1024;

function invalid(
  source: string,
  problem: string,
  hint = 'Give a .byok file written by action-wrap or an HSM vendor BYOK tool',
): ConfigurationError {
  return new ConfigurationError('BYOK_INVALID', `${source}: ${problem}`, hint);
}

function field(object: Record<string, unknown>, name: string, path: string, source: string): string {
  const value = object[name];
  if (typeof value !== 'string' || value.length === 0)
    throw invalid(source, `"${path}" is missing or not a string`);
  return value;
}

/**
 * Reads a .byok file the way the service does, leniently: padded or unpadded base64url or base64 ciphertext,
 * any JSON layout, unknown extra fields ignored. Refuses what cannot be imported: unknown alg/enc, no kid.
 */
export function parseByok(bytes: Buffer | string, source: string): ByokFile {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  if (buffer.length > MAX_BYOK_BYTES)
    throw invalid(source, `is ${buffer.length} bytes, larger than any BYOK file (${MAX_BYOK_BYTES})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw invalid(source, 'is not UTF-8 text');
  }
  const root = parseJsonObject(text, (problem) => invalid(source, problem));
  const header = root.header;
  if (typeof header !== 'object' || header === null || Array.isArray(header))
    throw invalid(source, '"header" is missing or not an object');
  const h = header as Record<string, unknown>;
  const kid = field(h, 'kid', 'header.kid', source);
  if (!parseVersionedKeyId(kid)) {
    throw invalid(
      source,
      `"header.kid" is not a versioned key id (https://HOST/keys/NAME/VERSION): ${JSON.stringify(kid.slice(0, 200))}`,
    );
  }
  const alg = field(h, 'alg', 'header.alg', source);
  if (alg !== 'dir')
    throw invalid(
      source,
      `"header.alg" is ${JSON.stringify(alg.slice(0, 40))}; only "dir" is defined for BYOK`,
    );
  const enc = field(h, 'enc', 'header.enc', source);
  if (enc !== 'CKM_RSA_AES_KEY_WRAP')
    throw invalid(
      source,
      `"header.enc" is ${JSON.stringify(enc.slice(0, 40))}; only "CKM_RSA_AES_KEY_WRAP" is defined for BYOK`,
    );
  const ciphertext = decodeBase64Lenient(field(root, 'ciphertext', 'ciphertext', source));
  if (!ciphertext || ciphertext.length === 0)
    throw invalid(source, '"ciphertext" is not base64url or base64');
  const schemaVersion = root.schema_version === undefined ? BYOK_SCHEMA_VERSION : root.schema_version;
  if (typeof schemaVersion !== 'string') throw invalid(source, '"schema_version" is not a string');
  const generator = typeof root.generator === 'string' ? root.generator : undefined;
  return { schemaVersion, kid, alg, enc, ciphertext, ...(generator === undefined ? {} : { generator }) };
}

/** Writes a .byok file strictly per the spec: schema 1.0.0, unpadded base64url ciphertext. */
export function serializeByok(file: Omit<ByokFile, 'schemaVersion' | 'alg' | 'enc'>): string {
  const json = {
    schema_version: BYOK_SCHEMA_VERSION,
    header: { kid: file.kid, alg: 'dir', enc: 'CKM_RSA_AES_KEY_WRAP' },
    ciphertext: encodeBase64Url(file.ciphertext),
    generator: file.generator ?? 'byok',
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
