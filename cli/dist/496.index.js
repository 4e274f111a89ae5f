export const id = 496;
export const ids = [496];
export const modules = {

/***/ 45496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./emulators/artifact-service/http.ts
/** Small HTTP helpers shared by the Twirp and blob handlers. */
const MAX_BODY = 64 * 1024 * 1024;
async function readBody(request) {
    const chunks = [];
    let length = 0;
    for await (const chunk of request) {
        length += chunk.length;
        if (length > MAX_BODY)
            throw new Error('request body too large');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
function send(response, status, body, headers = {}) {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    response.writeHead(status, { 'Content-Length': String(bytes.length), ...headers });
    response.end(bytes);
}
function sendJson(response, status, value) {
    send(response, status, JSON.stringify(value), { 'Content-Type': 'application/json' });
}

;// CONCATENATED MODULE: ./emulators/artifact-service/approvals.ts


const ROUTE = /^\/repos\/([^/]+\/[^/]+)\/actions\/runs\/([^/]+)\/approvals$/;
class Approvals {
    secret;
    repository;
    reviews = new Map();
    constructor(secret, repository) {
        this.secret = secret;
        this.repository = repository;
    }
    add(runId, review) {
        this.reviews.set(runId, [...(this.reviews.get(runId) ?? []), review]);
    }
    /** The GITHUB_TOKEN (`${{ github.token }}`) a job of this run gets. */
    token(runId) {
        return `ghs_${(0,external_node_crypto_.createHmac)('sha256', this.secret).update(`github-token:${runId}`).digest('base64url')}`;
    }
    /** Answers the route when the path is this endpoint; false otherwise. */
    handle(path, request, response, done) {
        const match = ROUTE.exec(path);
        if (!match || request.method !== 'GET')
            return false;
        const [, repository, runId] = match;
        const given = Buffer.from(request.headers.authorization ?? '');
        const expected = Buffer.from(`Bearer ${this.token(runId)}`);
        if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected)) {
            sendJson(response, 401, {
                message: 'Bad credentials',
                documentation_url: 'https://docs.github.com/rest',
            });
            done(401);
            return true;
        }
        if (repository.toLowerCase() !== this.repository.toLowerCase()) {
            sendJson(response, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
            done(404);
            return true;
        }
        const body = (this.reviews.get(runId) ?? []).map((review, index) => ({
            state: review.state ?? 'approved',
            comment: review.comment ?? '',
            environments: [{ id: 1000 + index, name: review.environment }],
            user: { login: review.login, id: 5000 + index, type: 'User' },
        }));
        sendJson(response, 200, body);
        done(200);
        return true;
    }
}

;// CONCATENATED MODULE: ./emulators/artifact-service/signed-url.ts

const SERVICE_VERSION = '2024-11-04';
function signature(secret, permission, path, expiry) {
    return (0,external_node_crypto_.createHmac)('sha256', secret).update(`${permission}\n${path}\n${expiry}`).digest();
}
function blobPath(address) {
    return `/blob/${encodeURIComponent(address.runBackendId)}/${encodeURIComponent(address.artifactId)}`;
}
function signBlobUrl(secret, origin, address, permission, lifetimeSeconds = 3600) {
    const path = blobPath(address);
    const expiry = new Date(Date.now() + lifetimeSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const query = new URLSearchParams({ sv: SERVICE_VERSION, sr: 'b', sp: permission, se: expiry });
    query.set('sig', signature(secret, permission, path, expiry).toString('base64url'));
    return `${origin}${path}?${query.toString()}`;
}
class SignatureError extends Error {
}
/** Checks a blob request's URL and returns the blob it may touch. */
function verifyBlobUrl(secret, url, needed) {
    const parts = /^\/blob\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (!parts)
        throw new SignatureError('not a blob path');
    const permission = url.searchParams.get('sp') ?? '';
    const expiry = url.searchParams.get('se') ?? '';
    const given = Buffer.from((url.searchParams.get('sig') ?? '').replace(/=+$/, ''), 'base64url');
    const expected = signature(secret, permission, url.pathname, expiry);
    if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected)) {
        throw new SignatureError('Signature did not match');
    }
    if (!(Date.parse(expiry) > Date.now()))
        throw new SignatureError('Signed expiry time has passed');
    if (permission !== needed)
        throw new SignatureError(`This request is not authorized to perform this operation using this permission (sp=${permission})`);
    return {
        runBackendId: decodeURIComponent(parts[1]),
        artifactId: decodeURIComponent(parts[2]),
    };
}

;// CONCATENATED MODULE: ./emulators/artifact-service/blob.ts



class StorageError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
function common() {
    return { 'x-ms-request-id': (0,external_node_crypto_.randomUUID)(), 'x-ms-version': '2024-11-04', Date: new Date().toUTCString() };
}
function sendError(response, error) {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${error.code}</Code><Message>${error.message}</Message></Error>`;
    send(response, error.status, xml, {
        ...common(),
        'Content-Type': 'application/xml',
        'x-ms-error-code': error.code,
    });
}
function artifactFor(context, url, permission) {
    let address;
    try {
        address = verifyBlobUrl(context.secret, url, permission);
    }
    catch (error) {
        if (error instanceof SignatureError)
            throw new StorageError(403, 'AuthenticationFailed', `Server failed to authenticate the request. ${error.message}`);
        throw error;
    }
    const run = context.store.byBackendId(address.runBackendId);
    const artifact = run ? context.store.byId(run, address.artifactId) : undefined;
    if (!artifact)
        throw new StorageError(404, 'BlobNotFound', 'The specified blob does not exist.');
    return artifact;
}
/** Block ids of a Put Block List body, in order. */
function parseBlockList(xml) {
    if (!/<BlockList>[\s\S]*<\/BlockList>/.test(xml))
        throw new StorageError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
    return [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((match) => match[2]);
}
function committed(artifact, blob, request) {
    artifact.blob = blob;
    artifact.blobContentType =
        request.headers['x-ms-blob-content-type'] ?? artifact.mimeType;
    artifact.staged.clear();
    return {
        ETag: `"0x${Date.now().toString(16).toUpperCase()}"`,
        'Last-Modified': new Date().toUTCString(),
        'x-ms-request-server-encrypted': 'true',
    };
}
async function put(context, url, request, response) {
    const artifact = artifactFor(context, url, 'cw');
    if (artifact.state !== 'uploading')
        throw new StorageError(409, 'BlobImmutableDueToPolicy', 'This operation is not permitted as the blob is immutable.');
    const body = await readBody(request);
    const comp = url.searchParams.get('comp');
    let headers = {};
    if (comp === 'block') {
        const blockId = url.searchParams.get('blockid') ?? '';
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blockId))
            throw new StorageError(400, 'InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid (blockid).');
        artifact.staged.set(blockId, body);
    }
    else if (comp === 'blocklist') {
        const blocks = parseBlockList(body.toString('utf8')).map((id) => artifact.staged.get(id));
        if (blocks.some((block) => block === undefined))
            throw new StorageError(400, 'InvalidBlockList', 'The specified block list is invalid.');
        headers = committed(artifact, Buffer.concat(blocks), request);
    }
    else if (comp === null && request.headers['x-ms-blob-type'] === 'BlockBlob') {
        headers = committed(artifact, body, request);
    }
    else {
        throw new StorageError(400, 'UnsupportedQueryParameter', `The emulator does not serve this blob operation (comp=${comp ?? ''}).`);
    }
    send(response, 201, '', { ...common(), ...headers });
}
function get(context, url, response) {
    const artifact = artifactFor(context, url, 'r');
    if (artifact.state !== 'finalized' || artifact.blob === undefined)
        throw new StorageError(404, 'BlobNotFound', 'The specified blob does not exist.');
    let bytes = artifact.blob;
    const fault = context.faults.take('blob:GET');
    if (fault?.kind === 'status')
        throw new StorageError(fault.status, 'ServerBusy', 'Injected fault.');
    if (fault?.kind === 'truncate')
        bytes = bytes.subarray(0, fault.keepBytes ?? Math.floor(bytes.length / 2));
    const contentType = artifact.blobContentType ?? artifact.mimeType;
    const headers = {
        ...common(),
        'Content-Type': contentType,
        'x-ms-blob-type': 'BlockBlob',
        'Accept-Ranges': 'bytes',
        'Last-Modified': artifact.createdAt.toUTCString(),
    };
    if (!/^application\/(x-)?zip/.test(contentType)) {
        headers['Content-Disposition'] =
            `attachment; filename="${artifact.name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(artifact.name)}`;
    }
    send(response, 200, bytes, headers);
}
async function handleBlob(context, request, response, onDone) {
    let status = 200;
    try {
        const url = new URL(request.url ?? '/', 'http://emulator');
        if (request.method === 'PUT') {
            const fault = context.faults.take('blob:PUT');
            if (fault?.kind === 'status') {
                await readBody(request);
                throw new StorageError(fault.status, 'ServerBusy', 'Injected fault.');
            }
            await put(context, url, request, response);
            status = 201;
        }
        else if (request.method === 'GET') {
            get(context, url, response);
        }
        else {
            throw new StorageError(405, 'UnsupportedHttpVerb', `The resource doesn't support the ${request.method} verb.`);
        }
    }
    catch (error) {
        const storageError = error instanceof StorageError
            ? error
            : new StorageError(500, 'InternalError', error instanceof Error ? error.message : String(error));
        status = storageError.status;
        sendError(response, storageError);
    }
    onDone(status);
}

;// CONCATENATED MODULE: ./emulators/artifact-service/faults.ts
class Faults {
    armed = [];
    failWith(target, options = {}) {
        const status = options.status ?? 503;
        if (status < 400 || status > 599)
            throw new Error(`fault status must be 4xx or 5xx, not ${status}`);
        this.arm(target, { kind: 'status', status }, options.times);
    }
    truncateDownload(options = {}) {
        this.arm('blob:GET', { kind: 'truncate', keepBytes: options.keepBytes }, options.times);
    }
    pending() {
        return this.armed.reduce((sum, entry) => sum + entry.remaining, 0);
    }
    clear() {
        this.armed.length = 0;
    }
    /** The fault to apply to this request, if one is armed; counts it as fired. */
    take(target) {
        const index = this.armed.findIndex((entry) => entry.target === target);
        if (index < 0)
            return undefined;
        const entry = this.armed[index];
        if (--entry.remaining <= 0)
            this.armed.splice(index, 1);
        return entry.fault;
    }
    arm(target, fault, times = 1) {
        if (!Number.isInteger(times) || times < 1)
            throw new Error(`fault times must be a positive integer, not ${times}`);
        this.armed.push({ target, fault, remaining: times });
    }
}

;// CONCATENATED MODULE: ./emulators/artifact-service/store.ts

class ArtifactStore {
    runsById = new Map();
    runsByBackendId = new Map();
    nextId = 1000n;
    /** The run with this GITHUB_RUN_ID, created on first use. */
    run(runId) {
        let run = this.runsById.get(runId);
        if (!run) {
            run = { runId, backendId: (0,external_node_crypto_.randomUUID)(), jobs: new Map(), artifacts: new Map() };
            this.runsById.set(runId, run);
            this.runsByBackendId.set(run.backendId, run);
        }
        return run;
    }
    /** The backend id of a job of a run, created on first use (the steps of one job share it). */
    job(run, jobName) {
        let id = run.jobs.get(jobName);
        if (!id) {
            id = (0,external_node_crypto_.randomUUID)();
            run.jobs.set(jobName, id);
        }
        return id;
    }
    /** The run with this GITHUB_RUN_ID, if any job of it has been given an environment. */
    find(runId) {
        return this.runsById.get(runId);
    }
    byBackendId(runBackendId) {
        return this.runsByBackendId.get(runBackendId);
    }
    hasJob(run, jobBackendId) {
        return [...run.jobs.values()].includes(jobBackendId);
    }
    /** Starts an upload; a name that is already finalized in the run is refused by the caller first. */
    create(run, fields) {
        const artifact = {
            id: String(this.nextId++),
            name: fields.name,
            runBackendId: run.backendId,
            jobBackendId: fields.jobBackendId,
            state: 'uploading',
            mimeType: fields.mimeType,
            createdAt: new Date(),
            expiresAt: fields.expiresAt,
            staged: new Map(),
            blob: undefined,
            blobContentType: undefined,
            size: 0n,
            digest: undefined,
        };
        run.artifacts.set(fields.name, artifact);
        return artifact;
    }
    byId(run, id) {
        return [...run.artifacts.values()].find((artifact) => artifact.id === id);
    }
    finalized(run) {
        return [...run.artifacts.values()].filter((artifact) => artifact.state === 'finalized');
    }
    view(run) {
        const jobNames = new Map([...run.jobs].map(([name, id]) => [id, name]));
        return this.finalized(run).map((artifact) => ({
            id: Number(artifact.id),
            name: artifact.name,
            size: Number(artifact.size),
            digest: artifact.digest,
            bytes: artifact.blob ?? Buffer.alloc(0),
            job: jobNames.get(artifact.jobBackendId),
            createdAt: artifact.createdAt,
        }));
    }
    /**
     * Replaces a stored blob, as someone with write access to the storage could. By default the digest recorded at
     * finalize stays (the metadata no longer matches the bytes); with `updateDigest` the size and digest follow the
     * new bytes, as if the whole artifact had been re-uploaded under the same name.
     */
    tamper(runId, name, bytes, options = {}) {
        const run = this.runsById.get(runId);
        const artifact = run?.artifacts.get(name);
        if (!artifact || artifact.state !== 'finalized')
            throw new Error(`No finalized artifact "${name}" in run ${runId}`);
        artifact.blob = Buffer.from(bytes);
        if (options.updateDigest) {
            artifact.size = BigInt(bytes.length);
            artifact.digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        }
    }
}

;// CONCATENATED MODULE: ./emulators/artifact-service/token.ts

const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
function signRuntimeToken(secret, claims, lifetimeSeconds = 6 * 3600) {
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
    return `${unsigned}.${(0,external_node_crypto_.createHmac)('sha256', secret).update(unsigned).digest('base64url')}`;
}
class TokenError extends Error {
}
/** Checks the bearer token of a request and returns the run and job it was issued for. */
function verifyRuntimeToken(secret, authorization) {
    const match = /^Bearer\s+([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization ?? '');
    if (!match)
        throw new TokenError('missing or malformed bearer token');
    const [, header, payload, signature] = match;
    const expected = (0,external_node_crypto_.createHmac)('sha256', secret).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected))
        throw new TokenError('token signature is not valid');
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        throw new TokenError('token payload is not JSON');
    }
    const now = Date.now() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp < now)
        throw new TokenError('token has expired');
    if (typeof claims.nbf === 'number' && claims.nbf > now + 60)
        throw new TokenError('token is not valid yet');
    for (const scope of (claims.scp ?? '').split(' ')) {
        const parts = scope.split(':');
        if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[1] && parts[2]) {
            return { runBackendId: parts[1], jobBackendId: parts[2] };
        }
    }
    throw new TokenError('token has no Actions.Results scope');
}

;// CONCATENATED MODULE: ./emulators/artifact-service/twirp.ts



/**
 * The Twirp JSON endpoints of `github.actions.results.api.v1.ArtifactService`: snake_case fields, int64 as
 * strings, timestamps in RFC 3339, errors as `{code, msg}` with the Twirp HTTP status.
 */
const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const TWIRP_STATUS = {
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
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
function twirp_text(body, field, required = true) {
    const value = body[field];
    if (value === undefined && !required)
        return undefined;
    if (typeof value !== 'string' || value === '')
        throw new TwirpError('invalid_argument', `${field} is required`);
    return value;
}
function finalizedByName(context, run, name) {
    const artifact = run.artifacts.get(name);
    if (!artifact || artifact.state !== 'finalized')
        throw new TwirpError('not_found', `artifact "${name}" not found`);
    return artifact;
}
const handlers = {
    CreateArtifact(context, run, jobBackendId, body) {
        const name = twirp_text(body, 'name');
        if (typeof body.version !== 'number' || body.version < 4)
            throw new TwirpError('invalid_argument', 'version 4 or later is required');
        if (run.artifacts.get(name)?.state === 'finalized') {
            throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
        }
        const expires = twirp_text(body, 'expires_at', false);
        const expiresAt = expires === undefined ? undefined : new Date(expires);
        if (expiresAt && Number.isNaN(expiresAt.getTime()))
            throw new TwirpError('invalid_argument', 'expires_at is not an RFC 3339 timestamp');
        const mimeType = twirp_text(body, 'mime_type', false) ?? 'application/zip';
        const artifact = context.store.create(run, { name, jobBackendId, mimeType, expiresAt });
        const address = { runBackendId: run.backendId, artifactId: artifact.id };
        return { ok: true, signed_upload_url: signBlobUrl(context.secret, context.origin(), address, 'cw') };
    },
    FinalizeArtifact(_context, run, jobBackendId, body) {
        const name = twirp_text(body, 'name');
        const artifact = run.artifacts.get(name);
        if (!artifact || artifact.state !== 'uploading' || artifact.jobBackendId !== jobBackendId) {
            throw new TwirpError('not_found', `no upload of artifact "${name}" in progress for this job`);
        }
        if (artifact.blob === undefined)
            throw new TwirpError('failed_precondition', `artifact "${name}" has no committed blob`);
        const size = twirp_text(body, 'size', false) ?? '0';
        if (!/^\d{1,19}$/.test(size))
            throw new TwirpError('invalid_argument', 'size must be an int64');
        const hash = twirp_text(body, 'hash', false);
        if (hash !== undefined && !/^sha256:[0-9a-f]{64}$/.test(hash))
            throw new TwirpError('invalid_argument', 'hash must be sha256:<hex>');
        artifact.size = BigInt(size);
        artifact.digest = hash;
        artifact.state = 'finalized';
        return { ok: true, artifact_id: artifact.id };
    },
    ListArtifacts(context, run, _jobBackendId, body) {
        const nameFilter = twirp_text(body, 'name_filter', false);
        const idFilter = twirp_text(body, 'id_filter', false);
        const artifacts = context.store
            .finalized(run)
            .filter((artifact) => (nameFilter === undefined || artifact.name === nameFilter) &&
            (idFilter === undefined || artifact.id === idFilter))
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
        const artifact = finalizedByName(context, run, twirp_text(body, 'name'));
        const address = { runBackendId: run.backendId, artifactId: artifact.id };
        return { signed_url: signBlobUrl(context.secret, context.origin(), address, 'r') };
    },
    DeleteArtifact(context, run, _jobBackendId, body) {
        const artifact = finalizedByName(context, run, twirp_text(body, 'name'));
        run.artifacts.delete(artifact.name);
        return { ok: true, artifact_id: artifact.id };
    },
};
/** Writes: the ids in the request must be the token's own job. Reads: any job of the token's run (the client asks
 * for a signed URL with the id of the job that uploaded the artifact, as ListArtifacts reported it). */
const WRITES = new Set(['CreateArtifact', 'FinalizeArtifact']);
function authorize(context, method, request, body) {
    let claims;
    try {
        claims = verifyRuntimeToken(context.secret, request.headers.authorization);
    }
    catch (error) {
        if (error instanceof TokenError)
            throw new TwirpError('unauthenticated', error.message);
        throw error;
    }
    const runBackendId = twirp_text(body, 'workflow_run_backend_id');
    const jobBackendId = twirp_text(body, 'workflow_job_run_backend_id');
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
async function handleTwirp(context, request, response, onDone) {
    const reply = (status, value) => {
        sendJson(response, status, value);
        onDone(status);
    };
    const method = (request.url ?? '').slice(TWIRP_PREFIX.length).split('?')[0];
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
        let body;
        try {
            body = JSON.parse(raw.toString('utf8'));
        }
        catch {
            throw new TwirpError('malformed', 'the request body is not JSON');
        }
        if (typeof body !== 'object' || body === null || Array.isArray(body))
            throw new TwirpError('malformed', 'the request body is not a JSON object');
        const { run, jobBackendId } = authorize(context, method, request, body);
        reply(200, handlers[method](context, run, jobBackendId, body));
    }
    catch (error) {
        if (error instanceof TwirpError)
            reply(TWIRP_STATUS[error.code] ?? 500, { code: error.code, msg: error.message });
        else
            reply(500, { code: 'internal', msg: error instanceof Error ? error.message : String(error) });
    }
}

;// CONCATENATED MODULE: ./emulators/artifact-service/index.ts








/** How many requests of each operation `records` holds, e.g. `{ ListArtifacts: 1, 'blob:GET': 1 }`. */
function countOperations(records) {
    const counts = {};
    for (const { operation } of records)
        counts[operation] = (counts[operation] ?? 0) + 1;
    return counts;
}
async function startArtifactService(options = {}) {
    const secret = (0,external_node_crypto_.randomBytes)(32);
    const store = new ArtifactStore();
    const faults = new Faults();
    const requests = [];
    const repository = options.repository ?? 'octo-org/byok-ceremony';
    const approvals = new Approvals(secret, repository);
    let origin = '';
    const listener = (request, response) => {
        const path = (request.url ?? '/').split('?')[0];
        const method = request.method ?? '';
        const record = (operation) => (status) => requests.push({ method, path, status, operation });
        if (approvals.handle(path, request, response, record('approvals')))
            return;
        const handled = path.startsWith(TWIRP_PREFIX)
            ? handleTwirp({ store, faults, secret, origin: () => origin }, request, response, record(path.slice(TWIRP_PREFIX.length)))
            : handleBlob({ store, faults, secret }, request, response, record(method === 'PUT' ? 'blob:PUT' : 'blob:GET'));
        handled.catch((error) => {
            if (!response.headersSent)
                response.writeHead(500).end(String(error));
            else
                response.destroy();
        });
    };
    const server = (0,external_node_http_.createServer)(listener);
    await new Promise((resolveListen, rejectListen) => {
        server.once('error', rejectListen);
        server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
    });
    origin = `http://127.0.0.1:${server.address().port}`;
    const noProxy = [process.env.NO_PROXY ?? process.env.no_proxy, '127.0.0.1', 'localhost']
        .filter(Boolean)
        .join(',');
    return {
        url: origin,
        jobEnv({ runId, jobName, tokenLifetimeSeconds }) {
            const run = store.run(String(runId));
            const jobBackendId = store.job(run, jobName);
            const token = signRuntimeToken(secret, { runBackendId: run.backendId, jobBackendId, runId: run.runId, jobName }, tokenLifetimeSeconds);
            return {
                ACTIONS_RUNTIME_TOKEN: token,
                ACTIONS_RESULTS_URL: `${origin}/`,
                GITHUB_SERVER_URL: 'https://github.localhost',
                GITHUB_API_URL: origin,
                GITHUB_RUN_ID: run.runId,
                GITHUB_RUN_ATTEMPT: '1',
                GITHUB_RUN_NUMBER: '1',
                GITHUB_REPOSITORY: repository,
                GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
                GITHUB_JOB: jobName,
                GITHUB_ACTIONS: 'true',
                // The Azure storage SDK sends blob requests through HTTP(S)_PROXY even to loopback unless NO_PROXY says not to.
                NO_PROXY: noProxy,
                no_proxy: noProxy,
            };
        },
        artifacts(runId) {
            const run = store.find(String(runId));
            return run ? store.view(run) : [];
        },
        approve(runId, review) {
            approvals.add(String(runId), review);
        },
        githubToken: (runId) => approvals.token(String(runId)),
        tamper(runId, name, bytes, tamperOptions) {
            store.tamper(String(runId), name, bytes, tamperOptions);
        },
        faults,
        requests,
        close() {
            return new Promise((resolveClose) => {
                server.close(() => resolveClose());
                server.closeAllConnections();
            });
        },
    };
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/http.ts
/** A Key Vault error answer: `{"error":{"code","message","innererror"?}}` (docs/byok-format.md "REST"). */
class ServiceError extends Error {
    status;
    code;
    inner;
    headers;
    constructor(status, code, message, inner, headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.inner = inner;
        this.headers = headers;
    }
    toReply() {
        const error = {
            code: this.code,
            message: this.message,
            ...(this.inner ? { innererror: this.inner } : {}),
        };
        return { status: this.status, ...(this.headers ? { headers: this.headers } : {}), body: { error } };
    }
}
const badParameter = (message) => new ServiceError(400, 'BadParameter', message);
/** No request of the protocol comes near this; a larger body is refused before it fills memory. */
const MAX_BODY_BYTES = 1024 * 1024;
async function http_readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES)
            throw new ServiceError(413, 'BadParameter', `The request body is larger than ${MAX_BODY_BYTES} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** The body as a JSON object, or a 400 the way the service answers a malformed body. */
function jsonBody(req) {
    let value;
    try {
        value = JSON.parse(req.body.toString('utf8') || '{}');
    }
    catch {
        throw badParameter('The request body is not valid JSON');
    }
    return objectField(value, 'The request body');
}
/** A JSON object member of a request, or a 400 naming it. */
function objectField(value, name) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw badParameter(`${name} must be a JSON object`);
    return value;
}
/** Bytes of a base64url member (the JWK encoding); `=` padding is taken, other alphabets are refused. */
function base64UrlField(value, name) {
    if (typeof value !== 'string' || value.length === 0 || !/^[A-Za-z0-9_-]+={0,2}$/.test(value))
        throw badParameter(`${name} must be base64url`);
    return Buffer.from(value, 'base64url');
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/access-policy.ts

/** Key permissions of a Key Vault access policy (the `--key-permissions` of `az keyvault set-policy`). */
const KEY_PERMISSIONS = [
    'get',
    'list',
    'update',
    'create',
    'import',
    'delete',
    'recover',
    'backup',
    'restore',
    'purge',
    'encrypt',
    'decrypt',
    'wrapKey',
    'unwrapKey',
    'sign',
    'verify',
    'release',
];
/** What a registered client holds unless a test says otherwise: all a key manager needs, purge excepted. */
const DEFAULT_KEY_PERMISSIONS = KEY_PERMISSIONS.filter((p) => p !== 'purge');
/** The access-policy permission each data-plane route needs (the Managed HSM data action it also maps to). */
const PERMISSION_OF = {
    'keys/read/action': 'get',
    'keys/write/action': 'update',
    'keys/create': 'create',
    'keys/import/action': 'import',
    'keys/encrypt/action': 'encrypt',
    'keys/delete': 'delete',
    'keys/deletedKeys/read/action': 'get',
    'keys/deletedKeys/recover/action': 'recover',
    'keys/deletedKeys/delete': 'purge',
};
function isKeyPermission(value) {
    return KEY_PERMISSIONS.includes(value);
}
/**
 * Refuses what the caller's access policy lacks with the answer Key Vault gives (403 Forbidden, innererror
 * AccessDenied): "The user, group or application '…' does not have keys import permission on key vault
 * 'NAME;location=…'", with Microsoft's help link. Lists need `list`, single reads `get`.
 */
function authorizeByAccessPolicy(principal, action, listing, vaultName) {
    const needed = listing ? 'list' : PERMISSION_OF[action];
    if (principal.keyPermissions.includes(needed))
        return;
    throw new ServiceError(403, 'Forbidden', `The user, group or application 'appid=${principal.appid};oid=${principal.oid};iss=${principal.iss}' does not have keys ${needed} permission on key vault '${vaultName};location=local'. ` +
        'For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287', { code: 'AccessDenied' });
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/rbac.ts

/** The Managed HSM local RBAC roles the emulator models (docs/byok-format.md "Authentication"). */
const ROLES = [
    'Managed HSM Crypto User',
    'Managed HSM Crypto Officer',
    'Managed HSM Crypto Auditor',
];
const GRANTS = {
    'Managed HSM Crypto User': [
        'keys/read/action',
        'keys/write/action',
        'keys/create',
        'keys/import/action',
        'keys/encrypt/action',
        'keys/delete',
        'keys/deletedKeys/read/action',
        'keys/deletedKeys/recover/action',
    ],
    // The officer manages the lifecycle but never creates, imports or reads keys.
    'Managed HSM Crypto Officer': [
        'keys/deletedKeys/read/action',
        'keys/deletedKeys/recover/action',
        'keys/deletedKeys/delete',
    ],
    'Managed HSM Crypto Auditor': ['keys/read/action', 'keys/deletedKeys/read/action'],
};
function isRole(value) {
    return ROLES.includes(value);
}
/** Refuses with the 403 the service gives a caller whose roles lack `action` on `scope` (e.g. `/keys/NAME`). */
function rbac_authorize(principal, action, scope) {
    if (principal.roles.some((role) => GRANTS[role].includes(action)))
        return;
    const full = `Microsoft.KeyVault/managedHsm/${action}`;
    throw new ServiceError(403, 'Forbidden', `Operation not allowed. Caller does not have permission to perform action '${full}' on resource '${scope}'. ` +
        `Caller: appid=${principal.appid};oid=${principal.oid};iss=${principal.iss}`, { code: 'AccessDenied', message: `Not authorized to access ${full} on '${scope}'` });
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/clients.ts



/** The audience GitHub's OIDC token must carry for Entra (docs/byok-format.md "Authentication"). */
const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
/** The app registrations of every tenant the Entra stand-in knows. */
class ClientRegistry {
    defaultTenantId;
    githubIssuer;
    clients = new Map();
    constructor(defaultTenantId, githubIssuer) {
        this.defaultTenantId = defaultTenantId;
        this.githubIssuer = githubIssuer;
    }
    register(registration = {}) {
        const roles = registration.roles ?? ['Managed HSM Crypto User'];
        const unknown = roles.filter((role) => !isRole(role));
        if (unknown.length > 0)
            throw new Error(`Unknown Managed HSM role(s): ${unknown.join(', ')}`);
        const keyPermissions = registration.keyPermissions ?? [...DEFAULT_KEY_PERMISSIONS];
        const unknownPermissions = keyPermissions.filter((p) => !isKeyPermission(p));
        if (unknownPermissions.length > 0)
            throw new Error(`Unknown key permission(s): ${unknownPermissions.join(', ')}`);
        const tenantId = registration.tenantId ?? this.defaultTenantId;
        const clientId = registration.clientId ?? (0,external_node_crypto_.randomUUID)();
        if (this.clients.has(this.key(tenantId, clientId)))
            throw new Error(`Client ${clientId} is already registered in tenant ${tenantId}`);
        const secret = registration.clientSecret === undefined
            ? (0,external_node_crypto_.randomBytes)(24).toString('base64url')
            : registration.clientSecret;
        const federated = registration.federated;
        const client = {
            clientId,
            tenantId,
            objectId: (0,external_node_crypto_.randomUUID)(),
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
    find(tenantId, clientId) {
        return this.clients.get(this.key(tenantId, clientId));
    }
    byObjectId(objectId) {
        return [...this.clients.values()].find((client) => client.objectId === objectId);
    }
    hasTenant(tenantId) {
        return (tenantId === this.defaultTenantId ||
            [...this.clients.values()].some((client) => client.tenantId === tenantId));
    }
    key(tenantId, clientId) {
        return `${tenantId.toLowerCase()}/${clientId.toLowerCase()}`;
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./emulators/managed-hsm/tokens.ts


const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
/** An RS256 signing key of one authority (Entra or GitHub OIDC), made at start. */
class JwtSigner {
    privateKey;
    keyId;
    /** Every token signed, so that leak tests know what to look for. */
    signed = [];
    constructor(privateKey, keyId) {
        this.privateKey = privateKey;
        this.keyId = keyId;
    }
    /** RS256 keys are RSA-2048, from `pool` when there is one. */
    static async create(pool) {
        const privateKey = pool
            ? await pool.take(2048)
            : (await (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair)('rsa', { modulusLength: 2048 })).privateKey;
        return new JwtSigner(privateKey, (0,external_node_crypto_.randomUUID)());
    }
    /** Signs `claims` (iss included) adding iat, nbf and exp: `lifetimeSeconds` from now, negative for an expired token. */
    sign(claims, lifetimeSeconds) {
        const iat = now();
        const payload = { iat, nbf: iat, exp: iat + lifetimeSeconds, jti: (0,external_node_crypto_.randomUUID)(), ...claims };
        const input = `${base64url({ alg: 'RS256', typ: 'JWT', kid: this.keyId })}.${base64url(payload)}`;
        const token = `${input}.${(0,external_node_crypto_.sign)('sha256', Buffer.from(input), this.privateKey).toString('base64url')}`;
        this.signed.push(token);
        return token;
    }
    issued() {
        return [...this.signed];
    }
    /** The public key as a JWKS, for the discovery documents. */
    jwks() {
        const jwk = (0,external_node_crypto_.createPublicKey)(this.privateKey).export({ format: 'jwk' });
        return { keys: [{ ...jwk, kid: this.keyId, use: 'sig', alg: 'RS256' }] };
    }
    /** Checks the signature and the time window; issuer, audience and subject are the caller's to check. */
    verify(token) {
        const parts = token.split('.');
        if (parts.length !== 3)
            return { ok: false, reason: 'is not a JWT' };
        const [header, payload, signature] = parts;
        let claims;
        try {
            const h = JSON.parse(Buffer.from(header, 'base64url').toString());
            if (h.alg !== 'RS256')
                return { ok: false, reason: `uses alg ${String(h.alg)}, not RS256` };
            claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
        }
        catch {
            return { ok: false, reason: 'is not a JWT' };
        }
        let signed = false;
        try {
            signed = (0,external_node_crypto_.verify)('sha256', Buffer.from(`${header}.${payload}`), this.privateKey, Buffer.from(signature, 'base64url'));
        }
        catch {
            // A signature of another key type or length: not ours either way.
        }
        if (!signed)
            return { ok: false, reason: 'has a signature that does not verify' };
        const t = now();
        if (typeof claims.exp !== 'number' || claims.exp <= t)
            return { ok: false, reason: 'has expired' };
        if (typeof claims.nbf === 'number' && claims.nbf > t + 60)
            return { ok: false, reason: 'is not valid yet' };
        return { ok: true, claims };
    }
}
/** Reads a JWT's claims without checking anything, for callers that were told to accept any token. */
function decodeUnverified(token) {
    try {
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
        return typeof claims === 'object' && claims !== null ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
function audienceIncludes(claims, audience) {
    const auds = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    return auds.some((a) => typeof a === 'string' && a.replace(/\/$/, '') === audience);
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/entra.ts


const MANAGED_HSM_RESOURCE = 'https://managedhsm.azure.net';
/** Resources the stand-in issues tokens for; a token for another one is a way to test a wrong audience. */
const KNOWN_RESOURCES = [MANAGED_HSM_RESOURCE, 'https://vault.azure.net', 'https://management.azure.com'];
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const ACCESS_TOKEN_LIFETIME_SECONDS = 3599;
/** An Entra refusal, shaped as MSAL reads it: `error`, `error_description` starting with the AADSTS code. */
function aadError(status, error, code, description) {
    const traceId = (0,external_node_crypto_.randomUUID)();
    const timestamp = new Date()
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, 'Z');
    return {
        status,
        body: {
            error,
            error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${(0,external_node_crypto_.randomUUID)()} Timestamp: ${timestamp}`,
            error_codes: [code],
            timestamp,
            trace_id: traceId,
        },
    };
}
const sameSecret = (a, b) => a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(Buffer.from(a), Buffer.from(b));
/**
 * The Entra ID endpoints MSAL uses for the client-credentials grant
 * (emulators/README.md "What the real clients ask").
 */
class Entra {
    baseUrl;
    clients;
    signer;
    github;
    constructor(baseUrl, clients, signer, github) {
        this.baseUrl = baseUrl;
        this.clients = clients;
        this.signer = signer;
        this.github = github;
    }
    issuer(tenantId) {
        return `${this.baseUrl}/${tenantId}/v2.0`;
    }
    /** Signs an app-only access token as Entra would for `client` and `resource`. */
    accessToken(client, resource, lifetimeSeconds = ACCESS_TOKEN_LIFETIME_SECONDS) {
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
    handle(req) {
        const match = /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys|oauth2\/v2\.0\/token)$/.exec(req.url.pathname);
        if (!match)
            return undefined;
        const [, tenantId = '', endpoint] = match;
        if (!this.clients.hasTenant(tenantId)) {
            return aadError(400, 'invalid_request', 90002, `Tenant '${tenantId}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
        }
        if (endpoint === 'discovery/v2.0/keys')
            return { status: 200, body: this.signer.jwks() };
        if (endpoint === 'oauth2/v2.0/token') {
            return req.method === 'POST'
                ? this.token(tenantId, new URLSearchParams(req.body.toString('utf8')))
                : { status: 405 };
        }
        return { status: 200, body: this.openIdConfiguration(tenantId) };
    }
    /** Every endpoint on this host: MSAL refuses a document that points elsewhere. */
    openIdConfiguration(tenantId) {
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
    token(tenantId, form) {
        const grantType = form.get('grant_type');
        if (grantType !== 'client_credentials') {
            return aadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType ?? ''}'.`);
        }
        const clientId = form.get('client_id');
        if (!clientId)
            return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
        const client = this.clients.find(tenantId, clientId);
        if (!client) {
            return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`);
        }
        const scopes = (form.get('scope') ?? '').split(' ').filter((s) => s.endsWith('/.default'));
        const scope = scopes[0];
        if (scopes.length !== 1 || scope === undefined) {
            return aadError(400, 'invalid_scope', 1002012, `The provided value for scope ${form.get('scope') ?? ''} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
        }
        const resource = scope.slice(0, -'/.default'.length);
        if (!KNOWN_RESOURCES.includes(resource)) {
            return aadError(400, 'invalid_resource', 500011, `The resource principal named ${resource} was not found in the tenant named ${tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`);
        }
        const refusal = this.authenticate(client, form);
        if (refusal)
            return refusal;
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
    authenticate(client, form) {
        const secret = form.get('client_secret');
        const assertion = form.get('client_assertion');
        if (secret !== null) {
            if (client.clientSecret !== undefined && sameSecret(secret, client.clientSecret))
                return undefined;
            return aadError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${client.clientId}'.`);
        }
        if (assertion === null) {
            return aadError(400, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
        }
        if (form.get('client_assertion_type') !== JWT_BEARER) {
            return aadError(400, 'invalid_request', 50012, `Client assertion type must be '${JWT_BEARER}'.`);
        }
        const verified = this.github.verify(assertion);
        if (!verified.ok) {
            if (verified.reason === 'has expired')
                return aadError(400, 'invalid_client', 700024, 'Client assertion is not within its valid time range.');
            return aadError(400, 'invalid_client', 50013, `Assertion failed signature validation. [Reason - The assertion ${verified.reason}.]`);
        }
        const { iss, sub, aud } = verified.claims;
        const byIssuer = client.federatedCredentials.filter((f) => f.issuer === iss);
        if (byIssuer.length === 0) {
            return aadError(400, 'invalid_client', 700211, `No matching federated identity record found for presented assertion issuer '${String(iss)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`);
        }
        const bySubject = byIssuer.filter((f) => f.subject === sub);
        if (bySubject.length === 0) {
            return aadError(400, 'invalid_client', 700213, `No matching federated identity record found for presented assertion subject '${String(sub)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`);
        }
        if (!bySubject.some((f) => audienceIncludes(verified.claims, f.audience))) {
            return aadError(400, 'invalid_client', 700212, `No matching federated identity record found for presented assertion audience '${String(aud)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`);
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/faults.ts
/** The service's throttling answer (docs/byok-format.md "Limits"), seen without Retry-After. */
function throttledReply(retryAfterSeconds) {
    return {
        status: 429,
        ...(retryAfterSeconds === undefined ? {} : { headers: { 'Retry-After': String(retryAfterSeconds) } }),
        body: {
            error: {
                code: 'Throttled',
                message: 'Request was not processed because too many requests were received. Reason: VaultRequestTypeLimitReached',
            },
        },
    };
}
const STATUS_ERRORS = {
    500: {
        code: 'InternalServerError',
        message: 'The server encountered an internal error. Please retry the request.',
    },
    503: {
        code: 'ServiceUnavailable',
        message: 'The service is temporarily unavailable. Please retry the request.',
    },
};
function faultReply(rule, authorization) {
    if (rule.status === 429)
        return throttledReply(rule.retryAfterSeconds);
    const canned = STATUS_ERRORS[rule.status] ?? STATUS_ERRORS[500];
    const error = rule.echoAuthorization
        ? { ...canned, message: `${canned.message} Authorization: ${authorization ?? '(none)'}` }
        : canned;
    return {
        status: rule.status,
        ...(rule.retryAfterSeconds === undefined
            ? {}
            : { headers: { 'Retry-After': String(rule.retryAfterSeconds) } }),
        body: { error },
    };
}
function matches(match, method, path) {
    if (match.method && match.method.toUpperCase() !== method)
        return false;
    if (match.path instanceof RegExp)
        return match.path.test(path);
    const pattern = match.path
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+');
    return new RegExp(`^${pattern}/?$`, 'i').test(path);
}
/** Faults and rate limits that tests program per route, consulted by the server on every request. */
class faults_Faults {
    rules = [];
    limits = [];
    add(rule) {
        this.rules.push({ ...rule, remaining: rule.times ?? Infinity });
    }
    limitRate(limit) {
        this.limits.push({ ...limit, accepted: [] });
    }
    /** Removes every fault and rate limit. */
    clear() {
        this.rules = [];
        this.limits = [];
    }
    /** The first fault that still applies to this request, counted as used. */
    take(method, path) {
        const rule = this.rules.find((r) => r.remaining > 0 && matches(r, method, path));
        if (rule)
            rule.remaining -= 1;
        return rule;
    }
    /** True when a rate limit refuses this request; accepted requests count towards the limit's window. */
    throttled(method, path, now = Date.now()) {
        const applicable = this.limits.filter((l) => matches(l, method, path));
        for (const limit of applicable)
            limit.accepted = limit.accepted.filter((t) => t > now - (limit.windowMs ?? 1000));
        if (applicable.some((l) => l.accepted.length >= l.perSecond))
            return true;
        for (const limit of applicable)
            limit.accepted.push(now);
        return false;
    }
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/github-oidc.ts

/** GitHub's token lives about 5 minutes (docs/byok-format.md "Limits"). */
const ID_TOKEN_LIFETIME_SECONDS = 300;
const GITHUB_OIDC_PATH = '/github-oidc';
/**
 * The Actions ID-token service that `core.getIDToken(audience)` calls (emulators/README.md "What the real clients ask"), issuing under
 * the emulator's own issuer URL so that only the emulator's Entra stand-in trusts the tokens.
 */
class GithubOidc {
    signer;
    issuer;
    requestTokens = new Map();
    constructor(baseUrl, signer) {
        this.signer = signer;
        this.issuer = `${baseUrl}${GITHUB_OIDC_PATH}`;
    }
    /** The two variables the runner sets for a job granted `id-token: write`, bound to `subject`. */
    env(subject) {
        const token = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
        this.requestTokens.set(token, subject);
        return {
            ACTIONS_ID_TOKEN_REQUEST_URL: `${this.issuer}/idtoken?api-version=2.0`,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: token,
        };
    }
    idToken(who, audience, lifetimeSeconds = ID_TOKEN_LIFETIME_SECONDS) {
        const repository = who.repository ?? /^repo:([^:]+\/[^:]+)/.exec(who.subject)?.[1] ?? 'owner/repo';
        const owner = repository.split('/')[0] ?? 'owner';
        const environment = /:environment:([^:]+)/.exec(who.subject)?.[1];
        return this.signer.sign({
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
        }, lifetimeSeconds);
    }
    /** A token of this issuer: signature, issuer and time checked. */
    verify(token) {
        const result = this.signer.verify(token);
        if (result.ok && result.claims.iss !== this.issuer)
            return { ok: false, reason: `was issued by ${String(result.claims.iss)}` };
        return result;
    }
    handle(req) {
        if (req.url.pathname !== `${GITHUB_OIDC_PATH}/idtoken`)
            return undefined;
        if (req.method !== 'GET')
            return { status: 405, body: { message: 'Method not allowed' } };
        const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
        const who = bearer === undefined ? undefined : this.requestTokens.get(bearer);
        if (!who)
            return { status: 401, body: { message: 'The request token is missing, unknown or expired' } };
        const audience = req.url.searchParams.get('audience') ?? undefined;
        return { status: 200, body: { value: this.idToken(who, audience) } };
    }
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/key-material.ts



/**
 * Sizes and curves of HSM keys as Microsoft documents them (Key Vault "About keys", BYOK specification): RSA
 * 1024 is refused, oct-HSM is a Managed HSM type. The emulator keeps its own table: it judges the product's.
 */
const RSA_SIZES = [2048, 3072, 4096];
const EC_CURVES = ['P-256', 'P-384', 'P-521', 'P-256K'];
const AES_SIZES = [128, 192, 256];
const NODE_CURVES = {
    'P-256': 'prime256v1',
    'P-384': 'secp384r1',
    'P-521': 'secp521r1',
    'P-256K': 'secp256k1',
};
/** Node's name for a JWK curve. */
const nodeCurveName = (curve) => NODE_CURVES[curve];
/** The JWK curve of a Node EC key, when Key Vault knows it. */
function curveOfNodeName(name) {
    return EC_CURVES.find((c) => NODE_CURVES[c] === name);
}
/**
 * The HSM type a `kty` names. `RSA`, `EC` and `oct` are the software forms: accepted only where `software` says
 * so (a plain JWK import with `Hsm: true`), refused everywhere else.
 */
function hsmKty(kty, software) {
    const match = typeof kty === 'string' ? /^(RSA|EC|oct)(-HSM)?$/.exec(kty) : null;
    if (match && (match[2] || software))
        return `${match[1]}-HSM`;
    throw badParameter(`The key type ${JSON.stringify(kty ?? null)} is not supported here; use RSA-HSM, EC-HSM or oct-HSM`);
}
function curveOf(value) {
    if (EC_CURVES.includes(value))
        return value;
    throw badParameter(`The curve ${JSON.stringify(value)} is not supported; use ${EC_CURVES.join(', ')}`);
}
function checkSize(kty, size, allowed) {
    if (!allowed.includes(size))
        throw badParameter(`The key size ${size} is not supported for ${kty} keys; use ${allowed.join(', ')}`);
}
/**
 * A fresh key for `POST /keys/{name}/create`, with the service's defaults when size or curve are left out. RSA
 * keys come from `pool` when there is one (generated ahead of need, each handed out once).
 */
async function generateMaterial(kty, keySize, crv, pool) {
    if (keySize !== undefined && typeof keySize !== 'number')
        throw badParameter('key_size must be a number');
    if (kty === 'EC-HSM') {
        const curve = curveOf(crv ?? 'P-256');
        const { privateKey } = await (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair)('ec', { namedCurve: nodeCurveName(curve) });
        return { kty, privateKey, crv: curve };
    }
    if (kty === 'oct-HSM') {
        const size = keySize ?? 256;
        checkSize(kty, size, AES_SIZES);
        return { kty, secret: (0,external_node_crypto_.randomBytes)(size / 8), size };
    }
    const size = keySize ?? 2048;
    checkSize(kty, size, RSA_SIZES);
    const privateKey = pool
        ? await pool.take(size)
        : (await (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair)('rsa', { modulusLength: size, publicExponent: 0x10001 })).privateKey;
    return { kty, privateKey, size };
}
/** Wraps an imported or seeded private key, refusing the sizes and curves Managed HSM refuses. */
function materialFromPrivateKey(privateKey) {
    const details = privateKey.asymmetricKeyDetails ?? {};
    if (privateKey.asymmetricKeyType === 'rsa') {
        const size = details.modulusLength ?? 0;
        checkSize('RSA-HSM', size, RSA_SIZES);
        return { kty: 'RSA-HSM', privateKey, size };
    }
    if (privateKey.asymmetricKeyType === 'ec') {
        const crv = curveOfNodeName(details.namedCurve);
        if (!crv)
            throw badParameter(`The curve ${String(details.namedCurve)} is not supported; use ${EC_CURVES.join(', ')}`);
        return { kty: 'EC-HSM', privateKey, crv };
    }
    throw badParameter(`A ${String(privateKey.asymmetricKeyType)} key cannot be imported; use an RSA or EC key`);
}
function materialFromSecret(secret) {
    checkSize('oct-HSM', secret.length * 8, AES_SIZES);
    return { kty: 'oct-HSM', secret, size: secret.length * 8 };
}
/** The public members of the JsonWebKey the service returns (oct keys show none). */
function publicJwk(material) {
    if (material.kty === 'oct-HSM')
        return {};
    const jwk = (0,external_node_crypto_.createPublicKey)(material.privateKey).export({ format: 'jwk' });
    if (material.kty === 'RSA-HSM')
        return { n: String(jwk.n), e: String(jwk.e) };
    return { crv: material.crv, x: String(jwk.x), y: String(jwk.y) };
}
/** Operations per type, as the service's refusal lists them ("Supported values are "sign", "verify"." for EC). */
const OPS_BY_KTY = {
    'RSA-HSM': ['encrypt', 'decrypt', 'sign', 'verify', 'wrapKey', 'unwrapKey', 'import'],
    'EC-HSM': ['sign', 'verify'],
    'oct-HSM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
};
const DEFAULT_OPS = {
    'RSA-HSM': ['encrypt', 'decrypt', 'sign', 'verify', 'wrapKey', 'unwrapKey'],
    'EC-HSM': ['sign', 'verify'],
    'oct-HSM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
};
/** key_ops as given, or the type's defaults; "import" marks a KEK and excludes every other operation. */
function keyOpsFor(kty, ops) {
    if (ops === undefined || ops === null)
        return [...DEFAULT_OPS[kty]];
    if (!Array.isArray(ops) || ops.some((op) => typeof op !== 'string'))
        throw badParameter('key_ops must be an array of strings');
    const invalid = ops.filter((op) => !OPS_BY_KTY[kty].includes(op));
    const quoted = (list) => list.map((op) => `"${op}"`).join(', ');
    if (invalid.length > 0)
        throw badParameter(`Unsupported key operation(s): ${quoted(invalid)}. Supported values are ${quoted(OPS_BY_KTY[kty])}.`);
    if (ops.includes('import') && ops.length !== 1)
        throw badParameter('The "import" key operation cannot be combined with any other operation');
    return [...new Set(ops)];
}
/** Random 32 lowercase hex, the shape of every Key Vault key version. */
function newVersion() {
    return (0,external_node_crypto_.randomBytes)(16).toString('hex');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./emulators/managed-hsm/key-pool.ts



const generateRsa = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
/**
 * RSA private keys generated ahead of need, for `create` and the token signers where generation is incidental
 * (tests, the demo): an RSA-4096 KEK takes up to 0.8 s to generate, a pooled one none. Each key is handed out
 * once, never to two callers, and the pool refills in the background. Keys live in memory only.
 */
class RsaKeyPool {
    warm;
    seeded;
    ready = new Map();
    filling = new Map();
    /**
     * `warm` keys of each size are started at once; any other size keeps one spare once it has been asked for. With
     * `seed` (keys made before this process started), those are handed out first and nothing is generated ahead.
     */
    constructor(warm = {}, seeded = false, seed = []) {
        this.warm = warm;
        this.seeded = seeded;
        for (const key of seed) {
            const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
            this.ready.set(bits, [...(this.ready.get(bits) ?? []), key]);
        }
        if (!seeded)
            for (const bits of Object.keys(warm))
                this.refill(Number(bits));
    }
    /** A ready key, or the one being generated, or a new one; a replacement is started in the background. */
    async take(bits) {
        const key = this.ready.get(bits)?.shift();
        const next = key ? Promise.resolve(key) : (this.filling.get(bits)?.shift() ?? this.generate(bits));
        this.refill(bits);
        return next;
    }
    /** Waits for keys still being generated, so a process can end without work in flight. */
    async settle() {
        await Promise.allSettled([...this.filling.values()].flat());
    }
    refill(bits) {
        const queued = this.filling.get(bits) ?? [];
        this.filling.set(bits, queued);
        const spares = this.seeded ? 0 : (this.warm[bits] ?? 1);
        while ((this.ready.get(bits)?.length ?? 0) + queued.length < spares) {
            const pending = this.generate(bits);
            queued.push(pending);
            void pending.then((key) => {
                const at = queued.indexOf(pending);
                if (at < 0)
                    return; // handed out while it was generated
                queued.splice(at, 1);
                this.ready.set(bits, [...(this.ready.get(bits) ?? []), key]);
            }, () => queued.splice(queued.indexOf(pending), 1));
        }
    }
    async generate(bits) {
        return (await generateRsa('rsa', { modulusLength: bits, publicExponent: 0x10001 })).privateKey;
    }
}
let shared;
/**
 * Where a test run keeps RSA keys it made once for all its processes (test/global): a file of PKCS#8 PEM blocks.
 * Every emulator then starts from the same keys instead of generating its own; they are test keys of a stand-in,
 * removed with the run.
 */
const KEY_SEED_VARIABLE = 'BYOK_EMULATOR_KEY_SEED';
/**
 * The pool every emulator of this process shares, so a second start (a test file with two emulators, the bench)
 * finds its keys made. RSA-2048 feeds the two token signers, RSA-4096 is the product's default KEK size. Keys stay
 * distinct within a process (a rotated KEK is another key); emulators in different processes may hold the same.
 */
function sharedKeyPool() {
    if (!shared) {
        const seedFile = process.env[KEY_SEED_VARIABLE];
        const pems = seedFile
            ? (0,external_node_fs_.readFileSync)(seedFile, 'utf8').match(/-----BEGIN PRIVATE KEY-----[^-]+-----END PRIVATE KEY-----/g)
            : [];
        shared = new RsaKeyPool({ 2048: 2, 4096: 1 }, seedFile !== undefined, (pems ?? []).map((pem) => (0,external_node_crypto_.createPrivateKey)(pem)));
    }
    return shared;
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/vault-kinds.ts
const VAULT_KINDS = {
    managedhsm: {
        domain: 'managedhsm.azure.net',
        resource: 'https://managedhsm.azure.net',
        ktys: ['RSA-HSM', 'EC-HSM', 'oct-HSM'],
        authorization: 'local-rbac',
        title: 'Managed HSM',
    },
    vault: {
        domain: 'vault.azure.net',
        resource: 'https://vault.azure.net',
        ktys: ['RSA-HSM', 'EC-HSM'],
        authorization: 'access-policy',
        title: 'Key Vault',
    },
};
function isVaultKind(value) {
    return Object.hasOwn(VAULT_KINDS, value);
}
/** The kind and name of a vault host (NAME.vault.azure.net, NAME.managedhsm.azure.net), or undefined. */
function vaultOfHost(hostname) {
    const match = /^([a-z0-9](?:[a-z0-9-]{1,22})[a-z0-9])\.(vault|managedhsm)\.azure\.net$/.exec(hostname.toLowerCase());
    if (!match)
        return undefined;
    return { kind: match[2] === 'vault' ? 'vault' : 'managedhsm', name: match[1] };
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/proxy.ts


/**
 * An HTTP CONNECT proxy on loopback that lets clients reach the emulator under real vault names without DNS:
 * a tunnel to NAME.managedhsm.azure.net:443 or NAME.vault.azure.net:443 ends in the emulator's own HTTPS server,
 * whose certificate covers both domains, so the client sees the name it asked for and challenge-resource
 * verification stays on. Nothing else is tunnelled: it is no way out to the network.
 */
async function startVaultProxy(https, host) {
    const tunnels = new Set();
    const server = (0,external_node_http_.createServer)((_req, res) => {
        res
            .writeHead(405, { 'content-type': 'text/plain' })
            .end('This proxy only takes CONNECT to vault hosts\n');
    });
    server.on('connect', (req, socket, head) => {
        const target = /^([^:]+):(\d+)$/.exec(req.url ?? '');
        if (!target || target[2] !== '443' || !vaultOfHost(target[1])) {
            socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
            return;
        }
        tunnels.add(socket);
        socket.once('close', () => tunnels.delete(socket));
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length > 0)
            socket.unshift(head);
        https.emit('connection', socket);
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, host, resolve);
    });
    const address = server.address();
    if (address === null || typeof address === 'string')
        throw new Error('The proxy has no TCP address');
    return {
        url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
        close: () => new Promise((resolve) => {
            for (const socket of tunnels)
                socket.destroy();
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./emulators/managed-hsm/auth.ts




/**
 * Key Vault challenge authentication (docs/byok-format.md "Authentication"): a request without a token gets a 401 naming
 * the authority and the vault's resource (Managed HSM or Key Vault), and the client retries with a bearer token
 * for `<resource>/.default`.
 */
function authenticate(req, auth, resource) {
    const unauthorized = (message) => new ServiceError(401, 'Unauthorized', message, undefined, {
        'WWW-Authenticate': `Bearer authorization="${auth.baseUrl}/${auth.tenantId}", resource="${resource}"`,
    });
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token)
        throw unauthorized('AKV10000: Request is missing a Bearer or PoP token.');
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
function checkClaims(claims, auth, resource) {
    const issuer = auth.entra.issuer(auth.tenantId);
    if (claims.iss !== issuer || claims.tid !== auth.tenantId)
        return `AKV10032: Invalid issuer. Expected one of ${issuer}, found ${String(claims.iss)}.`;
    if (!audienceIncludes(claims, resource))
        return `AKV10022: Invalid audience. Expected ${resource}, found: ${String(claims.aud)}.`;
    return undefined;
}
function identity(claims) {
    const text = (value) => (typeof value === 'string' ? value : 'unknown');
    return { appid: text(claims.appid), oid: text(claims.oid), tid: text(claims.tid), iss: text(claims.iss) };
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/crypto-ops.ts


/** A*CBC is AES-CBC without padding (whole blocks only); A*CBCPAD pads with PKCS#7. */
const AES_CBC = /^A(128|192|256)CBC(PAD)?$/;
/** Outside nbf/exp only decrypt, unwrap, verify and release are allowed (docs/byok-format.md "Limits"). */
function checkUsable(key, operation) {
    const now = Math.floor(Date.now() / 1000);
    const { enabled, nbf, exp } = key.attributes;
    const state = !enabled
        ? 'a disabled'
        : exp !== undefined && now >= exp
            ? 'an expired'
            : nbf !== undefined && now < nbf
                ? 'a not yet valid'
                : undefined;
    if (state)
        throw new ServiceError(403, 'Forbidden', `Operation ${operation} is not allowed on ${state} key.`);
    if (!key.keyOps.includes(operation))
        throw badParameter(`Operation ${operation} is not allowed by the key's key_ops [${key.keyOps.join(', ')}]`);
}
/**
 * `POST /keys/{name}/{version}/encrypt` for oct-HSM keys with AES-CBC: `{alg, value, iv}` → `{kid, value}`, both
 * base64url. Enough for a key check value; the other algorithms answer 501.
 */
function encrypt(key, kid, body) {
    const alg = body.alg;
    if (typeof alg !== 'string')
        throw badParameter('The algorithm (alg) is required');
    const cbc = AES_CBC.exec(alg);
    if (key.material.kty !== 'oct-HSM' || !cbc)
        throw new ServiceError(501, 'NotImplemented', `The emulator implements encrypt for oct-HSM keys with A128CBC, A192CBC, A256CBC and their PAD forms only, not ${alg} on ${key.material.kty}`);
    checkUsable(key, 'encrypt');
    if (Number(cbc[1]) !== key.material.size)
        throw badParameter(`Algorithm ${alg} needs a ${cbc[1]}-bit key; this key has ${key.material.size} bits`);
    const plaintext = base64UrlField(body.value, '"value"');
    const iv = base64UrlField(body.iv, '"iv"');
    if (iv.length !== 16)
        throw badParameter('"iv" must be 16 bytes for AES-CBC');
    const padded = cbc[2] === 'PAD';
    if (!padded && (plaintext.length === 0 || plaintext.length % 16 !== 0))
        throw badParameter(`${alg} encrypts whole 16-byte blocks only; use ${alg}PAD for other lengths`);
    const cipher = (0,external_node_crypto_.createCipheriv)(`aes-${key.material.size}-cbc`, key.material.secret, iv).setAutoPadding(padded);
    const value = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { status: 200, body: { kid, value: value.toString('base64url') } };
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/release-policy.ts

const JSON_CONTENT = 'application/json; charset=utf-8';
const OPERATORS = ['equals', 'notEquals', 'less', 'lessOrEquals', 'greater', 'greaterOrEquals', 'exists'];
const refuse = (detail) => badParameter(`The release policy is not valid: ${detail}`);
/** Members matched without regard to case, as Azure Policy reads them ("anyOf" and "anyof" alike). */
function member(object, name) {
    const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : object[key];
}
function conditions(value, where) {
    if (!Array.isArray(value) || value.length === 0)
        throw refuse(`${where} must be a non-empty array`);
    value.forEach((item, i) => condition(item, `${where}[${i}]`));
}
/** A claim condition (`claim` and one operator) or a nested anyOf / allOf. */
function condition(value, where) {
    const object = objectField(value, `release policy ${where}`);
    const nested = ['anyOf', 'allOf'].filter((n) => member(object, n) !== undefined);
    if (nested.length > 0) {
        if (nested.length > 1 || member(object, 'claim') !== undefined)
            throw refuse(`${where} mixes a claim with anyOf/allOf`);
        return conditions(member(object, nested[0]), `${where}.${nested[0]}`);
    }
    if (typeof member(object, 'claim') !== 'string')
        throw refuse(`${where} has no "claim"`);
    const operators = OPERATORS.filter((op) => member(object, op) !== undefined);
    if (operators.length !== 1)
        throw refuse(`${where} needs exactly one of ${OPERATORS.join(', ')}`);
    const operand = member(object, operators[0]);
    if (!['string', 'number', 'boolean'].includes(typeof operand))
        throw refuse(`${where}.${operators[0]} must be a string, number or boolean`);
}
/**
 * `release_policy` of a create or import: `{contentType?, data, immutable?}`, `data` the base64url of a policy in
 * Microsoft's secure key release grammar: `{"version": "1.0.0", "anyOf": [{"authority": URL, "anyOf"|"allOf":
 * [conditions]}]}`, a condition being `{"claim", <operator>: value}` or a nested anyOf / allOf.
 */
function parseReleasePolicy(value) {
    const body = objectField(value, 'release_policy');
    const contentType = body.contentType ?? JSON_CONTENT;
    if (typeof contentType !== 'string' || !/^application\/json(;\s*charset=utf-8)?$/i.test(contentType))
        throw refuse(`contentType ${JSON.stringify(contentType)} is not application/json`);
    if (body.immutable !== undefined && typeof body.immutable !== 'boolean')
        throw refuse('immutable must be a boolean');
    const data = base64UrlField(body.data, 'release_policy.data');
    let policy;
    try {
        policy = objectField(JSON.parse(data.toString('utf8')), 'release policy');
    }
    catch (error) {
        throw error instanceof SyntaxError ? refuse('data is not JSON') : error;
    }
    if (member(policy, 'version') !== '1.0.0')
        throw refuse('version must be "1.0.0"');
    const authorities = member(policy, 'anyOf');
    if (!Array.isArray(authorities) || authorities.length === 0)
        throw refuse('anyOf must be a non-empty array of authorities');
    authorities.forEach((item, i) => {
        const authority = objectField(item, `release policy anyOf[${i}]`);
        const url = member(authority, 'authority');
        if (typeof url !== 'string' || !/^https:\/\/[^/\s]+/.test(url))
            throw refuse(`anyOf[${i}].authority must be an https URL`);
        const nested = ['anyOf', 'allOf'].filter((n) => member(authority, n) !== undefined);
        if (nested.length !== 1)
            throw refuse(`anyOf[${i}] needs exactly one of anyOf, allOf`);
        conditions(member(authority, nested[0]), `anyOf[${i}].${nested[0]}`);
    });
    return {
        contentType,
        data: data.toString('base64url'),
        immutable: body.immutable === true,
    };
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/key-attributes.ts


/** True for 7.3-preview, 7.3 and later, and the date-named versions: where `exportable` exists (AKV.SKR.1001). */
function hasExportable(apiVersion) {
    const seven = /^7\.(\d+)/.exec(apiVersion);
    return seven ? Number(seven[1]) >= 3 : true;
}
/**
 * `attributes`, `tags` and `release_policy` of a create or import body. An exportable key needs a release policy,
 * and only an exportable key may have one: the service's answers AKV.SKR.1001, .1004 and .1005 (recorded in the
 * Azure SDK tests; REST "KeyAttributes.exportable").
 */
function keyOptionsOf(body, apiVersion) {
    const attributes = (body.attributes ?? {});
    if (typeof attributes !== 'object' || Array.isArray(attributes))
        throw badParameter('attributes must be an object');
    const time = (name) => {
        const value = attributes[name];
        if (value !== undefined && value !== null && !Number.isInteger(value))
            throw badParameter(`attributes.${name} must be a time in unix seconds`);
        return (value ?? undefined);
    };
    const flag = (name) => {
        const value = attributes[name];
        if (value !== undefined && value !== null && typeof value !== 'boolean')
            throw badParameter(`attributes.${name} must be a boolean`);
        return (value ?? undefined);
    };
    const tags = body.tags;
    if (tags !== undefined &&
        (typeof tags !== 'object' || Object.values(tags).some((v) => typeof v !== 'string')))
        throw badParameter('tags must be an object of strings');
    const exportable = flag('exportable') === true;
    if (exportable && !hasExportable(apiVersion))
        throw badParameter("AKV.SKR.1001: The exportable attribute is only supported with premium vaults and API version >= '7.3-preview'.");
    const policy = body.release_policy ?? undefined;
    if (exportable && policy === undefined)
        throw badParameter('AKV.SKR.1004: Exportable keys must have release policy.');
    if (!exportable && policy !== undefined)
        throw badParameter('AKV.SKR.1005: Non-exportable keys must not have release policy.');
    return {
        enabled: flag('enabled'),
        nbf: time('nbf'),
        exp: time('exp'),
        ...(tags ? { tags } : {}),
        ...(exportable ? { exportable, releasePolicy: parseReleasePolicy(policy) } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/asn1js/build/index.js
var build = __webpack_require__(54549);
;// CONCATENATED MODULE: ./emulators/managed-hsm/transfer-blob.ts



function parseTransferBlob(bytes) {
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw badParameter('key_hsm is not a BYOK key transfer blob: it is not JSON');
    }
    const blob = objectField(json, 'key_hsm');
    if (typeof blob.schema_version !== 'string')
        throw badParameter('key_hsm is not a BYOK key transfer blob: "schema_version" is missing');
    const header = objectField(blob.header, 'key_hsm header');
    if (typeof header.kid !== 'string')
        throw badParameter('The key_hsm header has no "kid"');
    if (header.alg !== 'dir')
        throw badParameter(`The key_hsm header has alg ${JSON.stringify(header.alg ?? null)}; it must be "dir"`);
    if (header.enc !== 'CKM_RSA_AES_KEY_WRAP')
        throw badParameter(`The key_hsm header has enc ${JSON.stringify(header.enc ?? null)}; it must be "CKM_RSA_AES_KEY_WRAP"`);
    return { kid: header.kid, ciphertext: base64UrlField(blob.ciphertext, 'key_hsm ciphertext') };
}
/** RFC 5649's alternative initial value, the IV Node's id-aesNNN-wrap-pad ciphers take. */
const KWP_IV = Buffer.from('A65959A6', 'hex');
/**
 * CKM_RSA_AES_KEY_WRAP undone with the KEK's private key: the first modulus-length bytes are the ephemeral AES key
 * under RSA-OAEP (SHA-1, MGF1-SHA-1, no label), the rest the target under AES key wrap with padding (RFC 5649).
 * Undefined when either step fails: the blob was made for another key or was altered.
 */
function unwrapTransferBlob(kek, ciphertext) {
    const modulusBytes = (kek.asymmetricKeyDetails?.modulusLength ?? 0) / 8;
    if (ciphertext.length < modulusBytes + 16)
        return undefined;
    try {
        const aesKey = (0,external_node_crypto_.privateDecrypt)({ key: kek, padding: external_node_crypto_.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, ciphertext.subarray(0, modulusBytes));
        if (![16, 24, 32].includes(aesKey.length))
            return undefined;
        const decipher = (0,external_node_crypto_.createDecipheriv)(`id-aes${aesKey.length * 8}-wrap-pad`, aesKey, KWP_IV);
        return Buffer.concat([decipher.update(ciphertext.subarray(modulusBytes)), decipher.final()]);
    }
    catch {
        return undefined;
    }
}
/**
 * The unwrapped RSA or EC key must be exactly the DER of a PKCS#8 PrivateKeyInfo (BYOK specification). OpenSSL
 * reads a DER prefix and ignores what follows, so the end of the outer element is found first (asn1js) and
 * anything after it is refused. Zero padding of 1-7 bytes passes only under the `zero-padded-pkcs8` tolerance.
 */
function exactPkcs8(plaintext, tolerates) {
    const { offset } = (0,build.fromBER)(new Uint8Array(plaintext));
    if (offset <= 0 || plaintext[0] !== 0x30)
        throw badParameter('The unwrapped key material is not a DER-encoded PKCS#8 private key');
    const trailing = plaintext.subarray(offset);
    if (trailing.length === 0)
        return plaintext;
    const zeroPadding = trailing.length < 8 && trailing.every((byte) => byte === 0);
    if (zeroPadding && tolerates('zero-padded-pkcs8', `${trailing.length} zero byte(s) after the PKCS#8 key`))
        return plaintext.subarray(0, offset);
    throw badParameter(`The unwrapped key material is not a PKCS#8 private key: ${trailing.length} byte(s) follow its DER encoding`);
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/key-import.ts




/**
 * The key material of `PUT /keys/{name}`: a `key_hsm` BYOK blob unwrapped with a KEK of the same vault (BYOK
 * specification), or a plain private JWK. `tolerates` lets a named departure through and notes it.
 */
function importMaterial(key, hsm, vault, tolerates) {
    if (hsm !== undefined && typeof hsm !== 'boolean')
        throw badParameter('Hsm must be a boolean');
    const byok = key.key_hsm !== undefined;
    if (byok && hsm === false)
        throw badParameter('A key_hsm key is HSM-protected: Hsm cannot be false for a BYOK import');
    const software = typeof key.kty === 'string' && /^(RSA|EC|oct)$/.test(key.kty);
    const kty = hsmKty(key.kty, software &&
        (byok
            ? tolerates('software-kty', `kty ${String(key.kty)} taken as ${String(key.kty)}-HSM`)
            : hsm === true || vault.kind === 'managedhsm'));
    checkKind(kty, vault, tolerates);
    if (key.crv !== undefined)
        curveOf(key.crv);
    if (byok &&
        kty === 'EC-HSM' &&
        key.crv === undefined &&
        !tolerates('ec-without-crv', 'the curve was read from the key'))
        throw badParameter('An EC-HSM key to import needs "crv": P-256, P-384, P-521 or P-256K');
    if (byok)
        return unwrapByok(kty, key, vault, tolerates);
    return fromJwk(kty, key);
}
/** oct-HSM is a Managed HSM key type; a Key Vault refuses it before anything is unwrapped. */
function checkKind(kty, vault, tolerates) {
    if (vault.capabilities.ktys.includes(kty))
        return;
    if (tolerates('oct-on-key-vault', `${kty} on ${vault.capabilities.title} ${vault.name}`))
        return;
    throw badParameter(`The key type ${kty} is not supported by ${vault.capabilities.title}; use one of ${vault.capabilities.ktys.join(', ')}`);
}
function fromJwk(kty, key) {
    if (kty === 'oct-HSM') {
        if (key.k === undefined)
            throw badParameter('An oct key to import needs "k" (base64url) or "key_hsm"');
        return materialFromSecret(base64UrlField(key.k, 'k'));
    }
    const jwk = kty === 'RSA-HSM'
        ? { ...key, kty: 'RSA' }
        : { ...key, kty: 'EC', crv: key.crv === 'P-256K' ? 'secp256k1' : key.crv };
    if (typeof jwk.d !== 'string')
        throw badParameter('The key to import has no private part ("d"); a public key cannot be imported');
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: jwk, format: 'jwk' });
    }
    catch {
        throw badParameter('The property "key" must be a valid JsonWebKey object.');
    }
    return checkDeclared(kty, key.crv, materialFromPrivateKey(privateKey));
}
function unwrapByok(kty, key, vault, tolerates) {
    const blob = parseTransferBlob(base64UrlField(key.key_hsm, 'key_hsm'));
    const kek = findKek(blob.kid, vault);
    const plaintext = unwrapTransferBlob(kek.privateKey, blob.ciphertext);
    if (!plaintext)
        throw badParameter(`The key material in key_hsm could not be unwrapped with key ${blob.kid}: it was wrapped under another key or is damaged`);
    if (kty === 'oct-HSM')
        return materialFromSecret(plaintext);
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: exactPkcs8(plaintext, tolerates), format: 'der', type: 'pkcs8' });
    }
    catch (error) {
        if (error instanceof ServiceError)
            throw error;
        throw badParameter('The unwrapped key material is not a PKCS#8 private key');
    }
    return checkDeclared(kty, key.crv, materialFromPrivateKey(privateKey));
}
/**
 * The KEK the blob names: a key of the vault that imports (BYOK specification: "Must be in the same vault where
 * the Target Key will be imported"), RSA-HSM, key_ops exactly ["import"], enabled and inside nbf/exp.
 */
function findKek(kid, vault) {
    let url;
    try {
        url = new URL(kid);
    }
    catch {
        throw badParameter(`The kid ${JSON.stringify(kid)} of the key_hsm header is not a key identifier`);
    }
    const path = /^\/keys\/([0-9a-zA-Z-]{1,127})\/([0-9a-fA-F]{32})$/.exec(url.pathname);
    if (!path)
        throw badParameter(`The kid ${kid} of the key_hsm header is not a versioned key identifier`);
    if (url.origin.toLowerCase() !== vault.url.toLowerCase())
        throw badParameter(`The key exchange key ${kid} is not a key of this ${vault.capabilities.title} (${vault.url}); wrap the key with a KEK of the vault that imports it`);
    const kek = vault.store.get(path[1], path[2]);
    if (kek.material.kty !== 'RSA-HSM')
        throw badParameter(`Key ${kid} is a ${kek.material.kty} key; a key exchange key must be RSA-HSM`);
    if (kek.keyOps.length !== 1 || kek.keyOps[0] !== 'import')
        throw badParameter(`Key ${kid} is not a key exchange key: its key_ops are [${kek.keyOps.join(', ')}], a KEK must allow exactly [import]`);
    const now = Math.floor(Date.now() / 1000);
    const refuse = (state) => new ServiceError(403, 'Forbidden', `Operation import is not allowed on ${state} key: ${kid}`);
    if (!kek.attributes.enabled)
        throw refuse('a disabled');
    if (kek.attributes.exp !== undefined && kek.attributes.exp <= now)
        throw refuse('an expired');
    if (kek.attributes.nbf !== undefined && kek.attributes.nbf > now)
        throw refuse('a not yet valid');
    return kek.material;
}
/** The key must be of the declared kty, and on the declared curve when one is given. */
function checkDeclared(kty, crv, material) {
    if (material.kty !== kty)
        throw badParameter(`The key material is an ${material.kty.replace('-HSM', '')} key, but the request declares kty ${kty}`);
    if (material.kty === 'EC-HSM' && crv !== undefined && crv !== material.crv) {
        throw badParameter(`The key material is on curve ${material.crv}, but the request declares crv ${String(crv)}`);
    }
    return material;
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/tolerances.ts
/**
 * Named departures from the documented service, for experiments only: each one lets through exactly one thing a
 * strict judge refuses, and every request that needed one carries a note saying which. None is on by default.
 */
const TOLERANCES = {
    /** 1-7 zero bytes after the unwrapped PKCS#8: what SoftHSM 2.6.1's zero-padding RFC 5649 wrap produces. */
    'zero-padded-pkcs8': 'zero bytes after the unwrapped PKCS#8 key',
    /** `kty` RSA, EC or oct (the software types) on a BYOK import, taken as the -HSM type. */
    'software-kty': 'a software kty on a BYOK import',
    /** An EC-HSM BYOK import without `crv`; the curve is read from the key. */
    'ec-without-crv': 'an EC-HSM import without crv',
    /** oct-HSM keys on a Key Vault (Premium) vault, which documents them for Managed HSM only. */
    'oct-on-key-vault': 'an oct-HSM key on Key Vault',
};
function isTolerance(value) {
    return Object.hasOwn(TOLERANCES, value);
}
function tolerating(enabled, note) {
    return (tolerance, detail) => {
        if (!enabled.includes(tolerance))
            return false;
        note(`tolerated (${tolerance}): ${detail}`);
        return true;
    };
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/routes.ts










/** API versions 7.0 on, previews included, and the date-named ones from 2025 (docs/byok-format.md "REST"). */
const API_VERSION = /^(7\.\d+(-preview(\.\d+)?)?|20(2[5-9]|[3-9]\d)-\d\d-\d\d(-preview)?)$/;
const KEY_NAME = /^[0-9a-zA-Z-]{1,127}$/;
const MAX_PAGE = 25;
const ok = (body) => ({ status: 200, body });
const ROUTES = [
    {
        method: 'GET',
        path: /^\/keys\/?$/,
        action: 'keys/read/action',
        lists: true,
        handle: ({ req, store }) => page(req, store.latest().map((k) => store.item(k, false))),
    },
    { method: 'POST', path: /^\/keys\/([^/]+)\/(create)$/, action: 'keys/create', handle: create },
    { method: 'PUT', path: /^\/keys\/([^/]+)\/?()$/, action: 'keys/import/action', handle: importKey },
    {
        method: 'GET',
        path: /^\/keys\/([^/]+)\/(versions)$/,
        action: 'keys/read/action',
        lists: true,
        handle: ({ req, name, store }) => page(req, store.versions(name).map((k) => store.item(k, true))),
    },
    {
        method: 'POST',
        path: /^\/keys\/([^/]+)\/([^/]*)\/encrypt$/,
        action: 'keys/encrypt/action',
        handle: ({ req, name, rest, store }) => {
            const key = store.get(name, rest);
            return encrypt(key, store.kid(key), jsonBody(req));
        },
    },
    { method: 'GET', path: /^\/keys\/([^/]+)\/?([^/]*)$/, action: 'keys/read/action', handle: getKey },
    { method: 'PATCH', path: /^\/keys\/([^/]+)\/?([^/]*)$/, action: 'keys/write/action', handle: update },
    {
        method: 'DELETE',
        path: /^\/keys\/([^/]+)\/?()$/,
        action: 'keys/delete',
        handle: ({ name, store }) => ok(store.deletedBundle(store.delete(name))),
    },
    {
        method: 'GET',
        path: /^\/deletedkeys\/?$/,
        action: 'keys/deletedKeys/read/action',
        lists: true,
        handle: ({ req, store }) => page(req, store.deletedNames().map((k) => store.deletedItem(k))),
    },
    {
        method: 'GET',
        path: /^\/deletedkeys\/([^/]+)\/?()$/,
        action: 'keys/deletedKeys/read/action',
        handle: ({ name, store }) => ok(store.deletedBundle(store.deletedLatest(name))),
    },
    {
        method: 'DELETE',
        path: /^\/deletedkeys\/([^/]+)\/?()$/,
        action: 'keys/deletedKeys/delete',
        handle: ({ name, store }) => {
            store.purge(name);
            return { status: 204 };
        },
    },
    {
        method: 'POST',
        path: /^\/deletedkeys\/([^/]+)\/(recover)$/,
        action: 'keys/deletedKeys/recover/action',
        handle: ({ name, store }) => ok(store.bundle(store.recover(name))),
    },
];
/**
 * The Key Vault keys data plane of the vault the Host header names; undefined for paths that are not its own.
 * `note` records what the service would log (a tolerance used).
 */
async function handleDataPlane(req, plane, note) {
    const path = req.url.pathname;
    if (!/^\/(keys|deletedkeys)(\/|$)/.test(path))
        return undefined;
    const vault = plane.vaults.forHost(req.headers.host);
    if (!vault)
        throw new ServiceError(404, 'NotFound', `No vault answers at ${String(req.headers.host)}`);
    const apiVersion = req.url.searchParams.get('api-version');
    if (!apiVersion)
        throw badParameter('The api-version query parameter is required');
    if (!API_VERSION.test(apiVersion))
        throw badParameter(`The specified version (${apiVersion}) is not recognized. Consider using the latest supported version (2025-07-01).`);
    const principal = authenticate(req, plane.auth, vault.capabilities.resource);
    const route = ROUTES.find((r) => r.method === req.method && r.path.test(path));
    if (!route)
        throw new ServiceError(501, 'NotImplemented', `The emulator does not implement ${req.method} ${path}`);
    const [, name = '', rest = ''] = route.path.exec(path) ?? [];
    const decodedName = decodeURIComponent(name);
    if (name && !KEY_NAME.test(decodedName))
        throw badParameter(`The key name ${JSON.stringify(decodedName)} is not valid: use 1-127 characters among 0-9, a-z, A-Z and -`);
    if (vault.capabilities.authorization === 'local-rbac')
        rbac_authorize(principal, route.action, name ? `/keys/${decodedName}` : '/keys');
    else
        authorizeByAccessPolicy(principal, route.action, route.lists === true, vault.name);
    // Limits count what the HSM processes: the unauthenticated first attempt of the challenge never gets here.
    if (plane.faults.throttled(req.method, path))
        return throttledReply();
    return route.handle({
        req,
        name: decodedName,
        rest,
        vault,
        store: vault.store,
        apiVersion,
        tolerates: tolerating(plane.tolerate, note),
        ...(plane.pool ? { pool: plane.pool } : {}),
    });
}
/** A list answer `{value, nextLink}`, at most `maxresults` (≤ 25) items a page, resumed by `$skiptoken`. */
function page(req, items) {
    const max = Number(req.url.searchParams.get('maxresults') ?? MAX_PAGE);
    if (!Number.isInteger(max) || max < 1 || max > MAX_PAGE)
        throw badParameter(`maxresults must be an integer between 1 and ${MAX_PAGE}`);
    const skip = Number(req.url.searchParams.get('$skiptoken') ?? 0);
    if (!Number.isInteger(skip) || skip < 0)
        throw badParameter('The $skiptoken is not valid');
    let nextLink = null;
    if (skip + max < items.length) {
        const next = new URL(req.url.pathname, req.url);
        next.search = new URLSearchParams({
            'api-version': req.url.searchParams.get('api-version') ?? '',
            $skiptoken: String(skip + max),
            maxresults: String(max),
        }).toString();
        nextLink = next.toString();
    }
    return ok({ value: items.slice(skip, skip + max), nextLink });
}
async function create({ req, name, vault, store, apiVersion, tolerates, pool }) {
    const body = jsonBody(req);
    if (body.kty === undefined)
        throw badParameter('The key type (kty) is required');
    const kty = hsmKty(body.kty, false);
    checkKind(kty, vault, tolerates);
    const options = { ...keyOptionsOf(body, apiVersion), keyOps: keyOpsFor(kty, body.key_ops) };
    if (options.keyOps.includes('import') && kty !== 'RSA-HSM')
        throw badParameter('Only an RSA-HSM key can be a key exchange key (key_ops ["import"])');
    const material = await generateMaterial(kty, body.key_size, body.crv, pool);
    return ok(store.bundle(store.add(name, material, options)));
}
function importKey({ req, name, vault, store, apiVersion, tolerates }) {
    const body = jsonBody(req);
    if (body.key === undefined)
        throw badParameter('The key to import (key) is required');
    const jwk = objectField(body.key, 'The property "key"');
    const options = keyOptionsOf(body, apiVersion);
    const material = importMaterial(jwk, body.Hsm, vault, tolerates);
    return ok(store.bundle(store.add(name, material, { ...options, keyOps: keyOpsFor(material.kty, jwk.key_ops) })));
}
function readable(key) {
    if (!key.attributes.enabled)
        throw new ServiceError(403, 'Forbidden', 'Operation get is not allowed on a disabled key.');
    return key;
}
function getKey({ name, rest, store }) {
    return ok(store.bundle(readable(store.get(name, rest))));
}
/** PATCH: enabled, nbf, exp, tags and key_ops; exportability and release policies are set at creation only. */
function update({ req, name, rest, store, apiVersion }) {
    const key = store.get(name, rest);
    const body = jsonBody(req);
    const { enabled, nbf, exp, tags } = keyOptionsOf({ ...body, release_policy: undefined }, apiVersion);
    if (body.key_ops !== undefined)
        key.keyOps = keyOpsFor(key.material.kty, body.key_ops);
    const attributes = (body.attributes ?? {});
    if (enabled !== undefined)
        key.attributes.enabled = enabled;
    if ('nbf' in attributes)
        key.attributes.nbf = nbf;
    if ('exp' in attributes)
        key.attributes.exp = exp;
    if (tags)
        key.tags = tags;
    key.attributes.updated = Math.floor(Date.now() / 1000);
    return ok(store.bundle(key));
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/server.ts






/** Internal failures become a 500 the SDK can retry; service errors keep their status and body. */
function toReply(error) {
    if (error instanceof ServiceError)
        return error.toReply();
    return {
        status: 500,
        body: {
            error: { code: 'InternalServerError', message: error instanceof Error ? error.message : String(error) },
        },
    };
}
async function respond(req, h, note) {
    try {
        // Entra and GitHub answer at the emulator's own address only; vault names reached by proxy are vaults.
        const home = h.plane.vaults.forHost(req.headers.host) === h.plane.vaults.home;
        return ((home ? (h.github.handle(req) ?? h.entra.handle(req)) : undefined) ??
            (await handleDataPlane(req, h.plane, note)) ?? {
            status: 404,
            body: { error: { code: 'NotFound', message: `No route for ${req.url.pathname}` } },
        });
    }
    catch (error) {
        return toReply(error);
    }
}
async function serve(incoming, res, baseUrl, h) {
    const method = incoming.method ?? 'GET';
    const url = new URL(incoming.url ?? '/', baseUrl);
    const entry = {
        method,
        path: url.pathname,
        status: 0,
        ...(incoming.headers.host ? { host: incoming.headers.host } : {}),
    };
    const finish = () => {
        h.log.push(entry);
        h.onRequest?.(entry);
    };
    const note = (line) => (entry.notes ??= []).push(line);
    let body;
    try {
        body = await http_readBody(incoming);
    }
    catch (error) {
        return server_send(res, toReply(error), entry, finish);
    }
    const fault = h.faults.take(method, url.pathname);
    if (fault?.latencyMs)
        await (0,external_node_timers_promises_.setTimeout)(fault.latencyMs);
    if (fault?.drop === 'before')
        return drop(res, entry, 'before', finish);
    const reply = fault?.status
        ? faultReply({ ...fault, status: fault.status }, incoming.headers.authorization)
        : await respond({ method, url, headers: incoming.headers, body }, h, note);
    if (fault?.drop === 'after')
        return drop(res, entry, 'after', finish);
    server_send(res, reply, entry, finish);
}
function drop(res, entry, when, finish) {
    entry.dropped = when;
    res.socket?.destroy();
    finish();
}
function server_send(res, reply, entry, finish) {
    entry.status = reply.status;
    const payload = reply.body === undefined ? undefined : Buffer.from(JSON.stringify(reply.body));
    res.writeHead(reply.status, {
        'x-ms-request-id': (0,external_node_crypto_.randomUUID)(),
        ...(payload
            ? { 'content-type': 'application/json; charset=utf-8', 'content-length': String(payload.length) }
            : { 'content-length': '0' }),
        ...reply.headers,
    });
    res.end(payload);
    finish();
}
/**
 * The HTTPS server on loopback; `port` 0 lets the OS choose. Every part of the emulator names its own URL, which is
 * known only once the port is bound: `handlers` builds them from it, before the first request is taken.
 */
async function listen(tls, host, port, handlers) {
    const server = (0,external_node_https_.createServer)({ cert: tls.certPem, key: tls.keyPem });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, resolve);
    });
    const address = server.address();
    if (address === null || typeof address === 'string')
        throw new Error('The emulator has no TCP address');
    const baseUrl = `https://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
    const h = handlers(baseUrl);
    server.on('request', (req, res) => {
        serve(req, res, baseUrl, h).catch((error) => {
            res.socket?.destroy();
            h.log.push({ method: req.method ?? '', path: req.url ?? '', status: 0, notes: [String(error)] });
        });
    });
    return { server, baseUrl };
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/reflect-metadata.ts
const store = new WeakMap();
function own(target) {
    let map = store.get(target);
    if (!map)
        store.set(target, (map = new Map()));
    return map;
}
function installReflectMetadata() {
    const reflect = Reflect;
    if (typeof reflect.getMetadata === 'function')
        return;
    reflect.defineMetadata = (key, value, target) => void own(target).set(key, value);
    reflect.getOwnMetadata = (key, target) => store.get(target)?.get(key);
    reflect.getMetadata = (key, target) => {
        for (let t = target; t; t = Object.getPrototypeOf(t)) {
            const map = store.get(t);
            if (map?.has(key))
                return map.get(key);
        }
        return undefined;
    };
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/tls.ts





const ECDSA = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Where a test run keeps the PKI it made once for all its emulators (test/global, made by tls-seed.ts): a JSON file
 * of {@link Pki}. Each emulator then serves it instead of issuing its own; loading @peculiar/x509 and issuing cost
 * each test file about 0.25 CPU-seconds. Stand-in test material, removed with the run.
 */
const TLS_SEED_VARIABLE = 'BYOK_EMULATOR_TLS_SEED';
/** The emulator's PKI (the run's seed when there is one), its CA written to a folder of its own. */
async function createTlsMaterial() {
    const seed = process.env[TLS_SEED_VARIABLE];
    const pki = seed ? JSON.parse(await (0,promises_.readFile)(seed, 'utf8')) : await issuePki();
    const caPath = external_node_path_default().join(await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'byok-mhsm-')), 'ca.pem');
    await (0,promises_.writeFile)(caPath, `${pki.caPem}\n`);
    return { ...pki, caPath };
}
/** ECDSA P-256 keys: generated in a millisecond, and every TLS client the project uses accepts them. */
async function issuePki() {
    installReflectMetadata();
    const x509 = await __webpack_require__.e(/* import() */ 927).then(__webpack_require__.t.bind(__webpack_require__, 8927, 19));
    const crypto = external_node_crypto_.webcrypto;
    x509.cryptoProvider.set(crypto);
    const notBefore = new Date(Date.now() - 60_000);
    const notAfter = new Date(Date.now() + 30 * DAY_MS);
    const caKeys = (await crypto.subtle.generateKey(ECDSA, true, [
        'sign',
        'verify',
    ]));
    const caName = `CN=byok Managed HSM emulator CA ${Date.now()}`;
    const ca = await x509.X509CertificateGenerator.createSelfSigned({
        name: caName,
        keys: caKeys,
        notBefore,
        notAfter,
        signingAlgorithm: ECDSA,
        extensions: [
            new x509.BasicConstraintsExtension(true, 0, true),
            new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
            await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
        ],
    });
    const serverKeys = (await crypto.subtle.generateKey(ECDSA, true, [
        'sign',
        'verify',
    ]));
    const server = await x509.X509CertificateGenerator.create({
        subject: 'CN=127.0.0.1',
        issuer: ca.subject,
        publicKey: serverKeys.publicKey,
        signingKey: caKeys.privateKey,
        notBefore,
        notAfter,
        signingAlgorithm: ECDSA,
        extensions: [
            new x509.BasicConstraintsExtension(false, undefined, true),
            new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
            new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
            // Vault names reached through the emulator's CONNECT proxy (proxy.ts) are served with this certificate too.
            new x509.SubjectAlternativeNameExtension([
                { type: 'ip', value: '127.0.0.1' },
                { type: 'dns', value: 'localhost' },
                { type: 'dns', value: '*.managedhsm.azure.net' },
                { type: 'dns', value: '*.vault.azure.net' },
            ]),
            await x509.AuthorityKeyIdentifierExtension.create(ca),
        ],
    });
    const pkcs8 = await crypto.subtle.exportKey('pkcs8', serverKeys.privateKey);
    return {
        caPem: ca.toString('pem'),
        certPem: server.toString('pem'),
        keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'),
    };
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/keys-store.ts


/** Managed HSM soft delete keeps 7–90 days, 90 by default (docs/byok-format.md "Limits"). */
const RECOVERABLE_DAYS = 90;
const RECOVERY = { recoveryLevel: 'Recoverable+Purgeable', recoverableDays: RECOVERABLE_DAYS };
const seconds = () => Math.floor(Date.now() / 1000);
const keyNotFound = (id) => new ServiceError(404, 'KeyNotFound', `A key with (name/id) ${id} was not found in this key vault. If you recently deleted this key you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182`);
/** The HSM's keys, every version with its real key material, and soft-deleted keys until purged. */
class KeyStore {
    baseUrl;
    /** Key names are case-insensitive in Key Vault: the map is keyed by the lower-cased name. */
    entries = new Map();
    constructor(baseUrl) {
        this.baseUrl = baseUrl;
    }
    kid(key) {
        return `${this.baseUrl}/keys/${key.name}/${key.version}`;
    }
    add(name, material, options) {
        const entry = this.entries.get(name.toLowerCase()) ?? { versions: [] };
        if (entry.deleted) {
            throw new ServiceError(409, 'Conflict', `Key ${name} is currently in a deleted but recoverable state, and its name cannot be reused; in this state, the key can only be recovered or purged.`, { code: 'ObjectIsDeletedButRecoverable' });
        }
        const now = seconds();
        const version = {
            name: entry.versions[0]?.name ?? name,
            version: newVersion(),
            material,
            keyOps: options.keyOps,
            attributes: {
                enabled: options.enabled ?? true,
                nbf: options.nbf,
                exp: options.exp,
                created: now,
                updated: now,
                exportable: options.exportable ?? false,
            },
            ...(options.tags ? { tags: options.tags } : {}),
            ...(options.releasePolicy ? { releasePolicy: options.releasePolicy } : {}),
        };
        entry.versions.push(version);
        this.entries.set(name.toLowerCase(), entry);
        return version;
    }
    /** A live key's version, the latest when `version` is empty. */
    get(name, version = '') {
        const versions = this.live(name)?.versions ?? [];
        const found = version ? versions.find((v) => v.version === version.toLowerCase()) : versions.at(-1);
        if (!found)
            throw keyNotFound(version ? `${name}/${version}` : name);
        return found;
    }
    versions(name) {
        const entry = this.live(name);
        if (!entry)
            throw keyNotFound(name);
        return [...entry.versions];
    }
    /** The latest version of every live key. */
    latest() {
        return [...this.entries.values()].filter((e) => !e.deleted).flatMap((e) => e.versions.slice(-1));
    }
    delete(name) {
        const entry = this.live(name);
        if (!entry)
            throw keyNotFound(name);
        const deletedDate = seconds();
        entry.deleted = { deletedDate, scheduledPurgeDate: deletedDate + RECOVERABLE_DAYS * 86400 };
        return this.deletedLatest(name);
    }
    deletedLatest(name) {
        const entry = this.entries.get(name.toLowerCase());
        const latest = entry?.deleted ? entry.versions.at(-1) : undefined;
        if (!latest)
            throw new ServiceError(404, 'KeyNotFound', `Deleted Key not found: ${name}`);
        return latest;
    }
    deletedNames() {
        return [...this.entries.values()].filter((e) => e.deleted).flatMap((e) => e.versions.slice(-1));
    }
    purge(name) {
        this.deletedLatest(name);
        this.entries.delete(name.toLowerCase());
    }
    recover(name) {
        const latest = this.deletedLatest(name);
        const entry = this.entries.get(name.toLowerCase());
        if (entry)
            delete entry.deleted;
        return latest;
    }
    /** Every version of every key, soft-deleted ones included, oldest first: for tests to inspect. */
    all() {
        return [...this.entries.values()].flatMap((e) => e.versions.map((key) => ({ key, deleted: e.deleted !== undefined })));
    }
    /** The KeyBundle JSON: public members only. */
    bundle(key) {
        return {
            key: { kid: this.kid(key), kty: key.material.kty, key_ops: key.keyOps, ...publicJwk(key.material) },
            attributes: { ...key.attributes, ...RECOVERY },
            ...(key.tags ? { tags: key.tags } : {}),
            ...(key.releasePolicy ? { release_policy: key.releasePolicy } : {}),
        };
    }
    deletedBundle(key) {
        return { ...this.bundle(key), ...this.deletedFields(key) };
    }
    /** A KeyItem of a list answer: the versioned kid for `/versions`, the bare key id for `/keys`. */
    item(key, versioned) {
        const kid = versioned ? this.kid(key) : `${this.baseUrl}/keys/${key.name}`;
        return { kid, attributes: { ...key.attributes, ...RECOVERY }, ...(key.tags ? { tags: key.tags } : {}) };
    }
    deletedItem(key) {
        return { ...this.item(key, false), ...this.deletedFields(key) };
    }
    deletedFields(key) {
        const deleted = this.entries.get(key.name.toLowerCase())?.deleted;
        return {
            recoveryId: `${this.baseUrl}/deletedkeys/${key.name}`,
            deletedDate: deleted?.deletedDate,
            scheduledPurgeDate: deleted?.scheduledPurgeDate,
        };
    }
    live(name) {
        const entry = this.entries.get(name.toLowerCase());
        return entry && !entry.deleted ? entry : undefined;
    }
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/vaults.ts


function vault(url, name, kind) {
    return { url, name, kind, capabilities: VAULT_KINDS[kind], store: new KeyStore(url) };
}
/**
 * The vaults of the emulator: its own loopback address (of the kind it was started as), and every
 * NAME.managedhsm.azure.net or NAME.vault.azure.net reached through its proxy, made on first use.
 */
class Vaults {
    home;
    named = new Map();
    constructor(homeUrl, kind) {
        this.home = vault(homeUrl, new URL(homeUrl).hostname, kind);
    }
    /** The vault a request's Host header names, or undefined for a host that is none of them. */
    forHost(host) {
        if (!host)
            return undefined;
        const origin = `https://${host.toLowerCase().replace(/:443$/, '')}`;
        if (origin === this.home.url.toLowerCase())
            return this.home;
        const found = this.named.get(origin);
        if (found)
            return found;
        const named = vaultOfHost(new URL(origin).hostname);
        if (!named || new URL(origin).port)
            return undefined;
        const made = vault(origin, named.name, named.kind);
        this.named.set(origin, made);
        return made;
    }
    /** The vault of a key id or vault URL (https://HOST/keys/...), made when it is a vault host. */
    forUrl(url) {
        try {
            const parsed = new URL(url);
            return parsed.protocol === 'https:' ? this.forHost(parsed.host) : undefined;
        }
        catch {
            return undefined;
        }
    }
    all() {
        return [this.home, ...this.named.values()];
    }
}

;// CONCATENATED MODULE: ./emulators/managed-hsm/index.ts















/** Key material from a test's key, without the size rules of create and import (a test may want a bad KEK). */
function seedMaterial(key) {
    if (Buffer.isBuffer(key))
        return { kty: 'oct-HSM', secret: key, size: key.length * 8 };
    if (key.type === 'secret')
        return { kty: 'oct-HSM', secret: key.export(), size: (key.symmetricKeySize ?? 0) * 8 };
    if (key.type !== 'private')
        throw new Error('seedKey needs a private or secret key');
    if (key.asymmetricKeyType === 'rsa')
        return { kty: 'RSA-HSM', privateKey: key, size: key.asymmetricKeyDetails?.modulusLength ?? 0 };
    const crv = curveOfNodeName(key.asymmetricKeyDetails?.namedCurve);
    if (key.asymmetricKeyType === 'ec' && crv)
        return { kty: 'EC-HSM', privateKey: key, crv };
    throw new Error(`seedKey cannot hold a ${String(key.asymmetricKeyType)} key`);
}
const managed_hsm_seconds = (date) => (date ? Math.floor(date.getTime() / 1000) : undefined);
async function startManagedHsm(options = {}) {
    const pool = options.keyPool === false ? undefined : sharedKeyPool();
    const [tls, entraSigner, githubSigner] = await Promise.all([
        createTlsMaterial(),
        JwtSigner.create(pool),
        JwtSigner.create(pool),
    ]);
    const tenantId = options.tenantId ?? (0,external_node_crypto_.randomUUID)();
    const kind = options.kind ?? 'managedhsm';
    const faults = new faults_Faults();
    const log = [];
    let parts;
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
    if (!parts)
        throw new Error('The emulator did not start');
    const { clients, entra, github, vaults } = parts;
    const proxy = await startVaultProxy(server, host);
    if (options.enforceRateLimits) {
        faults.limitRate({ method: 'POST', path: '/keys/*/create', perSecond: 1 });
        faults.limitRate({ method: 'DELETE', path: /^\/(deleted)?keys\/[^/]+\/?$/, perSecond: 10 });
    }
    const client = (clientId, tenant = tenantId) => {
        const found = clients.find(tenant, clientId);
        if (!found)
            throw new Error(`No client ${clientId} in tenant ${tenant}`);
        return found;
    };
    const vaultOf = (url) => {
        const found = url === undefined ? vaults.home : vaults.forUrl(url);
        if (!found)
            throw new Error(`${url} is not a vault of this emulator`);
        return found;
    };
    const keyOf = (kid) => {
        const match = /^https:\/\/[^/]+\/keys\/([^/]+)\/([0-9a-f]{32})$/i.exec(kid);
        if (!match)
            throw new Error(`${kid} is not a versioned key id`);
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
        accessToken: (clientId, o = {}) => entra.accessToken(client(clientId, o.tenantId), o.resource ?? VAULT_KINDS[kind].resource, o.lifetimeSeconds),
        seedKey(name, key, o = {}) {
            const { store } = vaultOf(o.vaultUrl);
            const version = store.add(name, seedMaterial(key), {
                keyOps: o.keyOps ?? ['import'],
                enabled: o.enabled ?? true,
                nbf: managed_hsm_seconds(o.notBefore),
                exp: managed_hsm_seconds(o.expiresOn),
                ...(o.tags ? { tags: o.tags } : {}),
            });
            return store.kid(version);
        },
        privateKeyOf(kid) {
            const { material } = keyOf(kid);
            return material.kty === 'oct-HSM' ? (0,external_node_crypto_.createSecretKey)(material.secret) : material.privateKey;
        },
        keys: () => vaults.all().flatMap(({ url, store }) => store.all().map(({ key, deleted }) => ({
            vault: url,
            name: key.name,
            version: key.version,
            kid: store.kid(key),
            kty: key.material.kty,
            keyOps: [...key.keyOps],
            enabled: key.attributes.enabled,
            deleted,
        }))),
        requests: () => [...log],
        issuedTokens: () => [...entraSigner.issued(), ...githubSigner.issued()],
        faults,
        async close() {
            await Promise.all([proxy.close(), closeServer(server)]);
            await (0,promises_.rm)(external_node_path_default().dirname(tls.caPath), { recursive: true, force: true });
        },
    };
}
function closeServer(server) {
    return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./scripts/bundle-sources.mjs
// What a bundle is built from, as one digest: the committed sources it can include (its own src/, shared/src, for
// the command line also emulators/) and the dependency lock. `npm run bundle` records it in dist/sources.sha256;
// the test run compares it with the checkout, so a stale dist/ is named instead of silently tested.




const SOURCES_FILE = 'sources.sha256';

function sourcesDigest(bundle) {
  const roots = [`${bundle}/src/`, 'shared/src/', ...(bundle === 'cli' ? ['emulators/'] : [])];
  // The files on disk, not git's list: a copy of the checkout without .git (check-reproducible) bundles too.
  const files = roots
    .filter((root) => (0,external_node_fs_.existsSync)(root))
    .flatMap((root) =>
      (0,external_node_fs_.readdirSync)(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name)),
    )
    .filter((file) => !file.split('/').some((part) => part === 'dist' || part === 'node_modules'))
    .concat(['package.json', 'package-lock.json', 'tsconfig.json'])
    .sort();
  const hash = (0,external_node_crypto_.createHash)('sha256');
  for (const file of files) {
    const content = (0,external_node_fs_.readFileSync)(file);
    hash.update(`${file}\0`).update((0,external_node_crypto_.createHash)('sha256').update(content).digest('hex')).update('\n');
  }
  return hash.digest('hex');
}

function recordedDigest(bundle) {
  try {
    return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(bundle, 'dist', SOURCES_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}

;// CONCATENATED MODULE: ./emulators/runner/bundle-check.ts

const checked = new Set();
/**
 * A test that runs a bundle must run what the sources build to: a dist/ older than its sources (sources.sha256, written
 * by `npm run bundle`) would test old code. Checked once per bundle and process; the message says the fix.
 */
function assertBundleCurrent(bundle) {
    // A copy outside the checkout (a test of the bundle as shipped) is the caller's to vouch for.
    if (checked.has(bundle) || bundle.startsWith('..'))
        return;
    if (recordedDigest(bundle) !== sourcesDigest(bundle))
        throw new Error(`${bundle}/dist is older than its sources; run \`npm run bundle\` (this test runs the bundle)`);
    checked.add(bundle);
}

;// CONCATENATED MODULE: ./emulators/runner/run-action.ts






/**
 * The V8 compile cache of the calling process (NODE_COMPILE_CACHE), handed on to the steps it starts: the test run
 * sets one (test/global), so that its hundreds of steps do not each compile the same bundles again. Nothing a step
 * does depends on it; the bench sets none, so its start-up figures are a runner's first run.
 */
function compileCache() {
    const cache = process.env.NODE_COMPILE_CACHE;
    return cache ? { NODE_COMPILE_CACHE: cache } : {};
}
// Parsed once per distinct action.yml: a test run reads the same four manifests for hundreds of steps.
const parsedManifests = new Map();
async function readActionInputs(actionDir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(actionDir, 'action.yml'), 'utf8');
    let inputs = parsedManifests.get(text);
    if (!inputs) {
        inputs = (0,dist.parse)(text).inputs ?? {};
        parsedManifests.set(text, inputs);
    }
    return inputs;
}
/** Parses a GITHUB_OUTPUT-style file: `name=value` lines and `name<<DELIM` heredocs. */
function parseFileCommands(text) {
    const result = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const value = [];
            while (++i < lines.length && lines[i] !== delimiter)
                value.push(lines[i]);
            result[name] = value.join('\n');
        }
        else if (line.includes('=')) {
            result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
        }
    }
    return result;
}
/** Every file under `directory`, as paths relative to it. */
async function filesUnder(directory, prefix = '') {
    const found = [];
    for (const entry of await (0,promises_.readdir)(directory, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(prefix, entry.name);
        if (entry.isDirectory())
            found.push(...(await filesUnder((0,external_node_path_.join)(directory, entry.name), path)));
        else
            found.push(path);
    }
    return found;
}
function unescapeCommand(text) {
    return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
async function runStep(actionDir, options) {
    const dir = (0,external_node_path_.resolve)(actionDir);
    // Under jest, the test must not silently run a dist/ older than its sources (the demo runs what is committed).
    if (process.env.JEST_WORKER_ID)
        assertBundleCurrent((0,external_node_path_.relative)(process.cwd(), dir));
    const specs = await readActionInputs(dir);
    const given = options.inputs ?? {};
    for (const name of Object.keys(given)) {
        if (!(name in specs))
            throw new Error(`${dir}/action.yml has no input "${name}"`);
    }
    await (0,promises_.mkdir)(options.workspace, { recursive: true });
    const files = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'byok-step-'));
    try {
        return await runIn(dir, specs, files, options);
    }
    finally {
        await (0,promises_.rm)(files, { recursive: true, force: true });
    }
}
const STEP_FILES = ['output', 'summary', 'env', 'state'];
async function runIn(dir, specs, files, options) {
    const given = options.inputs ?? {};
    const outputFile = (0,external_node_path_.join)(files, 'output');
    const summaryFile = (0,external_node_path_.join)(files, 'summary');
    await Promise.all(STEP_FILES.map((f) => (0,promises_.writeFile)((0,external_node_path_.join)(files, f), '')));
    const env = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? files,
        ...compileCache(),
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_ENV: (0,external_node_path_.join)(files, 'env'),
        GITHUB_STATE: (0,external_node_path_.join)(files, 'state'),
        RUNNER_TEMP: files,
        RUNNER_OS: 'Linux',
    };
    for (const [name, spec] of Object.entries(specs)) {
        const value = given[name] ?? (spec.default === undefined ? '' : String(spec.default));
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    for (const [name, value] of Object.entries(options.env ?? {})) {
        if (value !== undefined)
            env[name] = value;
    }
    const started = performance.now();
    const child = (0,external_node_child_process_.spawn)(process.execPath, [(0,external_node_path_.join)(dir, 'dist', 'index.js')], {
        cwd: options.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = [];
    const stderr = [];
    const interrupt = options.interrupt;
    let stopped = false;
    const stop = () => {
        if (!stopped)
            child.kill(interrupt?.signal);
        stopped = true;
    };
    const interruptTimer = interrupt?.afterMs === undefined ? undefined : setTimeout(stop, interrupt.afterMs);
    child.stdout.on('data', (chunk) => {
        stdout.push(chunk);
        if (interrupt?.onOutput?.test(Buffer.concat(stdout).toString('utf8')))
            stop();
    });
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    const exitCode = await new Promise((resolveExit) => child.on('close', (code) => resolveExit(code ?? 1)));
    clearTimeout(timer);
    clearTimeout(interruptTimer);
    const durationMs = performance.now() - started;
    const out = Buffer.concat(stdout).toString('utf8');
    const masks = [];
    const errors = [];
    const warnings = [];
    const log = [];
    for (const line of out.split('\n')) {
        const command = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
        if (command?.[1] === 'add-mask')
            masks.push(unescapeCommand(command[3]));
        else {
            if (command?.[1] === 'error')
                errors.push(unescapeCommand(command[3]));
            if (command?.[1] === 'warning')
                warnings.push(unescapeCommand(command[3]));
            log.push(line);
        }
    }
    return {
        exitCode,
        log: log.join('\n'),
        stdout: out,
        stderr: Buffer.concat(stderr).toString('utf8'),
        outputs: parseFileCommands(await (0,promises_.readFile)(outputFile, 'utf8')),
        summary: await (0,promises_.readFile)(summaryFile, 'utf8'),
        errors,
        warnings,
        masks,
        leftovers: env.RUNNER_TEMP === files ? (await filesUnder(files)).filter((f) => !STEP_FILES.includes(f)) : [],
        durationMs,
    };
}

;// CONCATENATED MODULE: ./emulators/runner/ceremony.ts


const REPOSITORY = 'octo-org/byok-ceremony';
async function runCeremony(services, options) {
    const { hsm, artifacts, token } = services;
    const steps = [];
    const record = { steps };
    /** One job's environment: the runner's, the artifact runtime, and OIDC for jobs that have id-token: write. */
    const jobEnv = (job, subject) => ({
        NODE_EXTRA_CA_CERTS: hsm.caPath,
        GITHUB_ACTOR: 'release-manager',
        ...artifacts.jobEnv({ runId: options.runId, jobName: job }),
        ...(subject ? hsm.oidcEnv({ subject, repository: REPOSITORY, runId: options.runId }) : {}),
        ...options.env,
    });
    const step = async (job, action, inputs, env) => {
        const from = { hsm: hsm.requests().length, artifacts: artifacts.requests.length };
        const result = await runStep(action, { workspace: (0,external_node_path_.join)(services.root, options.runId, job), inputs, env });
        const requests = {
            hsm: hsm.requests().slice(from.hsm),
            artifacts: artifacts.requests.slice(from.artifacts),
        };
        const entry = { job, action, result, requests };
        steps.push(entry);
        if (result.exitCode !== 0)
            record.failed = entry;
        return result;
    };
    const oidcInputs = (subject) => {
        const client = hsm.registerClient({ clientSecret: false, federated: { subject } });
        return {
            'client-id': client.clientId,
            'tenant-id': client.tenantId,
            'authority-host': hsm.authorityHost,
        };
    };
    const target = options.target;
    // The kek job: kek-create, which first checks the key the ceremony will import (as byok-ceremony.yml does), and
    // kek-download.
    const runKekJob = async () => {
        const kekSubject = `repo:${REPOSITORY}:environment:byok-kek`;
        const kekAuth = { 'vault-url': hsm.url, ...oidcInputs(kekSubject) };
        const preflight = {
            'target-key-name': options.keyName,
            'target-key-type': target.type,
            ...(target.size ? { 'target-key-size': String(target.size) } : {}),
            ...(target.curve ? { 'target-curve': target.curve } : {}),
        };
        const created = await step('kek', 'action-kek-create', { ...kekAuth, 'key-size': String(options.kekSize ?? 2048), 'expires-in': '24h', ...preflight }, jobEnv('kek', kekSubject));
        if (record.failed)
            return undefined;
        const downloaded = await step('kek', 'action-kek-download', { ...kekAuth, 'kek-id': created.outputs['kek-id'] ?? '' }, jobEnv('kek', kekSubject));
        if (record.failed)
            return undefined;
        return {
            kekId: downloaded.outputs['kek-id'] ?? '',
            kekFingerprint: downloaded.outputs['kek-fingerprint'] ?? '',
        };
    };
    const kek = options.kekJob ?? (await runKekJob());
    if (!kek)
        return record;
    record.kekId = kek.kekId;
    record.kekFingerprint = kek.kekFingerprint;
    await options.afterKek?.();
    const wrapped = await step('wrap', 'action-wrap', {
        'pkcs11-module': token.module,
        'token-label': token.label,
        'key-label': options.keyName,
        generate: 'true',
        'key-type': target.type,
        ...(target.size ? { 'key-size': String(target.size) } : {}),
        ...(target.curve ? { curve: target.curve } : {}),
        'kek-fingerprint': options.kekFingerprintFor?.wrap ?? record.kekFingerprint ?? '',
        'byok-artifact': `byok-${options.keyName}`,
        'require-job-outputs': 'true',
        ...options.wrapInputs,
    }, { ...jobEnv('wrap'), ...token.env, PKCS11_PIN: token.pin });
    if (record.failed)
        return record;
    record.wrapPublicKeyFingerprint = wrapped.outputs['public-key-fingerprint'];
    await options.afterWrap?.();
    // The approval gate: a reviewer approves the import job's environment before it runs.
    artifacts.approve(options.runId, {
        login: 'security-reviewer',
        environment: 'byok-import',
        comment: 'Fingerprints checked',
    });
    const importSubject = `repo:${REPOSITORY}:environment:byok-import`;
    const imported = await step('import', 'action-import', {
        'vault-url': hsm.url,
        ...oidcInputs(importSubject),
        'key-name': options.keyName,
        'byok-artifact': `byok-${options.keyName}`,
        'kek-fingerprint': options.kekFingerprintFor?.import ?? record.kekFingerprint ?? '',
        'public-key-fingerprint': record.wrapPublicKeyFingerprint ?? '',
        'byok-digest': options.wrapOutputsFor?.import?.['byok-digest'] ?? wrapped.outputs['byok-digest'] ?? '',
        'key-check-value': wrapped.outputs['key-check-value'] ?? '',
        'require-job-outputs': 'true',
        'github-token': artifacts.githubToken(options.runId),
        // As byok-ceremony.yml gives them: no approval of byok-import by someone else in this run, no import.
        'require-approval': 'true',
        'two-person-control': 'true',
        'approval-environment': 'byok-import',
    }, jobEnv('import', importSubject));
    if (!record.failed)
        record.keyId = imported.outputs['key-id'];
    return record;
}

;// CONCATENATED MODULE: ./emulators/runner/summary-text.ts
/** A step summary (the markdown byok writes) as plain terminal text: title, aligned facts, notes. */
function summaryAsText(markdown) {
    const lines = [];
    const rows = [];
    const flush = () => {
        const width = Math.max(0, ...rows.map(([label]) => label.length));
        for (const [label, value] of rows)
            lines.push(`  ${label.padEnd(width)}  ${value}`);
        rows.length = 0;
    };
    const unescape = (text) => text.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
    for (const line of markdown.split('\n')) {
        const row = /^\| (.+?) \| `(.*)` \|$/.exec(line);
        if (row) {
            rows.push([unescape(row[1]), unescape(row[2])]);
            continue;
        }
        flush();
        if (line.startsWith('### '))
            lines.push(line.slice(4));
        else if (line.startsWith('- '))
            lines.push(`  * ${unescape(line.slice(2))}`);
    }
    flush();
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./emulators/softhsm/token.ts






/**
 * A throw-away SoftHSM2 token in a temp dir (docs/byok-format.md "PKCS#11 facts"): its own SOFTHSM2_CONF and token
 * directory, so tests and demos run in parallel without touching /var/lib/softhsm. Used by tests and the demo,
 * never bundled into an action.
 */
const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so';
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
function softHsmInstalled() {
    return (0,external_node_fs_.existsSync)(SOFTHSM_MODULE);
}
/** Why SoftHSM2 cannot be used here, or undefined when it can. */
async function softHsmProblem() {
    if (!softHsmInstalled())
        return `SoftHSM2 is not installed (${SOFTHSM_MODULE} is missing): apt-get install softhsm2`;
    try {
        await run('softhsm2-util', ['--version']);
        return undefined;
    }
    catch {
        return 'SoftHSM2 is installed but softhsm2-util is not on the PATH: apt-get install softhsm2';
    }
}
async function createSoftHsmToken(options = {}) {
    const problem = await softHsmProblem();
    if (problem)
        throw new Error(problem);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'byok-softhsm-'));
    const tokens = (0,external_node_path_.join)(dir, 'tokens');
    await (0,promises_.mkdir)(tokens);
    const conf = (0,external_node_path_.join)(dir, 'softhsm2.conf');
    await (0,promises_.writeFile)(conf, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`);
    const label = options.label ?? 'byok-test';
    const pin = options.pin ?? '1234-test-pin';
    const soPin = options.soPin ?? '5678-test-so-pin';
    const env = { SOFTHSM2_CONF: conf };
    try {
        await run('softhsm2-util', ['--init-token', '--free', '--label', label, '--so-pin', soPin, '--pin', pin], {
            env: { ...process.env, ...env },
        });
    }
    catch (error) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw new Error(`softhsm2-util --init-token failed: ${error.stderr ?? String(error)}`);
    }
    return {
        module: SOFTHSM_MODULE,
        label,
        pin,
        soPin,
        env,
        dir,
        cleanup: () => (0,promises_.rm)(dir, { recursive: true, force: true }),
    };
}

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
;// CONCATENATED MODULE: ./cli/src/commands/demo-run.ts









/** The demo's stand-ins and ceremony, loaded only by `byok demo` (never by the commands that run at an HSM). */
async function runDemo(repository, target, print) {
    const problem = await softHsmProblem();
    if (problem)
        throw new errors/* ConfigurationError */.j1('HSM_MODULE_NOT_FOUND', `demo: ${problem}`, 'Debian/Ubuntu: sudo apt-get install -y softhsm2');
    const started = Date.now();
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'byok-demo-'));
    // SoftHSM zero-pads before its RFC 5649 wrap: an RSA or EC key from it is a rehearsal file, said on both sides.
    const rehearsal = target.type !== 'oct';
    const [hsm, artifacts, token] = await Promise.all([
        startManagedHsm({ tolerate: rehearsal ? ['zero-padded-pkcs8'] : [] }),
        startArtifactService(),
        createSoftHsmToken({ label: 'byok-demo', pin: `demo-${Math.random().toString(36).slice(2, 10)}` }),
    ]);
    const cwd = process.cwd();
    try {
        process.chdir(repository);
        print(`demo: Managed HSM emulator ${hsm.url}, artifact service ${artifacts.url}, SoftHSM2 token "${token.label}"`);
        if (rehearsal)
            print('demo: rehearsal: SoftHSM pads the PKCS#8 of RSA and EC keys with zero bytes before its RFC 5649 wrap, so the wrap runs with allow-padded-kwp and the emulator tolerates the padding (zero-padded-pkcs8); an HSM whose wrap passes the known-answer test needs neither');
        const result = await runCeremony({ hsm, artifacts, token, root }, {
            runId: String(Date.now()),
            keyName: 'demo-key',
            target,
            kekSize: 4096,
            ...(rehearsal ? { wrapInputs: { 'allow-padded-kwp': 'true' } } : {}),
        });
        let job = '';
        for (const { job: name, action, result: step } of result.steps) {
            if (name !== job)
                print(`\n=== job ${(job = name)} ===`);
            print(`\n--- ${action} (exit ${step.exitCode}) ---`);
            print(step.summary ? summaryAsText(step.summary) : step.log.trim());
            for (const error of step.errors)
                print(`  error: ${error}`);
        }
        if (result.failed || !result.keyId) {
            const failed = result.failed;
            return {
                failed: {
                    job: failed?.job ?? 'import',
                    action: failed?.action ?? 'action-import',
                    error: failed?.result.errors[0] ?? 'no key id was output',
                },
            };
        }
        const what = target.type === 'oct' ? 'AES' : target.type;
        print(`\ndemo: ${what} key generated in SoftHSM2, wrapped under the KEK and imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        for (const note of hsm.requests().flatMap((r) => r.notes ?? []))
            print(`demo: the emulator ${note} (not what Azure documents)`);
        return { keyId: result.keyId, ...(result.kekId ? { kekId: result.kekId } : {}) };
    }
    finally {
        process.chdir(cwd);
        await Promise.all([
            hsm.close(),
            artifacts.close(),
            token.cleanup(),
            (0,promises_.rm)(root, { recursive: true, force: true }),
        ]);
    }
}


/***/ })

};
