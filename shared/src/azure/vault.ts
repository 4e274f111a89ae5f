import { ConfigurationError } from '../errors.js';

export interface VaultTarget {
  /** https://NAME.managedhsm.azure.net, https://NAME.vault.azure.net or the URL given. */
  url: string;
  /** A loopback host (the emulator): the only case where challenge-resource verification is turned off. */
  loopback: boolean;
}

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

/** Exactly one of hsm-name, vault-name or vault-url names the vault. */
export function resolveVault(options: {
  hsmName?: string;
  vaultName?: string;
  vaultUrl?: string;
}): VaultTarget {
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
