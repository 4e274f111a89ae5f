import type { ArtifactClient } from '@actions/artifact';
import { ByokError, ConfigurationError } from '../errors.js';

/**
 * The @actions/artifact client, loaded on first use only: it pulls in Octokit, the Azure storage SDK and the zip
 * libraries, which a job that exchanges no artifact should not pay for.
 *
 * Retries are the client's own: its Twirp calls retry 429/5xx five times (3 s, then ×1.5), the Azure SDK
 * retries blob writes, and downloads are retried five times 5 s apart. None of it is configurable from outside
 * except by the ACTIONS_ARTIFACT_* variables the runner documents (upload concurrency and chunk timeout), whose
 * defaults suit byok's small artifacts; byok adds no loop of its own around these calls.
 */
export async function artifactClient(artifact: string): Promise<ArtifactClient> {
  for (const variable of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
    if (!process.env[variable]) {
      throw new ConfigurationError(
        'ARTIFACT_RUNTIME_MISSING',
        `Artifact "${artifact}" cannot be exchanged: ${variable} is not set, so this is not a GitHub Actions job`,
        'Run this step in a GitHub Actions job, or pass the file directly and leave the artifact input empty',
      );
    }
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
}

/** Turns what the client throws into byok's errors, naming the artifact. */
export function artifactError(error: unknown, artifact: string, operation: 'upload' | 'download'): ByokError {
  if (error instanceof ByokError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = messageOf(error);
  if (name === 'ArtifactNotFoundError') {
    return new ConfigurationError(
      'ARTIFACT_NOT_FOUND',
      `Artifact "${artifact}" was not found in this workflow run`,
      `The job that uploads "${artifact}" must run earlier in the same workflow run: list it in this job's "needs:"`,
      { cause: error },
    );
  }
  if (name === 'GHESNotSupportedError') {
    return new ConfigurationError(
      'ARTIFACT_UNSUPPORTED',
      `Artifact "${artifact}" cannot be exchanged: ${message}`,
      'Use github.com or GHE.com, or pass files directly',
      { cause: error },
    );
  }
  if (/\(409\)/.test(message)) {
    return new ConfigurationError(
      'ARTIFACT_EXISTS',
      `Artifact "${artifact}" already exists in this workflow run`,
      'Artifact names are unique per workflow run: give this upload another name, or rerun the whole workflow rather than one job',
      { cause: error },
    );
  }
  if (/\((401|403)\)/.test(message)) {
    return new ConfigurationError(
      'ARTIFACT_ACCESS_DENIED',
      `The artifact service refused to ${operation} artifact "${artifact}": ${message}`,
      'Artifacts are exchanged between jobs of the same workflow run only; check that this job runs in that run',
      { cause: error },
    );
  }
  return new ByokError(
    'ARTIFACT_SERVICE_FAILED',
    `Could not ${operation} artifact "${artifact}": ${message}`,
    'Rerun the job; if it persists, check https://www.githubstatus.com',
    {
      cause: error,
    },
  );
}
