import { join } from 'node:path';
import type { ArtifactService, RequestRecord } from '../artifact-service/index.js';
import type { ManagedHsmEmulator, RequestLogEntry } from '../managed-hsm/index.js';
import type { SoftHsmToken } from '../softhsm/token.js';
import { runStep, type StepResult } from './run-action.js';

/**
 * The whole ceremony as a workflow run of three jobs, each in its own workspace, the way byok-ceremony.yml runs it:
 * kek (kek-create + kek-download, OIDC), wrap (action-wrap on the "HSM runner"), import (action-import, OIDC with
 * the approval environment's identity). Artifacts travel through the artifact service. Used by `npm run demo` and
 * the end-to-end tests, so both take the same path.
 */
export interface CeremonyServices {
  hsm: ManagedHsmEmulator;
  artifacts: ArtifactService;
  token: SoftHsmToken;
  /** Folder for the jobs' workspaces. */
  root: string;
}

export interface CeremonyOptions {
  runId: string;
  keyName: string;
  target: { type: 'RSA' | 'EC' | 'oct'; size?: number; curve?: string };
  kekSize?: number;
  /** Extra inputs of the wrap step, e.g. allow-padded-kwp for a rehearsal on SoftHSM. */
  wrapInputs?: Record<string, string>;
  /** Extra environment for every step, e.g. debug logging. */
  env?: Record<string, string>;
  /**
   * A kek job that ran before, whose KEK and fingerprint this run uses instead of running the job again; the caller
   * has put its byok-kek artifact in this run's store (as tampering.test.ts does for its tests).
   */
  kekJob?: { kekId: string; kekFingerprint: string };
  /** Runs between jobs, e.g. to tamper with an artifact. */
  afterKek?: () => Promise<void> | void;
  afterWrap?: () => Promise<void> | void;
  /** Overrides a job's view of the kek job's fingerprint output (a tampered job output). */
  kekFingerprintFor?: { wrap?: string; import?: string };
  /** Overrides wrap job outputs as the import job sees them (a tampered job output). */
  wrapOutputsFor?: { import?: Record<string, string> };
}

export interface StepRecord {
  job: 'kek' | 'wrap' | 'import';
  action: string;
  result: StepResult;
  /** What the step asked of each service, in order (steps run one at a time). */
  requests: { hsm: RequestLogEntry[]; artifacts: RequestRecord[] };
}

export interface CeremonyResult {
  steps: StepRecord[];
  /** The step that failed, when one did; later steps did not run. */
  failed?: StepRecord;
  kekId?: string;
  kekFingerprint?: string;
  wrapPublicKeyFingerprint?: string;
  keyId?: string;
}

const REPOSITORY = 'octo-org/byok-ceremony';

export async function runCeremony(
  services: CeremonyServices,
  options: CeremonyOptions,
): Promise<CeremonyResult> {
  const { hsm, artifacts, token } = services;
  const steps: StepRecord[] = [];
  const record: CeremonyResult = { steps };

  /** One job's environment: the runner's, the artifact runtime, and OIDC for jobs that have id-token: write. */
  const jobEnv = (job: StepRecord['job'], subject?: string) => ({
    NODE_EXTRA_CA_CERTS: hsm.caPath,
    GITHUB_ACTOR: 'release-manager',
    ...artifacts.jobEnv({ runId: options.runId, jobName: job }),
    ...(subject ? hsm.oidcEnv({ subject, repository: REPOSITORY, runId: options.runId }) : {}),
    ...options.env,
  });
  const step = async (
    job: StepRecord['job'],
    action: string,
    inputs: Record<string, string>,
    env: Record<string, string>,
  ) => {
    const from = { hsm: hsm.requests().length, artifacts: artifacts.requests.length };
    const result = await runStep(action, { workspace: join(services.root, options.runId, job), inputs, env });
    const requests = {
      hsm: hsm.requests().slice(from.hsm),
      artifacts: artifacts.requests.slice(from.artifacts),
    };
    const entry = { job, action, result, requests };
    steps.push(entry);
    if (result.exitCode !== 0) record.failed = entry;
    return result;
  };
  const oidcInputs = (subject: string) => {
    const client = hsm.registerClient({ clientSecret: false, federated: { subject } });
    return {
      'client-id': client.clientId,
      'tenant-id': client.tenantId,
      'authority-host': hsm.authorityHost,
    };
  };

  const target = options.target;
  // The kek job: kek-create, which first checks the key the ceremony will import (as byok-ceremony.yml does), and
  // kek-download.
  const runKekJob = async (): Promise<CeremonyOptions['kekJob']> => {
    const kekSubject = `repo:${REPOSITORY}:environment:byok-kek`;
    const kekAuth = { 'vault-url': hsm.url, ...oidcInputs(kekSubject) };
    const preflight = {
      'target-key-name': options.keyName,
      'target-key-type': target.type,
      ...(target.size ? { 'target-key-size': String(target.size) } : {}),
      ...(target.curve ? { 'target-curve': target.curve } : {}),
    };
    const created = await step(
      'kek',
      'action-kek-create',
      { ...kekAuth, 'key-size': String(options.kekSize ?? 2048), 'expires-in': '24h', ...preflight },
      jobEnv('kek', kekSubject),
    );
    if (record.failed) return undefined;
    const downloaded = await step(
      'kek',
      'action-kek-download',
      { ...kekAuth, 'kek-id': created.outputs['kek-id'] ?? '' },
      jobEnv('kek', kekSubject),
    );
    if (record.failed) return undefined;
    return {
      kekId: downloaded.outputs['kek-id'] ?? '',
      kekFingerprint: downloaded.outputs['kek-fingerprint'] ?? '',
    };
  };
  const kek = options.kekJob ?? (await runKekJob());
  if (!kek) return record;
  record.kekId = kek.kekId;
  record.kekFingerprint = kek.kekFingerprint;
  await options.afterKek?.();

  const wrapped = await step(
    'wrap',
    'action-wrap',
    {
      'pkcs11-module': token.module,
      'token-label': token.label,
      'key-label': options.keyName,
      generate: 'true',
      'key-type': target.type,
      ...(target.size ? { 'key-size': String(target.size) } : {}),
      ...(target.curve ? { curve: target.curve } : {}),
      'kek-fingerprint': options.kekFingerprintFor?.wrap ?? record.kekFingerprint ?? '',
      'byok-artifact': `byok-${options.keyName}`,
      'require-job-outputs': 'true',
      ...options.wrapInputs,
    },
    { ...jobEnv('wrap'), ...token.env, PKCS11_PIN: token.pin },
  );
  if (record.failed) return record;
  record.wrapPublicKeyFingerprint = wrapped.outputs['public-key-fingerprint'];
  await options.afterWrap?.();

  // The approval gate: a reviewer approves the import job's environment before it runs.
  artifacts.approve(options.runId, {
    login: 'security-reviewer',
    environment: 'byok-import',
    comment: 'Fingerprints checked',
  });
  const importSubject = `repo:${REPOSITORY}:environment:byok-import`;
  const imported = await step(
    'import',
    'action-import',
    {
      'vault-url': hsm.url,
      ...oidcInputs(importSubject),
      'key-name': options.keyName,
      'byok-artifact': `byok-${options.keyName}`,
      'kek-fingerprint': options.kekFingerprintFor?.import ?? record.kekFingerprint ?? '',
      'public-key-fingerprint': record.wrapPublicKeyFingerprint ?? '',
      'byok-digest': options.wrapOutputsFor?.import?.['byok-digest'] ?? wrapped.outputs['byok-digest'] ?? '',
      'key-check-value': wrapped.outputs['key-check-value'] ?? '',
      'require-job-outputs': 'true',
      'github-token': artifacts.githubToken(options.runId),
      // As byok-ceremony.yml gives them: no approval of byok-import by someone else in this run, no import.
      'require-approval': 'true',
      'two-person-control': 'true',
      'approval-environment': 'byok-import',
    },
    jobEnv('import', importSubject),
  );
  if (!record.failed) record.keyId = imported.outputs['key-id'];
  return record;
}
