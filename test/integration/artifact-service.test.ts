import { createHash } from 'node:crypto';
import { startArtifactService, type ArtifactService } from '../../emulators/artifact-service/index.js';

/** The emulator's wire protocol, spoken directly: Twirp JSON, runtime-token checks, signed blob URLs, faults. */
let service: ArtifactService;

beforeAll(async () => {
  service = await startArtifactService();
});
afterAll(() => service.close());

interface Job {
  token: string;
  run: string;
  job: string;
}

function job(runId: number, jobName: string, tokenLifetimeSeconds?: number): Job {
  const token = service.jobEnv({ runId, jobName, tokenLifetimeSeconds }).ACTIONS_RUNTIME_TOKEN as string;
  const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as {
    scp: string;
  };
  const [, run, id] = /Actions\.Results:([^: ]+):([^: ]+)/.exec(claims.scp) as unknown as [
    string,
    string,
    string,
  ];
  return { token, run, job: id };
}

async function twirp(
  method: string,
  caller: Job | { token?: string; run: string; job: string },
  fields: object = {},
) {
  const response = await fetch(
    `${service.url}/twirp/github.actions.results.api.v1.ArtifactService/${method}`,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(caller.token ? { Authorization: `Bearer ${caller.token}` } : {}),
      },
      body: JSON.stringify({
        workflow_run_backend_id: caller.run,
        workflow_job_run_backend_id: caller.job,
        ...fields,
      }),
    },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Create, single-shot upload, finalize: the shortest path to a stored artifact. */
async function store(caller: Job, name: string, bytes: Buffer): Promise<string> {
  const created = await twirp('CreateArtifact', caller, { name, version: 7, mime_type: 'application/zip' });
  expect(created.body.ok).toBe(true);
  const put = await fetch(created.body.signed_upload_url as string, {
    method: 'PUT',
    headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-blob-content-type': 'application/zip' },
    body: bytes,
  });
  expect(put.status).toBe(201);
  const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const finalized = await twirp('FinalizeArtifact', caller, { name, size: String(bytes.length), hash });
  expect(finalized).toEqual({ status: 200, body: { ok: true, artifact_id: expect.stringMatching(/^\d+$/) } });
  return created.body.signed_upload_url as string;
}

test('artifacts of a run are listed to its other jobs with int64 strings, RFC 3339 times and the digest', async () => {
  const kek = job(401, 'kek');
  await store(kek, 'a', Buffer.from('zip bytes'));
  const listed = await twirp('ListArtifacts', job(401, 'wrap'), { name_filter: 'a' });
  expect(listed.status).toBe(200);
  const [artifact] = listed.body.artifacts as Array<Record<string, string>>;
  expect(artifact).toEqual({
    workflow_run_backend_id: kek.run,
    workflow_job_run_backend_id: kek.job,
    database_id: expect.stringMatching(/^\d+$/),
    name: 'a',
    size: '9',
    created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
    digest: `sha256:${createHash('sha256').update('zip bytes').digest('hex')}`,
  });
  expect(
    (await twirp('ListArtifacts', kek, { id_filter: artifact?.database_id })).body.artifacts,
  ).toHaveLength(1);
  expect((await twirp('ListArtifacts', kek, { id_filter: '1' })).body.artifacts).toEqual([]);

  const signed = await twirp('GetSignedArtifactURL', job(401, 'wrap'), { name: 'a' });
  const download = await fetch(signed.body.signed_url as string);
  expect(download.status).toBe(200);
  expect(download.headers.get('content-type')).toBe('application/zip');
  expect(Buffer.from(await download.arrayBuffer()).toString()).toBe('zip bytes');
});

test('a token is refused for another run, for another job on writes, when forged, expired or missing', async () => {
  const runA = job(402, 'kek');
  const runB = job(403, 'kek');
  const wrapA = job(402, 'wrap');
  await store(runA, 'secret-of-a', Buffer.from('a'));

  expect(await twirp('ListArtifacts', { ...runB, token: runA.token })).toEqual({
    status: 403,
    body: { code: 'permission_denied', msg: 'the runtime token does not grant access to this workflow run' },
  });
  expect(
    (await twirp('GetSignedArtifactURL', { ...runB, token: runA.token }, { name: 'secret-of-a' })).status,
  ).toBe(403);
  expect(
    (await twirp('CreateArtifact', { ...wrapA, token: runA.token }, { name: 'x', version: 7 })).body.code,
  ).toBe('permission_denied');

  const [header, , signature] = runA.token.split('.');
  const forged = `${header}.${runB.token.split('.')[1]}.${signature}`;
  expect(await twirp('ListArtifacts', { ...runB, token: forged })).toEqual({
    status: 401,
    body: { code: 'unauthenticated', msg: 'token signature is not valid' },
  });
  expect((await twirp('ListArtifacts', job(402, 'late', -60))).body).toEqual({
    code: 'unauthenticated',
    msg: 'token has expired',
  });
  expect((await twirp('ListArtifacts', { run: runA.run, job: runA.job })).status).toBe(401);
});

test('names are unique per run; a deleted artifact is gone', async () => {
  const kek = job(404, 'kek');
  await store(kek, 'byok-kek', Buffer.from('1'));
  expect(await twirp('CreateArtifact', job(404, 'other'), { name: 'byok-kek', version: 7 })).toEqual({
    status: 409,
    body: { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' },
  });
  expect((await twirp('DeleteArtifact', kek, { name: 'byok-kek' })).body).toEqual({
    ok: true,
    artifact_id: expect.stringMatching(/^\d+$/),
  });
  expect((await twirp('ListArtifacts', kek)).body).toEqual({ artifacts: [] });
  expect((await twirp('GetSignedArtifactURL', kek, { name: 'byok-kek' })).status).toBe(404);
});

test('staged blocks are committed in block-list order', async () => {
  const kek = job(405, 'kek');
  const created = await twirp('CreateArtifact', kek, { name: 'blocks', version: 7 });
  const url = created.body.signed_upload_url as string;
  const ids = ['AAAA', 'AAAB'];
  for (const [i, text] of ['world', 'hello '].entries()) {
    expect((await fetch(`${url}&comp=block&blockid=${ids[i]}`, { method: 'PUT', body: text })).status).toBe(
      201,
    );
  }
  const list = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><BlockList><Latest>AAAB</Latest><Latest>AAAA</Latest></BlockList>`;
  expect(
    (
      await fetch(`${url}&comp=blocklist`, {
        method: 'PUT',
        headers: { 'x-ms-blob-content-type': 'application/zip' },
        body: list,
      })
    ).status,
  ).toBe(201);
  await twirp('FinalizeArtifact', kek, { name: 'blocks', size: '11' });
  expect(
    service
      .artifacts(405)
      .find((artifact) => artifact.name === 'blocks')
      ?.bytes.toString(),
  ).toBe('hello world');
});

test('a signed URL reaches only its own artifact, with its own permission, padding or not', async () => {
  const kek = job(406, 'kek');
  const uploadUrl = await store(kek, 'one', Buffer.from('first'));
  await store(kek, 'two', Buffer.from('second'));
  const readUrl = new URL(
    (await twirp('GetSignedArtifactURL', kek, { name: 'one' })).body.signed_url as string,
  );

  readUrl.searchParams.set('sig', `${readUrl.searchParams.get('sig')}=`);
  expect((await fetch(readUrl)).status).toBe(200);

  const other = new URL(readUrl);
  other.pathname = other.pathname.replace(/\d+$/, (id) => String(Number(id) + 1));
  const refused = await fetch(other);
  expect(refused.status).toBe(403);
  expect(refused.headers.get('x-ms-error-code')).toBe('AuthenticationFailed');

  expect(
    (await fetch(readUrl, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'x' })).status,
  ).toBe(403);
  expect((await fetch(uploadUrl)).status).toBe(403);
  // The upload URL dies with the upload: a finalized blob cannot be rewritten.
  expect(
    (await fetch(uploadUrl, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'x' })).status,
  ).toBe(409);
});

test('faults fire the number of times they were armed', async () => {
  const kek = job(407, 'kek');
  service.faults.failWith('ListArtifacts', { status: 500, times: 2 });
  expect(service.faults.pending()).toBe(2);
  const seen = [];
  for (let i = 0; i < 3; i++) seen.push(await twirp('ListArtifacts', kek));
  expect(seen.map((reply) => reply.status)).toEqual([500, 500, 200]);
  expect(seen[0]?.body).toEqual({ code: 'internal', msg: 'injected fault (500)' });
  service.faults.failWith('GetSignedArtifactURL');
  service.faults.clear();
  expect(service.faults.pending()).toBe(0);
});
