import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';

/** A child that trusts the emulator only through NODE_EXTRA_CA_CERTS and logs in with the printed credentials. */
const CHILD = `
import { ClientSecretCredential } from '@azure/identity';
import { KeyClient } from '@azure/keyvault-keys';
const env = process.env;
const credential = new ClientSecretCredential(env.AZURE_TENANT_ID, env.AZURE_CLIENT_ID, env.AZURE_CLIENT_SECRET, {
  authorityHost: env.AZURE_AUTHORITY_HOST, disableInstanceDiscovery: true });
const client = new KeyClient(env.BYOK_EMULATOR_URL, credential, { disableChallengeResourceVerification: true });
const key = await client.createKey('from-child', 'RSA-HSM', { keySize: 2048, keyOps: ['import'] });
console.log(key.id);
`;

describe('Managed HSM emulator: npm run emulator', () => {
  it('prints its URL and CA first, then credentials a child process can use with NODE_EXTRA_CA_CERTS', async () => {
    const cli = spawn(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'emulators/managed-hsm/cli.ts', '--quiet'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const lines: string[] = [];
      for await (const line of createInterface({ input: cli.stdout })) {
        lines.push(line);
        if (line.startsWith('AZURE_AUTHORITY_HOST=')) break;
      }
      expect(lines[0]).toMatch(/^BYOK_EMULATOR_URL=https:\/\/127\.0\.0\.1:\d+$/);
      expect(lines[1]).toMatch(/^BYOK_EMULATOR_CA=\/.+\.pem$/);
      const vars = Object.fromEntries(lines.map((l) => l.split(/=(.*)/s).slice(0, 2)));
      const env = { ...process.env, ...vars, NODE_EXTRA_CA_CERTS: vars.BYOK_EMULATOR_CA };
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', CHILD], {
        env,
      });
      expect(stdout.trim()).toMatch(new RegExp(`^${vars.BYOK_EMULATOR_URL}/keys/from-child/[0-9a-f]{32}$`));
    } finally {
      // Its CA folder is removed as it stops: wait for that, or the run's end finds the folder still there.
      if (cli.exitCode === null && cli.signalCode === null) {
        const closed = once(cli, 'close');
        cli.kill('SIGTERM');
        await closed;
      }
    }
  });
});
