import { constants, createDecipheriv, privateDecrypt, type KeyObject } from 'node:crypto';
import { fromBER } from 'asn1js';
import { badParameter, base64UrlField, objectField } from './http.js';
import type { Tolerates } from './tolerances.js';

/**
 * The key transfer blob (`.byok` file) of Microsoft's BYOK specification, read by the emulator's own code: the
 * judge of the product's files must not share the product's reader.
 * `{"schema_version", "header": {"kid", "alg": "dir", "enc": "CKM_RSA_AES_KEY_WRAP"}, "ciphertext", "generator"}`.
 */
export interface TransferBlob {
  kid: string;
  ciphertext: Buffer;
}

export function parseTransferBlob(bytes: Buffer): TransferBlob {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw badParameter('key_hsm is not a BYOK key transfer blob: it is not JSON');
  }
  const blob = objectField(json, 'key_hsm');
  if (typeof blob.schema_version !== 'string')
    throw badParameter('key_hsm is not a BYOK key transfer blob: "schema_version" is missing');
  const header = objectField(blob.header, 'key_hsm header');
  if (typeof header.kid !== 'string') throw badParameter('The key_hsm header has no "kid"');
  if (header.alg !== 'dir')
    throw badParameter(`The key_hsm header has alg ${JSON.stringify(header.alg ?? null)}; it must be "dir"`);
  if (header.enc !== 'CKM_RSA_AES_KEY_WRAP')
    throw badParameter(
      `The key_hsm header has enc ${JSON.stringify(header.enc ?? null)}; it must be "CKM_RSA_AES_KEY_WRAP"`,
    );
  return { kid: header.kid, ciphertext: base64UrlField(blob.ciphertext, 'key_hsm ciphertext') };
}

/** RFC 5649's alternative initial value, the IV Node's id-aesNNN-wrap-pad ciphers take. */
const KWP_IV = Buffer.from('A65959A6', 'hex');

/**
 * CKM_RSA_AES_KEY_WRAP undone with the KEK's private key: the first modulus-length bytes are the ephemeral AES key
 * under RSA-OAEP (SHA-1, MGF1-SHA-1, no label), the rest the target under AES key wrap with padding (RFC 5649).
 * Undefined when either step fails: the blob was made for another key or was altered.
 */
export function unwrapTransferBlob(kek: KeyObject, ciphertext: Buffer): Buffer | undefined {
  const modulusBytes = (kek.asymmetricKeyDetails?.modulusLength ?? 0) / 8;
  if (ciphertext.length < modulusBytes + 16) return undefined;
  try {
    const aesKey = privateDecrypt(
      { key: kek, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
      ciphertext.subarray(0, modulusBytes),
    );
    if (![16, 24, 32].includes(aesKey.length)) return undefined;
    const decipher = createDecipheriv(`id-aes${aesKey.length * 8}-wrap-pad`, aesKey, KWP_IV);
    return Buffer.concat([decipher.update(ciphertext.subarray(modulusBytes)), decipher.final()]);
  } catch {
    return undefined;
  }
}

/**
 * The unwrapped RSA or EC key must be exactly the DER of a PKCS#8 PrivateKeyInfo (BYOK specification). OpenSSL
 * reads a DER prefix and ignores what follows, so the end of the outer element is found first (asn1js) and
 * anything after it is refused. Zero padding of 1-7 bytes passes only under the `zero-padded-pkcs8` tolerance.
 */
export function exactPkcs8(plaintext: Buffer, tolerates: Tolerates): Buffer {
  const { offset } = fromBER(new Uint8Array(plaintext));
  if (offset <= 0 || plaintext[0] !== 0x30)
    throw badParameter('The unwrapped key material is not a DER-encoded PKCS#8 private key');
  const trailing = plaintext.subarray(offset);
  if (trailing.length === 0) return plaintext;
  const zeroPadding = trailing.length < 8 && trailing.every((byte) => byte === 0);
  if (zeroPadding && tolerates('zero-padded-pkcs8', `${trailing.length} zero byte(s) after the PKCS#8 key`))
    return plaintext.subarray(0, offset);
  throw badParameter(
    `The unwrapped key material is not a PKCS#8 private key: ${trailing.length} byte(s) follow its DER encoding`,
  );
}
