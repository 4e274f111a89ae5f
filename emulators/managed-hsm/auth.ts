import { KEY_PERMISSIONS } from './access-policy.js';
import type { ClientRegistry } from './clients.js';
import type { Entra } from './entra.js';
import { ServiceError, type Request } from './http.js';
import { ROLES, type Principal } from './rbac.js';
import { audienceIncludes, decodeUnverified, type JwtSigner } from './tokens.js';

export interface DataPlaneAuth {
  baseUrl: string;
  tenantId: string;
  entra: Entra;
  signer: JwtSigner;
  clients: ClientRegistry;
  /** Take any bearer token; one the emulator cannot verify then holds every role. */
  acceptAnyToken: boolean;
}

/**
 * Key Vault challenge authentication (docs/byok-format.md "Authentication"): a request without a token gets a 401 naming
 * the authority and the vault's resource (Managed HSM or Key Vault), and the client retries with a bearer token
 * for `<resource>/.default`.
 */
export function authenticate(req: Request, auth: DataPlaneAuth, resource: string): Principal {
  const unauthorized = (message: string) =>
    new ServiceError(401, 'Unauthorized', message, undefined, {
      'WWW-Authenticate': `Bearer authorization="${auth.baseUrl}/${auth.tenantId}", resource="${resource}"`,
    });
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) throw unauthorized('AKV10000: Request is missing a Bearer or PoP token.');
  const verified = auth.signer.verify(token);
  const refusal = verified.ok
    ? checkClaims(verified.claims, auth, resource)
    : `The bearer token ${verified.reason}.`;
  if (refusal === undefined) {
    const claims = verified.ok ? verified.claims : {};
    const client = auth.clients.byObjectId(String(claims.oid));
    return { ...identity(claims), roles: client?.roles ?? [], keyPermissions: client?.keyPermissions ?? [] };
  }
  if (auth.acceptAnyToken)
    return { ...identity(decodeUnverified(token) ?? {}), roles: ROLES, keyPermissions: KEY_PERMISSIONS };
  throw unauthorized(refusal);
}

function checkClaims(
  claims: Record<string, unknown>,
  auth: DataPlaneAuth,
  resource: string,
): string | undefined {
  const issuer = auth.entra.issuer(auth.tenantId);
  if (claims.iss !== issuer || claims.tid !== auth.tenantId)
    return `AKV10032: Invalid issuer. Expected one of ${issuer}, found ${String(claims.iss)}.`;
  if (!audienceIncludes(claims, resource))
    return `AKV10022: Invalid audience. Expected ${resource}, found: ${String(claims.aud)}.`;
  return undefined;
}

function identity(claims: Record<string, unknown>): Omit<Principal, 'roles' | 'keyPermissions'> {
  const text = (value: unknown) => (typeof value === 'string' ? value : 'unknown');
  return { appid: text(claims.appid), oid: text(claims.oid), tid: text(claims.tid), iss: text(claims.iss) };
}
