import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Faults } from './faults.js';
import { readBody, send } from './http.js';
import { SignatureError, verifyBlobUrl, type BlobPermission } from './signed-url.js';
import type { ArtifactStore, StoredArtifact } from './store.js';

/**
 * The blob side, as much of Azure Blob Storage as @actions/artifact uses through @azure/storage-blob:
 * `PUT ?comp=block&blockid=` (stage a block), `PUT ?comp=blocklist` (commit an XML BlockList), a single-shot
 * `PUT` with `x-ms-blob-type: BlockBlob`, and `GET` of the committed blob. Every request needs a valid signed URL.
 */
export interface BlobContext {
  store: ArtifactStore;
  faults: Faults;
  secret: Buffer;
}

class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function common(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2024-11-04', Date: new Date().toUTCString() };
}

function sendError(response: ServerResponse, error: StorageError): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${error.code}</Code><Message>${error.message}</Message></Error>`;
  send(response, error.status, xml, {
    ...common(),
    'Content-Type': 'application/xml',
    'x-ms-error-code': error.code,
  });
}

function artifactFor(context: BlobContext, url: URL, permission: BlobPermission): StoredArtifact {
  let address;
  try {
    address = verifyBlobUrl(context.secret, url, permission);
  } catch (error) {
    if (error instanceof SignatureError)
      throw new StorageError(
        403,
        'AuthenticationFailed',
        `Server failed to authenticate the request. ${error.message}`,
      );
    throw error;
  }
  const run = context.store.byBackendId(address.runBackendId);
  const artifact = run ? context.store.byId(run, address.artifactId) : undefined;
  if (!artifact) throw new StorageError(404, 'BlobNotFound', 'The specified blob does not exist.');
  return artifact;
}

/** Block ids of a Put Block List body, in order. */
function parseBlockList(xml: string): string[] {
  if (!/<BlockList>[\s\S]*<\/BlockList>/.test(xml))
    throw new StorageError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
  return [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(
    (match) => match[2] as string,
  );
}

function committed(artifact: StoredArtifact, blob: Buffer, request: IncomingMessage): Record<string, string> {
  artifact.blob = blob;
  artifact.blobContentType =
    (request.headers['x-ms-blob-content-type'] as string | undefined) ?? artifact.mimeType;
  artifact.staged.clear();
  return {
    ETag: `"0x${Date.now().toString(16).toUpperCase()}"`,
    'Last-Modified': new Date().toUTCString(),
    'x-ms-request-server-encrypted': 'true',
  };
}

async function put(
  context: BlobContext,
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const artifact = artifactFor(context, url, 'cw');
  if (artifact.state !== 'uploading')
    throw new StorageError(
      409,
      'BlobImmutableDueToPolicy',
      'This operation is not permitted as the blob is immutable.',
    );
  const body = await readBody(request);
  const comp = url.searchParams.get('comp');
  let headers: Record<string, string> = {};
  if (comp === 'block') {
    const blockId = url.searchParams.get('blockid') ?? '';
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blockId))
      throw new StorageError(
        400,
        'InvalidQueryParameterValue',
        'Value for one of the query parameters specified in the request URI is invalid (blockid).',
      );
    artifact.staged.set(blockId, body);
  } else if (comp === 'blocklist') {
    const blocks = parseBlockList(body.toString('utf8')).map((id) => artifact.staged.get(id));
    if (blocks.some((block) => block === undefined))
      throw new StorageError(400, 'InvalidBlockList', 'The specified block list is invalid.');
    headers = committed(artifact, Buffer.concat(blocks as Buffer[]), request);
  } else if (comp === null && request.headers['x-ms-blob-type'] === 'BlockBlob') {
    headers = committed(artifact, body, request);
  } else {
    throw new StorageError(
      400,
      'UnsupportedQueryParameter',
      `The emulator does not serve this blob operation (comp=${comp ?? ''}).`,
    );
  }
  send(response, 201, '', { ...common(), ...headers });
}

function get(context: BlobContext, url: URL, response: ServerResponse): void {
  const artifact = artifactFor(context, url, 'r');
  if (artifact.state !== 'finalized' || artifact.blob === undefined)
    throw new StorageError(404, 'BlobNotFound', 'The specified blob does not exist.');
  let bytes = artifact.blob;
  const fault = context.faults.take('blob:GET');
  if (fault?.kind === 'status') throw new StorageError(fault.status, 'ServerBusy', 'Injected fault.');
  if (fault?.kind === 'truncate') bytes = bytes.subarray(0, fault.keepBytes ?? Math.floor(bytes.length / 2));
  const contentType = artifact.blobContentType ?? artifact.mimeType;
  const headers: Record<string, string> = {
    ...common(),
    'Content-Type': contentType,
    'x-ms-blob-type': 'BlockBlob',
    'Accept-Ranges': 'bytes',
    'Last-Modified': artifact.createdAt.toUTCString(),
  };
  if (!/^application\/(x-)?zip/.test(contentType)) {
    headers['Content-Disposition'] =
      `attachment; filename="${artifact.name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(artifact.name)}`;
  }
  send(response, 200, bytes, headers);
}

export async function handleBlob(
  context: BlobContext,
  request: IncomingMessage,
  response: ServerResponse,
  onDone: (status: number) => void,
): Promise<void> {
  let status = 200;
  try {
    const url = new URL(request.url ?? '/', 'http://emulator');
    if (request.method === 'PUT') {
      const fault = context.faults.take('blob:PUT');
      if (fault?.kind === 'status') {
        await readBody(request);
        throw new StorageError(fault.status, 'ServerBusy', 'Injected fault.');
      }
      await put(context, url, request, response);
      status = 201;
    } else if (request.method === 'GET') {
      get(context, url, response);
    } else {
      throw new StorageError(
        405,
        'UnsupportedHttpVerb',
        `The resource doesn't support the ${request.method} verb.`,
      );
    }
  } catch (error) {
    const storageError =
      error instanceof StorageError
        ? error
        : new StorageError(500, 'InternalError', error instanceof Error ? error.message : String(error));
    status = storageError.status;
    sendError(response, storageError);
  }
  onDone(status);
}
