import { copyFile, lstat, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import { artifactError, artifactUploader } from './client.js';
import { MANIFEST_NAME, writeManifest, type Manifest } from './manifest.js';

export interface UploadFilesOptions {
  /** Artifact name, unique in the workflow run. */
  name: string;
  /** Absolute paths of regular files, all in one directory. They are uploaded flat, under their own names. */
  files: string[];
  logger: Logger;
  /** Retention in days; the repository's default when not given. */
  retentionDays?: number;
}

export interface UploadFilesResult {
  artifactId: number;
  /** SHA-256 (hex) of the uploaded archive, as the client computed it while uploading. */
  digest: string;
  /** Bytes uploaded (the archive). */
  size: number;
  manifest: Manifest;
}

function invalid(name: string, message: string): ConfigurationError {
  return new ConfigurationError(
    'ARTIFACT_FILES_INVALID',
    `Artifact "${name}": ${message}`,
    'Give absolute paths of existing regular files in one directory',
  );
}

async function checkFiles(name: string, files: string[]): Promise<void> {
  if (files.length === 0) throw invalid(name, 'no files to upload');
  const directory = dirname(files[0] as string);
  const seen = new Set<string>();
  for (const file of files) {
    if (!isAbsolute(file)) throw invalid(name, `"${file}" is not an absolute path`);
    if (dirname(file) !== directory)
      throw invalid(name, `"${file}" is not in ${directory} with the other files`);
    const base = basename(file);
    if (base === MANIFEST_NAME) throw invalid(name, `"${file}" has the name byok gives its manifest`);
    if (seen.has(base)) throw invalid(name, `"${file}" is listed twice`);
    seen.add(base);
    const stat = await lstat(file).catch(() => undefined);
    if (!stat?.isFile()) throw invalid(name, `"${file}" is not a regular file`);
  }
}

/**
 * Uploads files as one artifact of this workflow run, with a digest manifest (`byok-manifest.json`) that the
 * receiving job checks. The files are copied to a staging directory first, so the manifest describes exactly
 * the bytes that are uploaded and nothing is written beside the caller's files.
 */
export async function uploadFiles(options: UploadFilesOptions): Promise<UploadFilesResult> {
  const { name, files, logger } = options;
  await checkFiles(name, files);
  const uploadArtifact = await artifactUploader(name);
  const staging = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'byok-upload-'));
  try {
    const names = files.map((file) => basename(file));
    await Promise.all(files.map((file, i) => copyFile(file, join(staging, names[i] as string))));
    const manifest = await writeManifest(staging, name, names);
    // The manifest first: the receiving job then usually finds it before the files (the zip writer may reorder
    // files as it reads them; the download works in any order).
    const paths = [MANIFEST_NAME, ...names].map((file) => join(staging, file));
    logger.info(`Uploading artifact "${name}": ${names.join(', ')}`);
    let response;
    try {
      response = await uploadArtifact(
        name,
        paths,
        staging,
        options.retentionDays ? { retentionDays: options.retentionDays } : {},
      );
    } catch (error) {
      throw artifactError(error, name, 'upload');
    }
    if (response.id === undefined || !response.digest) {
      throw artifactError(new Error('the service did not return an artifact id and digest'), name, 'upload');
    }
    logger.info(
      `Uploaded artifact "${name}" (id ${response.id}, ${response.size ?? 0} bytes, sha256 ${response.digest})`,
    );
    for (const entry of manifest.files)
      logger.debug(`  ${entry.name}: ${entry.size} bytes, sha256 ${entry.sha256}`);
    return { artifactId: response.id, digest: response.digest, size: response.size ?? 0, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
