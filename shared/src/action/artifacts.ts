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
export async function downloadNamedArtifact(
  name: string,
): Promise<DownloadFilesResult & { destination: string }> {
  const destination = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'byok-artifact-'));
  return { ...(await downloadFiles({ name, destination, logger: actionLogger })), destination };
}

/**
 * The files an earlier job published, when `fileInput` is not set: the artifact named by `input`, downloaded into a
 * fresh folder and checked against its manifest on arrival. Answers the files (none when `fileInput` is set), where
 * they came from, and the summary rows that record it.
 */
export async function filesFromArtifact(
  fileInput: string,
  input: string,
  options: { exclusive?: boolean } = {},
): Promise<{ files?: string[]; dir?: string; source: string; rows: SummaryRow[] }> {
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
  if (file !== undefined) return { source: `input "${fileInput}"`, rows: [] };
  if (name === undefined)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      `Input "${input}" is required`,
      `Set "${input}" or "${fileInput}"`,
    );
  const artifact = await downloadNamedArtifact(name);
  return {
    files: artifact.files,
    dir: artifact.destination,
    source: `artifact "${name}"`,
    rows: artifactRows(name, artifact),
  };
}

/** The one file of an earlier job's artifact that `pick` chooses, when `fileInput` is not set (filesFromArtifact). */
export async function fileFromArtifact(
  fileInput: string,
  input: string,
  pick: (files: string[], source: string) => string,
  options: { exclusive?: boolean } = {},
): Promise<{ path?: string; rows: SummaryRow[] }> {
  const { files, source, rows } = await filesFromArtifact(fileInput, input, options);
  return files ? { path: pick(files, source), rows } : { rows };
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
