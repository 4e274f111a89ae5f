import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';

/**
 * The ceremony's pre-flight: the kek job checks the key it will import (type, size, curve, key operations, name) with
 * the rule table the wrap and the import use, before the KEK exists. Before this, `--key-size 1024` created the KEK
 * and the wrap job refused the key afterwards.
 */
let hsm: ManagedHsmEmulator;
let context: AzureStepContext;

beforeAll(async () => {
  hsm = await startManagedHsm();
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-preflight-')) };
});
afterAll(async () => {
  await hsm.close();
  await rm(context.workspace, { recursive: true, force: true });
});

test.each([
  [
    'RSA-1024',
    { 'target-key-type': 'RSA', 'target-key-size': '1024' },
    /Input "target-key-size" is "1024"; expected one of 2048, 3072, 4096/,
  ],
  [
    'AES-512',
    { 'target-key-type': 'oct', 'target-key-size': '512' },
    /Input "target-key-size" is "512"; expected one of 128, 192, 256/,
  ],
  ['EC P-224', { 'target-key-type': 'EC', 'target-curve': 'P-224' }, /Input "target-curve" is "P-224"/],
  [
    'EC with a size',
    { 'target-key-type': 'EC', 'target-key-size': '256' },
    /Input "target-key-size" does not apply to EC keys/,
  ],
  [
    'EC that encrypts',
    { 'target-key-type': 'EC', 'target-key-ops': 'sign,encrypt' },
    /Input "target-key-ops" has encrypt, not allowed for an EC key/,
  ],
  [
    'a key name Key Vault refuses',
    { 'target-key-name': 'release_signing' },
    /Input "target-key-name" is "release_signing"/,
  ],
])('%s is refused in the kek job before any KEK exists', async (_name, target, message) => {
  const before = hsm.requests().length;
  const result = await azureStep('action-kek-create', context, { 'kek-name': 'KEK-preflight', ...target });
  expectOneLineError(result, message);
  expect(hsm.keys().filter((k) => k.name === 'KEK-preflight')).toEqual([]);
  // Refused from the inputs alone: not even the sign-in was tried.
  expect(hsm.requests().slice(before)).toEqual([]);
});

test('a key the ceremony can import passes, and the summary shows what was checked first', async () => {
  const result = await azureStep('action-kek-create', context, {
    'kek-name': 'KEK-preflight-ok',
    'key-size': '2048',
    'target-key-name': 'release-signing',
    'target-key-type': 'RSA',
    'target-key-size': '3072',
    'target-key-ops': 'sign,verify',
  });
  expect(result.errors).toEqual([]);
  expect(result.summary).toContain('release-signing: RSA-3072, key_ops [sign, verify]');
});
