// What a bundle is built from, as one digest: the committed sources it can include (its own src/, shared/src, for
// the command line also emulators/) and the dependency lock. `npm run bundle` records it in dist/sources.sha256;
// the test run compares it with the checkout, so a stale dist/ is named instead of silently tested.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES_FILE = 'sources.sha256';

export function sourcesDigest(bundle) {
  const roots = [`${bundle}/src/`, 'shared/src/', ...(bundle === 'cli' ? ['emulators/'] : [])];
  // The files on disk, not git's list: a copy of the checkout without .git (check-reproducible) bundles too.
  const files = roots
    .filter((root) => existsSync(root))
    .flatMap((root) =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name)),
    )
    .filter((file) => !file.split('/').some((part) => part === 'dist' || part === 'node_modules'))
    .concat(['package.json', 'package-lock.json', 'tsconfig.json'])
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const content = readFileSync(file);
    hash.update(`${file}\0`).update(createHash('sha256').update(content).digest('hex')).update('\n');
  }
  return hash.digest('hex');
}

export function recordedDigest(bundle) {
  try {
    return readFileSync(join(bundle, 'dist', SOURCES_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}
