import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_KEY_PERMISSIONS, isKeyPermission, type KeyPermission } from './access-policy.js';
import { isRole, type Role } from './rbac.js';

/** The audience GitHub's OIDC token must carry for Entra (docs/byok-format.md "Authentication"). */
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

export interface FederatedCredential {
  issuer: string;
  /** e.g. `repo:owner/repo:environment:prod`. */
  subject: string;
  audience: string;
}

/** What a test or the demo asks for; everything left out gets a sensible default. */
export interface ClientRegistration {
  clientId?: string;
  tenantId?: string;
  /** A string sets the secret, `false` registers none; by default one is generated. */
  clientSecret?: string | false;
  /** Trust GitHub OIDC tokens with this subject (issuer: the emulator's, audience: api://AzureADTokenExchange). */
  federated?: Partial<FederatedCredential> & { subject: string };
  /** Managed HSM local roles; default Crypto User. */
  roles?: Role[];
  /** Key Vault access policy key permissions; default every one but purge. */
  keyPermissions?: KeyPermission[];
}

export interface RegisteredClient {
  clientId: string;
  tenantId: string;
  /** The service principal's object id (the `oid` claim). */
  objectId: string;
  clientSecret?: string;
  federatedCredentials: FederatedCredential[];
  roles: Role[];
  keyPermissions: KeyPermission[];
}

/** The app registrations of every tenant the Entra stand-in knows. */
export class ClientRegistry {
  private readonly clients = new Map<string, RegisteredClient>();

  constructor(
    private readonly defaultTenantId: string,
    private readonly githubIssuer: string,
  ) {}

  register(registration: ClientRegistration = {}): RegisteredClient {
    const roles = registration.roles ?? ['Managed HSM Crypto User'];
    const unknown = roles.filter((role) => !isRole(role));
    if (unknown.length > 0) throw new Error(`Unknown Managed HSM role(s): ${unknown.join(', ')}`);
    const keyPermissions = registration.keyPermissions ?? [...DEFAULT_KEY_PERMISSIONS];
    const unknownPermissions = keyPermissions.filter((p) => !isKeyPermission(p));
    if (unknownPermissions.length > 0)
      throw new Error(`Unknown key permission(s): ${unknownPermissions.join(', ')}`);
    const tenantId = registration.tenantId ?? this.defaultTenantId;
    const clientId = registration.clientId ?? randomUUID();
    if (this.clients.has(this.key(tenantId, clientId)))
      throw new Error(`Client ${clientId} is already registered in tenant ${tenantId}`);
    const secret =
      registration.clientSecret === undefined
        ? randomBytes(24).toString('base64url')
        : registration.clientSecret;
    const federated = registration.federated;
    const client: RegisteredClient = {
      clientId,
      tenantId,
      objectId: randomUUID(),
      ...(secret === false ? {} : { clientSecret: secret }),
      federatedCredentials: federated
        ? [
            {
              issuer: federated.issuer ?? this.githubIssuer,
              subject: federated.subject,
              audience: federated.audience ?? TOKEN_EXCHANGE_AUDIENCE,
            },
          ]
        : [],
      roles: [...roles],
      keyPermissions: [...keyPermissions],
    };
    this.clients.set(this.key(tenantId, clientId), client);
    return client;
  }

  find(tenantId: string, clientId: string): RegisteredClient | undefined {
    return this.clients.get(this.key(tenantId, clientId));
  }

  byObjectId(objectId: string): RegisteredClient | undefined {
    return [...this.clients.values()].find((client) => client.objectId === objectId);
  }

  hasTenant(tenantId: string): boolean {
    return (
      tenantId === this.defaultTenantId ||
      [...this.clients.values()].some((client) => client.tenantId === tenantId)
    );
  }

  private key(tenantId: string, clientId: string): string {
    return `${tenantId.toLowerCase()}/${clientId.toLowerCase()}`;
  }
}
