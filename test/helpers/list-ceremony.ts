import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CeremonyServices } from '../../emulators/runner/ceremony.js';
import { runStep, type StepResult } from '../../emulators/runner/run-action.js';
import { SOFTHSM_REHEARSAL } from './ceremony-services.js';

/**
 * A migration as byok-ceremony.yml runs it with `key-list`: the kek job checks out the list, checks every key
 * (kek-create) and publishes it with the KEK (kek-download); the wrap job, which checks nothing out, takes it from
 * the kek artifact, bound by the kek job's key-list-sha256 output; the import job takes it with the .byok files from
 * the wrap job's artifact, bound by key-list-sha256 and key-list-digest. Each job in its own workspace.
 */
const REPOSITORY = 'octo-org/byok-migration';

export interface ListRun {
  runId: string;
  kekId?: string;
  kekFingerprint?: string;
  keyListSha256?: string;
  keyListDigest?: string;
  kek?: StepResult[];
  wrap?: StepResult;
}

function jobEnv(services: CeremonyServices, runId: string, job: string, subject?: string) {
  const { hsm, artifacts } = services;
  return {
    NODE_EXTRA_CA_CERTS: hsm.caPath,
    GITHUB_ACTOR: 'release-manager',
    ...artifacts.jobEnv({ runId, jobName: job }),
    ...(subject ? hsm.oidcEnv({ subject, repository: REPOSITORY, runId }) : {}),
  };
}

function oidcInputs(services: CeremonyServices, environment: string) {
  const subject = `repo:${REPOSITORY}:environment:${environment}`;
  const client = services.hsm.registerClient({ clientSecret: false, federated: { subject } });
  return {
    subject,
    inputs: {
      'vault-url': services.hsm.url,
      'client-id': client.clientId,
      'tenant-id': client.tenantId,
      'authority-host': services.hsm.authorityHost,
    },
  };
}

/** The kek and wrap jobs; stops at the first step that fails. */
export async function kekAndWrapJobs(
  services: CeremonyServices,
  runId: string,
  list: string,
): Promise<ListRun> {
  const run: ListRun = { runId, kek: [] };
  const kekWorkspace = join(services.root, runId, 'kek');
  // The checkout: the list is a file of the repository, at the path the caller gives.
  await mkdir(join(kekWorkspace, 'keys'), { recursive: true });
  await writeFile(join(kekWorkspace, 'keys', 'migration.yaml'), list);
  const kek = oidcInputs(services, 'byok-kek');
  const env = jobEnv(services, runId, 'kek', kek.subject);
  const created = await runStep('action-kek-create', {
    workspace: kekWorkspace,
    inputs: { ...kek.inputs, 'key-size': '2048', 'expires-in': '24h', 'key-list': 'keys/migration.yaml' },
    env,
  });
  run.kek?.push(created);
  if (created.exitCode !== 0) return run;
  const downloaded = await runStep('action-kek-download', {
    workspace: kekWorkspace,
    inputs: { ...kek.inputs, 'kek-id': created.outputs['kek-id'] ?? '', 'key-list': 'keys/migration.yaml' },
    env,
  });
  run.kek?.push(downloaded);
  if (downloaded.exitCode !== 0) return run;
  run.kekId = downloaded.outputs['kek-id'];
  run.kekFingerprint = downloaded.outputs['kek-fingerprint'];
  run.keyListSha256 = created.outputs['key-list-sha256'];

  const { token } = services;
  run.wrap = await runStep('action-wrap', {
    workspace: join(services.root, runId, 'wrap'),
    inputs: {
      'pkcs11-module': token.module,
      'token-label': token.label,
      'kek-id': run.kekId ?? '',
      'kek-fingerprint': run.kekFingerprint ?? '',
      'key-list-sha256': run.keyListSha256 ?? '',
      'byok-artifact': 'byok-keys',
      'require-job-outputs': 'true',
      // The workflow's allow-padded-kwp: SoftHSM's RSA and EC keys are rehearsal files (ceremony-services.ts).
      ...SOFTHSM_REHEARSAL.wrapInputs,
    },
    env: { ...jobEnv(services, runId, 'wrap'), ...token.env, PKCS11_PIN: token.pin },
  });
  run.keyListDigest = run.wrap.outputs['key-list-digest'];
  return run;
}

/** The import job (attempt: a "re-run failed jobs" of the same run), after a reviewer approves byok-import. */
export async function importJob(services: CeremonyServices, run: ListRun, attempt = 1): Promise<StepResult> {
  services.artifacts.approve(run.runId, {
    login: 'security-reviewer',
    environment: 'byok-import',
    comment: attempt === 1 ? 'Every key checked' : 'Rerun for the key that failed',
  });
  const imp = oidcInputs(services, 'byok-import');
  return runStep('action-import', {
    workspace: join(services.root, run.runId, `import-${attempt}`),
    inputs: {
      ...imp.inputs,
      'byok-artifact': 'byok-keys',
      'kek-fingerprint': run.kekFingerprint ?? '',
      'key-list-sha256': run.keyListSha256 ?? '',
      'key-list-digest': run.keyListDigest ?? '',
      'require-job-outputs': 'true',
      'github-token': services.artifacts.githubToken(run.runId),
      'require-approval': 'true',
      'two-person-control': 'true',
      'approval-environment': 'byok-import',
    },
    env: { ...jobEnv(services, run.runId, 'import', imp.subject), GITHUB_RUN_ATTEMPT: String(attempt) },
  });
}
