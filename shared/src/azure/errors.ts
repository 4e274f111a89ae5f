import { ByokError, ConfigurationError } from '../errors.js';
import {
  azVault,
  hostOf,
  kindOf,
  VAULT_CAPABILITIES,
  vaultOfHost,
  type VaultContext,
} from './vault-kinds.js';

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
 * A 403 names what the caller lacks, the fix for the vault's kind (a Managed HSM role, a Key Vault access policy or
 * Azure RBAC role) and the caller's object id. `vault` is the vault asked, when the caller knows it (its kind
 * included); else the request's URL tells what it can.
 */
export function translateAzureError(error: unknown, action: string, vault?: VaultContext): Error {
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
  const where: VaultContext = {
    url: vault?.url ?? error.request?.url,
    ...(vault?.kind ? { kind: vault.kind } : {}),
  };
  const status = error.statusCode;
  const detail = `${action}: ${error.code ?? 'HTTP ' + status} (${message})`;
  if (status === 401) {
    const resource = vaultOfHost(hostOf(where.url))?.resource;
    return new ConfigurationError(
      'AUTH_FAILED',
      `Not authenticated to ${detail}`,
      `Check the credential inputs and the vault address${resource ? ` (the vault takes tokens for ${resource})` : ''}`,
      { cause: error },
    );
  }
  if (status === 403 && /not allowed on an? (disabled|expired|not yet valid) key/i.test(message ?? '')) {
    return new ConfigurationError(
      'KEY_STATE',
      `The vault refused to ${detail}`,
      'Enable the key or use one inside its validity window (for a KEK: action-kek-create with if-exists: rotate)',
      { cause: error },
    );
  }
  if (status === 403) return forbidden(error, action, message ?? '', where);
  if (status === 409)
    return new ConfigurationError(
      'CONFLICT',
      `Could not ${detail}`,
      `A deleted key keeps its name until it is purged: purge it (${VAULT_CAPABILITIES[kindOf(where) ?? 'managedhsm'].purger}) or choose another name`,
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
    const kind = kindOf(where);
    return new ByokError(
      'THROTTLED',
      `The vault kept throttling after retries with back-off: could not ${detail}`,
      `Another workload is using the vault's request budget${kind ? ` (${VAULT_CAPABILITIES[kind].limits})` : ''}; run the job again later`,
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
 * A 403 from Managed HSM local RBAC, a Key Vault access policy ("does not have keys import permission on key vault
 * 'NAME;…'") or Azure RBAC (innererror ForbiddenByRbac). What the service's message names (data action, permission,
 * object id, vault) goes into the hint (docs/byok-format.md "Authentication"); a bare 403 gets the fix for the
 * vault's kind.
 */
function forbidden(
  error: RestErrorLike,
  action: string,
  firstLine: string,
  vault: VaultContext,
): ConfigurationError {
  const bodies = innerErrors(error);
  const text = [error.message, ...bodies.map((b) => b.message ?? '')].join(' ');
  const dataAction = /Microsoft\.KeyVault\/(?:managedHsm|vaults)\/[A-Za-z/]+/i.exec(text)?.[0];
  const objectId = /\boid=([0-9a-f-]{36})/i.exec(text)?.[1];
  const policy = /does not have keys (\w+) permission on key vault '([^;']+)/i.exec(text);
  const azureRbac = bodies.some((b) => b.code === 'ForbiddenByRbac') || /\/vaults\//i.test(dataAction ?? '');
  const who = objectId ? `identity ${objectId}` : 'the workflow identity';
  const assignee = objectId ?? 'OBJECT_ID';
  const refuse = (lacks: string, hint: string) =>
    new ConfigurationError('FORBIDDEN', `Not allowed to ${action}${lacks}`, hint, { cause: error });
  const lacks = dataAction ? `: ${who} lacks the data action ${dataAction}` : ` (${firstLine})`;
  const rbacRole = `the "Key Vault Crypto Officer" role on the vault (az role assignment create --role "Key Vault Crypto Officer" --assignee-object-id ${assignee} --scope VAULT_RESOURCE_ID)`;
  const setPolicy = (permission: string, name: string) =>
    `az keyvault set-policy --name ${name} --object-id ${assignee} --key-permissions ${[...new Set(['get', permission])].join(' ')}`;
  if (policy) {
    const [, permission = 'get', name = 'VAULT'] = policy;
    return refuse(
      `: ${who} has no keys ${permission} permission in the access policy of key vault ${name}`,
      `Add it to the access policy (${setPolicy(permission, name)}; set-policy replaces the identity's key permissions, so list every one it needs)`,
    );
  }
  if (azureRbac) return refuse(lacks, `Assign ${who} ${rbacRole}`);
  const kind = /\/managedHsm\//i.test(dataAction ?? '') ? 'managedhsm' : kindOf(vault);
  if (kind === 'vault') {
    const name = vaultOfHost(hostOf(vault.url))?.name ?? 'VAULT';
    return refuse(
      lacks,
      `Give ${who} the key permissions in the vault's access policy (${setPolicy('import', name)}), or, on a vault with Azure RBAC, ${rbacRole}`,
    );
  }
  // Purging is the officer's; every operation byok performs is the Crypto User's.
  const role = /deletedKeys\/delete$/i.test(dataAction ?? '')
    ? 'Managed HSM Crypto Officer'
    : 'Managed HSM Crypto User';
  return refuse(
    lacks,
    `Assign ${who} the "${role}" role on /keys (az keyvault role assignment create ${azVault({ ...vault, kind: 'managedhsm' })} --role "${role}" --assignee-object-id ${assignee} --scope /keys)`,
  );
}
