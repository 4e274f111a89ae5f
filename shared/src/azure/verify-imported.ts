import type { KeyClient, KeyVaultKey } from '@azure/keyvault-keys';
import { fingerprint } from '../crypto/public-key.js';
import { ByokError } from '../errors.js';
import { vaultKeyCheckValue } from './key-check-value.js';
import { vaultOf } from './key-client.js';
import { azVault, VAULT_CAPABILITIES, kindOf } from './vault-kinds.js';
import { parseVersionedKeyId } from '../keys/key-id.js';
import { publicKeyOf } from './key-bundle.js';

/** sha256 fingerprint of an RSA or EC key the vault returned; oct keys show no public part. */
export function fingerprintOf(key: KeyVaultKey): string | undefined {
  return key.keyType?.startsWith('oct') ? undefined : fingerprint(publicKeyOf(key));
}

/** What the source HSM recorded at wrap time (the sidecar). */
export interface WrapRecord {
  publicKeyFingerprint?: string;
  /** AES: byok's key check value (32 hex) and key size in bits. */
  keyCheckValue?: string;
  keySize?: number;
  /** Where the check value came from, for the summary: the wrap job's output, or only the sidecar. */
  keyCheckSource?: string;
}

/** "Managed HSM" or "Key Vault", as the client's vault is (a vault of unknown kind is taken for a Managed HSM). */
function vaultTitle(client: KeyClient): string {
  return VAULT_CAPABILITIES[kindOf(vaultOf(client)) ?? 'managedhsm'].title;
}

/** Why the vault cannot encrypt with this key version right now, if it cannot (docs/byok-format.md "Limits"). */
function cannotEncrypt(client: KeyClient, key: KeyVaultKey, now = Date.now()): string | undefined {
  const { enabled, notBefore, expiresOn } = key.properties;
  if (!(key.keyOperations ?? []).includes('encrypt'))
    return `the imported key does not allow encrypt (key-ops), so the ${vaultTitle(client)} cannot compute its key check value`;
  if (enabled === false) return 'the imported key is disabled ("enabled: false"), so it cannot encrypt';
  if ((notBefore && notBefore.getTime() > now) || (expiresOn && expiresOn.getTime() <= now))
    return 'the imported key is outside its not-before/expires window, so it cannot encrypt';
  return undefined;
}

/**
 * Whether an AES key in the vault is the one whose check value the source HSM computed; undefined when the vault
 * cannot tell (the key allows no encrypt, or is disabled or out of date).
 */
export async function holdsKeyCheckValue(
  client: KeyClient,
  key: KeyVaultKey,
  keyCheckValue: string,
  keySize: number,
): Promise<boolean | undefined> {
  if (cannotEncrypt(client, key)) return undefined;
  return (await vaultKeyCheckValue(client, key.id as string, keySize)) === keyCheckValue.toLowerCase();
}

function mismatch(
  client: KeyClient,
  key: KeyVaultKey,
  what: string,
  actual: string,
  recorded: string,
): ByokError {
  const version = parseVersionedKeyId(key.id ?? '')?.version ?? 'VERSION';
  return new ByokError(
    'IMPORTED_KEY_MISMATCH',
    `Imported key ${key.id} has ${what} ${actual}, but the wrap step recorded ${recorded}: the vault holds a different key than the source HSM`,
    `Disable the imported version now (az keyvault key set-attributes ${azVault(vaultOf(client))} --name ${key.name} --version ${version} --enabled false) and investigate the .byok file's origin`,
  );
}

/**
 * Compares the imported key with what the source HSM recorded: the public key for RSA/EC; for AES, a key check
 * value the vault computes, when the key allows encrypt. A mismatch is an error; otherwise the answer is one
 * sentence for the summary: how the key was verified, or why it could not be.
 */
export async function verifyImportedKey(
  client: KeyClient,
  imported: KeyVaultKey,
  recorded: WrapRecord,
): Promise<string> {
  if (!imported.keyType?.startsWith('oct')) {
    if (!recorded.publicKeyFingerprint)
      return 'Not verified after import: no public key recorded (no sidecar).';
    const present = fingerprintOf(imported) as string;
    if (present !== recorded.publicKeyFingerprint)
      throw mismatch(client, imported, 'public key', present, recorded.publicKeyFingerprint);
    return 'Verified after import: the imported public key equals the one recorded in the source HSM.';
  }
  const notVerified = (why: string) => `AES key not verified: ${why}.`;
  if (!recorded.keyCheckValue || !recorded.keySize)
    return notVerified(
      'the wrap step recorded no key check value (no sidecar, or the source key does not allow encrypt)',
    );
  const reason = cannotEncrypt(client, imported);
  if (reason) return notVerified(reason);
  const kcv = await vaultKeyCheckValue(client, imported.id as string, recorded.keySize);
  if (kcv !== recorded.keyCheckValue.toLowerCase())
    throw mismatch(client, imported, 'key check value', kcv, recorded.keyCheckValue);
  return `Verified after import: the key check value the ${vaultTitle(client)} computed (${kcv}) equals the one computed in the source HSM, as ${recorded.keyCheckSource ?? 'the sidecar'} gives it.`;
}
