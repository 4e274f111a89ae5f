import type { PipelinePolicy, RetryStrategy } from '@azure/core-rest-pipeline';

/**
 * Key Vault and Managed HSM answer 429 Throttled without a Retry-After header (BYOK-SPEC.md "Limits"), which the
 * SDK's own retry policy leaves alone. This strategy covers exactly that case with the back-off Microsoft advises
 * (1, 2, 4, 8, 16 s: 31 s at most in all) and leaves everything else to the SDK.
 */
export const THROTTLE_RETRIES = 5;

export function throttledWithoutRetryAfter(
  baseDelayMs: number,
  debug: (message: string) => void,
): RetryStrategy {
  return {
    name: 'byokThrottledWithoutRetryAfter',
    retry({ response, retryCount }) {
      if (
        response?.status !== 429 ||
        response.headers.get('retry-after') ||
        response.headers.get('retry-after-ms')
      ) {
        return { skipStrategy: true };
      }
      const delay = baseDelayMs * 2 ** retryCount;
      debug(
        `${response.request.method} ${new URL(response.request.url).pathname} throttled (429 without Retry-After); retry ${retryCount + 1} of ${THROTTLE_RETRIES} in ${delay} ms`,
      );
      return { retryAfterInMs: delay };
    },
  };
}

export async function throttlingPolicy(
  debug: (message: string) => void,
  baseDelayMs = 1000,
): Promise<PipelinePolicy> {
  const { retryPolicy } = await import('@azure/core-rest-pipeline');
  return retryPolicy([throttledWithoutRetryAfter(baseDelayMs, debug)], { maxRetries: THROTTLE_RETRIES });
}
