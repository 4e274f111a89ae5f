import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Entry } from 'unzip-stream';
import { ByokError } from '../errors.js';
import {
  MANIFEST_NAME,
  MAX_ARTIFACT_BYTES,
  MAX_FILE_BYTES,
  parseManifest,
  tampered,
  type Manifest,
} from './manifest.js';

/**
 * Extracts a downloaded artifact archive under limits, with unzip-stream (the zip reader @actions/artifact itself
 * extracts with, which has no limits). A zip states sizes that need not be true, so every entry is counted as it
 * inflates: nothing larger than byok writes is inflated further, written or hashed, whatever the archive claims.
 *
 * Two passes over the archive on disk: the first only looks for the manifest, counting what precedes it; the second
 * writes each file the manifest records, hashing it on the way, and stops as soon as one exceeds its recorded size
 * or an entry is not recorded. Memory stays at a few stream buffers, and `directory` holds only recorded bytes.
 */

/** A zip of byok's files is the files plus their headers; the headers of a handful of files fit in 64 KiB. */
export const MAX_ARCHIVE_BYTES = MAX_ARTIFACT_BYTES + 64 * 1024;

/** Passes bytes on, hashing them, and fails with `over()` as soon as more than `limit` have passed. */
function counted(limit: number, over: () => Error) {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limit) return done(over());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, bytes: () => bytes, sha256: () => hash.digest('hex') };
}

function sink(chunks?: Buffer[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks?.push(chunk);
      done();
    },
  });
}

/** Thrown by a visitor to end the walk early; not an error. */
class Stop extends Error {}

/** Hands each entry of the archive to `visit`, which consumes it before the next one is read. */
async function eachEntry(archive: string, artifact: string, visit: (entry: Entry) => Promise<void>) {
  const visitor = new Writable({
    objectMode: true,
    write(entry: Entry, _encoding, done) {
      visit(entry).then(() => done(), done);
    },
  });
  // Loaded here: unzip-stream and its parser library are ~0.3 MiB that only a download needs.
  const { default: unzip } = await import('unzip-stream');
  try {
    await pipeline(createReadStream(archive), unzip.Parse(), visitor);
  } catch (error) {
    if (error instanceof Stop) return;
    if (error instanceof ByokError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw tampered(artifact, `Artifact "${artifact}" is not a zip archive byok can read (${reason})`);
  }
}

/** The manifest, read without writing anything; what precedes it counts against the limits. */
async function readManifest(archive: string, artifact: string): Promise<Manifest> {
  let text: string | undefined;
  let total = 0;
  await eachEntry(archive, artifact, async (entry) => {
    const isManifest = entry.path === MANIFEST_NAME && entry.type === 'File';
    const limit = Math.min(MAX_FILE_BYTES, MAX_ARTIFACT_BYTES - total);
    const counter = counted(limit, () =>
      tampered(
        artifact,
        limit < MAX_FILE_BYTES
          ? `Artifact "${artifact}" expands to more than ${MAX_ARTIFACT_BYTES} bytes, more than byok puts in an artifact`
          : `Artifact "${artifact}" holds "${entry.path}" of more than ${MAX_FILE_BYTES} bytes, larger than any file byok puts in an artifact`,
      ),
    );
    const chunks: Buffer[] = [];
    await pipeline(entry, counter.stream, sink(isManifest ? chunks : undefined));
    total += counter.bytes();
    if (isManifest) {
      text = Buffer.concat(chunks).toString('utf8');
      throw new Stop();
    }
  });
  if (text === undefined)
    throw tampered(
      artifact,
      `Artifact "${artifact}" has no ${MANIFEST_NAME}: it was not uploaded by byok, or it was replaced`,
    );
  return parseManifest(artifact, text);
}

/** Writes the files the manifest records into `directory`, each checked against its size and SHA-256. */
async function extractRecorded(archive: string, artifact: string, manifest: Manifest, directory: string) {
  const recorded = new Map(manifest.files.map((entry) => [entry.name, entry]));
  const written = new Set<string>();
  let manifests = 0;
  const altered = (name: string, how: string) =>
    tampered(artifact, `Artifact "${artifact}" was altered after upload: file "${name}" ${how}`);
  await eachEntry(archive, artifact, async (entry) => {
    const name = entry.path;
    if (name === MANIFEST_NAME && ++manifests === 1) {
      await pipeline(entry, sink()); // the bytes the first pass read, within its limit
      return;
    }
    const expected = recorded.get(name);
    if (!expected || entry.type !== 'File' || written.has(name))
      throw tampered(
        artifact,
        written.has(name)
          ? `Artifact "${artifact}" contains file "${name}" twice`
          : `Artifact "${artifact}" contains file "${name}" that was not recorded at upload`,
      );
    const larger = () => altered(name, `is larger than the ${expected.size} bytes recorded at upload`);
    if (entry.size !== undefined && entry.size > expected.size) throw larger();
    const counter = counted(expected.size, larger);
    await pipeline(entry, counter.stream, createWriteStream(join(directory, name), { flags: 'wx' }));
    if (counter.bytes() !== expected.size || counter.sha256() !== expected.sha256)
      throw altered(name, 'does not match the SHA-256 recorded at upload');
    written.add(name);
  });
  const missing = manifest.files.find((entry) => !written.has(entry.name));
  if (missing)
    throw tampered(
      artifact,
      `Artifact "${artifact}" is missing file "${missing.name}" that was recorded at upload`,
    );
}

/**
 * Extracts the archive of artifact `artifact` into `directory` (empty), refusing with ARTIFACT_TAMPERED anything
 * byok did not upload: no manifest or another artifact's, a file not recorded or missing or altered, or more bytes
 * than byok ever puts in an artifact. On refusal `directory` may hold part of a recorded file: the caller removes it.
 */
export async function extractArtifact(
  archive: string,
  artifact: string,
  directory: string,
): Promise<Manifest> {
  const { size } = await stat(archive);
  if (size > MAX_ARCHIVE_BYTES)
    throw tampered(
      artifact,
      `Artifact "${artifact}" is a ${size}-byte archive, larger than byok uploads (${MAX_ARCHIVE_BYTES} bytes)`,
    );
  const manifest = await readManifest(archive, artifact);
  await extractRecorded(archive, artifact, manifest, directory);
  return manifest;
}
