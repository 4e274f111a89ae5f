import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';

/**
 * The Azure actions ride out transient faults through the SDK pipeline (its own retries plus byok's policy for a
 * 429 without Retry-After). Every retry waits for real, so each test pays at most 1 + 2 s of back-off; the spent
 * 31 s budget is covered in faults-pipeline.test.ts with a lower base and in test/unit/throttling.test.ts.
 */
let hsm: ManagedHsmEmulator;
let context: AzureStepContext;

beforeAll(async () => {
  hsm = await startManagedHsm();
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-faults-')) };
});
afterEach(() => hsm.faults.clear());
afterAll(() => Promise.all([hsm.close(), rm(context.workspace, { recursive: true, force: true })]));

/** Runs `run`, then answers what the emulator did meanwhile: the statuses on `method path` (0: dropped). */
async function observe<T>(run: () => Promise<T>) {
  const from = hsm.requests().length;
  const started = Date.now();
  const result = await run();
  const ms = Date.now() - started;
  const seen = hsm.requests().slice(from);
  const statuses = (method: string, path: RegExp) =>
    seen.filter((r) => r.method === method && path.test(r.path)).map((r) => r.status);
  return { result, ms, statuses };
}

const kekDownload = (name: string) =>
  azureStep('action-kek-download', context, { 'kek-name': name, 'artifact-name': '' });
const kekCreate = (name: string, inputs: Record<string, string> = {}) =>
  azureStep('action-kek-create', context, { 'kek-name': name, 'key-size': '2048', ...inputs });

describe('transient faults on the Managed HSM data plane', () => {
  test('a 429 without Retry-After, twice, is ridden out with 1 s then 2 s of back-off, logged at debug', async () => {
    hsm.faults.add({ method: 'POST', path: '/keys/KEK-429/create', status: 429, times: 2 });
    const { result, statuses, ms } = await observe(() => kekCreate('KEK-429'));
    const answered = statuses('POST', /^\/keys\/KEK-429\/create$/);
    expect(result.errors).toEqual([]);
    expect(result.outputs.created).toBe('true');
    expect(answered).toEqual([429, 429, 200]);
    expect(result.log).toContain(
      '::debug::POST /keys/KEK-429/create throttled (429 without Retry-After); retry 1 of 5 in 1000 ms',
    );
    expect(result.log).toContain('retry 2 of 5 in 2000 ms');
    expect(ms).toBeGreaterThanOrEqual(3000);
    expect(hsm.keys().filter((k) => k.name === 'KEK-429')).toHaveLength(1);
  });

  test('a 429 that keeps coming after the retries are spent is one THROTTLED error line', async () => {
    await kekCreate('KEK-busy');
    // With Retry-After the SDK's own strategy retries (here at once, 3 times); then byok reports it.
    hsm.faults.add({ method: 'GET', path: '/keys/KEK-busy', status: 429, retryAfterSeconds: 0 });
    const { result, statuses } = await observe(() => kekDownload('KEK-busy'));
    const answered = statuses('GET', /^\/keys\/KEK-busy\/?$/);
    expect(answered.filter((s) => s === 429)).toHaveLength(4);
    expectOneLineError(
      result,
      /^The vault kept throttling after retries with back-off: could not read KEK "KEK-busy": Throttled .*run the job again later \[THROTTLED\]$/,
    );
  });

  test('a 500 and a 503 are retried by the SDK, and a slow answer is waited for', async () => {
    hsm.faults.add({ method: 'GET', path: '/keys/KEK-5xx', status: 500, times: 1 });
    hsm.faults.add({ method: 'POST', path: '/keys/KEK-5xx/create', status: 503, times: 1 });
    hsm.faults.add({ method: 'POST', path: '/keys/KEK-5xx/create', latencyMs: 500, times: 2 });
    const { result, statuses, ms } = await observe(() => kekCreate('KEK-5xx'));
    const answered = statuses('POST', /^\/keys\/KEK-5xx\/create$/);
    expect(result.errors).toEqual([]);
    expect(result.outputs.created).toBe('true');
    expect(answered).toEqual([503, 200]);
    expect(statuses('GET', /^\/keys\/KEK-5xx\/?$/)).toEqual([500, 401, 404]);
    expect(result.log).toContain("::debug::GET /keys/KEK-5xx/ failed (500); left to the SDK's retry policy");
    expect(result.log).toContain(
      "::debug::POST /keys/KEK-5xx/create failed (503); left to the SDK's retry policy",
    );
    expect(ms).toBeGreaterThanOrEqual(1000);
  });

  test('a dropped connection before a read is retried', async () => {
    await kekCreate('KEK-drop');
    hsm.faults.add({ method: 'GET', path: '/keys/KEK-drop', drop: 'before', times: 1 });
    const { result, statuses } = await observe(() => kekDownload('KEK-drop'));
    const answered = statuses('GET', /^\/keys\/KEK-drop\/?$/);
    expect(result.errors).toEqual([]);
    expect(answered).toEqual([0, 401, 200]);
    expect(result.log).toMatch(/::debug::GET \/keys\/KEK-drop\/ failed \(ECONNRESET\)/);
  });
});

describe('transient faults on the token endpoints', () => {
  test('Entra answering 500 once: the credential retries the token request', async () => {
    hsm.faults.add({ method: 'POST', path: /\/oauth2\/v2\.0\/token$/, status: 500, times: 1 });
    const { result, statuses } = await observe(() => kekCreate('KEK-entra'));
    const answered = statuses('POST', /\/oauth2\/v2\.0\/token$/);
    expect(result.errors).toEqual([]);
    expect(answered).toEqual([500, 200]);
  });

  test('the GitHub OIDC endpoint answering 503 once: @actions/core retries it', async () => {
    hsm.faults.add({ method: 'GET', path: /\/idtoken$/, status: 503, times: 1 });
    const { result, statuses } = await observe(() => kekCreate('KEK-oidc'));
    const answered = statuses('GET', /\/idtoken$/);
    expect(result.errors).toEqual([]);
    // The runner's token is fetched again for each token exchange.
    expect(answered[0]).toBe(503);
    expect(answered.length).toBeGreaterThan(1);
    expect(answered.slice(1).every((s) => s === 200)).toBe(true);
  });
});

describe('the HSM\'s published rate (create key 1/s, docs/byok-format.md "Limits")', () => {
  test('two kek-create rotate runs within a second: the throttled one backs off and succeeds', async () => {
    // One create per window; the window is widened so that the two processes meet in it even on a loaded machine.
    hsm.faults.limitRate({ method: 'POST', path: '/keys/*/create', perSecond: 1, windowMs: 5000 });
    const { result: runs, statuses } = await observe(() =>
      Promise.all([1, 2].map(() => kekCreate('KEK-rate', { 'if-exists': 'rotate' }))),
    );
    const answered = statuses('POST', /^\/keys\/KEK-rate\/create$/);
    for (const run of runs) expect(run.errors).toEqual([]);
    expect(new Set(runs.map((r) => r.outputs['kek-id'])).size).toBe(2);
    expect(answered.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(runs.map((r) => r.log).join('\n')).toContain(
      'throttled (429 without Retry-After); retry 1 of 5 in 1000 ms',
    );
    expect(hsm.keys().filter((k) => k.name === 'KEK-rate')).toHaveLength(2);
  });
});
