import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TargetName } from './targets.js';

/**
 * native/manifest.json: one entry per shipped binary, with the digest check-dist and the release verify it by (a
 * native binary is not rebuilt byte for byte on another compiler), and how it was built.
 */
export interface BinaryEntry {
  file: string;
  sha256: string;
  bytes: number;
  /** `<compiler> --version`, first line: a rebuild with the same one must give the same bytes. */
  compiler: string;
  /** describeFacts() of the binary: format, imports, newest symbol versions. */
  needs: string;
}

export interface NativeManifest {
  pkcs11js: string;
  nodeApi: number;
  binaries: Partial<Record<TargetName, BinaryEntry>>;
}

export const MANIFEST = 'manifest.json';

export function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function readManifest(dir: string): NativeManifest | undefined {
  const file = join(dir, MANIFEST);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as NativeManifest) : undefined;
}

export function writeManifest(dir: string, manifest: NativeManifest): void {
  const binaries = Object.fromEntries(
    Object.entries(manifest.binaries).sort(([a], [b]) => a.localeCompare(b)),
  );
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify({ ...manifest, binaries }, null, 2)}\n`);
}
