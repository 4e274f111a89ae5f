import { createHash } from 'node:crypto';

/**
 * byok's key check value of an AES key: AES-ECB(key, B), all 16 bytes, hex, where B is the first 16 bytes of
 * SHA-256("byok key check value v1"). The source HSM computes it with CKM_AES_ECB, the vault with AES-CBC and a zero
 * IV (one block: the same computation). It binds the key: a different key with the same 128-bit value is not found by
 * search. The traditional 3-byte KCV (AES-ECB of a zero block) is for people comparing with vendor tools only; a key
 * that matches it is found by brute force in seconds, so byok never checks with it. B is a constant no protocol
 * encrypts, so publishing AES(key, B) tells nothing about other uses of the key.
 */
export const KEY_CHECK_BLOCK = createHash('sha256')
  .update('byok key check value v1')
  .digest()
  .subarray(0, 16);
