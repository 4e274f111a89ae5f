import { ByokError, ConfigurationError } from '../errors.js';

/**
 * @actions/artifact, loaded on first use and by half. Its DefaultArtifactClient (lib/internal/client.js) imports
 * upload, download, listing and deletion together, and the upload half alone brings the Azure storage SDK and
 * archiver (about 2.7 MiB bundled). So byok imports, by file (the package's exports map names only its entry),
 * the library's own functions that the client's methods call: getArtifactInternal and downloadArtifactInternal
 * for a download, uploadArtifact for an upload; and, like the client, refuses GitHub Enterprise Server first.
 *
 * Retries are the library's own: its Twirp calls retry 429/5xx five times (3 s, then ×1.5), the Azure SDK
 * retries blob writes, and a failed download is tried five times 5 s apart. None of it is configurable from
 * outside except by the ACTIONS_ARTIFACT_* variables the runner documents (upload concurrency and chunk timeout),
 * whose defaults suit byok's small artifacts; byok adds no loop of its own around these calls.
 */
async function checkRuntime(artifact: string, operation: 'upload' | 'download'): Promise<void> {
  for (const variable of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
    if (!process.env[variable]) {
      throw new ConfigurationError(
        'ARTIFACT_RUNTIME_MISSING',
        `Artifact "${artifact}" cannot be exchanged: ${variable} is not set, so this is not a GitHub Actions job`,
        'Run this step in a GitHub Actions job, or pass the file directly and leave the artifact input empty',
      );
    }
  }
  const [{ isGhes }, { GHESNotSupportedError }] = await Promise.all([
    import('../../../node_modules/@actions/artifact/lib/internal/shared/config.js'),
    import('../../../node_modules/@actions/artifact/lib/internal/shared/errors.js'),
  ]);
  if (isGhes()) throw artifactError(new GHESNotSupportedError(), artifact, operation);
}

/** The download half: find an artifact of this run by name, and fetch its archive. */
export async function artifactDownloader(artifact: string) {
  await checkRuntime(artifact, 'download');
  const [find, download] = await Promise.all([
    import('../../../node_modules/@actions/artifact/lib/internal/find/get-artifact.js'),
    import('../../../node_modules/@actions/artifact/lib/internal/download/download-artifact.js'),
  ]);
  return { getArtifact: find.getArtifactInternal, downloadArtifact: download.downloadArtifactInternal };
}

/** The upload half: zip files and upload them as an artifact of this run. */
export async function artifactUploader(artifact: string) {
  await checkRuntime(artifact, 'upload');
  const { uploadArtifact } =
    await import('../../../node_modules/@actions/artifact/lib/internal/upload/upload-artifact.js');
  return uploadArtifact;
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
