import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { azureStep } from '../helpers/azure-steps.js';

let hsm: ManagedHsmEmulator;
beforeAll(async () => {
  hsm = await startManagedHsm();
});
afterAll(() => hsm.close());

test('the Azure SDK log (AZURE_LOG_LEVEL) goes to the debug log, scrubbed, and not to stderr', async () => {
  const workspace = await mkdtemp(join(tmpdir(), 'byok-sdk-log-'));
  const result = await azureStep(
    'action-kek-create',
    { hsm, workspace, auth: 'secret' },
    { 'key-size': '2048' },
    { env: { AZURE_LOG_LEVEL: 'verbose', RUNNER_DEBUG: '1' } },
  );
  expect(result.errors).toEqual([]);
  expect(result.stderr).not.toMatch(/azure:/);
  expect(result.log).toMatch(/^::debug::azure:core-rest-pipeline/m);
  for (const token of hsm.issuedTokens()) expect(result.log).not.toContain(token);
  await rm(workspace, { recursive: true, force: true });
});
