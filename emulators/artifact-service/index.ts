import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Approvals, type Review } from './approvals.js';
import { handleBlob } from './blob.js';
import { Faults, type FaultsApi, type TwirpMethod } from './faults.js';
import { ArtifactStore, type ArtifactView } from './store.js';
import { signRuntimeToken } from './token.js';
import { handleTwirp, TWIRP_PREFIX } from './twirp.js';

export type { Review } from './approvals.js';
export type { ArtifactView } from './store.js';
export type { FaultsApi, FaultTarget, TwirpMethod } from './faults.js';

/**
 * A local stand-in for the GitHub Actions results service (artifacts v4+): the Twirp ArtifactService and the
 * blob storage its signed URLs point to, so the real @actions/artifact client runs unchanged.
 *
 * Plain HTTP on 127.0.0.1: the client takes only the origin of ACTIONS_RESULTS_URL and speaks http or https
 * alike, and its HTTP client bypasses proxies for loopback hosts. GITHUB_SERVER_URL must still look like
 * github.com, *.ghe.com or *.localhost or the client refuses with GHESNotSupportedError; jobEnv() uses
 * https://github.localhost, which is never contacted on this path.
 */
export interface ArtifactServiceOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** GITHUB_REPOSITORY given to jobs; default `octo-org/byok-ceremony`. */
  repository?: string;
}

export interface JobEnvOptions {
  /** GITHUB_RUN_ID; jobs of the same run share its artifacts. */
  runId: string | number;
  /** GITHUB_JOB; the steps of one job share its backend id. */
  jobName: string;
  /** Runtime token lifetime; default 6 h. A negative value gives an expired token. */
  tokenLifetimeSeconds?: number;
}

export interface RequestRecord {
  method: string;
  /** Path without the query (signed URLs stay out of logs). */
  path: string;
  status: number;
  /** What was asked: the Twirp method, `blob:GET` / `blob:PUT`, or `approvals`. */
  operation: RequestOperation;
}

export type RequestOperation = TwirpMethod | 'blob:GET' | 'blob:PUT' | 'approvals';

/** How many requests of each operation `records` holds, e.g. `{ ListArtifacts: 1, 'blob:GET': 1 }`. */
export function countOperations(
  records: readonly RequestRecord[],
): Partial<Record<RequestOperation, number>> {
  const counts: Partial<Record<RequestOperation, number>> = {};
  for (const { operation } of records) counts[operation] = (counts[operation] ?? 0) + 1;
  return counts;
}

export interface ArtifactService {
  /** Origin of the service, e.g. http://127.0.0.1:41234. */
  url: string;
  /** The environment the Actions runner gives a job of that run (merge it into the step's environment). */
  jobEnv(options: JobEnvOptions): Record<string, string>;
  /** The finalized artifacts of a run, with their stored bytes. */
  artifacts(runId: string | number): ArtifactView[];
  /** Records a deployment review of the run, as a reviewer approving the import job's environment would. */
  approve(runId: string | number, review: Review): void;
  /** The run's GITHUB_TOKEN, which may read its approvals. */
  githubToken(runId: string | number): string;
  /** Replaces a stored blob; see ArtifactStore.tamper. */
  tamper(runId: string | number, name: string, bytes: Buffer, options?: { updateDigest?: boolean }): void;
  faults: FaultsApi;
  /** Every request served, in order (countOperations() tallies a slice of it). */
  requests: RequestRecord[];
  close(): Promise<void>;
}

export async function startArtifactService(options: ArtifactServiceOptions = {}): Promise<ArtifactService> {
  const secret = randomBytes(32);
  const store = new ArtifactStore();
  const faults = new Faults();
  const requests: RequestRecord[] = [];
  const repository = options.repository ?? 'octo-org/byok-ceremony';
  const approvals = new Approvals(secret, repository);
  let origin = '';

  const listener = (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0] as string;
    const method = request.method ?? '';
    const record = (operation: RequestOperation) => (status: number) =>
      requests.push({ method, path, status, operation });
    if (approvals.handle(path, request, response, record('approvals'))) return;
    const handled = path.startsWith(TWIRP_PREFIX)
      ? handleTwirp(
          { store, faults, secret, origin: () => origin },
          request,
          response,
          record(path.slice(TWIRP_PREFIX.length) as TwirpMethod),
        )
      : handleBlob(
          { store, faults, secret },
          request,
          response,
          record(method === 'PUT' ? 'blob:PUT' : 'blob:GET'),
        );
    handled.catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error));
      else response.destroy();
    });
  };
  const server = createServer(listener);
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const noProxy = [process.env.NO_PROXY ?? process.env.no_proxy, '127.0.0.1', 'localhost']
    .filter(Boolean)
    .join(',');

  return {
    url: origin,
    jobEnv({ runId, jobName, tokenLifetimeSeconds }) {
      const run = store.run(String(runId));
      const jobBackendId = store.job(run, jobName);
      const token = signRuntimeToken(
        secret,
        { runBackendId: run.backendId, jobBackendId, runId: run.runId, jobName },
        tokenLifetimeSeconds,
      );
      return {
        ACTIONS_RUNTIME_TOKEN: token,
        ACTIONS_RESULTS_URL: `${origin}/`,
        GITHUB_SERVER_URL: 'https://github.localhost',
        GITHUB_API_URL: origin,
        GITHUB_RUN_ID: run.runId,
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_RUN_NUMBER: '1',
        GITHUB_REPOSITORY: repository,
        GITHUB_REPOSITORY_OWNER: repository.split('/')[0] as string,
        GITHUB_JOB: jobName,
        GITHUB_ACTIONS: 'true',
        // The Azure storage SDK sends blob requests through HTTP(S)_PROXY even to loopback unless NO_PROXY says not to.
        NO_PROXY: noProxy,
        no_proxy: noProxy,
      };
    },
    artifacts(runId) {
      const run = store.find(String(runId));
      return run ? store.view(run) : [];
    },
    approve(runId, review) {
      approvals.add(String(runId), review);
    },
    githubToken: (runId) => approvals.token(String(runId)),
    tamper(runId, name, bytes, tamperOptions) {
      store.tamper(String(runId), name, bytes, tamperOptions);
    },
    faults,
    requests,
    close() {
      return new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
}
