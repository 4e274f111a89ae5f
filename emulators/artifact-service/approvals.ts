import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './http.js';

/**
 * GitHub's REST endpoint for a run's deployment reviews, GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals,
 * which action-import reads for its chain-of-custody summary. Reviews are recorded by the test or demo playing
 * the reviewer; the caller must present the GITHUB_TOKEN of that run.
 */
export interface Review {
  login: string;
  environment: string;
  comment?: string;
  state?: 'approved' | 'rejected';
}

const ROUTE = /^\/repos\/([^/]+\/[^/]+)\/actions\/runs\/([^/]+)\/approvals$/;

export class Approvals {
  private readonly reviews = new Map<string, Review[]>();

  constructor(
    private readonly secret: Buffer,
    private readonly repository: string,
  ) {}

  add(runId: string, review: Review): void {
    this.reviews.set(runId, [...(this.reviews.get(runId) ?? []), review]);
  }

  /** The GITHUB_TOKEN (`${{ github.token }}`) a job of this run gets. */
  token(runId: string): string {
    return `ghs_${createHmac('sha256', this.secret).update(`github-token:${runId}`).digest('base64url')}`;
  }

  /** Answers the route when the path is this endpoint; false otherwise. */
  handle(
    path: string,
    request: IncomingMessage,
    response: ServerResponse,
    done: (status: number) => void,
  ): boolean {
    const match = ROUTE.exec(path);
    if (!match || request.method !== 'GET') return false;
    const [, repository, runId] = match as unknown as [string, string, string];
    const given = Buffer.from(request.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${this.token(runId)}`);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      sendJson(response, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
      });
      done(401);
      return true;
    }
    if (repository.toLowerCase() !== this.repository.toLowerCase()) {
      sendJson(response, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      done(404);
      return true;
    }
    const body = (this.reviews.get(runId) ?? []).map((review, index) => ({
      state: review.state ?? 'approved',
      comment: review.comment ?? '',
      environments: [{ id: 1000 + index, name: review.environment }],
      user: { login: review.login, id: 5000 + index, type: 'User' },
    }));
    sendJson(response, 200, body);
    done(200);
    return true;
  }
}
