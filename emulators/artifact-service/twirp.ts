import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Faults, TwirpMethod } from './faults.js';
import { readBody, sendJson } from './http.js';
import { signBlobUrl } from './signed-url.js';
import type { ArtifactStore, Run, StoredArtifact } from './store.js';
import { TokenError, verifyRuntimeToken } from './token.js';

/**
 * The Twirp JSON endpoints of `github.actions.results.api.v1.ArtifactService`: snake_case fields, int64 as
 * strings, timestamps in RFC 3339, errors as `{code, msg}` with the Twirp HTTP status.
 */
export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

const TWIRP_STATUS: Record<string, number> = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  bad_route: 404,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  resource_exhausted: 429,
  internal: 500,
  unavailable: 503,
};

class TwirpError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface TwirpContext {
  store: ArtifactStore;
  faults: Faults;
  secret: Buffer;
  origin: () => string;
}

type Body = Record<string, unknown>;
type Handler = (context: TwirpContext, run: Run, jobBackendId: string, body: Body) => object;

function text(body: Body, field: string, required = true): string | undefined {
  const value = body[field];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value === '')
    throw new TwirpError('invalid_argument', `${field} is required`);
  return value;
}

function finalizedByName(context: TwirpContext, run: Run, name: string): StoredArtifact {
  const artifact = run.artifacts.get(name);
  if (!artifact || artifact.state !== 'finalized')
    throw new TwirpError('not_found', `artifact "${name}" not found`);
  return artifact;
}

const handlers: Record<TwirpMethod, Handler> = {
  CreateArtifact(context, run, jobBackendId, body) {
    const name = text(body, 'name') as string;
    if (typeof body.version !== 'number' || body.version < 4)
      throw new TwirpError('invalid_argument', 'version 4 or later is required');
    if (run.artifacts.get(name)?.state === 'finalized') {
      throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    }
    const expires = text(body, 'expires_at', false);
    const expiresAt = expires === undefined ? undefined : new Date(expires);
    if (expiresAt && Number.isNaN(expiresAt.getTime()))
      throw new TwirpError('invalid_argument', 'expires_at is not an RFC 3339 timestamp');
    const mimeType = text(body, 'mime_type', false) ?? 'application/zip';
    const artifact = context.store.create(run, { name, jobBackendId, mimeType, expiresAt });
    const address = { runBackendId: run.backendId, artifactId: artifact.id };
    return { ok: true, signed_upload_url: signBlobUrl(context.secret, context.origin(), address, 'cw') };
  },

  FinalizeArtifact(_context, run, jobBackendId, body) {
    const name = text(body, 'name') as string;
    const artifact = run.artifacts.get(name);
    if (!artifact || artifact.state !== 'uploading' || artifact.jobBackendId !== jobBackendId) {
      throw new TwirpError('not_found', `no upload of artifact "${name}" in progress for this job`);
    }
    if (artifact.blob === undefined)
      throw new TwirpError('failed_precondition', `artifact "${name}" has no committed blob`);
    const size = text(body, 'size', false) ?? '0';
    if (!/^\d{1,19}$/.test(size)) throw new TwirpError('invalid_argument', 'size must be an int64');
    const hash = text(body, 'hash', false);
    if (hash !== undefined && !/^sha256:[0-9a-f]{64}$/.test(hash))
      throw new TwirpError('invalid_argument', 'hash must be sha256:<hex>');
    artifact.size = BigInt(size);
    artifact.digest = hash;
    artifact.state = 'finalized';
    return { ok: true, artifact_id: artifact.id };
  },

  ListArtifacts(context, run, _jobBackendId, body) {
    const nameFilter = text(body, 'name_filter', false);
    const idFilter = text(body, 'id_filter', false);
    const artifacts = context.store
      .finalized(run)
      .filter(
        (artifact) =>
          (nameFilter === undefined || artifact.name === nameFilter) &&
          (idFilter === undefined || artifact.id === idFilter),
      )
      .map((artifact) => ({
        workflow_run_backend_id: artifact.runBackendId,
        workflow_job_run_backend_id: artifact.jobBackendId,
        database_id: artifact.id,
        name: artifact.name,
        size: artifact.size.toString(),
        created_at: artifact.createdAt.toISOString(),
        ...(artifact.digest ? { digest: artifact.digest } : {}),
      }));
    return { artifacts };
  },

  GetSignedArtifactURL(context, run, _jobBackendId, body) {
    const artifact = finalizedByName(context, run, text(body, 'name') as string);
    const address = { runBackendId: run.backendId, artifactId: artifact.id };
    return { signed_url: signBlobUrl(context.secret, context.origin(), address, 'r') };
  },

  DeleteArtifact(context, run, _jobBackendId, body) {
    const artifact = finalizedByName(context, run, text(body, 'name') as string);
    run.artifacts.delete(artifact.name);
    return { ok: true, artifact_id: artifact.id };
  },
};

/** Writes: the ids in the request must be the token's own job. Reads: any job of the token's run (the client asks
 * for a signed URL with the id of the job that uploaded the artifact, as ListArtifacts reported it). */
const WRITES: ReadonlySet<TwirpMethod> = new Set(['CreateArtifact', 'FinalizeArtifact']);

function authorize(
  context: TwirpContext,
  method: TwirpMethod,
  request: IncomingMessage,
  body: Body,
): { run: Run; jobBackendId: string } {
  let claims;
  try {
    claims = verifyRuntimeToken(context.secret, request.headers.authorization);
  } catch (error) {
    if (error instanceof TokenError) throw new TwirpError('unauthenticated', error.message);
    throw error;
  }
  const runBackendId = text(body, 'workflow_run_backend_id') as string;
  const jobBackendId = text(body, 'workflow_job_run_backend_id') as string;
  const run = context.store.byBackendId(claims.runBackendId);
  if (!run || runBackendId !== claims.runBackendId) {
    throw new TwirpError('permission_denied', 'the runtime token does not grant access to this workflow run');
  }
  const jobAllowed = WRITES.has(method)
    ? jobBackendId === claims.jobBackendId
    : context.store.hasJob(run, jobBackendId);
  if (!jobAllowed)
    throw new TwirpError('permission_denied', 'the runtime token does not grant access to this workflow job');
  return { run, jobBackendId: claims.jobBackendId };
}

export async function handleTwirp(
  context: TwirpContext,
  request: IncomingMessage,
  response: ServerResponse,
  onDone: (status: number) => void,
): Promise<void> {
  const reply = (status: number, value: object) => {
    sendJson(response, status, value);
    onDone(status);
  };
  const method = (request.url ?? '').slice(TWIRP_PREFIX.length).split('?')[0] as TwirpMethod;
  try {
    if (request.method !== 'POST' || !Object.hasOwn(handlers, method))
      throw new TwirpError('bad_route', `no handler for ${request.method} ${request.url}`);
    const fault = context.faults.take(method);
    if (fault?.kind === 'status') {
      const code = Object.keys(TWIRP_STATUS).find((key) => TWIRP_STATUS[key] === fault.status) ?? 'internal';
      return reply(fault.status, { code, msg: `injected fault (${fault.status})` });
    }
    const raw = await readBody(request);
    if (!/^application\/json\b/.test(request.headers['content-type'] ?? ''))
      throw new TwirpError('bad_route', 'only the JSON encoding is served');
    let body: Body;
    try {
      body = JSON.parse(raw.toString('utf8')) as Body;
    } catch {
      throw new TwirpError('malformed', 'the request body is not JSON');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new TwirpError('malformed', 'the request body is not a JSON object');
    const { run, jobBackendId } = authorize(context, method, request, body);
    reply(200, handlers[method](context, run, jobBackendId, body));
  } catch (error) {
    if (error instanceof TwirpError)
      reply(TWIRP_STATUS[error.code] ?? 500, { code: error.code, msg: error.message });
    else reply(500, { code: 'internal', msg: error instanceof Error ? error.message : String(error) });
  }
}
