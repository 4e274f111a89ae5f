/** Managed HSM local RBAC as the actions meet it: each refusal names the data action, the role and the object id. */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator, type Role } from '../../emulators/managed-hsm/index.js';
import { azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';
import { byokBytes } from './managed-hsm-support.js';

let hsm: ManagedHsmEmulator;
let context: AzureStepContext;
let kekId: string;
let byokFile: string;

beforeAll(async () => {
  hsm = await startManagedHsm();
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-rbac-')) };
  const kek = await azureStep('action-kek-create', context, { 'kek-name': 'KEK-rbac', 'key-size': '2048' });
  kekId = kek.outputs['kek-id'] as string;
  const { createPublicKey, randomBytes } = await import('node:crypto');
  byokFile = 'aes.byok';
  await writeFile(
    join(context.workspace, byokFile),
    byokBytes(kekId, createPublicKey(hsm.privateKeyOf(kekId)), randomBytes(32)),
  );
});
afterAll(() => Promise.all([hsm.close(), rm(context.workspace, { recursive: true, force: true })]));

/** A GitHub OIDC identity of its own, federated to a new app that holds exactly `roles`. */
function identity(roles: Role[], tenantId?: string) {
  const subject = `repo:acme/keys:environment:${randomUUID()}`;
  const app = hsm.registerClient({
    clientSecret: false,
    federated: { subject },
    roles,
    ...(tenantId ? { tenantId } : {}),
  });
  return {
    objectId: app.objectId,
    run: (action: Parameters<typeof azureStep>[0], inputs: Record<string, string>) =>
      azureStep(
        action,
        context,
        {
          'client-id': app.clientId,
          'tenant-id': app.tenantId,
          'authority-host': hsm.authorityHost,
          ...inputs,
        },
        { omitAuth: true, env: { ...hsm.oidcEnv({ subject }) } },
      ),
  };
}

const refusal = (dataAction: string, objectId: string) =>
  new RegExp(
    `Not allowed to .*identity ${objectId} lacks the data action Microsoft\\.KeyVault/managedHsm/${dataAction}\\. ` +
      `Assign identity ${objectId} the "Managed HSM Crypto User" role on /keys \\(az keyvault role assignment create .*--assignee-object-id ${objectId} --scope /keys\\) \\[FORBIDDEN\\]`,
  );

const importInputs = (name: string) => ({ 'key-name': name, 'byok-file': byokFile, 'key-type': 'oct' });
const liveKeysNamed = (name: string) => hsm.keys().filter((k) => k.name === name && !k.deleted);

test('an identity with no role is refused its first read, with the role and its object id named', async () => {
  const nobody = identity([]);
  expectOneLineError(
    await nobody.run('action-kek-create', { 'kek-name': 'KEK-nobody' }),
    refusal('keys/read/action', nobody.objectId),
  );
  expectOneLineError(
    await nobody.run('action-kek-download', { 'kek-id': kekId }),
    refusal('keys/read/action', nobody.objectId),
  );
  expect(liveKeysNamed('KEK-nobody')).toEqual([]);
});

test('a Crypto Officer (who purges deleted keys) may not read, create or import', async () => {
  const officer = identity(['Managed HSM Crypto Officer']);
  expectOneLineError(
    await officer.run('action-kek-create', { 'kek-name': 'KEK-officer-2' }),
    refusal('keys/read/action', officer.objectId),
  );
  expectOneLineError(
    await officer.run('action-import', importInputs('aes-officer')),
    refusal('keys/read/action', officer.objectId),
  );
  expect(liveKeysNamed('KEK-officer-2')).toEqual([]);
  expect(liveKeysNamed('aes-officer')).toEqual([]);
});

test('a Crypto Auditor reads (kek-download works) but may not create or import', async () => {
  const auditor = identity(['Managed HSM Crypto Auditor']);
  const downloaded = await auditor.run('action-kek-download', {
    'kek-id': kekId,
    path: 'auditor/kek.pem',
    'artifact-name': '',
  });
  expect(downloaded.errors).toEqual([]);
  expect(downloaded.outputs['kek-id']).toBe(kekId);

  expectOneLineError(
    await auditor.run('action-kek-create', { 'kek-name': 'KEK-auditor' }),
    refusal('keys/create', auditor.objectId),
  );
  expectOneLineError(
    await auditor.run('action-import', importInputs('aes-auditor')),
    refusal('keys/import/action', auditor.objectId),
  );
  expect(liveKeysNamed('KEK-auditor')).toEqual([]);
  expect(liveKeysNamed('aes-auditor')).toEqual([]);
});

test('a Crypto User imports; the same import by a token of another tenant is refused', async () => {
  const stranger = identity(['Managed HSM Crypto User'], randomUUID());
  // The SDK asks for a token of the tenant the HSM's challenge names, which a credential of another tenant refuses.
  expectOneLineError(
    await stranger.run('action-import', importInputs('aes-stranger')),
    new RegExp(
      `the vault belongs to tenant ${hsm.tenantId}.*Set "tenant-id" to ${hsm.tenantId}.*\\[AUTH_TENANT_MISMATCH\\]`,
    ),
  );
  expect(liveKeysNamed('aes-stranger')).toEqual([]);

  const user = identity(['Managed HSM Crypto User']);
  const imported = await user.run('action-import', importInputs('aes-user'));
  expect(imported.errors).toEqual([]);
  expect(liveKeysNamed('aes-user')).toHaveLength(1);
});
