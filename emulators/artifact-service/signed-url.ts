import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed blob URLs in the shape of an Azure service SAS: `<origin>/blob/<runBackendId>/<artifactId>?sv&sr&sp&se&sig`.
 * The signature is an HMAC over the permission, the path and the expiry, so a URL handed out for one artifact
 * cannot read or write another, cannot write when it was issued for reading, and dies at `se`.
 * The Azure SDK strips `=` padding from a `sig` value; the signature is unpadded base64url and is compared
 * with any padding removed.
 */
export type BlobPermission = 'r' | 'cw';

export interface BlobAddress {
  runBackendId: string;
  artifactId: string;
}

const SERVICE_VERSION = '2024-11-04';

function signature(secret: Buffer, permission: string, path: string, expiry: string): Buffer {
  return createHmac('sha256', secret).update(`${permission}\n${path}\n${expiry}`).digest();
}

export function blobPath(address: BlobAddress): string {
  return `/blob/${encodeURIComponent(address.runBackendId)}/${encodeURIComponent(address.artifactId)}`;
}

export function signBlobUrl(
  secret: Buffer,
  origin: string,
  address: BlobAddress,
  permission: BlobPermission,
  lifetimeSeconds = 3600,
): string {
  const path = blobPath(address);
  const expiry = new Date(Date.now() + lifetimeSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const query = new URLSearchParams({ sv: SERVICE_VERSION, sr: 'b', sp: permission, se: expiry });
  query.set('sig', signature(secret, permission, path, expiry).toString('base64url'));
  return `${origin}${path}?${query.toString()}`;
}

export class SignatureError extends Error {}

/** Checks a blob request's URL and returns the blob it may touch. */
export function verifyBlobUrl(secret: Buffer, url: URL, needed: BlobPermission): BlobAddress {
  const parts = /^\/blob\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (!parts) throw new SignatureError('not a blob path');
  const permission = url.searchParams.get('sp') ?? '';
  const expiry = url.searchParams.get('se') ?? '';
  const given = Buffer.from((url.searchParams.get('sig') ?? '').replace(/=+$/, ''), 'base64url');
  const expected = signature(secret, permission, url.pathname, expiry);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new SignatureError('Signature did not match');
  }
  if (!(Date.parse(expiry) > Date.now())) throw new SignatureError('Signed expiry time has passed');
  if (permission !== needed)
    throw new SignatureError(
      `This request is not authorized to perform this operation using this permission (sp=${permission})`,
    );
  return {
    runBackendId: decodeURIComponent(parts[1] as string),
    artifactId: decodeURIComponent(parts[2] as string),
  };
}
