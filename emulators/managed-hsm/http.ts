import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** A request as every handler sees it: the body already read, the query already decoded. */
export interface Request {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What a handler answers; the server writes it, or drops the connection when a fault says so. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A Key Vault error answer: `{"error":{"code","message","innererror"?}}` (docs/byok-format.md "REST"). */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly inner?: { code: string; message?: string },
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  toReply(): Reply {
    const error = {
      code: this.code,
      message: this.message,
      ...(this.inner ? { innererror: this.inner } : {}),
    };
    return { status: this.status, ...(this.headers ? { headers: this.headers } : {}), body: { error } };
  }
}

export const badParameter = (message: string) => new ServiceError(400, 'BadParameter', message);

/** No request of the protocol comes near this; a larger body is refused before it fills memory. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new ServiceError(413, 'BadParameter', `The request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The body as a JSON object, or a 400 the way the service answers a malformed body. */
export function jsonBody(req: Request): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(req.body.toString('utf8') || '{}');
  } catch {
    throw badParameter('The request body is not valid JSON');
  }
  return objectField(value, 'The request body');
}

/** A JSON object member of a request, or a 400 naming it. */
export function objectField(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badParameter(`${name} must be a JSON object`);
  return value as Record<string, unknown>;
}

/** Bytes of a base64url member (the JWK encoding); `=` padding is taken, other alphabets are refused. */
export function base64UrlField(value: unknown, name: string): Buffer {
  if (typeof value !== 'string' || value.length === 0 || !/^[A-Za-z0-9_-]+={0,2}$/.test(value))
    throw badParameter(`${name} must be base64url`);
  return Buffer.from(value, 'base64url');
}
