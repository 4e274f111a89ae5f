import { ByokError, ConfigurationError } from '../errors.js';
import {
  approvalOf,
  describeApprovals,
  readApprovals,
  type EnvironmentApproval,
} from '../github/approvals.js';
import { boolean, optional } from '../inputs/rules.js';
import { actionInputs, secret } from './inputs.js';
import { actionLogger } from './run.js';
import type { SummaryRow } from './summary.js';

/**
 * The import's approval gate and its "Approved by" summary row, from GitHub's record of this run's deployment
 * reviews (inputs require-approval, approval-environment, two-person-control, github-token). Runs before anything
 * changes in the vault.
 *
 * With require-approval on GitHub Actions it is a gate: only approvals of this job's own environment in this run
 * count, and reading them must succeed. Without it, the row is a report and a failure to read it a warning.
 */
export async function approvalGate(): Promise<SummaryRow> {
  const required = boolean(actionInputs, 'require-approval', false);
  const twoPerson = boolean(actionInputs, 'two-person-control', false);
  const environment = optional(actionInputs, 'approval-environment') ?? 'byok-import';
  const token = secret('github-token');
  const env = process.env;
  const actors = [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].filter((a): a is string => Boolean(a));
  const { GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;

  if (required && env.GITHUB_ACTIONS !== 'true') {
    actionLogger.info(
      'require-approval: not a GitHub Actions run, so there is no deployment review to check',
    );
    return ['Approved by', 'not checked: not a GitHub Actions run'];
  }
  if (required && !token)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "github-token" is required with require-approval: true',
      'Pass github-token: ${{ github.token }} and give the job "permissions: actions: read"',
    );
  if (!token || !apiUrl || !repository || !runId) {
    if (required)
      throw new ConfigurationError(
        'APPROVAL_MISSING',
        'require-approval: GITHUB_API_URL, GITHUB_REPOSITORY or GITHUB_RUN_ID is not set, so the approvals cannot be read',
        'Run the step in a GitHub Actions job, or set require-approval: false outside the ceremony',
      );
    return ['Approved by', undefined];
  }

  let verdict: EnvironmentApproval;
  try {
    const reviews = await readApprovals({ apiUrl, repository, runId, token });
    verdict = approvalOf(reviews, environment, actors);
  } catch (error) {
    if (required || !(error instanceof ByokError)) throw error;
    actionLogger.warning(`${error.oneLine} [${error.code}]`);
    return ['Approved by', `not read: ${error.message}`];
  }
  return judge(verdict, { required, twoPerson, runId });
}

function judge(
  verdict: EnvironmentApproval,
  options: { required: boolean; twoPerson: boolean; runId: string },
): SummaryRow {
  const { environment, approvals, selfApprovers, ignored } = verdict;
  const others = ignored.length > 0 ? `; not counted: ${describeApprovals(ignored)}` : '';
  if (approvals.length === 0) {
    if (options.required)
      throw new ByokError(
        'APPROVAL_MISSING',
        `No approval of environment "${environment}" is recorded for run ${options.runId}${others}; nothing was imported`,
        `Bind this job to environment ${environment} with required reviewers, and have a reviewer approve the run`,
      );
    return ['Approved by', `no approval of ${environment} recorded for this run${others}`];
  }
  const self =
    selfApprovers.length > 0 ? ` (self-approval: ${selfApprovers.join(', ')} started the run)` : '';
  if (self) {
    const onlySelf = selfApprovers.length === approvals.length;
    if (onlySelf && options.required && options.twoPerson)
      throw new ByokError(
        'APPROVAL_SELF',
        `Environment "${environment}" was approved only by ${selfApprovers.join(', ')}, who started run ${options.runId}, and two-person-control is true; nothing was imported`,
        'Have a second person approve a new run, and turn on "Prevent self-review" for the environment',
      );
    actionLogger.warning(
      `Self-approval: ${selfApprovers.join(', ')} started this run and approved environment "${environment}"`,
    );
  }
  return ['Approved by', `${describeApprovals(approvals)}${self}`];
}
