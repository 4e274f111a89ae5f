import { ByokError } from '../errors.js';
import { describeApprovals, readApprovals } from '../github/approvals.js';
import { actionLogger } from './run.js';
import type { SummaryRow } from './summary.js';

/**
 * The "Approved by" row of the import summary, from GitHub's record of this run's deployment reviews. Reading it
 * is a report, not a gate (the environment's required reviewers are the gate), so a failure is a warning.
 */
export async function approvalRow(githubToken: string | undefined): Promise<SummaryRow> {
  const { GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  if (!githubToken || !apiUrl || !repository || !runId) return ['Approved by', undefined];
  try {
    return [
      'Approved by',
      describeApprovals(await readApprovals({ apiUrl, repository, runId, token: githubToken })),
    ];
  } catch (error) {
    if (!(error instanceof ByokError)) throw error;
    actionLogger.warning(`${error.oneLine} [${error.code}]`);
    return ['Approved by', `not read: ${error.message}`];
  }
}
