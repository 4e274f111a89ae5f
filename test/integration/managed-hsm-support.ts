/** Shared by the managed-hsm-*.test.ts files: the real Azure clients wired to an emulator, and .byok making. */
import type { KeyObject } from 'node:crypto';
import { request } from 'node:https';
import { ClientSecretCredential, type AccessToken, type TokenCredential } from '@azure/identity';
import { KeyClient } from '@azure/keyvault-keys';
import { serializeByok } from '../../shared/src/byok/file.js';
import { rsaAesKeyWrap } from '../../shared/src/byok/rsa-aes-key-wrap.js';
import type { ManagedHsmEmulator, Role } from '../../emulators/managed-hsm/index.js';

/** The in-process way to trust the emulator: its CA as the Azure pipeline's `tlsOptions`; short retry delays. */
export function keyClient(hsm: ManagedHsmEmulator, credential: TokenCredential): KeyClient {
  return new KeyClient(hsm.url, credential, {
    disableChallengeResourceVerification: true,
    tlsOptions: hsm.tlsOptions,
    retryOptions: { retryDelayInMs: 20, maxRetryDelayInMs: 100 },
  });
}

export function secretCredential(
  hsm: ManagedHsmEmulator,
  client: { tenantId: string; clientId: string; clientSecret?: string },
): ClientSecretCredential {
  return new ClientSecretCredential(client.tenantId, client.clientId, client.clientSecret ?? '', {
    authorityHost: hsm.authorityHost,
    disableInstanceDiscovery: true,
    tlsOptions: hsm.tlsOptions,
  });
}

/** A KeyClient for a new client registered with `roles` (default: Crypto User). */
export function clientWithRoles(hsm: ManagedHsmEmulator, roles?: Role[]): KeyClient {
  return keyClient(hsm, secretCredential(hsm, hsm.registerClient(roles ? { roles } : {})));
}

/** A credential that hands out a fixed token, to present tokens the emulator must refuse. */
export function fixedToken(token: string): TokenCredential {
  return {
    getToken: async (): Promise<AccessToken> => ({ token, expiresOnTimestamp: Date.now() + 3600_000 }),
  };
}

/** The bytes of a .byok file wrapping `plaintext` under the KEK public key, as action-wrap would write it. */
export function byokBytes(kid: string, kekPublicKey: KeyObject, plaintext: Buffer): Uint8Array {
  return Buffer.from(
    serializeByok({ kid, ciphertext: rsaAesKeyWrap(kekPublicKey, plaintext), generator: 'byok tests' }),
  );
}

/** The status and service error code of a failed call. */
export async function refusal(
  promise: Promise<unknown>,
): Promise<{ status: number | undefined; code: string | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { statusCode?: number; code?: string; message: string };
    return { status: e.statusCode, code: e.code, message: e.message };
  }
  throw new Error('expected the call to be refused');
}

/**
 * A raw request to the emulator's own address with a bearer token of a new client (roles and access policy by
 * default), for bodies the SDK would never send. Answers the status and the parsed error or bundle.
 */
export function rawRequest(
  hsm: ManagedHsmEmulator,
  method: string,
  path: string,
  body?: unknown,
  token = hsm.accessToken(hsm.registerClient().clientId),
): Promise<{ status: number; body: Record<string, unknown> }> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    request(
      `${hsm.url}${path}`,
      {
        method,
        ca: hsm.caPem,
        headers: {
          authorization: `Bearer ${token}`,
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
          }),
        );
      },
    )
      .on('error', reject)
      .end(payload);
  });
}
