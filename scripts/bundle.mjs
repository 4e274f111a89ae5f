// Builds every action's src/main.ts into its dist/ with @vercel/ncc (ESM bundle, licenses alongside), one build
// per core at a time.
// dist/ is committed; CI rebuilds and fails when the result differs.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SOURCES_FILE, sourcesDigest } from './bundle-sources.mjs';

const run = promisify(execFile);
const only = process.argv.slice(2);
const queue = readdirSync('.')
  .filter((dir) => (dir.startsWith('action-') || dir === 'cli') && existsSync(join(dir, 'src', 'main.ts')))
  .filter((action) => only.length === 0 || only.includes(action))
  .sort();

async function bundle(action) {
  rmSync(join(action, 'dist'), { recursive: true, force: true });
  const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', join(action, 'src', 'main.ts')];
  const options = ['-o', join(action, 'dist'), '--license', 'licenses.txt', '--quiet'];
  await run(process.execPath, [...ncc, ...options], { maxBuffer: 16 * 1024 * 1024 });
  writeFileSync(join(action, 'dist', SOURCES_FILE), `${sourcesDigest(action)}\n`);
  console.log(`bundled ${action}/dist`);
}

async function worker() {
  for (let action = queue.shift(); action; action = queue.shift()) await bundle(action);
}

await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
