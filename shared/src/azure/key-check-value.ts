import type { KeyClient } from '@azure/keyvault-keys';
import { ConfigurationError } from '../errors.js';
import { translateAzureError } from './errors.js';
import { vaultOf } from './key-client.js';
import { KEY_CHECK_BLOCK } from '../keys/key-check-value.js';
import { parseVersionedKeyId } from '../keys/key-id.js';

const CBC_NO_PADDING: Record<number, 'A128CBC' | 'A192CBC' | 'A256CBC'> = {
  128: 'A128CBC',
  192: 'A192CBC',
  256: 'A256CBC',
};

/**
 * byok's key check value of an AES key in the vault (shared/src/keys/key-check-value.ts), the value the wrap computes
 * in the source HSM. Key Vault offers no ECB, but CBC without padding over a single block with a zero IV is the same
 * computation: zero IV XOR block = block. The key must allow `encrypt`.
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
      plaintext: KEY_CHECK_BLOCK,
      iv: Buffer.alloc(16),
    });
    return Buffer.from(result).subarray(0, 16).toString('hex');
  } catch (error) {
    throw translateAzureError(
      error,
      `compute the key check value of ${keyId} (${algorithm} encrypt)`,
      vaultOf(client),
    );
  }
}
