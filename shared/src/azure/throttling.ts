import type { PipelinePolicy, RetryStrategy } from '@azure/core-rest-pipeline';
import { IMPORT_PATH } from './idempotent-import.js';

/**
 * Key Vault and Managed HSM answer 429 Throttled without a Retry-After header (docs/byok-format.md "Limits"), which the
 * SDK's own retry policy leaves alone. This strategy covers exactly that case with the back-off Microsoft advises
 * (1, 2, 4, 8, 16 s: 31 s at most in all) and leaves everything else to the SDK.
 */
export const THROTTLE_RETRIES = 5;
export const THROTTLE_BASE_DELAY_MS = 1000;
/** What the SDK's own throttling strategy honours. */
const RETRY_AFTER_HEADERS = ['retry-after', 'retry-after-ms', 'x-ms-retry-after-ms'];

export function throttledWithoutRetryAfter(
  baseDelayMs: number,
  debug: (message: string) => void,
): RetryStrategy {
  return {
    name: 'byokThrottledWithoutRetryAfter',
    retry({ response, responseError, retryCount }) {
      const request = response?.request ?? responseError?.request;
      const what = request ? `${request.method} ${new URL(request.url).pathname}` : 'A request';
      const status = response?.status;
      if (status === 429 && !RETRY_AFTER_HEADERS.some((name) => response?.headers.has(name))) {
        const delay = baseDelayMs * 2 ** retryCount;
        debug(
          `${what} throttled (429 without Retry-After); retry ${retryCount + 1} of ${THROTTLE_RETRIES} in ${delay} ms`,
        );
        return { retryAfterInMs: delay };
      }
      // Every attempt passes here, so the SDK's own retries show in the debug log as well.
      if (responseError || (status !== undefined && (status >= 500 || status === 429)))
        debug(`${what} failed (${responseError?.code ?? status}); left to the SDK's retry policy`);
      return { skipStrategy: true };
    },
  };
}

export async function throttlingPolicy(
  debug: (message: string) => void,
  baseDelayMs = THROTTLE_BASE_DELAY_MS,
): Promise<PipelinePolicy> {
  const { retryPolicy } = await import('@azure/core-rest-pipeline');
  return retryPolicy([throttledWithoutRetryAfter(baseDelayMs, debug)], { maxRetries: THROTTLE_RETRIES });
}

/** The wait a throttled answer asks for, in ms (Retry-After in seconds, or the -ms headers); undefined when none. */
export function retryAfterMs(headers: { get(name: string): string | undefined }): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const value = Number(headers.get(name));
    if (headers.get(name) !== undefined && Number.isFinite(value)) return value;
  }
  const text = headers.get('retry-after');
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Holds every attempt of an import (`PUT /keys/{name}`), retries included, until the batch's pace lets it go
 * (shared/src/batch/adaptive-rate.ts): a retry takes a slot like a first attempt, so it never crowds out another.
 */
export function importPacePolicy(pace: (keyName: string) => Promise<void>): PipelinePolicy {
  return {
    name: 'byokImportPace',
    async sendRequest(request, next) {
      const name =
        request.method === 'PUT' ? IMPORT_PATH.exec(new URL(request.url).pathname)?.[1] : undefined;
      if (name) await pace(name);
      return next(request);
    },
  };
}

/**
 * Tells a caller about every 429 the vault answers, whether or not a retry follows, so that a batch can slow down
 * (shared/src/batch/adaptive-rate.ts). Innermost in the pipeline: it sees each attempt, retries included.
 */
export function throttleSignalPolicy(onThrottled: (retryAfterMs?: number) => void): PipelinePolicy {
  return {
    name: 'byokThrottleSignal',
    async sendRequest(request, next) {
      const response = await next(request);
      if (response.status === 429) onThrottled(retryAfterMs(response.headers));
      return response;
    },
  };
}
