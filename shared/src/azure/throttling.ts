import type { PipelinePolicy, RetryStrategy } from '@azure/core-rest-pipeline';

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
