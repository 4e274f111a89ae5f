import { createServer, type Server } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { vaultOfHost } from './vault-kinds.js';

export interface VaultProxy {
  /** http://127.0.0.1:PORT, for HTTPS_PROXY. */
  url: string;
  close(): Promise<void>;
}

/**
 * An HTTP CONNECT proxy on loopback that lets clients reach the emulator under real vault names without DNS:
 * a tunnel to NAME.managedhsm.azure.net:443 or NAME.vault.azure.net:443 ends in the emulator's own HTTPS server,
 * whose certificate covers both domains, so the client sees the name it asked for and challenge-resource
 * verification stays on. Nothing else is tunnelled: it is no way out to the network.
 */
export async function startVaultProxy(https: HttpsServer, host: string): Promise<VaultProxy> {
  const tunnels = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    res
      .writeHead(405, { 'content-type': 'text/plain' })
      .end('This proxy only takes CONNECT to vault hosts\n');
  });
  server.on('connect', (req, socket: Socket, head: Buffer) => {
    const target = /^([^:]+):(\d+)$/.exec(req.url ?? '');
    if (!target || target[2] !== '443' || !vaultOfHost(target[1] as string)) {
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    tunnels.add(socket);
    socket.once('close', () => tunnels.delete(socket));
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    https.emit('connection', socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The proxy has no TCP address');
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
