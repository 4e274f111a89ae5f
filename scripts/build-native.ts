// Builds the pkcs11js binding (its C++ sources from node_modules, our compiler and flags) for each host byok
// supports, checks what each binary asks of its host, and records it in native/manifest.json (docs/hsm-hosts.md).
//
//   npm run build:native                          the binding for this host
//   npm run build:native -- --target win32-x64    one or more targets (--all: every target), cross-compiled here
//   npm run build:native -- --out DIR             into DIR/<target>/ instead of native/ (a check build)
//   npm run build:native -- --install             put this host's binding where pkcs11js loads it from source
//                                                 (node_modules/pkcs11js/build/Release), as `npm ci` does
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { describeFacts, inspectBinary, problemsOf } from './native/inspect.js';
import {
  readManifest,
  sha256Of,
  writeManifest,
  type BinaryEntry,
  type NativeManifest,
} from './native/manifest.js';
import { hostTarget, TARGET_NAMES, TARGETS, type Target, type TargetName } from './native/targets.js';

const run = promisify(execFile);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PKCS11JS = 'node_modules/pkcs11js';
const HEADERS = 'node_modules/node-api-headers';
/** Node-API 8: Node 12.22+, so every Node this project supports; pkcs11js needs nothing newer. */
const NODE_API_VERSION = 8;

/** The source files pkcs11js's binding.gyp compiles (read from it, so an upgrade that adds one is not missed). */
function pkcs11jsSources(): string[] {
  const gyp = readFileSync(join(root, PKCS11JS, 'binding.gyp'), 'utf8');
  const list = /"sources"\s*:\s*\[([^\]]*)\]/.exec(gyp)?.[1];
  const sources = [...(list ?? '').matchAll(/"([^"]+\.cpp)"/g)].map((match) => `${PKCS11JS}/${match[1]}`);
  if (sources.length === 0) throw new Error(`${PKCS11JS}/binding.gyp: no "sources" list found`);
  if (!gyp.includes('"NAPI_DISABLE_CPP_EXCEPTIONS"'))
    throw new Error(
      `${PKCS11JS}/binding.gyp: its defines changed; review the flags in scripts/build-native.ts`,
    );
  return sources;
}

async function compilerVersion(target: Target): Promise<string> {
  try {
    return (await run(target.compiler, ['--version'])).stdout.split('\n')[0] as string;
  } catch {
    throw new Error(
      `${target.name}: ${target.compiler} is not installed; on Debian or Ubuntu: apt-get install -y ${target.debianPackage}`,
    );
  }
}

/** MinGW links Node-API against node.exe through an import library made from node-api-headers' .def file. */
async function nodeImportLibrary(work: string): Promise<string> {
  const library = join(work, 'node_api.a');
  await run(
    'x86_64-w64-mingw32-dlltool',
    ['-d', `${HEADERS}/def/node_api.def`, '-l', library, '-m', 'i386:x86-64'],
    {
      cwd: root,
    },
  );
  return library;
}

async function build(name: TargetName, out: string): Promise<BinaryEntry> {
  const target = TARGETS[name];
  const started = Date.now();
  const compiler = await compilerVersion(target);
  const work = mkdtempSync(join(tmpdir(), `byok-native-${name}-`));
  try {
    const file = join(out, name, 'pkcs11.node');
    mkdirSync(dirname(file), { recursive: true });
    const libraries = target.format.kind === 'pe' ? [await nodeImportLibrary(work)] : [];
    const args = [
      '-shared',
      '-std=c++17',
      '-O2',
      '-fvisibility=hidden',
      `-ffile-prefix-map=${root}/=`,
      `-DNAPI_VERSION=${NODE_API_VERSION}`,
      '-DNAPI_DISABLE_CPP_EXCEPTIONS',
      `-I${HEADERS}/include`,
      `-I${PKCS11JS}/includes`,
      ...pkcs11jsSources(),
      ...libraries,
      ...target.flags,
      '-s',
      '-o',
      file,
    ];
    await run(target.compiler, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    const facts = await inspectBinary(file);
    const problems = problemsOf(target, facts);
    if (problems.length > 0) throw new Error(`${name}: ${relative(root, file)} ${problems.join('; ')}`);
    const entry: BinaryEntry = {
      file: `${name}/pkcs11.node`,
      sha256: sha256Of(file),
      bytes: statSync(file).size,
      compiler,
      needs: describeFacts(facts),
    };
    console.log(
      `built ${relative(process.cwd(), file)} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${entry.bytes} bytes, ${entry.needs}`,
    );
    return entry;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function pkcs11jsVersion(): string {
  return (JSON.parse(readFileSync(join(root, PKCS11JS, 'package.json'), 'utf8')) as { version: string })
    .version;
}

async function buildInto(out: string, names: TargetName[]): Promise<void> {
  const previous = readManifest(out);
  const manifest: NativeManifest = {
    pkcs11js: pkcs11jsVersion(),
    nodeApi: NODE_API_VERSION,
    // Entries of other targets stay only when they were built from the same pkcs11js.
    binaries: previous?.pkcs11js === pkcs11jsVersion() ? previous.binaries : {},
  };
  for (const name of names) manifest.binaries[name] = await build(name, out);
  writeManifest(out, manifest);
}

/** pkcs11js run from source (tests, tsx scripts) loads build/Release/pkcs11.node: the committed one when it fits. */
async function install(): Promise<void> {
  const host = hostTarget();
  const destination = join(root, PKCS11JS, 'build', 'Release', 'pkcs11.node');
  if (host === undefined) {
    console.warn(
      `byok: no pkcs11js binding for ${process.platform}-${process.arch} (byok builds ${TARGET_NAMES.join(', ')}); ` +
        'the HSM tests and `npm run demo` need one',
    );
    return;
  }
  const committed = readManifest(join(root, 'native'))?.binaries[host];
  const source = join(root, 'native', host, 'pkcs11.node');
  mkdirSync(dirname(destination), { recursive: true });
  if (committed && committed.sha256 === sha256Of(source)) {
    copyFileSync(source, destination);
    console.log(`byok: pkcs11js binding for ${host} from native/${committed.file}`);
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'byok-native-'));
  try {
    await build(host, out);
    copyFileSync(join(out, host, 'pkcs11.node'), destination);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: {
    target: { type: 'string', multiple: true },
    all: { type: 'boolean', default: false },
    out: { type: 'string' },
    install: { type: 'boolean', default: false },
  },
});

try {
  if (values.install) await install();
  else {
    const names = values.all
      ? TARGET_NAMES
      : ((values.target ?? [hostTarget()]) as (TargetName | undefined)[]);
    for (const name of names)
      if (name === undefined || !TARGET_NAMES.includes(name))
        throw new Error(
          `no such target ${name ?? `${process.platform}-${process.arch} (this host)`}; targets: ${TARGET_NAMES.join(', ')}`,
        );
    await buildInto(resolve(values.out ?? join(root, 'native')), names as TargetName[]);
  }
} catch (error) {
  console.error(`build-native: ${(error as Error).message}`);
  process.exit(1);
}
