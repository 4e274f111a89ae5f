import { createCipheriv, createHash } from 'node:crypto';

/**
 * The key check values, computed with Node alone from docs/byok-format.md "Key check values", so a test compares
 * what the HSM and the vault computed with an independent reckoning: byok's binding value (AES-ECB of the first 16
 * bytes of SHA-256("byok key check value v1"), 16 bytes) and the traditional 3-byte KCV (AES-ECB of a zero block).
 */
const aesEcb = (key: Buffer, block: Buffer) =>
  createCipheriv(`aes-${key.length * 8}-ecb`, key, null)
    .setAutoPadding(false)
    .update(block);

export const KEY_CHECK_BLOCK = createHash('sha256')
  .update('byok key check value v1')
  .digest()
  .subarray(0, 16);

export const keyCheckValueOf = (key: Buffer): string => aesEcb(key, KEY_CHECK_BLOCK).toString('hex');

export const traditionalKcvOf = (key: Buffer): string =>
  aesEcb(key, Buffer.alloc(16)).subarray(0, 3).toString('hex');
