// Builds every action's src/main.ts (and cli/src/main.ts when there is one) into its dist/ with @vercel/ncc: an ESM
// bundle, licenses.txt beside it (every bundled package must have a licence), and, for a bundle that reaches an HSM, the pkcs11js binding for each supported
// host in dist/native/ (copied from native/, digests checked). One build per core at a time.
// dist/ is committed; CI rebuilds the JavaScript and fails when it differs (.ci/run, check-dist.yml).
//
//   npm run bundle [-- action-wrap cli]   only these
import ncc from '@vercel/ncc';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { bundledPackages, licenceProblems, licensesTxt } from './bundle/licences.js';
import { SOURCES_FILE, sourcesDigest } from './bundle-sources.mjs';
import { readManifest, sha256Of } from './native/manifest.js';

const run = promisify(execFile);

/** Files ncc copies in that no path of byok runs, and why they may go. */
const DROPPED_ASSETS: Record<string, string> = {
  'xdg-open':
    "the `open` package's Linux fallback for showing a browser sign-in page; byok never opens a browser",
};

/** pkcs11js loads `./build/Release/pkcs11.node`; in a bundle that is native/pkcs11.cjs, which picks the host's. */
const NATIVE_REQUEST = './build/Release/pkcs11.node';
const NATIVE_LOADER = './native/pkcs11.cjs';

interface StatsModule {
  nameForCondition?: string;
  modules?: StatsModule[];
}

/**
 * Every source file in the bundle: concatenated modules' inner ones included, and those ncc restored from its cache
 * (stats leave both out by default); tree-shaken ones (orphans) left out.
 */
function moduleFiles(stats: { toJson(options: object): unknown }): Set<string> {
  const files = new Set<string>();
  const walk = (modules: StatsModule[] = []) => {
    for (const module of modules) {
      if (module.nameForCondition) files.add(module.nameForCondition);
      walk(module.modules);
    }
  };
  const json = stats.toJson({
    all: false,
    modules: true,
    modulesSpace: Infinity,
    nestedModules: true,
    nestedModulesSpace: Infinity,
    cachedModules: true,
  }) as { modules?: StatsModule[] };
  walk(json.modules);
  return files;
}

function copyNative(dist: string): void {
  const manifest = readManifest('native');
  if (manifest === undefined) throw new Error('native/manifest.json is missing: npm run build:native');
  mkdirSync(join(dist, 'native'));
  for (const file of ['manifest.json', 'pkcs11.cjs'])
    copyFileSync(join('native', file), join(dist, 'native', file));
  for (const [name, entry] of Object.entries(manifest.binaries)) {
    const source = join('native', entry.file);
    if (!existsSync(source) || sha256Of(source) !== entry.sha256)
      throw new Error(
        `${source} does not match native/manifest.json (${name}): npm run build:native -- --target ${name}`,
      );
    mkdirSync(join(dist, 'native', dirname(entry.file)), { recursive: true });
    copyFileSync(source, join(dist, 'native', entry.file));
  }
}

/** One bundle, in this process (the parent runs one child per bundle). */
async function bundleOne(dir: string): Promise<void> {
  const dist = join(dir, 'dist');
  const { code, assets, stats } = await ncc(join(process.cwd(), dir, 'src', 'main.ts'), {
    externals: { [NATIVE_REQUEST]: NATIVE_LOADER },
    // Type checking is `npm run typecheck`, once over every source; in each bundle it took half the build.
    transpileOnly: true,
    quiet: true,
  });
  const packages = bundledPackages(moduleFiles(stats));
  const problems = licenceProblems(packages).map((problem) => `${dir}: ${problem}`);
  if (problems.length > 0) throw new Error(problems.join('\n'));

  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.js'), code);
  writeFileSync(join(dist, 'licenses.txt'), licensesTxt(packages));
  // What the bundle was built from; the tests compare it with the checkout (emulators/runner/bundle-check.ts).
  writeFileSync(join(dist, SOURCES_FILE), `${sourcesDigest(dir)}\n`);
  let native = code.includes(NATIVE_LOADER);
  for (const [name, asset] of Object.entries(assets)) {
    if (name in DROPPED_ASSETS) continue;
    mkdirSync(dirname(join(dist, name)), { recursive: true });
    writeFileSync(join(dist, name), asset.source, { mode: asset.permissions });
    native ||= String(asset.source).includes(NATIVE_LOADER);
  }
  if (native) copyNative(dist);
  console.log(`bundled ${dist}${native ? ' (with native/)' : ''}`);
}

const only = process.argv.slice(2).filter((arg) => arg !== '--one');
if (process.argv.includes('--one')) {
  await bundleOne(only[0] as string).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
} else {
  const queue = [...readdirSync('.').filter((dir) => dir.startsWith('action-')), 'cli']
    .filter((dir) => existsSync(join(dir, 'src', 'main.ts')))
    .filter((dir) => only.length === 0 || only.includes(dir))
    .sort();
  const failures: string[] = [];
  const worker = async () => {
    for (let dir = queue.shift(); dir; dir = queue.shift()) {
      const child = run(process.execPath, [...process.execArgv, process.argv[1] as string, '--one', dir], {
        maxBuffer: 16 * 1024 * 1024,
      });
      child.child.stdout?.pipe(process.stdout);
      await child.catch((error: { stderr?: string }) => failures.push(error.stderr?.trim() || String(error)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
  if (failures.length > 0) {
    console.error(`bundle failed:\n${failures.join('\n')}`);
    process.exit(1);
  }
}
