import { generateKeyPairSync } from 'node:crypto';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { ensureKek, getKek } from '../../shared/src/azure/kek.js';
import { createKeyClient, type KeyClientTuning } from '../../shared/src/azure/key-client.js';
import { THROTTLE_RETRIES } from '../../shared/src/azure/throttling.js';
import { resolveVault } from '../../shared/src/azure/vault.js';
import { ByokError, ConfigurationError } from '../../shared/src/errors.js';
import type { Logger } from '../../shared/src/logger.js';
import { secretCredential } from './managed-hsm-support.js';

/**
 * byok's Key Vault client, in-process against the emulator, for what an action run cannot show quickly: the whole
 * throttling budget spent (with a 10 ms base instead of 1 s, so 310 ms instead of 31 s) and a token that expires
 * on its way to the vault.
 */
let hsm: ManagedHsmEmulator;

beforeAll(async () => {
  hsm = await startManagedHsm();
});
afterEach(() => hsm.faults.clear());
afterAll(() => hsm.close());

function recordingLogger(): Logger & { debugLines: string[] } {
  const debugLines: string[] = [];
  return { debugLines, debug: (m) => debugLines.push(m), info() {}, warning() {} };
}

const client = (credential: TokenCredential, logger: Logger, tuning: KeyClientTuning = {}) =>
  createKeyClient(resolveVault({ vaultUrl: hsm.url }), credential, logger, {
    tlsOptions: hsm.tlsOptions,
    ...tuning,
  });
const statuses = (from: number, method: string, path: string) =>
  hsm
    .requests()
    .slice(from)
    .filter((r) => r.method === method && r.path.replace(/\/$/, '') === path)
    .map((r) => r.status);

test('a 429 without Retry-After that never stops: 1 + 5 attempts, then one THROTTLED error', async () => {
  const logger = recordingLogger();
  const keys = await client(secretCredential(hsm, hsm.registerClient()), logger, {
    throttleBaseDelayMs: 10,
  });
  hsm.faults.add({ method: 'POST', path: '/keys/KEK-spent/create', status: 429 });
  const from = hsm.requests().length;
  const started = Date.now();
  const error = await ensureKek(keys, { name: 'KEK-spent', size: 2048, ifExists: 'rotate' }, logger).catch(
    (e: unknown) => e,
  );
  const ms = Date.now() - started;

  expect(statuses(from, 'POST', '/keys/KEK-spent/create')).toEqual(Array(1 + THROTTLE_RETRIES).fill(429));
  expect(logger.debugLines.filter((l) => l.includes('throttled'))).toEqual(
    [10, 20, 40, 80, 160].map(
      (delay, i) =>
        `POST /keys/KEK-spent/create throttled (429 without Retry-After); retry ${i + 1} of 5 in ${delay} ms`,
    ),
  );
  expect(ms).toBeGreaterThanOrEqual(310);
  expect(error).toBeInstanceOf(ByokError);
  expect(error).not.toBeInstanceOf(ConfigurationError);
  expect(error).toMatchObject({
    code: 'THROTTLED',
    message: expect.stringMatching(
      /^The vault kept throttling after retries with back-off: could not create KEK "KEK-spent": Throttled/,
    ),
  });
  expect(hsm.keys().filter((k) => k.name === 'KEK-spent')).toEqual([]);
});

test('a token that expires on its way to the vault: the 401 makes the SDK fetch a new one and retry', async () => {
  const registered = hsm.registerClient();
  const kid = hsm.seedKey('KEK-token', generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
  // Tokens that live one second (to the second, as Entra signs them), their expiry reported as it is; the one
  // fetched after the vault's 401 lives a minute, so that a loaded machine cannot let it expire on the retry too.
  let issued = 0;
  let shortUntil = Infinity;
  const shortLived: TokenCredential = {
    getToken: async (): Promise<AccessToken> => {
      issued += 1;
      const lifetimeSeconds = issued > shortUntil ? 60 : 1;
      return {
        token: hsm.accessToken(registered.clientId, { lifetimeSeconds }),
        expiresOnTimestamp: Date.now() + lifetimeSeconds * 1000,
      };
    },
  };
  const logger = recordingLogger();
  const keys = await client(shortLived, logger);
  await getKek(keys, { kid }, logger);
  const tokensBefore = issued;
  shortUntil = tokensBefore + 1;

  hsm.faults.add({ method: 'GET', path: '/keys/KEK-token/*', latencyMs: 1100, times: 1 });
  const from = hsm.requests().length;
  const kek = await getKek(keys, { kid }, logger);
  expect(kek.kid).toBe(kid);
  expect(statuses(from, 'GET', new URL(kid).pathname)).toEqual([401, 200]);
  // One token for the attempt, one more after the vault refused it as expired.
  expect(issued - tokensBefore).toBe(2);
});
