// Builds every action's src/main.ts into its dist/ with @vercel/ncc (ESM bundle, licenses alongside).
// dist/ is committed; CI rebuilds and fails when the result differs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const actions = readdirSync('.').filter(
  (dir) => dir.startsWith('action-') && existsSync(join(dir, 'src', 'main.ts')),
);
for (const action of actions.filter((a) => only.length === 0 || only.includes(a))) {
  rmSync(join(action, 'dist'), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      join(action, 'src', 'main.ts'),
      '-o',
      join(action, 'dist'),
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
  console.log(`bundled ${action}/dist`);
}
