import { ConfigurationError } from '../errors.js';
import { VAULT_CAPABILITIES, vaultOfHost, type VaultKind } from './vault-kinds.js';

export interface VaultTarget {
  /** https://NAME.managedhsm.azure.net, https://NAME.vault.azure.net or the URL given. */
  url: string;
  /** A loopback host (the emulator): the only case where challenge-resource verification is turned off. */
  loopback: boolean;
  /** Managed HSM or Key Vault Premium, from the host or input "vault-kind"; undefined when neither tells. */
  kind?: VaultKind;
}

/** Input "vault-kind": auto (from the host) or the kind itself, for hosts that do not tell (private endpoints). */
export type VaultKindChoice = 'auto' | VaultKind;

/** hsm-name / vault-name: 3-24 letters, digits and hyphens, starting with a letter (Azure's naming rule). */
const RESOURCE_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/;

export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    hostname === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

/** The vault named by exactly one of hsm-name, vault-name or vault-url, and its kind (host, else vault-kind). */
export function resolveVault(options: {
  hsmName?: string;
  vaultName?: string;
  vaultUrl?: string;
  vaultKind?: VaultKindChoice;
}): VaultTarget {
  const target = vaultAddress(options);
  const fromHost = vaultOfHost(new URL(target.url).hostname)?.kind;
  const chosen = options.vaultKind === 'auto' ? undefined : options.vaultKind;
  if (chosen && fromHost && chosen !== fromHost) {
    throw new ConfigurationError(
      'VAULT_INPUT_INVALID',
      `Input "vault-kind" is ${chosen}, but ${target.url} is a ${VAULT_CAPABILITIES[fromHost].title}`,
      'Leave "vault-kind" at auto for a vault named by its Azure host; it is for hosts that do not tell (private endpoints)',
    );
  }
  const kind = chosen ?? fromHost;
  return { ...target, ...(kind ? { kind } : {}) };
}

function vaultAddress(options: { hsmName?: string; vaultName?: string; vaultUrl?: string }): VaultTarget {
  const given = (['hsm-name', 'vault-name', 'vault-url'] as const).filter(
    (_, i) => [options.hsmName, options.vaultName, options.vaultUrl][i] !== undefined,
  );
  if (given.length !== 1) {
    throw new ConfigurationError(
      'VAULT_INPUT_INVALID',
      given.length === 0
        ? 'No vault given'
        : `Inputs ${given.map((g) => `"${g}"`).join(' and ')} are both set`,
      'Set exactly one of "hsm-name" (Managed HSM), "vault-name" (Key Vault Premium) or "vault-url"',
    );
  }
  for (const [input, name] of [
    ['hsm-name', options.hsmName],
    ['vault-name', options.vaultName],
  ] as const) {
    if (name !== undefined && !RESOURCE_NAME.test(name)) {
      throw new ConfigurationError(
        'VAULT_INPUT_INVALID',
        `Input "${input}" is ${JSON.stringify(name.slice(0, 80))}; expected 3-24 letters, digits and hyphens`,
        `Set "${input}" to the resource's name, not its URL`,
      );
    }
  }
  if (options.hsmName)
    return { url: `https://${options.hsmName.toLowerCase()}.managedhsm.azure.net`, loopback: false };
  if (options.vaultName)
    return { url: `https://${options.vaultName.toLowerCase()}.vault.azure.net`, loopback: false };
  let url: URL;
  try {
    url = new URL(options.vaultUrl as string);
  } catch {
    throw new ConfigurationError(
      'VAULT_INPUT_INVALID',
      `Input "vault-url" is not a URL`,
      'Set "vault-url" to https://HOST',
    );
  }
  if (
    url.protocol !== 'https:' ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== '/' && url.pathname !== '')
  ) {
    throw new ConfigurationError(
      'VAULT_INPUT_INVALID',
      `Input "vault-url" must be a bare https origin, got ${JSON.stringify(url.href.slice(0, 120))}`,
      'Set "vault-url" to https://HOST[:PORT]',
    );
  }
  return { url: url.origin, loopback: isLoopbackHost(url.hostname) };
}
