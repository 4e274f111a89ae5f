import { ConfigurationError } from '../errors.js';
import type { ByokFile } from './file.js';

/** AES-KWP output is at least 16 bytes (one semiblock of integrity data plus one of key) and a multiple of 8. */
const MIN_KWP_BYTES = 16;

/**
 * Checks, before anything is sent, that a .byok belongs to this KEK: its kid is the KEK's versioned id and its
 * ciphertext has the shape RSA-OAEP(modulus length) || AES-KWP(multiple of 8, at least 16).
 */
export function validateByokForKek(
  byok: ByokFile,
  kek: { kid: string; modulusBytes: number },
  source: string,
): void {
  if (byok.kid.toLowerCase() !== kek.kid.toLowerCase()) {
    throw new ConfigurationError(
      'BYOK_KID_MISMATCH',
      `${source} was wrapped for KEK ${byok.kid}, not for ${kek.kid}`,
      'Wrap the key again with the public key of the KEK in the vault that imports it',
    );
  }
  const kwpBytes = byok.ciphertext.length - kek.modulusBytes;
  if (kwpBytes < MIN_KWP_BYTES || kwpBytes % 8 !== 0) {
    throw new ConfigurationError(
      'BYOK_CIPHERTEXT_LENGTH',
      `${source} has a ${byok.ciphertext.length}-byte ciphertext, which is not RSA-OAEP (${kek.modulusBytes} bytes) followed by AES key wrap with padding`,
      'The file is damaged or was not written with CKM_RSA_AES_KEY_WRAP; wrap the key again',
    );
  }
}

/** RFC 5649 output for an AES-128, -192 or -256 key: 8 bytes of integrity data and the key itself. */
const AES_KWP_BYTES: Record<number, number> = { 24: 128, 32: 192, 40: 256 };
/** Below this, the wrapped key cannot be an RSA PKCS#8: an RSA-2048 one is about 1200 bytes. */
const MIN_RSA_KWP_BYTES = 1000;

/**
 * What a .byok without a sidecar holds, as far as its length tells (a vendor tool's file): AES keys have RFC 5649
 * lengths of their own, and an RSA PKCS#8 is never short, so a short one that is not AES is an EC key (whose curve
 * the length does not tell). Anything else is taken for RSA, as `az keyvault key import` does.
 */
export function keyTypeOfCiphertext(
  byok: ByokFile,
  modulusBytes: number,
): { type: 'oct'; size: number } | { type: 'EC' } | { type: 'RSA' } {
  const kwpBytes = byok.ciphertext.length - modulusBytes;
  const aes = AES_KWP_BYTES[kwpBytes];
  if (aes) return { type: 'oct', size: aes };
  return kwpBytes < MIN_RSA_KWP_BYTES ? { type: 'EC' } : { type: 'RSA' };
}
