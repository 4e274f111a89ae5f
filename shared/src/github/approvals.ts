import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ByokError } from '../errors.js';

/** One deployment review of a workflow run, as GitHub's REST API lists it. */
export interface Approval {
  login: string;
  state: string;
  environments: string[];
  comment: string;
}

export interface ApprovalsRequest {
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string;
  /** owner/repo. */
  repository: string;
  runId: string;
  /** A token that may read the repository's Actions data (GITHUB_TOKEN with actions: read). */
  token: string;
}

/**
 * Who approved (or rejected) this run's deployments: GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals.
 * The runner gives a job no variable that names the approver, so the chain of custody asks GitHub.
 */
export async function readApprovals(request: ApprovalsRequest): Promise<Approval[]> {
  const url = `${request.apiUrl.replace(/\/$/, '')}/repos/${request.repository}/actions/runs/${encodeURIComponent(request.runId)}/approvals`;
  let response: { status: number; body: string };
  try {
    response = await get(url, {
      Authorization: `Bearer ${request.token}`,
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'byok',
    });
  } catch (error) {
    throw new ByokError(
      'APPROVALS_UNAVAILABLE',
      `Could not reach ${new URL(url).origin} to read the run's approvals (${String(error)})`,
      'The summary shows the actor only',
    );
  }
  if (response.status < 200 || response.status > 299) {
    throw new ByokError(
      'APPROVALS_UNAVAILABLE',
      `GitHub answered ${response.status} to reading the run's approvals`,
      'Give the job "permissions: actions: read" and pass github-token: ${{ github.token }}',
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = undefined;
  }
  if (!Array.isArray(body))
    throw new ByokError(
      'APPROVALS_UNAVAILABLE',
      "GitHub's approvals answer is not a list",
      'The summary shows the actor only',
    );
  return body.map((review: Record<string, unknown>) => ({
    login: String((review.user as { login?: unknown } | null)?.login ?? 'unknown'),
    state: String(review.state ?? ''),
    environments: Array.isArray(review.environments)
      ? review.environments.map((e: { name?: unknown }) => String(e?.name ?? ''))
      : [],
    comment: typeof review.comment === 'string' ? review.comment : '',
  }));
}

/**
 * One GET over node:http(s). Not fetch: its first use in a process compiles Node's bundled undici, about 20 ms of
 * CPU on every import step for this one small request (measured with --cpu-prof on action-import).
 */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, timeout: 15_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 15 s')));
    req.on('error', reject);
    req.end();
  });
}

/** What one environment's reviews in a run amount to. */
export interface EnvironmentApproval {
  environment: string;
  /** The approvals of that environment (state approved), one per reviewer. */
  approvals: Approval[];
  /** Approvers who also started the run (GITHUB_ACTOR or GITHUB_TRIGGERING_ACTOR). */
  selfApprovers: string[];
  /** Every review of the run that does not count: rejections, and approvals of other environments. */
  ignored: Approval[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Keeps the approvals of `environment` only (GitHub compares environment names and logins without case); a
 * rejection, or an approval of another environment of the run, never counts.
 */
export function approvalOf(reviews: Approval[], environment: string, actors: string[]): EnvironmentApproval {
  const counts = (review: Approval) =>
    review.state === 'approved' && review.environments.some((name) => same(name, environment));
  const approvals = reviews
    .filter(counts)
    .filter((review, index, all) => all.findIndex((other) => same(other.login, review.login)) === index);
  return {
    environment,
    approvals,
    selfApprovers: approvals
      .map((a) => a.login)
      .filter((login) => actors.some((actor) => same(actor, login))),
    ignored: reviews.filter((review) => !counts(review)),
  };
}

/** "alice approved byok-import: "CHG-1"; …" for a summary row or an error message. */
export function describeApprovals(approvals: Approval[]): string {
  if (approvals.length === 0) return 'no deployment review recorded for this run';
  return approvals
    .map(
      (a) =>
        `${a.login} ${a.state} ${a.environments.join(', ')}${a.comment ? `: "${a.comment.slice(0, 200)}"` : ''}`,
    )
    .join('; ')
    .replace(/\p{Cc}/gu, ' ');
}
