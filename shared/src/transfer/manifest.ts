import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
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

function parseManifest(artifact: string, text: string): Manifest {
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
        typeof entry.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(entry.sha256),
    ) &&
    new Set(entries.map((entry) => entry.name)).size === entries.length;
  if (!valid)
    throw tampered(
      artifact,
      `Artifact "${artifact}" has a ${MANIFEST_NAME} that byok did not write (unexpected structure)`,
    );
  return manifest as Manifest;
}

/** Every entry under `directory`, as paths relative to it (directories themselves not listed). */
async function listTree(directory: string, base = directory): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await listTree(path, base)));
    else found.push(relative(base, path));
  }
  return found;
}

/**
 * Checks the files that arrived in `directory` against the manifest that arrived with them: the manifest must be
 * byok's and name this artifact, every file must match its size and digest, and no other file may be present.
 */
export async function verifyManifest(directory: string, artifact: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(join(directory, MANIFEST_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw tampered(
      artifact,
      `Artifact "${artifact}" has no ${MANIFEST_NAME}: it was not uploaded by byok, or it was replaced`,
    );
  }
  const manifest = parseManifest(artifact, text);
  if (manifest.artifact !== artifact) {
    throw tampered(
      artifact,
      `Artifact "${artifact}" carries the manifest of artifact "${manifest.artifact}": it was swapped`,
    );
  }
  const expected = new Set(manifest.files.map((entry) => entry.name));
  for (const name of await listTree(directory)) {
    if (name !== MANIFEST_NAME && !expected.has(name)) {
      throw tampered(
        artifact,
        `Artifact "${artifact}" contains file "${name}" that was not recorded at upload`,
      );
    }
  }
  for (const entry of manifest.files) {
    const path = join(directory, entry.name);
    const stat = await lstat(path).catch(() => undefined);
    if (!stat?.isFile())
      throw tampered(
        artifact,
        `Artifact "${artifact}" is missing file "${entry.name}" that was recorded at upload`,
      );
    const actual = await describeFile(path, entry.name);
    if (actual.size !== entry.size || actual.sha256 !== entry.sha256) {
      throw tampered(
        artifact,
        `Artifact "${artifact}" was altered after upload: file "${entry.name}" does not match the SHA-256 recorded at upload`,
      );
    }
  }
  return manifest;
}
