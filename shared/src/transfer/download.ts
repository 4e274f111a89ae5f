import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Logger } from '../logger.js';
import { extractArtifact, MAX_ARCHIVE_BYTES } from './archive.js';
import { artifactDownloader, artifactError } from './client.js';
import { tampered, type Manifest } from './manifest.js';

export interface DownloadFilesOptions {
  /** Artifact name, uploaded earlier in this workflow run. */
  name: string;
  /** Directory the verified files are placed in; created when missing. */
  destination: string;
  logger: Logger;
}

export interface DownloadFilesResult {
  artifactId: number;
  /** SHA-256 (hex) of the archive as recorded at upload, when the service lists one. */
  digest: string | undefined;
  /** Absolute paths of the files, in manifest order (the manifest itself is not kept). */
  files: string[];
  manifest: Manifest;
}

/**
 * Downloads an artifact of this workflow run and checks it before handing it over: its listed size, the archive's
 * SHA-256 against the digest the uploader recorded (when the service lists one), then every file against the
 * manifest inside, extracted under limits (archive.ts). The client fetches the archive without extracting it
 * (its own extraction has no limits). Everything lands in a staging directory inside `destination` and only the
 * verified files are moved into place, so a refused artifact leaves nothing behind for a later step to pick up.
 *
 * These checks detect damage and a naive swap, not a deliberate replacement of the whole artifact by someone who
 * can write artifacts in this run (they can upload a matching manifest). The caller must also compare the KEK
 * fingerprint it received as a job output with the PEM or sidecar that arrived here.
 */
export async function downloadFiles(options: DownloadFilesOptions): Promise<DownloadFilesResult> {
  const { name, logger } = options;
  const destination = resolve(options.destination);
  const client = await artifactDownloader(name);

  let found;
  try {
    found = (await client.getArtifact(name)).artifact;
  } catch (error) {
    throw artifactError(error, name, 'download');
  }
  const digest = found.digest?.replace(/^sha256:/, '');
  logger.info(
    `Downloading artifact "${name}" (id ${found.id}, ${found.size} bytes${digest ? `, sha256 ${digest}` : ''})`,
  );
  if (found.size > MAX_ARCHIVE_BYTES)
    throw tampered(
      name,
      `Artifact "${name}" is listed at ${found.size} bytes, larger than byok uploads (${MAX_ARCHIVE_BYTES} bytes); it was not downloaded`,
    );

  await mkdir(destination, { recursive: true });
  const staging = await mkdtemp(join(destination, '.byok-download-'));
  try {
    const received = join(staging, 'archive');
    let response;
    try {
      response = await client.downloadArtifact(found.id, {
        path: received,
        skipDecompress: true,
        ...(found.digest ? { expectedHash: found.digest } : {}),
      });
    } catch (error) {
      throw artifactError(error, name, 'download');
    }
    if (response.digestMismatch) {
      throw tampered(
        name,
        `Artifact "${name}" arrived with a SHA-256 different from the one recorded when it was uploaded`,
      );
    }
    if (!found.digest)
      logger.warning(`Artifact "${name}" has no recorded digest; relying on its manifest alone`);
    // The client names the file after the blob's Content-Disposition, or "artifact".
    const [archive] = await readdir(received);
    if (!archive) throw artifactError(new Error('the client saved no archive'), name, 'download');
    const extracted = join(staging, 'files');
    await mkdir(extracted);
    const manifest = await extractArtifact(join(received, archive), name, extracted);
    const files: string[] = [];
    for (const entry of manifest.files) {
      const target = join(destination, entry.name);
      await rename(join(extracted, entry.name), target);
      files.push(target);
      logger.debug(`  ${entry.name}: ${entry.size} bytes, sha256 ${entry.sha256} (verified)`);
    }
    logger.info(`Artifact "${name}" verified: ${manifest.files.map((entry) => entry.name).join(', ')}`);
    return { artifactId: found.id, digest, files, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
