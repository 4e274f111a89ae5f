import { ConfigurationError } from '../errors.js';
import type { TargetKeyType } from '../keys/target.js';

/** The two services byok imports into: Azure Key Vault Managed HSM, and Key Vault Premium (HSM-backed keys). */
export const VAULT_KINDS = ['managedhsm', 'vault'] as const;
export type VaultKind = (typeof VAULT_KINDS)[number];

/** What byok must know of a kind of vault: one row each, read everywhere a message or a check depends on it. */
export interface VaultCapabilities {
  /** How messages name it. */
  title: string;
  /**
   * DNS suffixes of its vaults, NAME.<suffix>, in the public cloud, Azure China, Azure US Government and the
   * closed Azure Germany (the Azure CLI's cloud list, mhsm_dns and keyvault_dns). The challenge resource, the
   * audience of the tokens it takes, is https://<suffix>.
   */
  domains: readonly string[];
  /** Target key types it imports: oct-HSM (AES) is documented for Managed HSM only (docs/byok-format.md). */
  keyTypes: readonly TargetKeyType[];
  /** The az flag that names a vault of this kind. */
  azFlag: '--hsm-name' | '--vault-name';
  /** Who may purge a deleted key, for the hint when a name is held by one. */
  purger: string;
  /** Its published request limits (docs/byok-format.md "Limits"), for a message about throttling. */
  limits: string;
}

export const VAULT_CAPABILITIES: Record<VaultKind, VaultCapabilities> = {
  managedhsm: {
    title: 'Managed HSM',
    domains: [
      'managedhsm.azure.net',
      'managedhsm.azure.cn',
      'managedhsm.usgovcloudapi.net',
      'managedhsm.microsoftazure.de',
    ],
    keyTypes: ['RSA', 'EC', 'oct'],
    azFlag: '--hsm-name',
    purger: 'a Managed HSM Crypto Officer',
    limits: 'a Managed HSM creates 1 key per second and serves 1100 reads per second',
  },
  vault: {
    title: 'Key Vault Premium',
    domains: ['vault.azure.net', 'vault.azure.cn', 'vault.usgovcloudapi.net', 'vault.microsoftazure.de'],
    keyTypes: ['RSA', 'EC'],
    azFlag: '--vault-name',
    purger: 'an identity with the purge key permission (access policy) or the Key Vault Crypto Officer role',
    limits:
      'a Key Vault creates 10 HSM keys per 10 seconds and serves 250 to 2000 other HSM-key operations per 10 seconds',
  },
};

export interface VaultHost {
  kind: VaultKind;
  /** The vault's name, for copy-paste az commands. */
  name: string;
  /** The challenge resource of its cloud, e.g. https://managedhsm.azure.net. */
  resource: string;
}

/** What a vault host says of itself (NAME.managedhsm.azure.net, NAME.vault.azure.cn, …); undefined for others. */
export function vaultOfHost(hostname: string): VaultHost | undefined {
  const host = hostname.toLowerCase();
  for (const kind of VAULT_KINDS) {
    for (const domain of VAULT_CAPABILITIES[kind].domains) {
      const name = host.endsWith(`.${domain}`) ? host.slice(0, -domain.length - 1) : undefined;
      if (name && /^[a-z0-9][a-z0-9-]{1,22}[a-z0-9]$/.test(name))
        return { kind, name, resource: `https://${domain}` };
    }
  }
  return undefined;
}

/** A vault as far as byok knows it: its URL (or a key's) and, when known, its kind. */
export interface VaultContext {
  url?: string;
  kind?: VaultKind;
}

/** The vault a key id (a KEK's kid) belongs to: its origin, and its kind when the host tells. */
export function vaultOfKeyId(kid: string): { url: string; kind?: VaultKind } {
  const host = vaultOfHost(hostOf(kid));
  return { url: new URL(kid).origin, ...(host ? { kind: host.kind } : {}) };
}

/** The kind a vault is known to be, from its host when nothing else said. */
export function kindOf(vault: VaultContext): VaultKind | undefined {
  return vault.kind ?? vaultOfHost(hostOf(vault.url))?.kind;
}

/**
 * How `az keyvault` commands name the vault: --hsm-name NAME or --vault-name NAME, with the name from its host or a
 * placeholder. A vault of unknown kind is taken for a Managed HSM, byok's first target.
 */
export function azVault(vault: VaultContext): string {
  const kind = kindOf(vault) ?? 'managedhsm';
  const name = vaultOfHost(hostOf(vault.url))?.name ?? (kind === 'vault' ? 'VAULT' : 'HSM');
  return `${VAULT_CAPABILITIES[kind].azFlag} ${name}`;
}

/** The host part of a vault or key URL, or '' when it is none. */
export function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}

const KEY_TYPE_NAMES: Record<TargetKeyType, string> = { RSA: 'RSA', EC: 'EC', oct: 'AES (oct-HSM)' };

/**
 * Refuses, before any request, a key type the vault's kind does not import. A vault of unknown kind (a private
 * endpoint or loopback address without `vault-kind`) is left to the service to judge.
 */
export function checkVaultTakes(
  vault: { url: string; kind?: VaultKind },
  keyType: TargetKeyType,
  subject: string,
): void {
  if (vault.kind === undefined) return;
  const capabilities = VAULT_CAPABILITIES[vault.kind];
  if (capabilities.keyTypes.includes(keyType)) return;
  throw new ConfigurationError(
    'TARGET_TYPE_UNSUPPORTED',
    `${subject} is an ${KEY_TYPE_NAMES[keyType]} key, which ${capabilities.title} ${vault.url} cannot import; it imports ${capabilities.keyTypes.map((t) => KEY_TYPE_NAMES[t]).join(' and ')} keys`,
    keyType === 'oct'
      ? 'AES keys go into a Managed HSM (hsm-name): import this key there, or bring an RSA or EC key to this vault'
      : `Bring a key of a type ${capabilities.title} imports`,
  );
}
