import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { optional } from '../inputs/rules.js';
import { downloadFiles, type DownloadFilesResult } from '../transfer/download.js';
import { uploadFiles, type UploadFilesResult } from '../transfer/upload.js';
import { actionInputs } from './inputs.js';
import type { SummaryRow } from './summary.js';
import { actionLogger } from './run.js';

/** An artifact-name input: empty means no artifact; `auto` (when the input has one) means `auto`'s value. */
export function artifactName(input: string, auto?: string): string | undefined {
  const value = optional(actionInputs, input);
  return value === 'auto' && auto !== undefined ? auto : value;
}

/** Uploads files as the named artifact; an empty name means the workflow asked for no upload. */
export async function uploadNamedArtifact(
  name: string | undefined,
  files: string[],
): Promise<UploadFilesResult | undefined> {
  if (!name) return undefined;
  return uploadFiles({ name, files, logger: actionLogger });
}

/** Downloads and checks an artifact into a fresh folder under RUNNER_TEMP. */
export async function downloadNamedArtifact(name: string): Promise<DownloadFilesResult> {
  const destination = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'byok-artifact-'));
  return downloadFiles({ name, destination, logger: actionLogger });
}

/**
 * The file an earlier job published, when `fileInput` is not set: `pick` chooses it among the files of the artifact
 * named by `input` (checked against its manifest on arrival). Answers the path (undefined when `fileInput` is set)
 * and the summary rows that record where it came from.
 */
export async function fileFromArtifact(
  fileInput: string,
  input: string,
  pick: (files: string[], source: string) => string,
  options: { exclusive?: boolean } = {},
): Promise<{ path?: string; rows: SummaryRow[] }> {
  const file = optional(actionInputs, fileInput);
  const name = optional(actionInputs, input);
  if (options.exclusive && (file === undefined) === (name === undefined))
    throw new ConfigurationError(
      'INPUT_INVALID',
      file
        ? `Inputs "${fileInput}" and "${input}" are both set`
        : `Neither "${fileInput}" nor "${input}" is set`,
      `Set "${input}" to the artifact the earlier job uploaded, or "${fileInput}" to a file`,
    );
  if (file !== undefined) return { rows: [] };
  if (name === undefined)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      `Input "${input}" is required`,
      `Set "${input}" or "${fileInput}"`,
    );
  const artifact = await downloadNamedArtifact(name);
  return { path: pick(artifact.files, `artifact "${name}"`), rows: artifactRows(name, artifact) };
}

/** Summary rows that let the receiving job's reviewer match what arrived with what was sent. */
export function artifactRows(
  name: string | undefined,
  result:
    | { artifactId: number; digest?: string; manifest: { files: { name: string; sha256: string }[] } }
    | undefined,
): SummaryRow[] {
  if (!name || !result) return [];
  return [
    [
      `Artifact "${name}"`,
      `id ${result.artifactId}${result.digest ? `, sha256:${result.digest.replace(/^sha256:/, '')}` : ''}`,
    ],
    ...result.manifest.files.map((file): SummaryRow => [`  ${file.name}`, `sha256:${file.sha256}`]),
  ];
}
