/** Runs the Azure-side action bundles against a Managed HSM emulator, the way a workflow step would. */
import { runStep, type StepResult } from '../../emulators/runner/run-action.js';
import type { ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';

export type Auth = 'oidc' | 'secret';

export interface AzureStepContext {
  hsm: ManagedHsmEmulator;
  workspace: string;
  auth?: Auth;
}

/** Inputs and environment for one sign-in path: GitHub OIDC federation, or a client secret in the environment. */
export function authFor(
  context: AzureStepContext,
  subject = 'repo:acme/keys:environment:byok',
): { inputs: Record<string, string>; env: Record<string, string> } {
  const { hsm } = context;
  if ((context.auth ?? 'oidc') === 'oidc') {
    const client = hsm.registerClient({ clientSecret: false, federated: { subject } });
    return {
      inputs: {
        'client-id': client.clientId,
        'tenant-id': client.tenantId,
        'authority-host': hsm.authorityHost,
      },
      env: { ...hsm.oidcEnv({ subject }) },
    };
  }
  const client = hsm.registerClient();
  return {
    inputs: {},
    env: {
      AZURE_CLIENT_ID: client.clientId,
      AZURE_TENANT_ID: client.tenantId,
      AZURE_CLIENT_SECRET: client.clientSecret ?? '',
      AZURE_AUTHORITY_HOST: hsm.authorityHost,
    },
  };
}

export async function azureStep(
  action: 'action-kek-create' | 'action-kek-download' | 'action-import',
  context: AzureStepContext,
  inputs: Record<string, string>,
  extra: { env?: Record<string, string>; omitAuth?: boolean } = {},
): Promise<StepResult> {
  const auth = extra.omitAuth ? { inputs: {}, env: {} } : authFor(context);
  return runStep(action, {
    workspace: context.workspace,
    inputs: { 'vault-url': context.hsm.url, ...auth.inputs, ...inputs },
    env: { NODE_EXTRA_CA_CERTS: context.hsm.caPath, ...auth.env, ...extra.env },
  });
}

/** A refusal as a reviewer sees it: exit 1 and exactly one ::error:: line, with no stack trace. */
export function expectOneLineError(result: StepResult, pattern: RegExp): void {
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(pattern);
  expect(result.exitCode).toBe(1);
  expect(result.log).not.toMatch(/\n\s+at .+:\d+:\d+/);
}
