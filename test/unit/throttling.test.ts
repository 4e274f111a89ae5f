import {
  createHttpHeaders,
  createPipelineRequest,
  RestError,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import { translateAzureError } from '../../shared/src/azure/errors.js';
import {
  importPacePolicy,
  retryAfterMs,
  THROTTLE_BASE_DELAY_MS,
  THROTTLE_RETRIES,
  throttledWithoutRetryAfter,
  throttleSignalPolicy,
  throttlingPolicy,
} from '../../shared/src/azure/throttling.js';
import { ByokError, ConfigurationError } from '../../shared/src/errors.js';

const request = () => createPipelineRequest({ url: 'https://hsm.example/keys/KEK/create', method: 'POST' });
const answer = (status: number, headers: Record<string, string> = {}): PipelineResponse => ({
  request: request(),
  status,
  headers: createHttpHeaders(headers),
  bodyAsText: '{"error":{"code":"Throttled","message":"Request was not processed"}}',
});

describe('the retry strategy for a 429 without Retry-After', () => {
  test("spends Microsoft's back-off, 1+2+4+8+16 s, and logs each retry", () => {
    const debug: string[] = [];
    const strategy = throttledWithoutRetryAfter(THROTTLE_BASE_DELAY_MS, (m) => debug.push(m));
    const delays = Array.from({ length: THROTTLE_RETRIES }, (_, retryCount) =>
      strategy.retry({ retryCount, response: answer(429) }),
    ).map((modifiers) => modifiers.retryAfterInMs);
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(delays.reduce((sum, d) => (sum ?? 0) + (d ?? 0), 0)).toBe(31_000);
    expect(debug[0]).toBe(
      'POST /keys/KEK/create throttled (429 without Retry-After); retry 1 of 5 in 1000 ms',
    );
    expect(debug).toHaveLength(5);
  });

  test("leaves a Retry-After, a 5xx and a network error to the SDK's own strategies, logging them", () => {
    const debug: string[] = [];
    const strategy = throttledWithoutRetryAfter(1000, (m) => debug.push(m));
    const networkError = new RestError('socket hang up', { code: 'ECONNRESET', request: request() });
    for (const info of [
      { response: answer(429, { 'Retry-After': '3' }) },
      { response: answer(429, { 'x-ms-retry-after-ms': '30' }) },
      { response: answer(503) },
      { responseError: networkError },
      { response: answer(404) },
    ]) {
      expect(strategy.retry({ retryCount: 0, ...info })).toEqual({ skipStrategy: true });
    }
    expect(debug).toEqual([
      "POST /keys/KEK/create failed (429); left to the SDK's retry policy",
      "POST /keys/KEK/create failed (429); left to the SDK's retry policy",
      "POST /keys/KEK/create failed (503); left to the SDK's retry policy",
      "POST /keys/KEK/create failed (ECONNRESET); left to the SDK's retry policy",
    ]);
  });

  test('the policy sends 1 + 5 attempts, then hands back the 429; byok reports it as THROTTLED', async () => {
    const debug: string[] = [];
    const policy = await throttlingPolicy((m) => debug.push(m), 1);
    let attempts = 0;
    const response = await policy.sendRequest(request(), async () => {
      attempts += 1;
      return answer(429);
    });
    expect(attempts).toBe(1 + THROTTLE_RETRIES);
    expect(response.status).toBe(429);
    expect(debug.at(-1)).toMatch(/retry 5 of 5 in 16 ms$/);

    const error = translateAzureError(
      new RestError('Request was not processed because too many requests were received.', {
        statusCode: 429,
        code: 'Throttled',
        response,
      }),
      'create KEK "KEK"',
    );
    expect(error).toBeInstanceOf(ByokError);
    expect(error).not.toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ code: 'THROTTLED' });
    expect((error as ByokError).oneLine).toBe(
      'The vault kept throttling after retries with back-off: could not create KEK "KEK": Throttled (Request was not processed because too many requests were received.). ' +
        "Another workload is using the vault's request budget; run the job again later",
    );
  });
});

describe("a batch's view of the pipeline", () => {
  test('reads the wait a throttled answer asks for, in any of the headers the SDK honours', () => {
    expect(retryAfterMs(createHttpHeaders({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(createHttpHeaders({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(createHttpHeaders({ 'x-ms-retry-after-ms': '40' }))).toBe(40);
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    expect(retryAfterMs(createHttpHeaders({ 'retry-after': inTwoSeconds }))).toBeGreaterThan(500);
    expect(retryAfterMs(createHttpHeaders({}))).toBeUndefined();
  });

  test('the signal reports every 429 with its wait, and nothing else', async () => {
    const seen: (number | undefined)[] = [];
    const policy = throttleSignalPolicy((ms) => seen.push(ms));
    for (const reply of [answer(429), answer(429, { 'retry-after': '2' }), answer(200), answer(503)])
      await policy.sendRequest(request(), async () => reply);
    expect(seen).toEqual([undefined, 2000]);
  });

  test('the pace holds each attempt of an import until it may go, and lets every other request through', async () => {
    const paced: string[] = [];
    const policy = importPacePolicy(async (name) => void paced.push(name));
    const send = (method: 'PUT' | 'GET' | 'POST', path: string) =>
      policy.sendRequest(createPipelineRequest({ url: `https://hsm.example${path}`, method }), async () =>
        answer(200),
      );
    await send('PUT', '/keys/payments-1');
    await send('PUT', '/keys/payments-1');
    await send('GET', '/keys/payments-1');
    await send('POST', '/keys/payments-1/create');
    await send('PUT', '/keys/a/b');
    expect(paced).toEqual(['payments-1', 'payments-1']);
  });
});
