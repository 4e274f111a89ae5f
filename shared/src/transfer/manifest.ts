import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';

/**
 * The digest manifest that travels inside every artifact byok uploads: each file's name, size and SHA-256, and the
 * artifact name it was uploaded under. On arrival every file is checked against it, and nothing else may be there.
 *
 * What it catches: accidental damage, a file changed or added or removed in the artifact store, an artifact
 * swapped for another one of the run. What it cannot catch alone: someone who can write artifacts in the run
 * replacing the whole artifact, manifest included. Callers therefore also compare the KEK fingerprint passed
 * as a job output (outside the artifact store) with the PEM or sidecar that arrived.
 */
export const MANIFEST_NAME = 'byok-manifest.json';

/**
 * What a byok artifact can hold. Its files are a KEK PEM and byok-kek.json, or a .byok and its sidecar: each a few KiB
 * (the largest, a .byok of an RSA-4096 key under a 4096-bit KEK, is about 4 KiB); a .byok may not exceed 64 KiB (byok/file.ts).
 * Anything larger was not uploaded by byok, and is refused before it is extracted.
 */
export const MAX_FILE_BYTES = 64 * 1024;
/** The files and the manifest together, uncompressed. */
export const MAX_ARTIFACT_BYTES = 256 * 1024;

export interface ManifestEntry {
  name: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  version: 1;
  artifact: string;
  files: ManifestEntry[];
}

export function tamperedHint(artifact: string): string {
  return `Rerun the job that produced "${artifact}", and investigate who can write artifacts in this workflow run`;
}

export function tampered(artifact: string, message: string): ConfigurationError {
  return new ConfigurationError('ARTIFACT_TAMPERED', message, tamperedHint(artifact));
}

export async function describeFile(path: string, name: string): Promise<ManifestEntry> {
  const bytes = await readFile(path);
  return { name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Hashes the files of `directory` named in `names` and writes the manifest beside them. */
export async function writeManifest(directory: string, artifact: string, names: string[]): Promise<Manifest> {
  const files = await Promise.all(names.map((name) => describeFile(join(directory, name), name)));
  const manifest: Manifest = { version: 1, artifact, files };
  await writeFile(join(directory, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

const PLAIN_NAME = /^(?!\.{1,2}$)[^/\\\0]{1,255}$/;

/** Parses the manifest that arrived in artifact `artifact`: byok's structure, this artifact's name, sizes byok writes. */
export function parseManifest(artifact: string, text: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw tampered(artifact, `Artifact "${artifact}" has a ${MANIFEST_NAME} that is not valid JSON`);
  }
  const manifest = value as Partial<Manifest> | null;
  const entries = manifest?.files;
  const valid =
    manifest?.version === 1 &&
    typeof manifest.artifact === 'string' &&
    Array.isArray(entries) &&
    entries.every(
      (entry: Partial<ManifestEntry> | null) =>
        typeof entry?.name === 'string' &&
        PLAIN_NAME.test(entry.name) &&
        entry.name !== MANIFEST_NAME &&
        Number.isSafeInteger(entry.size) &&
        (entry.size as number) >= 0 &&
        typeof entry.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(entry.sha256),
    ) &&
    new Set(entries.map((entry) => entry.name)).size === entries.length;
  if (!valid)
    throw tampered(
      artifact,
      `Artifact "${artifact}" has a ${MANIFEST_NAME} that byok did not write (unexpected structure)`,
    );
  if (manifest.artifact !== artifact) {
    throw tampered(
      artifact,
      `Artifact "${artifact}" carries the manifest of artifact "${manifest.artifact}": it was swapped`,
    );
  }
  const files = (manifest as Manifest).files;
  const oversized = files.find((entry) => entry.size > MAX_FILE_BYTES);
  const total = files.reduce((sum, entry) => sum + entry.size, 0);
  if (oversized || total > MAX_ARTIFACT_BYTES)
    throw tampered(
      artifact,
      oversized
        ? `Artifact "${artifact}" records file "${oversized.name}" of ${oversized.size} bytes, more than byok puts in an artifact (${MAX_FILE_BYTES})`
        : `Artifact "${artifact}" records ${total} bytes of files, more than byok puts in an artifact (${MAX_ARTIFACT_BYTES})`,
    );
  return manifest as Manifest;
}
