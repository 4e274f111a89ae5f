import type { TokenCredential } from '@azure/core-auth';
import type { KeyClient } from '@azure/keyvault-keys';
import type { Logger } from '../logger.js';
import { throttlingPolicy } from './throttling.js';
import type { VaultTarget } from './vault.js';

/**
 * The Key Vault client for one vault. Challenge-resource verification (the request host must end with the
 * challenge's resource host) stays on for every real vault and is turned off for a loopback emulator only.
 */
export async function createKeyClient(
  vault: VaultTarget,
  credential: TokenCredential,
  logger: Logger,
): Promise<KeyClient> {
  const { KeyClient } = await import('@azure/keyvault-keys');
  return new KeyClient(vault.url, credential, {
    disableChallengeResourceVerification: vault.loopback,
    userAgentOptions: { userAgentPrefix: 'byok' },
    additionalPolicies: [
      { policy: await throttlingPolicy((message) => logger.debug(message)), position: 'perRetry' },
    ],
  });
}
