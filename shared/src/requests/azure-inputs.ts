import type { CredentialOptions } from '../azure/credential.js';
import { resolveVault, type VaultTarget } from '../azure/vault.js';
import { VAULT_KINDS } from '../azure/vault-kinds.js';
import { choice, optional, type InputSource } from '../inputs/rules.js';

/** The vault named by hsm-name / vault-name / vault-url (exactly one), of the kind its host or vault-kind says. */
export function vaultInput(inputs: InputSource): VaultTarget {
  return resolveVault({
    hsmName: optional(inputs, 'hsm-name'),
    vaultName: optional(inputs, 'vault-name'),
    vaultUrl: optional(inputs, 'vault-url'),
    vaultKind: choice(inputs, 'vault-kind', ['auto', ...VAULT_KINDS] as const, 'auto'),
  });
}

/** How to sign in: client-id + tenant-id (GitHub OIDC in a workflow), or the environment's credential. */
export function credentialInputs(inputs: InputSource): Omit<CredentialOptions, 'getIdToken'> {
  return {
    clientId: optional(inputs, 'client-id'),
    tenantId: optional(inputs, 'tenant-id'),
    audience: optional(inputs, 'audience') ?? 'api://AzureADTokenExchange',
    authorityHost: optional(inputs, 'authority-host'),
  };
}
