// Proves dist/ does not depend on the machine that built it: copies the sources to another directory, bundles
// them there with another Node (from the npm registry), another HOME, cache and time zone, and compares every file
// of every dist/ byte for byte with this checkout's. Then looks for this machine in dist/: its absolute paths, home
// directory or host name. Run after `npm run bundle`; .ci/run and check-dist run it.
//
//   npm run check:reproducible [-- --node 24.20.0] [-- --keep]   --keep: leave the rebuild for a look
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, hostname, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: { node: { type: 'string', default: '24.20.0' }, keep: { type: 'boolean', default: false } },
});

function distFiles(tree: string): string[] {
  return readdirSync(tree)
    .filter((dir) => existsSync(join(tree, dir, 'dist')))
    .flatMap((dir) =>
      readdirSync(join(tree, dir, 'dist'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(tree.length + 1)),
    )
    .sort();
}

/** The sources as git sees them (tracked and new, not ignored), without dist/, and node_modules hard-linked. */
async function copySources(target: string): Promise<void> {
  const { stdout } = await run('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root });
  for (const file of stdout
    .split('\0')
    .filter((f) => f && !/(^|\/)dist\//.test(f) && existsSync(join(root, f)))) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(root, file), join(target, file));
  }
  await run('cp', ['-al', join(root, 'node_modules'), join(target, 'node_modules')]).catch(() =>
    cpSync(join(root, 'node_modules'), join(target, 'node_modules'), { recursive: true }),
  );
}

const work = mkdtempSync(join(tmpdir(), 'byok-reproducible-'));
const problems: string[] = [];
try {
  const tree = join(work, 'another', 'checkout');
  await copySources(tree);
  const started = Date.now();
  const { stdout } = await run('npx', [
    '-y',
    `node@${values.node}`,
    '-p',
    'process.execPath + " " + process.version',
  ]);
  const [node, version] = stdout.trim().split(' ') as [string, string];
  await run(node, [join(tree, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/bundle.ts'], {
    cwd: tree,
    env: {
      PATH: process.env.PATH,
      HOME: join(work, 'home'),
      XDG_CACHE_HOME: join(work, 'cache'),
      TZ: 'Pacific/Kiritimati',
      LANG: 'C',
    },
    maxBuffer: 16 * 1024 * 1024,
  });
  const ours = distFiles(root);
  const theirs = distFiles(tree);
  for (const file of new Set([...ours, ...theirs])) {
    if (!ours.includes(file)) problems.push(`${file}: only in the rebuild`);
    else if (!theirs.includes(file)) problems.push(`${file}: missing from the rebuild`);
    else if (!readFileSync(join(root, file)).equals(readFileSync(join(tree, file))))
      problems.push(`${file}: differs from the rebuild`);
  }
  const traces = [root.replace(/\/$/, ''), tree, homedir(), ...(hostname().length >= 6 ? [hostname()] : [])];
  for (const file of ours.filter((f) => !f.endsWith('.node'))) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const trace of traces) if (text.includes(trace)) problems.push(`${file}: contains "${trace}"`);
  }
  console.log(
    `check-reproducible: ${ours.length} files of ${new Set(ours.map((f) => f.split('/')[0])).size} bundles, ` +
      `rebuilt in ${tree} with Node ${version} (this checkout: ${root}, Node ${process.version}) in ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s: ${problems.length === 0 ? 'identical' : `${problems.length} differences`}`,
  );
} finally {
  if (values.keep) console.log(`check-reproducible: the rebuild stays in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(`check-reproducible:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
