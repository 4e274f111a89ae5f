/**
 * `npm run emulator -- [--port N] [--accept-any-token]`: the Managed HSM emulator in the foreground. Prints its URL
 * and CA path first (scripts read those two lines), then throw-away credentials of a registered client.
 */
import { parseArgs } from 'node:util';
import { startManagedHsm } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'accept-any-token': { type: 'boolean', default: false },
    'enforce-rate-limits': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a TCP port number, got ${values.port}`);
  process.exit(2);
}

const emulator = await startManagedHsm({
  port,
  host: values.host,
  acceptAnyToken: values['accept-any-token'],
  enforceRateLimits: values['enforce-rate-limits'],
  ...(values.quiet
    ? {}
    : {
        onRequest: (e) =>
          console.error(
            `${e.method} ${e.path} ${e.dropped ? `dropped ${e.dropped}` : e.status}${e.notes ? ` (${e.notes.join('; ')})` : ''}`,
          ),
      }),
});
const client = emulator.registerClient();
console.log(`BYOK_EMULATOR_URL=${emulator.url}`);
console.log(`BYOK_EMULATOR_CA=${emulator.caPath}`);
console.log(`AZURE_CLIENT_ID=${client.clientId}`);
console.log(`AZURE_TENANT_ID=${client.tenantId}`);
console.log(`AZURE_CLIENT_SECRET=${client.clientSecret ?? ''}`);
console.log(`AZURE_AUTHORITY_HOST=${emulator.authorityHost}`);
console.log(
  '# Emulator-only throw-away credentials (role: Managed HSM Crypto User). Clients need NODE_EXTRA_CA_CERTS=$BYOK_EMULATOR_CA.',
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void emulator.close().then(() => process.exit(0)));
}
