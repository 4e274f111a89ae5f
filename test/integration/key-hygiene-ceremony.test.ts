/** An AES ceremony verified end to end by key check value: computed in SoftHSM2 at wrap time, in the Managed HSM after import. */
import { connectSoftHsm, type SoftHsmClient } from '../helpers/softhsm/client.js';
import { runCeremony } from '../../emulators/runner/ceremony.js';
import { startCeremonyServices } from '../helpers/ceremony-services.js';
import { KEY_CHECK_BLOCK } from '../helpers/check-values.js';

let services: Awaited<ReturnType<typeof startCeremonyServices>>;
let token: SoftHsmClient;

beforeAll(async () => {
  services = await startCeremonyServices('hygiene-pin-Tq42');
  token = await connectSoftHsm(services.token);
});
afterAll(async () => {
  await token?.close();
  await services?.stop();
});

test('AES-128: the import verifies the key by the KCV the token computed', async () => {
  const result = await runCeremony(services, {
    runId: 'run-kcv',
    keyName: 'kcv-aes',
    target: { type: 'oct', size: 128 },
  });
  expect(result.failed?.result.errors).toBeUndefined();
  // Computed in the token, on the block the method names (test/helpers/check-values.ts), not taken from the sidecar.
  const kcv = (await token.encrypt('kcv-aes', KEY_CHECK_BLOCK.toString('hex'))).slice(0, 32);
  const imported = result.steps.find((s) => s.action === 'action-import')?.result;
  expect(imported?.summary).toContain(
    `Verified after import: the key check value the Managed HSM computed (${kcv}) equals the one computed in the source HSM, as the wrap job's key-check-value output gives it.`,
  );
  expect(imported?.summary).toMatch(/KEK after import.*kept: usable for further imports until/);
  expect(services.hsm.requests().filter((r) => r.path.endsWith('/encrypt'))).toHaveLength(1);
});
