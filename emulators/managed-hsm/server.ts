import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Entra } from './entra.js';
import { faultReply, type Faults } from './faults.js';
import type { GithubOidc } from './github-oidc.js';
import { readBody, ServiceError, type Reply, type Request } from './http.js';
import { handleDataPlane, type DataPlane } from './routes.js';
import type { TlsMaterial } from './tls.js';

/** One line of the request log: what came in and how it ended. */
export interface RequestLogEntry {
  method: string;
  /** The path without the query. */
  path: string;
  /** 0 when the connection was dropped without an answer. */
  status: number;
  dropped?: 'before' | 'after';
  /** The Host the request named: the emulator's address, or a vault name reached through the proxy. */
  host?: string;
  /** What the emulator noticed while handling it (e.g. a tolerance used). */
  notes?: string[];
}

export interface Handlers {
  entra: Entra;
  github: GithubOidc;
  plane: DataPlane;
  faults: Faults;
  log: RequestLogEntry[];
  onRequest?: (entry: RequestLogEntry) => void;
}

/** Internal failures become a 500 the SDK can retry; service errors keep their status and body. */
function toReply(error: unknown): Reply {
  if (error instanceof ServiceError) return error.toReply();
  return {
    status: 500,
    body: {
      error: { code: 'InternalServerError', message: error instanceof Error ? error.message : String(error) },
    },
  };
}

async function respond(req: Request, h: Handlers, note: (line: string) => void): Promise<Reply> {
  try {
    // Entra and GitHub answer at the emulator's own address only; vault names reached by proxy are vaults.
    const home = h.plane.vaults.forHost(req.headers.host) === h.plane.vaults.home;
    return (
      (home ? (h.github.handle(req) ?? h.entra.handle(req)) : undefined) ??
      (await handleDataPlane(req, h.plane, note)) ?? {
        status: 404,
        body: { error: { code: 'NotFound', message: `No route for ${req.url.pathname}` } },
      }
    );
  } catch (error) {
    return toReply(error);
  }
}

async function serve(
  incoming: IncomingMessage,
  res: ServerResponse,
  baseUrl: string,
  h: Handlers,
): Promise<void> {
  const method = incoming.method ?? 'GET';
  const url = new URL(incoming.url ?? '/', baseUrl);
  const entry: RequestLogEntry = {
    method,
    path: url.pathname,
    status: 0,
    ...(incoming.headers.host ? { host: incoming.headers.host } : {}),
  };
  const finish = () => {
    h.log.push(entry);
    h.onRequest?.(entry);
  };
  const note = (line: string) => (entry.notes ??= []).push(line);
  let body: Buffer;
  try {
    body = await readBody(incoming);
  } catch (error) {
    return send(res, toReply(error), entry, finish);
  }
  const fault = h.faults.take(method, url.pathname);
  if (fault?.latencyMs) await sleep(fault.latencyMs);
  if (fault?.drop === 'before') return drop(res, entry, 'before', finish);
  const reply = fault?.status
    ? faultReply({ ...fault, status: fault.status }, incoming.headers.authorization)
    : await respond({ method, url, headers: incoming.headers, body }, h, note);
  if (fault?.drop === 'after') return drop(res, entry, 'after', finish);
  send(res, reply, entry, finish);
}

function drop(
  res: ServerResponse,
  entry: RequestLogEntry,
  when: 'before' | 'after',
  finish: () => void,
): void {
  entry.dropped = when;
  res.socket?.destroy();
  finish();
}

function send(res: ServerResponse, reply: Reply, entry: RequestLogEntry, finish: () => void): void {
  entry.status = reply.status;
  const payload = reply.body === undefined ? undefined : Buffer.from(JSON.stringify(reply.body));
  res.writeHead(reply.status, {
    'x-ms-request-id': randomUUID(),
    ...(payload
      ? { 'content-type': 'application/json; charset=utf-8', 'content-length': String(payload.length) }
      : { 'content-length': '0' }),
    ...reply.headers,
  });
  res.end(payload);
  finish();
}

/**
 * The HTTPS server on loopback; `port` 0 lets the OS choose. Every part of the emulator names its own URL, which is
 * known only once the port is bound: `handlers` builds them from it, before the first request is taken.
 */
export async function listen(
  tls: TlsMaterial,
  host: string,
  port: number,
  handlers: (baseUrl: string) => Handlers,
): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer({ cert: tls.certPem, key: tls.keyPem });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The emulator has no TCP address');
  const baseUrl = `https://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  const h = handlers(baseUrl);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    serve(req, res, baseUrl, h).catch((error: unknown) => {
      res.socket?.destroy();
      h.log.push({ method: req.method ?? '', path: req.url ?? '', status: 0, notes: [String(error)] });
    });
  });
  return { server, baseUrl };
}
