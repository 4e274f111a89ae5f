import type { TokenCredential } from '@azure/core-auth';
import { ConfigurationError } from '../errors.js';
import { isLoopbackHost } from './vault.js';

export interface CredentialOptions {
  clientId?: string;
  tenantId?: string;
  /** Fetches a GitHub OIDC token for this audience; asked for lazily, at each token exchange (it lives ~5 min). */
  getIdToken?: (audience: string) => Promise<string>;
  audience: string;
  /** Entra authority; AZURE_AUTHORITY_HOST is honoured by @azure/identity when this is unset. */
  authorityHost?: string;
}

function authorityIsLoopback(authorityHost: string | undefined): boolean {
  const host = authorityHost ?? process.env.AZURE_AUTHORITY_HOST;
  if (!host) return false;
  try {
    return isLoopbackHost(new URL(host).hostname);
  } catch {
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Authority host ${JSON.stringify(host.slice(0, 80))} is not a URL`,
      'Set "authority-host" to https://login.microsoftonline.com or your cloud\'s authority',
    );
  }
}

/**
 * GitHub OIDC federation when client-id and tenant-id are given (no stored secret); otherwise
 * DefaultAzureCredential (environment, workload identity, managed identity, the azure/login session).
 * Instance discovery goes to login.microsoftonline.com, so it is off for a loopback authority.
 */
export async function createCredential(options: CredentialOptions): Promise<TokenCredential> {
  const { clientId, tenantId } = options;
  if ((clientId === undefined) !== (tenantId === undefined)) {
    throw new ConfigurationError(
      'AUTH_INPUT_INVALID',
      `Input "${clientId === undefined ? 'client-id' : 'tenant-id'}" is missing`,
      'Set both "client-id" and "tenant-id" for OIDC, or neither to use the environment\'s credential',
    );
  }
  const identity = await import('@azure/identity');
  const common = {
    ...(options.authorityHost ? { authorityHost: options.authorityHost } : {}),
    disableInstanceDiscovery: authorityIsLoopback(options.authorityHost),
  };
  if (clientId !== undefined && tenantId !== undefined) {
    const getIdToken = options.getIdToken;
    if (!getIdToken)
      throw new ConfigurationError(
        'OIDC_UNAVAILABLE',
        'No OIDC token source',
        'Run inside GitHub Actions with permissions: id-token: write',
      );
    return new identity.ClientAssertionCredential(
      tenantId,
      clientId,
      () => getIdToken(options.audience),
      common,
    );
  }
  return new identity.DefaultAzureCredential(common);
}
