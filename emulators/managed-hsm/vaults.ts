import { KeyStore } from './keys-store.js';
import { VAULT_KINDS, vaultOfHost, type VaultCapabilities, type VaultKind } from './vault-kinds.js';

/** One vault: its own keys, answering under its own origin, so every key id carries the host that was asked. */
export interface Vault {
  /** https://HOST[:PORT], without a trailing slash. */
  url: string;
  /** The first DNS label, as access-policy messages name the vault. */
  name: string;
  kind: VaultKind;
  capabilities: VaultCapabilities;
  store: KeyStore;
}

function vault(url: string, name: string, kind: VaultKind): Vault {
  return { url, name, kind, capabilities: VAULT_KINDS[kind], store: new KeyStore(url) };
}

/**
 * The vaults of the emulator: its own loopback address (of the kind it was started as), and every
 * NAME.managedhsm.azure.net or NAME.vault.azure.net reached through its proxy, made on first use.
 */
export class Vaults {
  readonly home: Vault;
  private readonly named = new Map<string, Vault>();

  constructor(homeUrl: string, kind: VaultKind) {
    this.home = vault(homeUrl, new URL(homeUrl).hostname, kind);
  }

  /** The vault a request's Host header names, or undefined for a host that is none of them. */
  forHost(host: string | undefined): Vault | undefined {
    if (!host) return undefined;
    const origin = `https://${host.toLowerCase().replace(/:443$/, '')}`;
    if (origin === this.home.url.toLowerCase()) return this.home;
    const found = this.named.get(origin);
    if (found) return found;
    const named = vaultOfHost(new URL(origin).hostname);
    if (!named || new URL(origin).port) return undefined;
    const made = vault(origin, named.name, named.kind);
    this.named.set(origin, made);
    return made;
  }

  /** The vault of a key id or vault URL (https://HOST/keys/...), made when it is a vault host. */
  forUrl(url: string): Vault | undefined {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' ? this.forHost(parsed.host) : undefined;
    } catch {
      return undefined;
    }
  }

  all(): Vault[] {
    return [this.home, ...this.named.values()];
  }
}
