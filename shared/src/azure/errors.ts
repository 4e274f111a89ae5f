import { ByokError, ConfigurationError } from '../errors.js';

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  message: string;
  /** The deserialized Key Vault error body: `{error: {code, message, innerError}}`. */
  details?: unknown;
  request?: { url?: string };
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
 * A 403 names the missing data action, the role that grants it and the caller's object id.
 */
export function translateAzureError(error: unknown, action: string): Error {
  // byok's own error may arrive wrapped by @azure/identity (e.g. a failed OIDC token request inside MSAL).
  for (let inner: unknown = error; inner instanceof Error; inner = inner.cause) {
    if (inner instanceof ByokError) return inner;
  }
  const message = error instanceof Error ? error.message.split('\n')[0]?.trim() : String(error);
  const otherTenant = /not configured to acquire tokens for tenant ([0-9a-zA-Z.-]+)/.exec(message ?? '')?.[1];
  if (otherTenant) {
    return new ConfigurationError(
      'AUTH_TENANT_MISMATCH',
      `Could not ${action}: the vault belongs to tenant ${otherTenant}, not to the one the credential signs in to`,
      `Set "tenant-id" to ${otherTenant} and use an app registration (client-id) of that tenant`,
      { cause: error },
    );
  }
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
  if (status === 403) return forbidden(error, action, message ?? '');
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

interface ServiceErrorBody {
  message?: string;
  innerError?: ServiceErrorBody;
  innererror?: ServiceErrorBody;
  code?: string;
}

/** The error bodies, outermost first, as the SDK deserialized them into `details`. */
function innerErrors(error: RestErrorLike): ServiceErrorBody[] {
  const found: ServiceErrorBody[] = [];
  let next = (error.details as { error?: ServiceErrorBody } | undefined)?.error;
  while (next && typeof next === 'object' && found.length < 5) {
    found.push(next);
    next = next.innerError ?? next.innererror;
  }
  return found;
}

/** True when a create or import met a name held by a soft-deleted key (409, docs/byok-format.md "Limits"). */
export function isDeletedNameConflict(error: unknown): boolean {
  return isRestError(error) && error.statusCode === 409;
}

/**
 * A 403 from local RBAC (Managed HSM) or Azure RBAC (Key Vault, innererror ForbiddenByRbac). The data action
 * and the caller's object id are read from the service's message when it names them (docs/byok-format.md
 * "Authentication"); without them the role is still named.
 */
function forbidden(error: RestErrorLike, action: string, firstLine: string): ConfigurationError {
  const bodies = innerErrors(error);
  const text = [error.message, ...bodies.map((b) => b.message ?? '')].join(' ');
  const dataAction = /Microsoft\.KeyVault\/(?:managedHsm|vaults)\/[A-Za-z/]+/i.exec(text)?.[0];
  const objectId = /\boid=([0-9a-f-]{36})/i.exec(text)?.[1];
  const keyVault = bodies.some((b) => b.code === 'ForbiddenByRbac') || /\/vaults\//i.test(dataAction ?? '');
  const who = objectId ? `identity ${objectId}` : 'the workflow identity';
  const lacks = dataAction ? `: ${who} lacks the data action ${dataAction}` : ` (${firstLine})`;
  const assignee = objectId ?? 'OBJECT_ID';
  if (keyVault) {
    return new ConfigurationError(
      'FORBIDDEN',
      `Not allowed to ${action}${lacks}`,
      `Assign ${who} the "Key Vault Crypto Officer" role on the vault (az role assignment create --role "Key Vault Crypto Officer" --assignee-object-id ${assignee} --scope VAULT_RESOURCE_ID)`,
      { cause: error },
    );
  }
  // Purging is the officer's; every operation byok performs is the Crypto User's.
  const role = /deletedKeys\/delete$/i.test(dataAction ?? '')
    ? 'Managed HSM Crypto Officer'
    : 'Managed HSM Crypto User';
  return new ConfigurationError(
    'FORBIDDEN',
    `Not allowed to ${action}${lacks}`,
    `Assign ${who} the "${role}" role on /keys (az keyvault role assignment create --hsm-name ${hsmNameIn(error.request?.url)} --role "${role}" --assignee-object-id ${assignee} --scope /keys)`,
    { cause: error },
  );
}

/** The HSM name for a copy-paste az command, from a Managed HSM URL; the placeholder HSM otherwise. */
export function hsmNameIn(url: string | undefined): string {
  return /^https:\/\/([a-z0-9-]+)\.managedhsm\./i.exec(url ?? '')?.[1] ?? 'HSM';
}
