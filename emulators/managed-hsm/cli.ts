/**
 * `npm run emulator -- [--port N] [--kind managedhsm|vault] [--tolerate zero-padded-pkcs8,...] [--no-key-pool]
 * [--accept-any-token] [--enforce-rate-limits] [--quiet]`: the emulator in the foreground. Prints its URL, CA path
 * and proxy first (scripts read those lines), then throw-away credentials of a registered client.
 */
import { parseArgs } from 'node:util';
import { startManagedHsm } from './index.js';
import { isTolerance, TOLERANCES } from './tolerances.js';
import { isVaultKind } from './vault-kinds.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    kind: { type: 'string', default: 'managedhsm' },
    tolerate: { type: 'string', default: '' },
    'no-key-pool': { type: 'boolean', default: false },
    'accept-any-token': { type: 'boolean', default: false },
    'enforce-rate-limits': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});
const usage = (message: string) => {
  console.error(message);
  process.exit(2);
};
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  usage(`--port must be a TCP port number, got ${values.port}`);
if (!isVaultKind(values.kind)) usage(`--kind must be managedhsm or vault, got ${values.kind}`);
const tolerate = values.tolerate.split(',').filter(Boolean);
const unknown = tolerate.filter((t) => !isTolerance(t));
if (unknown.length > 0)
  usage(`--tolerate takes ${Object.keys(TOLERANCES).join(', ')}; unknown: ${unknown.join(', ')}`);

const emulator = await startManagedHsm({
  port,
  host: values.host,
  kind: values.kind as 'managedhsm' | 'vault',
  tolerate: tolerate.filter(isTolerance),
  keyPool: !values['no-key-pool'],
  acceptAnyToken: values['accept-any-token'],
  enforceRateLimits: values['enforce-rate-limits'],
  ...(values.quiet
    ? {}
    : {
        onRequest: (e) =>
          console.error(
            `${e.method} ${e.host ?? ''}${e.path} ${e.dropped ? `dropped ${e.dropped}` : e.status}${e.notes ? ` (${e.notes.join('; ')})` : ''}`,
          ),
      }),
});
const client = emulator.registerClient();
console.log(`BYOK_EMULATOR_URL=${emulator.url}`);
console.log(`BYOK_EMULATOR_CA=${emulator.caPath}`);
console.log(`BYOK_EMULATOR_PROXY=${emulator.proxyUrl}`);
console.log(`AZURE_CLIENT_ID=${client.clientId}`);
console.log(`AZURE_TENANT_ID=${client.tenantId}`);
console.log(`AZURE_CLIENT_SECRET=${client.clientSecret ?? ''}`);
console.log(`AZURE_AUTHORITY_HOST=${emulator.authorityHost}`);
console.log(
  '# Emulator-only throw-away credentials (Managed HSM Crypto User; Key Vault access policy without purge). Clients need NODE_EXTRA_CA_CERTS=$BYOK_EMULATOR_CA;',
);
console.log(
  `# for https://NAME.managedhsm.azure.net or https://NAME.vault.azure.net: HTTPS_PROXY=$BYOK_EMULATOR_PROXY NO_PROXY=${emulator.proxyEnv.NO_PROXY}.`,
);
if (tolerate.length > 0)
  console.log(`# Tolerating: ${tolerate.join(', ')} (not what the service documents).`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void emulator.close().then(() => process.exit(0)));
}
