// What a bundle is built from, as one digest: the committed sources it can include (its own src/, shared/src, for
// the command line also emulators/) and the dependency lock. `npm run bundle` records it in dist/sources.sha256;
// the test run compares it with the checkout, so a stale dist/ is named instead of silently tested.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES_FILE = 'sources.sha256';

export function sourcesDigest(bundle) {
  const roots = [`${bundle}/src/`, 'shared/src/', ...(bundle === 'cli' ? ['emulators/'] : [])];
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => roots.some((root) => file.startsWith(root)) && !file.includes('/dist/'))
    .concat(['package.json', 'package-lock.json', 'tsconfig.json'])
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    let content;
    try {
      content = readFileSync(file);
    } catch {
      continue; // deleted in the work tree but not yet in the index
    }
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
