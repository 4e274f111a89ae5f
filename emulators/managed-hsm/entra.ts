import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { ClientRegistry, RegisteredClient } from './clients.js';
import type { GithubOidc } from './github-oidc.js';
import type { Reply, Request } from './http.js';
import { audienceIncludes, type JwtSigner } from './tokens.js';

export const MANAGED_HSM_RESOURCE = 'https://managedhsm.azure.net';
/** Resources the stand-in issues tokens for; a token for another one is a way to test a wrong audience. */
const KNOWN_RESOURCES = [MANAGED_HSM_RESOURCE, 'https://vault.azure.net', 'https://management.azure.com'];
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const ACCESS_TOKEN_LIFETIME_SECONDS = 3599;

/** An Entra refusal, shaped as MSAL reads it: `error`, `error_description` starting with the AADSTS code. */
function aadError(status: number, error: string, code: number, description: string): Reply {
  const traceId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${randomUUID()} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
    },
  };
}

const sameSecret = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The Entra ID endpoints MSAL uses for the client-credentials grant
 * (emulators/README.md "What the real clients ask").
 */
export class Entra {
  constructor(
    private readonly baseUrl: string,
    private readonly clients: ClientRegistry,
    private readonly signer: JwtSigner,
    private readonly github: GithubOidc,
  ) {}

  issuer(tenantId: string): string {
    return `${this.baseUrl}/${tenantId}/v2.0`;
  }

  /** Signs an app-only access token as Entra would for `client` and `resource`. */
  accessToken(
    client: RegisteredClient,
    resource: string,
    lifetimeSeconds = ACCESS_TOKEN_LIFETIME_SECONDS,
  ): string {
    const { clientId, tenantId, objectId } = client;
    const claims = {
      iss: this.issuer(tenantId),
      aud: resource,
      tid: tenantId,
      oid: objectId,
      sub: objectId,
      appid: clientId,
      azp: clientId,
      idtyp: 'app',
    };
    return this.signer.sign(claims, lifetimeSeconds);
  }

  handle(req: Request): Reply | undefined {
    const match =
      /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys|oauth2\/v2\.0\/token)$/.exec(
        req.url.pathname,
      );
    if (!match) return undefined;
    const [, tenantId = '', endpoint] = match;
    if (!this.clients.hasTenant(tenantId)) {
      return aadError(
        400,
        'invalid_request',
        90002,
        `Tenant '${tenantId}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      );
    }
    if (endpoint === 'discovery/v2.0/keys') return { status: 200, body: this.signer.jwks() };
    if (endpoint === 'oauth2/v2.0/token') {
      return req.method === 'POST'
        ? this.token(tenantId, new URLSearchParams(req.body.toString('utf8')))
        : { status: 405 };
    }
    return { status: 200, body: this.openIdConfiguration(tenantId) };
  }

  /** Every endpoint on this host: MSAL refuses a document that points elsewhere. */
  private openIdConfiguration(tenantId: string): object {
    const base = `${this.baseUrl}/${tenantId}`;
    return {
      issuer: this.issuer(tenantId),
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      tenant_region_scope: null,
      cloud_instance_name: 'emulator.local',
    };
  }

  private token(tenantId: string, form: URLSearchParams): Reply {
    const grantType = form.get('grant_type');
    if (grantType !== 'client_credentials') {
      return aadError(
        400,
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${grantType ?? ''}'.`,
      );
    }
    const clientId = form.get('client_id');
    if (!clientId)
      return aadError(
        400,
        'invalid_request',
        900144,
        "The request body must contain the following parameter: 'client_id'.",
      );
    const client = this.clients.find(tenantId, clientId);
    if (!client) {
      return aadError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      );
    }
    const scopes = (form.get('scope') ?? '').split(' ').filter((s) => s.endsWith('/.default'));
    const scope = scopes[0];
    if (scopes.length !== 1 || scope === undefined) {
      return aadError(
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${form.get('scope') ?? ''} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    }
    const resource = scope.slice(0, -'/.default'.length);
    if (!KNOWN_RESOURCES.includes(resource)) {
      return aadError(
        400,
        'invalid_resource',
        500011,
        `The resource principal named ${resource} was not found in the tenant named ${tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
      );
    }
    const refusal = this.authenticate(client, form);
    if (refusal) return refusal;
    return {
      status: 200,
      body: {
        token_type: 'Bearer',
        expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
        ext_expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
        access_token: this.accessToken(client, resource),
      },
    };
  }

  /** The client secret or the federated (GitHub OIDC) client assertion; undefined when the client proved itself. */
  private authenticate(client: RegisteredClient, form: URLSearchParams): Reply | undefined {
    const secret = form.get('client_secret');
    const assertion = form.get('client_assertion');
    if (secret !== null) {
      if (client.clientSecret !== undefined && sameSecret(secret, client.clientSecret)) return undefined;
      return aadError(
        401,
        'invalid_client',
        7000215,
        `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${client.clientId}'.`,
      );
    }
    if (assertion === null) {
      return aadError(
        400,
        'invalid_client',
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      );
    }
    if (form.get('client_assertion_type') !== JWT_BEARER) {
      return aadError(400, 'invalid_request', 50012, `Client assertion type must be '${JWT_BEARER}'.`);
    }
    const verified = this.github.verify(assertion);
    if (!verified.ok) {
      if (verified.reason === 'has expired')
        return aadError(
          400,
          'invalid_client',
          700024,
          'Client assertion is not within its valid time range.',
        );
      return aadError(
        400,
        'invalid_client',
        50013,
        `Assertion failed signature validation. [Reason - The assertion ${verified.reason}.]`,
      );
    }
    const { iss, sub, aud } = verified.claims;
    const byIssuer = client.federatedCredentials.filter((f) => f.issuer === iss);
    if (byIssuer.length === 0) {
      return aadError(
        400,
        'invalid_client',
        700211,
        `No matching federated identity record found for presented assertion issuer '${String(iss)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      );
    }
    const bySubject = byIssuer.filter((f) => f.subject === sub);
    if (bySubject.length === 0) {
      return aadError(
        400,
        'invalid_client',
        700213,
        `No matching federated identity record found for presented assertion subject '${String(sub)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      );
    }
    if (!bySubject.some((f) => audienceIncludes(verified.claims, f.audience))) {
      return aadError(
        400,
        'invalid_client',
        700212,
        `No matching federated identity record found for presented assertion audience '${String(aud)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      );
    }
    return undefined;
  }
}
