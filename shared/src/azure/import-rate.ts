import type { TargetKeyType } from '../keys/target.js';

/**
 * How fast a batch may import into a vault: the rates Microsoft publishes (docs/byok-format.md "Limits"), as a ceiling in
 * cost units per second over the window the service counts in, and what one import costs.
 * - Key Vault Premium, HSM keys: 2,000 transactions per 10 s for RSA-2048 and EC, 500 for RSA-3072, 250 for
 *   RSA-4096, counted as one weighted sum; so an RSA-3072 import costs 4 units and an RSA-4096 one 8.
 * - Managed HSM publishes no rate for import. byok keeps to the 10 per second it publishes for the other
 *   operations that write a key (delete, purge, backup, restore), counted per second.
 */
export interface ImportBudget {
  kind: 'Managed HSM' | 'Key Vault';
  perSecond: number;
  windowMs: number;
  cost(keyType: TargetKeyType, size?: number): number;
}

const MANAGED_HSM: ImportBudget = { kind: 'Managed HSM', perSecond: 10, windowMs: 1000, cost: () => 1 };

const KEY_VAULT: ImportBudget = {
  kind: 'Key Vault',
  perSecond: 200,
  windowMs: 10_000,
  cost: (keyType, size) => (keyType !== 'RSA' || !size || size <= 2048 ? 1 : size <= 3072 ? 4 : 8),
};

/** A `*.vault.*` host is a Key Vault; every other one (Managed HSM, a sovereign cloud's, the emulator) is a Managed HSM. */
export function importBudget(vaultUrl: string): ImportBudget {
  return /\.vault\./i.test(new URL(vaultUrl).hostname) ? KEY_VAULT : MANAGED_HSM;
}
