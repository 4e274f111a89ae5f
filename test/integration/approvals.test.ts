import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startArtifactService, type ArtifactService } from '../../emulators/artifact-service/index.js';
import { ByokError } from '../../shared/src/errors.js';
import { describeApprovals, readApprovals } from '../../shared/src/github/approvals.js';

let github: ArtifactService;
beforeAll(async () => {
  github = await startArtifactService({ repository: 'acme/keys' });
});
afterAll(() => github.close());

const request = (runId: string, token: string) => ({
  apiUrl: github.url,
  repository: 'acme/keys',
  runId,
  token,
});

test("reads who approved the run's deployments, as GitHub lists them", async () => {
  github.approve('41', { login: 'alice', environment: 'byok-import', comment: 'CHG-1\nlooks right' });
  github.approve('41', { login: 'bob', environment: 'byok-import', state: 'rejected' });
  const approvals = await readApprovals(request('41', github.githubToken('41')));
  expect(approvals).toEqual([
    { login: 'alice', state: 'approved', environments: ['byok-import'], comment: 'CHG-1\nlooks right' },
    { login: 'bob', state: 'rejected', environments: ['byok-import'], comment: '' },
  ]);
  expect(describeApprovals(approvals)).toBe(
    'alice approved byok-import: "CHG-1 looks right"; bob rejected byok-import',
  );
  expect(describeApprovals(await readApprovals(request('42', github.githubToken('42'))))).toBe(
    'no deployment review recorded for this run',
  );
});

test("another run's token is refused with a typed error that says which permission to grant", async () => {
  const error = await readApprovals(request('41', github.githubToken('7'))).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ByokError);
  expect((error as ByokError).code).toBe('APPROVALS_UNAVAILABLE');
  expect((error as ByokError).oneLine).toMatch(/answered 401 .*permissions: actions: read/);
});

describe('an answer that is not GitHub’s, or none at all: a typed error, never a guess', () => {
  let server: Server;
  let url: string;
  let answer = '';
  beforeAll(async () => {
    server = createServer((_req, res) => res.end(answer));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  test.each([
    ['an HTML page', '<html>maintenance</html>'],
    ['a JSON object', '{"total_count":0}'],
  ])('%s is refused as not a list', async (_what, body) => {
    answer = body;
    const error = await readApprovals({ ...request('41', 'token'), apiUrl: url }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'APPROVALS_UNAVAILABLE',
      message: "GitHub's approvals answer is not a list",
    });
  });

  test('a host that does not answer is named', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const error = await readApprovals({
      ...request('41', 'token'),
      apiUrl: `http://127.0.0.1:${port}`,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'APPROVALS_UNAVAILABLE' });
    expect((error as ByokError).message).toMatch(
      new RegExp(
        `^Could not reach http://127\\.0\\.0\\.1:${port} to read the run's approvals \\(.*ECONNREFUSED`,
      ),
    );
  });
});
