import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The Actions runtime token (ACTIONS_RUNTIME_TOKEN): a JWT whose `scp` claim names the workflow run and the job,
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`. The @actions/artifact client decodes it
 * without checking the signature; the emulator signs it (HS256) and checks the signature, the expiry and the
 * scope on every Twirp call, as the results service does.
 */
export interface RuntimeClaims {
  runBackendId: string;
  jobBackendId: string;
}

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signRuntimeToken(
  secret: Buffer,
  claims: RuntimeClaims & { runId: string; jobName: string },
  lifetimeSeconds = 6 * 3600,
): string {
  const now = Math.floor(Date.now() / 1000);
  const scopes = [
    `Actions.GenericRead:${claims.runBackendId}`,
    `Actions.UploadArtifacts:${claims.runBackendId}:${claims.jobBackendId}`,
    `Actions.Results:${claims.runBackendId}:${claims.jobBackendId}`,
  ];
  const payload = {
    iss: 'byok-artifact-service',
    aud: 'vso:byok-artifact-service',
    nbf: now - 60,
    iat: now,
    exp: now + lifetimeSeconds,
    scp: scopes.join(' '),
    run_id: claims.runId,
    job: claims.jobName,
  };
  const unsigned = `${encode({ typ: 'JWT', alg: 'HS256' })}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

export class TokenError extends Error {}

/** Checks the bearer token of a request and returns the run and job it was issued for. */
export function verifyRuntimeToken(secret: Buffer, authorization: string | undefined): RuntimeClaims {
  const match = /^Bearer\s+([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization ?? '');
  if (!match) throw new TokenError('missing or malformed bearer token');
  const [, header, payload, signature] = match as unknown as [string, string, string, string];
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new TokenError('token signature is not valid');
  let claims: { exp?: number; nbf?: number; scp?: string };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
  } catch {
    throw new TokenError('token payload is not JSON');
  }
  const now = Date.now() / 1000;
  if (typeof claims.exp !== 'number' || claims.exp < now) throw new TokenError('token has expired');
  if (typeof claims.nbf === 'number' && claims.nbf > now + 60) throw new TokenError('token is not valid yet');
  for (const scope of (claims.scp ?? '').split(' ')) {
    const parts = scope.split(':');
    if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[1] && parts[2]) {
      return { runBackendId: parts[1], jobBackendId: parts[2] };
    }
  }
  throw new TokenError('token has no Actions.Results scope');
}
