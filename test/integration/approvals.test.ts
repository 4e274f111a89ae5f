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
