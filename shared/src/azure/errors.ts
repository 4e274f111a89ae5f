import { ByokError, ConfigurationError } from '../errors.js';

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  message: string;
}

function isRestError(error: unknown): error is RestErrorLike {
  return error instanceof Error && (error.name === 'RestError' || 'statusCode' in error);
}

/** The service's error code, e.g. KeyNotFound, when the error came from the Key Vault data plane. */
export function serviceErrorCode(error: unknown): string | undefined {
  return isRestError(error) ? error.code : undefined;
}

export function isNotFound(error: unknown): boolean {
  return isRestError(error) && error.statusCode === 404;
}

/**
 * Turns a data-plane or credential failure into one line that says what happened to which object and what to do.
 * The service's own message is kept: it names the missing data action and the caller's identity.
 */
export function translateAzureError(error: unknown, action: string): Error {
  if (error instanceof ByokError) return error;
  const message = error instanceof Error ? error.message.split('\n')[0]?.trim() : String(error);
  if (error instanceof Error && error.name === 'CredentialUnavailableError') {
    return new ConfigurationError(
      'AUTH_UNAVAILABLE',
      `Could not ${action}: no Azure credential available (${message})`,
      'Set "client-id" and "tenant-id" for GitHub OIDC (with permissions: id-token: write), or run azure/login first',
      { cause: error },
    );
  }
  if (error instanceof Error && error.name === 'AuthenticationError') {
    return new ConfigurationError(
      'AUTH_FAILED',
      `Could not ${action}: Azure sign-in failed (${message})`,
      'Check "client-id", "tenant-id" and the federated credential subject (repo:OWNER/REPO:environment:NAME)',
      { cause: error },
    );
  }
  if (!isRestError(error)) return error instanceof Error ? error : new Error(message);
  const status = error.statusCode;
  const detail = `${action}: ${error.code ?? 'HTTP ' + status} (${message})`;
  if (status === 401)
    return new ConfigurationError(
      'AUTH_FAILED',
      `Not authenticated to ${detail}`,
      'Check the credential inputs and the vault address',
      { cause: error },
    );
  if (status === 403 && /not allowed on an? (disabled|expired|not yet valid) key/i.test(message ?? '')) {
    return new ConfigurationError(
      'KEY_STATE',
      `The vault refused to ${detail}`,
      'Enable the key or use one inside its validity window (for a KEK: action-kek-create with if-exists: rotate)',
      { cause: error },
    );
  }
  if (status === 403) {
    return new ConfigurationError(
      'FORBIDDEN',
      `Not allowed to ${detail}`,
      'Assign the workflow identity the "Managed HSM Crypto User" role on /keys (az keyvault role assignment create --hsm-name HSM --role "Managed HSM Crypto User" --assignee OBJECT_ID --scope /keys)',
      { cause: error },
    );
  }
  if (status === 409)
    return new ConfigurationError(
      'CONFLICT',
      `Could not ${detail}`,
      'A deleted key keeps its name until it is purged: purge it (Crypto Officer) or choose another name',
      { cause: error },
    );
  if (status === 400)
    return new ConfigurationError(
      'REFUSED',
      `The vault refused to ${detail}`,
      'Fix what the message names and run the job again',
      { cause: error },
    );
  if (status === 429) {
    return new ByokError(
      'THROTTLED',
      `The vault kept throttling after retries with back-off: could not ${detail}`,
      "Another workload is using the HSM's request budget; run the job again later",
      { cause: error },
    );
  }
  if (status === 404)
    return new ConfigurationError('NOT_FOUND', `Could not ${detail}`, 'Check the name and the vault', {
      cause: error,
    });
  return new ByokError(
    'SERVICE_ERROR',
    `Could not ${detail}`,
    'The service failed after retries; run the job again later',
    { cause: error },
  );
}
