import type { HsmKty } from './key-material.js';

/** The two services the emulator plays: Azure Key Vault Managed HSM, and Key Vault (Premium, HSM-backed keys). */
export type VaultKind = 'managedhsm' | 'vault';

export interface VaultCapabilities {
  /** DNS suffix of the service's vaults: NAME.<domain>. */
  domain: string;
  /** The challenge's resource and the audience its tokens carry. */
  resource: string;
  /** HSM key types it holds: oct-HSM is documented for Managed HSM only (BYOK specification, "Target Key"). */
  ktys: readonly HsmKty[];
  /** Managed HSM authorizes with local RBAC roles, a Key Vault here with access policies. */
  authorization: 'local-rbac' | 'access-policy';
  /** How its messages name it. */
  title: string;
}

export const VAULT_KINDS: Record<VaultKind, VaultCapabilities> = {
  managedhsm: {
    domain: 'managedhsm.azure.net',
    resource: 'https://managedhsm.azure.net',
    ktys: ['RSA-HSM', 'EC-HSM', 'oct-HSM'],
    authorization: 'local-rbac',
    title: 'Managed HSM',
  },
  vault: {
    domain: 'vault.azure.net',
    resource: 'https://vault.azure.net',
    ktys: ['RSA-HSM', 'EC-HSM'],
    authorization: 'access-policy',
    title: 'Key Vault',
  },
};

export function isVaultKind(value: string): value is VaultKind {
  return Object.hasOwn(VAULT_KINDS, value);
}

/** The kind and name of a vault host (NAME.vault.azure.net, NAME.managedhsm.azure.net), or undefined. */
export function vaultOfHost(hostname: string): { kind: VaultKind; name: string } | undefined {
  const match = /^([a-z0-9](?:[a-z0-9-]{1,22})[a-z0-9])\.(vault|managedhsm)\.azure\.net$/.exec(
    hostname.toLowerCase(),
  );
  if (!match) return undefined;
  return { kind: match[2] === 'vault' ? 'vault' : 'managedhsm', name: match[1] as string };
}
