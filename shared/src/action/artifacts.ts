import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadFiles, type DownloadFilesResult } from '../transfer/download.js';
import { uploadFiles, type UploadFilesResult } from '../transfer/upload.js';
import type { SummaryRow } from './summary.js';
import { actionLogger } from './run.js';

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

/** Summary rows that let the receiving job's reviewer match what arrived with what was sent. */
export function artifactRows(
  name: string,
  result: { artifactId: number; digest?: string; manifest: { files: { name: string; sha256: string }[] } },
): SummaryRow[] {
  return [
    [
      `Artifact "${name}"`,
      `id ${result.artifactId}${result.digest ? `, sha256:${result.digest.replace(/^sha256:/, '')}` : ''}`,
    ],
    ...result.manifest.files.map((file): SummaryRow => [`  ${file.name}`, `sha256:${file.sha256}`]),
  ];
}
