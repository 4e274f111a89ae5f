import type { TokenCredential } from '@azure/core-auth';
import type { KeyClient, KeyClientOptions } from '@azure/keyvault-keys';

export type { KeyClient };
import type { Logger } from '../logger.js';
import { idempotentImportPolicy } from './idempotent-import.js';
import { importPacePolicy, throttleSignalPolicy, throttlingPolicy } from './throttling.js';
import type { VaultContext } from './vault-kinds.js';
import type { VaultTarget } from './vault.js';

/** What a caller of the library may set on the pipeline; the actions leave both at their defaults. */
export interface KeyClientTuning {
  /** First back-off of a 429 without Retry-After (1 s, as Microsoft advises); tests lower it to spend the budget. */
  throttleBaseDelayMs?: number;
  /** Trust for a private CA in-process (NODE_EXTRA_CA_CERTS does this for a whole process). */
  tlsOptions?: KeyClientOptions['tlsOptions'];
  /** Told of every 429 the vault answers (a batch slows down on it), with the wait it asked for. */
  onThrottled?: (retryAfterMs?: number) => void;
  /** Holds each attempt of an import of this key until a batch's pace lets it go. */
  paceImport?: (keyName: string) => Promise<void>;
}

/** What an operation needs to reach a vault: a signed-in credential, and pipeline tuning for tests. */
export interface AzureAccess {
  credential: TokenCredential;
  tuning?: KeyClientTuning;
}

/** The vault each client of createKeyClient was made for: its kind travels with it to every message. */
const vaults = new WeakMap<KeyClient, VaultTarget>();

/** The vault a client talks to, its kind included when the caller knew it (a client made elsewhere: its URL). */
export function vaultOf(client: KeyClient): VaultContext {
  return vaults.get(client) ?? { url: client.vaultUrl };
}

/**
 * The Key Vault client for one vault. Challenge-resource verification (the request host must end with the
 * challenge's resource host) stays on for every real vault and is turned off for a loopback emulator only.
 * byok's policies run inside the SDK's retry loop, the idempotent import (and a batch's pace and throttle signal)
 * innermost so they see every attempt.
 */
export async function createKeyClient(
  vault: VaultTarget,
  credential: TokenCredential,
  logger: Logger,
  tuning: KeyClientTuning = {},
): Promise<KeyClient> {
  const { KeyClient } = await import('@azure/keyvault-keys');
  const debug = (message: string) => logger.debug(message);
  const client = new KeyClient(vault.url, credential, {
    disableChallengeResourceVerification: vault.loopback,
    userAgentOptions: { userAgentPrefix: 'byok' },
    ...(tuning.tlsOptions ? { tlsOptions: tuning.tlsOptions } : {}),
    additionalPolicies: [
      { policy: await throttlingPolicy(debug, tuning.throttleBaseDelayMs), position: 'perRetry' },
      { policy: await idempotentImportPolicy(logger), position: 'perRetry' },
      ...(tuning.paceImport
        ? [{ policy: importPacePolicy(tuning.paceImport), position: 'perRetry' as const }]
        : []),
      ...(tuning.onThrottled
        ? [{ policy: throttleSignalPolicy(tuning.onThrottled), position: 'perRetry' as const }]
        : []),
    ],
  });
  vaults.set(client, vault);
  return client;
}
