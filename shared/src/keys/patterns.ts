/**
 * The text forms of what binds a key across jobs, checked in inputs and files before anything is computed: kept
 * apart from the crypto that computes them (crypto/public-key.ts, keys/key-check-value.ts), so that checking an
 * input loads no node:crypto.
 */

/** A fingerprint or digest as byok prints it: `sha256:<64 lowercase hex>`. */
export const FINGERPRINT_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** byok's key check value of an AES key (keys/key-check-value.ts): 32 lowercase hex digits. */
export const KEY_CHECK_PATTERN = /^[0-9a-f]{32}$/;
