import { randomBytes } from 'node:crypto';
import type { Reply, Request } from './http.js';
import type { JwtSigner, VerifyResult } from './tokens.js';

/** Who the job is: what GitHub puts in the ID token it hands a job with `id-token: write`. */
export interface OidcSubject {
  /** e.g. `repo:owner/repo:environment:prod`. */
  subject: string;
  /** The audience when the caller names none (GitHub then uses the owner's URL). */
  audience?: string;
  /** Default: read from the subject. */
  repository?: string;
  runId?: string;
}

export interface OidcEnv {
  ACTIONS_ID_TOKEN_REQUEST_URL: string;
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: string;
}

/** GitHub's token lives about 5 minutes (docs/byok-format.md "Limits"). */
const ID_TOKEN_LIFETIME_SECONDS = 300;
export const GITHUB_OIDC_PATH = '/github-oidc';

/**
 * The Actions ID-token service that `core.getIDToken(audience)` calls (emulators/README.md "What the real clients ask"), issuing under
 * the emulator's own issuer URL so that only the emulator's Entra stand-in trusts the tokens.
 */
export class GithubOidc {
  readonly issuer: string;
  private readonly requestTokens = new Map<string, OidcSubject>();

  constructor(
    baseUrl: string,
    private readonly signer: JwtSigner,
  ) {
    this.issuer = `${baseUrl}${GITHUB_OIDC_PATH}`;
  }

  /** The two variables the runner sets for a job granted `id-token: write`, bound to `subject`. */
  env(subject: OidcSubject): OidcEnv {
    const token = randomBytes(24).toString('base64url');
    this.requestTokens.set(token, subject);
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${this.issuer}/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: token,
    };
  }

  idToken(who: OidcSubject, audience?: string, lifetimeSeconds = ID_TOKEN_LIFETIME_SECONDS): string {
    const repository = who.repository ?? /^repo:([^:]+\/[^:]+)/.exec(who.subject)?.[1] ?? 'owner/repo';
    const owner = repository.split('/')[0] ?? 'owner';
    const environment = /:environment:([^:]+)/.exec(who.subject)?.[1];
    return this.signer.sign(
      {
        iss: this.issuer,
        aud: audience ?? who.audience ?? `https://github.com/${owner}`,
        sub: who.subject,
        repository,
        repository_owner: owner,
        run_id: who.runId ?? '1',
        run_attempt: '1',
        ref: 'refs/heads/main',
        job_workflow_ref: `${repository}/.github/workflows/byok.yml@refs/heads/main`,
        ...(environment ? { environment } : {}),
      },
      lifetimeSeconds,
    );
  }

  /** A token of this issuer: signature, issuer and time checked. */
  verify(token: string): VerifyResult {
    const result = this.signer.verify(token);
    if (result.ok && result.claims.iss !== this.issuer)
      return { ok: false, reason: `was issued by ${String(result.claims.iss)}` };
    return result;
  }

  handle(req: Request): Reply | undefined {
    if (req.url.pathname !== `${GITHUB_OIDC_PATH}/idtoken`) return undefined;
    if (req.method !== 'GET') return { status: 405, body: { message: 'Method not allowed' } };
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const who = bearer === undefined ? undefined : this.requestTokens.get(bearer);
    if (!who) return { status: 401, body: { message: 'The request token is missing, unknown or expired' } };
    const audience = req.url.searchParams.get('audience') ?? undefined;
    return { status: 200, body: { value: this.idToken(who, audience) } };
  }
}
