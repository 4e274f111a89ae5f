import {
  constants,
  createCipheriv,
  createDecipheriv,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { ByokError } from '../errors.js';

/** RFC 5649 alternative initial value. */
const KWP_IV = Buffer.from('A65959A6', 'hex');

function kwpCipher(aesKey: Buffer): string {
  if (![16, 24, 32].includes(aesKey.length))
    throw new ByokError('AES_KEY_SIZE', `AES key of ${aesKey.length} bytes; expected 16, 24 or 32`);
  return `id-aes${aesKey.length * 8}-wrap-pad`;
}

/** AES key wrap with padding (RFC 5649). */
export function aesKwpWrap(aesKey: Buffer, plaintext: Buffer): Buffer {
  const cipher = createCipheriv(kwpCipher(aesKey), aesKey, KWP_IV);
  return Buffer.concat([cipher.update(plaintext), cipher.final()]);
}

export function aesKwpUnwrap(aesKey: Buffer, wrapped: Buffer): Buffer {
  const decipher = createDecipheriv(kwpCipher(aesKey), aesKey, KWP_IV);
  return Buffer.concat([decipher.update(wrapped), decipher.final()]);
}

const OAEP_SHA1 = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' } as const;

/**
 * Software CKM_RSA_AES_KEY_WRAP (docs/byok-format.md "The wrapped blob"), for the emulator and tests: the real wrap
 * happens inside the HSM. `aesKey` defaults to a fresh random AES-256 key.
 */
export function rsaAesKeyWrap(
  kekPublicKey: KeyObject,
  plaintext: Buffer,
  aesKey: Buffer = randomBytes(32),
): Buffer {
  const wrappedKey = publicEncrypt({ key: kekPublicKey, ...OAEP_SHA1 }, aesKey);
  return Buffer.concat([wrappedKey, aesKwpWrap(aesKey, plaintext)]);
}

export function rsaAesKeyUnwrap(kekPrivateKey: KeyObject, blob: Buffer): Buffer {
  const modulusBytes = (kekPrivateKey.asymmetricKeyDetails?.modulusLength ?? 0) / 8;
  if (blob.length < modulusBytes + 16)
    throw new ByokError(
      'BYOK_CIPHERTEXT_LENGTH',
      `ciphertext of ${blob.length} bytes is too short for a ${modulusBytes * 8}-bit KEK`,
    );
  const aesKey = privateDecrypt({ key: kekPrivateKey, ...OAEP_SHA1 }, blob.subarray(0, modulusBytes));
  return aesKwpUnwrap(aesKey, blob.subarray(modulusBytes));
}
