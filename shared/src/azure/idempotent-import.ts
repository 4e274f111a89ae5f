import type { KeyObject } from 'node:crypto';
import type {
  PipelinePolicy,
  PipelineRequest,
  PipelineResponse,
  SendRequest,
} from '@azure/core-rest-pipeline';
import { publicKeyFromJwk } from '../crypto/public-key.js';
import { ByokError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * An import is not idempotent: the SDK retries a PUT /keys/{name} whose answer was lost, and if the first attempt
 * had landed the vault gets a second version. importByok announces each import with what recognises it, and the
 * policy below checks the vault before any retry of an attempt that may have landed.
 */
export interface ImportIdentity {
  /** RSA/EC: the public key of the key being imported; without it (AES, no sidecar) a landed import is unknowable. */
  publicKey?: KeyObject;
  /** The versioned id that was current before the import, when the name already existed. */
  replaces?: string;
}

/**
 * Announced imports by `origin/keys/name` (Key Vault names are case-insensitive). The SDK's operation options
 * carry no per-request value down to a policy (the modular client rebuilds the tracing context and drops custom
 * headers from the typed options), so the import is announced here around the call.
 */
const announced = new Map<string, ImportIdentity>();

const importKey = (url: URL, name: string) => `${url.origin}/keys/${name}`.toLowerCase();
/** `PUT` on this path is an import (docs/byok-format.md "REST"). */
export const IMPORT_PATH = /^\/keys\/([0-9a-zA-Z-]{1,127})\/?$/;

/** Runs `send` (the import call) with its identity announced to the policy. */
export async function withImportIdentity<T>(
  vaultUrl: string,
  name: string,
  identity: ImportIdentity,
  send: () => Promise<T>,
): Promise<T> {
  const key = importKey(new URL(vaultUrl), name);
  announced.set(key, identity);
  try {
    return await send();
  } finally {
    announced.delete(key);
  }
}

interface KeyBundleJson {
  key?: { kid?: string; kty?: string; n?: string; e?: string; crv?: string; x?: string; y?: string };
}

/** The GET that asks the vault for the key's current version, signed like the import it stands in for. */
function currentVersionRequest(
  request: PipelineRequest,
  create: typeof import('@azure/core-rest-pipeline'),
): PipelineRequest {
  const headers = create.createHttpHeaders({ accept: 'application/json' });
  for (const name of ['authorization', 'user-agent']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  return create.createPipelineRequest({
    url: request.url,
    method: 'GET',
    headers,
    timeout: request.timeout,
    ...(request.abortSignal ? { abortSignal: request.abortSignal } : {}),
    ...(request.agent ? { agent: request.agent } : {}),
    ...(request.tlsSettings ? { tlsSettings: request.tlsSettings } : {}),
    ...(request.proxySettings ? { proxySettings: request.proxySettings } : {}),
  });
}

function samePublicKey(bundle: KeyBundleJson, expected: KeyObject): boolean {
  const jwk = bundle.key;
  if (!jwk?.kty || jwk.kty.startsWith('oct')) return false;
  return publicKeyFromJwk({ ...jwk, kty: jwk.kty }).equals(expected);
}

/**
 * Runs inside the SDK's retry loop (perRetry), innermost, so it sees every attempt of an announced import. After an
 * attempt that may have landed (no answer, or a 5xx), the next attempt first reads the key:
 * - not there, or still the version it replaces: nothing landed, the import is sent again;
 * - a new version with the announced public key: that is this import, and its bundle is the import's answer
 *   (GET and import both answer a KeyBundle);
 * - a new version and no public key to compare (AES, or no sidecar): fail closed, naming the version, rather than
 *   import twice (a duplicate AES version is harmless, but its owner should know and decide).
 * The key vault authentication policy signs before the retry loop, so the GET carries the import's own token.
 */
export async function idempotentImportPolicy(logger: Logger): Promise<PipelinePolicy> {
  const pipeline = await import('@azure/core-rest-pipeline');
  const mayHaveLanded = new WeakSet<PipelineRequest>();

  async function landedImport(
    request: PipelineRequest,
    next: SendRequest,
    name: string,
    identity: ImportIdentity,
  ): Promise<PipelineResponse | undefined> {
    logger.debug(`Import of key "${name}" may have landed: reading the key before sending it again`);
    const current = await next(currentVersionRequest(request, pipeline));
    if (current.status === 404) return undefined;
    if (current.status !== 200) return { ...current, request };
    const bundle = JSON.parse(current.bodyAsText ?? '{}') as KeyBundleJson;
    const kid = bundle.key?.kid ?? '';
    if (kid.toLowerCase() === identity.replaces?.toLowerCase()) return undefined;
    if (identity.publicKey) {
      if (!samePublicKey(bundle, identity.publicKey)) return undefined;
      logger.info(
        `The answer to importing key "${name}" was lost, but ${kid} holds this key: it is not imported again`,
      );
      return { ...current, request };
    }
    throw new ByokError(
      'IMPORT_UNCONFIRMED',
      `The answer to importing key "${name}" was lost and ${kid} has appeared since; with no public key recorded for this key (AES, or a .byok without its sidecar) it cannot be told apart, so it is not imported again`,
      `Check the key's versions (az keyvault key list-versions --hsm-name HSM --name ${name}): if ${kid} is this import the work is done, otherwise run the import again`,
    );
  }

  return {
    name: 'byokIdempotentImport',
    async sendRequest(request, next) {
      const url = new URL(request.url);
      const name = IMPORT_PATH.exec(url.pathname)?.[1];
      const identity = name && request.method === 'PUT' ? announced.get(importKey(url, name)) : undefined;
      if (!name || !identity) return next(request);
      if (mayHaveLanded.has(request)) {
        const answer = await landedImport(request, next, name, identity);
        if (answer) return answer;
        logger.debug(`Key "${name}" does not hold this import yet: sending it again`);
        mayHaveLanded.delete(request);
      }
      try {
        const response = await next(request);
        if (response.status >= 500) mayHaveLanded.add(request);
        return response;
      } catch (error) {
        mayHaveLanded.add(request);
        throw error;
      }
    },
  };
}
