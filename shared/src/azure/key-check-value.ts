import type { KeyClient } from '@azure/keyvault-keys';
import { ConfigurationError } from '../errors.js';
import { translateAzureError } from './errors.js';
import { parseVersionedKeyId } from '../keys/key-id.js';

const CBC_NO_PADDING: Record<number, 'A128CBC' | 'A192CBC' | 'A256CBC'> = {
  128: 'A128CBC',
  192: 'A192CBC',
  256: 'A256CBC',
};

/**
 * The key check value of an AES key in the vault: the first 3 bytes of AES-ECB(key, 16 zero bytes), hex, the value
 * action-wrap computes in the source HSM (shared/src/hsm/wrap.ts aesKeyCheckValue). Key Vault offers no ECB, but
 * CBC without padding over a single block with a zero IV is the same computation: zero IV XOR block = block.
 * The key must allow `encrypt`; the caller holds "Managed HSM Crypto User", which grants it.
 */
export async function vaultKeyCheckValue(
  client: KeyClient,
  keyId: string,
  sizeBits: number,
): Promise<string> {
  const algorithm = CBC_NO_PADDING[sizeBits];
  const parsed = parseVersionedKeyId(keyId);
  if (!algorithm || !parsed)
    throw new ConfigurationError(
      'KCV_UNSUPPORTED',
      `Cannot compute a key check value of ${keyId} (AES-${sizeBits})`,
      'Key check values are computed for AES-128, AES-192 and AES-256 key versions only',
    );
  // The CryptographyClient shares the KeyClient's pipeline and credential, so it adds no new sign-in.
  const crypto = client.getCryptographyClient(parsed.name, { keyVersion: parsed.version });
  try {
    const { result } = await crypto.encrypt({
      algorithm,
      plaintext: Buffer.alloc(16),
      iv: Buffer.alloc(16),
    });
    return Buffer.from(result).subarray(0, 3).toString('hex');
  } catch (error) {
    throw translateAzureError(error, `compute the key check value of ${keyId} (${algorithm} encrypt)`);
  }
}
