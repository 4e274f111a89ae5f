import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:https';
import path from 'node:path';
import type { KeyPermission } from './access-policy.js';
import { ClientRegistry, type ClientRegistration } from './clients.js';
import { Entra } from './entra.js';
import { Faults } from './faults.js';
import { GithubOidc, type OidcEnv, type OidcSubject } from './github-oidc.js';
import { curveOfNodeName, type KeyMaterial } from './key-material.js';
import { sharedKeyPool } from './key-pool.js';
import { startVaultProxy } from './proxy.js';
import type { Role } from './rbac.js';
import { listen, type RequestLogEntry } from './server.js';
import { createTlsMaterial } from './tls.js';
import type { Tolerance } from './tolerances.js';
import { JwtSigner } from './tokens.js';
import { VAULT_KINDS, type VaultKind } from './vault-kinds.js';
import { Vaults, type Vault } from './vaults.js';

export type { KeyPermission } from './access-policy.js';
export type { ClientRegistration } from './clients.js';
export type { FaultRule, Faults, RateLimit } from './faults.js';
export type { OidcEnv, OidcSubject } from './github-oidc.js';
export type { Role } from './rbac.js';
export type { RequestLogEntry } from './server.js';
export type { Tolerance } from './tolerances.js';
export type { VaultKind } from './vault-kinds.js';

export interface ManagedHsmOptions {
  /** The service the emulator's own address plays: Managed HSM (default) or Key Vault Premium. */
  kind?: VaultKind;
  /** Named departures from the documented service, for experiments (tolerances.ts); none by default. */
  tolerate?: readonly Tolerance[];
  /** Default true: RSA keys for create and the token signers come generated ahead (key-pool.ts). */
  keyPool?: boolean;
  /** Loopback address to serve on; default 127.0.0.1. */
  host?: string;
  /** Default 0: the OS picks a free port. */
  port?: number;
  /** The HSM's tenant (the one its challenge names); default a random GUID. */
  tenantId?: string;
  /** Take any bearer token on the data plane; an unverifiable one then holds every role. */
  acceptAnyToken?: boolean;
  /** Enforce the published Managed HSM limits: create key 1/s, delete and purge 10/s (docs/byok-format.md "Limits"). */
  enforceRateLimits?: boolean;
  /** Called after every request, e.g. to print a log line. */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface SeedKeyOptions {
  /** The vault to put it in, e.g. https://contoso.vault.azure.net; default the emulator's own address. */
  vaultUrl?: string;
  /** Default ["import"]: seeding is mostly for KEKs, including ones the service would never create. */
  keyOps?: string[];
  enabled?: boolean;
  notBefore?: Date;
  expiresOn?: Date;
  tags?: Record<string, string>;
}

/** A key as the store holds it, for tests to inspect. */
export interface KeySummary {
  /** The vault that holds it (https://HOST). */
  vault: string;
  name: string;
  version: string;
  kid: string;
  kty: string;
  keyOps: string[];
  enabled: boolean;
  deleted: boolean;
}

export interface ManagedHsmEmulator {
  /** `https://127.0.0.1:<port>`: the vault URL and the Entra authority host at once. */
  url: string;
  kind: VaultKind;
  /**
   * `http://127.0.0.1:<port>`: a CONNECT proxy to the emulator for real vault names
   * (https://NAME.managedhsm.azure.net, https://NAME.vault.azure.net), each a vault of its own kind.
   */
  proxyUrl: string;
  /** HTTPS_PROXY and NO_PROXY for a child process that should reach vault names through the proxy. */
  proxyEnv: { HTTPS_PROXY: string; NO_PROXY: string };
  caPath: string;
  caPem: string;
  tenantId: string;
  authorityHost: string;
  /** Pass as `tlsOptions` to an Azure SDK client or credential to trust the emulator in-process. */
  tlsOptions: { ca: string };
  registerClient(registration?: ClientRegistration): {
    clientId: string;
    tenantId: string;
    objectId: string;
    clientSecret?: string;
  };
  setRoles(clientId: string, roles: Role[], tenantId?: string): void;
  /** The client's Key Vault access policy (for vaults of kind `vault`). */
  setKeyPermissions(clientId: string, permissions: KeyPermission[], tenantId?: string): void;
  /** ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN for a job with this OIDC subject. */
  oidcEnv(subject: OidcSubject): OidcEnv;
  /** A GitHub OIDC token signed by the emulator, directly (negative lifetime: already expired). */
  githubIdToken(subject: OidcSubject, audience?: string, lifetimeSeconds?: number): string;
  /** An Entra access token for a registered client, directly (default resource: that of the emulator's kind). */
  accessToken(
    clientId: string,
    options?: { tenantId?: string; resource?: string; lifetimeSeconds?: number },
  ): string;
  /** Puts a key in the HSM without any service rule applied; answers its versioned kid. */
  seedKey(name: string, key: KeyObject | Buffer, options?: SeedKeyOptions): string;
  /** Test-only: the private (or secret) key behind a kid of any of the emulator's vaults. */
  privateKeyOf(kid: string): KeyObject;
  keys(): KeySummary[];
  requests(): RequestLogEntry[];
  /** Test-only: every Entra access token and GitHub OIDC token issued so far, for leak scans. */
  issuedTokens(): string[];
  faults: Faults;
  close(): Promise<void>;
}

/** Key material from a test's key, without the size rules of create and import (a test may want a bad KEK). */
function seedMaterial(key: KeyObject | Buffer): KeyMaterial {
  if (Buffer.isBuffer(key)) return { kty: 'oct-HSM', secret: key, size: key.length * 8 };
  if (key.type === 'secret')
    return { kty: 'oct-HSM', secret: key.export(), size: (key.symmetricKeySize ?? 0) * 8 };
  if (key.type !== 'private') throw new Error('seedKey needs a private or secret key');
  if (key.asymmetricKeyType === 'rsa')
    return { kty: 'RSA-HSM', privateKey: key, size: key.asymmetricKeyDetails?.modulusLength ?? 0 };
  const crv = curveOfNodeName(key.asymmetricKeyDetails?.namedCurve);
  if (key.asymmetricKeyType === 'ec' && crv) return { kty: 'EC-HSM', privateKey: key, crv };
  throw new Error(`seedKey cannot hold a ${String(key.asymmetricKeyType)} key`);
}

const seconds = (date: Date | undefined) => (date ? Math.floor(date.getTime() / 1000) : undefined);

export async function startManagedHsm(options: ManagedHsmOptions = {}): Promise<ManagedHsmEmulator> {
  const pool = options.keyPool === false ? undefined : sharedKeyPool();
  const [tls, entraSigner, githubSigner] = await Promise.all([
    createTlsMaterial(),
    JwtSigner.create(pool),
    JwtSigner.create(pool),
  ]);
  const tenantId = options.tenantId ?? randomUUID();
  const kind = options.kind ?? 'managedhsm';
  const faults = new Faults();
  const log: RequestLogEntry[] = [];
  let parts: { clients: ClientRegistry; entra: Entra; github: GithubOidc; vaults: Vaults } | undefined;
  const host = options.host ?? '127.0.0.1';
  const { server, baseUrl } = await listen(tls, host, options.port ?? 0, (url) => {
    const github = new GithubOidc(url, githubSigner);
    const clients = new ClientRegistry(tenantId, github.issuer);
    const entra = new Entra(url, clients, entraSigner, github);
    const vaults = new Vaults(url, kind);
    parts = { clients, entra, github, vaults };
    const auth = {
      baseUrl: url,
      tenantId,
      entra,
      signer: entraSigner,
      clients,
      acceptAnyToken: options.acceptAnyToken ?? false,
    };
    return {
      entra,
      github,
      plane: { vaults, auth, faults, tolerate: [...(options.tolerate ?? [])], ...(pool ? { pool } : {}) },
      faults,
      log,
      ...(options.onRequest ? { onRequest: options.onRequest } : {}),
    };
  });
  if (!parts) throw new Error('The emulator did not start');
  const { clients, entra, github, vaults } = parts;
  const proxy = await startVaultProxy(server, host);
  if (options.enforceRateLimits) {
    faults.limitRate({ method: 'POST', path: '/keys/*/create', perSecond: 1 });
    faults.limitRate({ method: 'DELETE', path: /^\/(deleted)?keys\/[^/]+\/?$/, perSecond: 10 });
  }
  const client = (clientId: string, tenant = tenantId) => {
    const found = clients.find(tenant, clientId);
    if (!found) throw new Error(`No client ${clientId} in tenant ${tenant}`);
    return found;
  };
  const vaultOf = (url: string | undefined): Vault => {
    const found = url === undefined ? vaults.home : vaults.forUrl(url);
    if (!found) throw new Error(`${url} is not a vault of this emulator`);
    return found;
  };
  const keyOf = (kid: string) => {
    const match = /^https:\/\/[^/]+\/keys\/([^/]+)\/([0-9a-f]{32})$/i.exec(kid);
    if (!match) throw new Error(`${kid} is not a versioned key id`);
    return vaultOf(kid).store.get(match[1] ?? '', match[2]);
  };

  return {
    url: baseUrl,
    kind,
    proxyUrl: proxy.url,
    proxyEnv: { HTTPS_PROXY: proxy.url, NO_PROXY: `${host},localhost` },
    caPath: tls.caPath,
    caPem: tls.caPem,
    tenantId,
    authorityHost: baseUrl,
    tlsOptions: { ca: tls.caPem },
    registerClient(registration) {
      const { clientId, tenantId: tid, objectId, clientSecret } = clients.register(registration);
      return { clientId, tenantId: tid, objectId, ...(clientSecret === undefined ? {} : { clientSecret }) };
    },
    setRoles(clientId, roles, tenant) {
      client(clientId, tenant).roles = [...roles];
    },
    setKeyPermissions(clientId, permissions, tenant) {
      client(clientId, tenant).keyPermissions = [...permissions];
    },
    oidcEnv: (subject) => github.env(subject),
    githubIdToken: (subject, audience, lifetimeSeconds) => github.idToken(subject, audience, lifetimeSeconds),
    accessToken: (clientId, o = {}) =>
      entra.accessToken(
        client(clientId, o.tenantId),
        o.resource ?? VAULT_KINDS[kind].resource,
        o.lifetimeSeconds,
      ),
    seedKey(name, key, o = {}) {
      const { store } = vaultOf(o.vaultUrl);
      const version = store.add(name, seedMaterial(key), {
        keyOps: o.keyOps ?? ['import'],
        enabled: o.enabled ?? true,
        nbf: seconds(o.notBefore),
        exp: seconds(o.expiresOn),
        ...(o.tags ? { tags: o.tags } : {}),
      });
      return store.kid(version);
    },
    privateKeyOf(kid) {
      const { material } = keyOf(kid);
      return material.kty === 'oct-HSM' ? createSecretKey(material.secret) : material.privateKey;
    },
    keys: () =>
      vaults.all().flatMap(({ url, store }) =>
        store.all().map(({ key, deleted }) => ({
          vault: url,
          name: key.name,
          version: key.version,
          kid: store.kid(key),
          kty: key.material.kty,
          keyOps: [...key.keyOps],
          enabled: key.attributes.enabled,
          deleted,
        })),
      ),
    requests: () => [...log],
    issuedTokens: () => [...entraSigner.issued(), ...githubSigner.issued()],
    faults,
    async close() {
      await Promise.all([proxy.close(), closeServer(server)]);
      await rm(path.dirname(tls.caPath), { recursive: true, force: true });
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
