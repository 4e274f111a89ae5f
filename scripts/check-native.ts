// Checks the shipped pkcs11js bindings (docs/hsm-hosts.md). Steps, all by default:
//   files  every native/ (the committed one and each */dist/native): each binary matches its manifest digest, is
//          the format its target needs, asks no newer glibc/libstdc++ than the baseline; no other .node in any dist/
//   load   this host's binary loads into this Node from every bundle that carries it, and runs native code
//   kat    action-wrap, copied outside the repository, wraps a key it generates in a throw-away SoftHSM token: the
//          binding loads, the wrap's known-answer test passes, and the .byok unwraps with Node crypto
//
//   npm run check:native [-- files load kat] [-- --binary FILE]   FILE: a fresh build, checked in place of the
//                                                                  committed binary for this host (load and kat)
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { createSoftHsmToken } from '../emulators/softhsm/token.js';
import { runStep } from '../emulators/runner/run-action.js';
import { makeKek, readByok, unwrapCiphertext } from '../test/integration/wrap-helpers.js';
import { inspectBinary, problemsOf, describeFacts } from './native/inspect.js';
import { readManifest, sha256Of } from './native/manifest.js';
import { hostTarget, TARGETS, type TargetName } from './native/targets.js';

const run = promisify(execFile);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The committed native/ and every bundle's copy of it. */
function nativeDirs(): string[] {
  const bundles = readdirSync(root)
    .map((dir) => join(root, dir, 'dist', 'native'))
    .filter((dir) => existsSync(dir));
  return [join(root, 'native'), ...bundles];
}

function nodeFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.node'))
    .map((name) => join(dir, name));
}

async function checkFiles(): Promise<string[]> {
  const problems: string[] = [];
  for (const dir of nativeDirs()) {
    const manifest = readManifest(dir);
    const where = relative(root, dir);
    if (manifest === undefined) {
      problems.push(`${where}: no manifest.json`);
      continue;
    }
    for (const [name, entry] of Object.entries(manifest.binaries)) {
      const file = join(dir, entry.file);
      if (!existsSync(file)) {
        problems.push(`${where}/${entry.file}: missing`);
        continue;
      }
      if (sha256Of(file) !== entry.sha256)
        problems.push(`${where}/${entry.file}: sha256 differs from manifest.json`);
      const facts = await inspectBinary(file);
      for (const problem of problemsOf(TARGETS[name as TargetName], facts))
        problems.push(`${where}/${entry.file}: ${problem}`);
      console.log(`${where}/${entry.file}: ${describeFacts(facts)}`);
    }
  }
  // A .node anywhere else in a bundle (say a stale dist/build/Release/pkcs11.node) is native code nobody checks.
  const listed = new Set(
    nativeDirs().flatMap((dir) =>
      Object.values(readManifest(dir)?.binaries ?? {}).map((e) => join(dir, e.file)),
    ),
  );
  for (const dir of readdirSync(root).map((name) => join(root, name, 'dist')))
    if (existsSync(dir))
      for (const file of nodeFilesUnder(dir))
        if (!listed.has(file)) problems.push(`${relative(root, file)}: a .node file no manifest lists`);
  return problems;
}

/** Loads the bundle's binding for this host in a fresh Node and calls into it (loading a library that is not there). */
async function checkLoad(dir: string): Promise<string | undefined> {
  const script = `
    const { PKCS11 } = require(process.argv[1]);
    try { new PKCS11().load(process.argv[2]); } catch (error) { console.log(error.message); process.exit(0); }
    process.exit(3);`;
  try {
    const missing = join(dir, 'no-such-pkcs11-module.so');
    const { stdout } = await run(process.execPath, ['-e', script, join(dir, 'pkcs11.cjs'), missing]);
    console.log(`${relative(root, dir) || dir}: loads in Node ${process.version} (${stdout.trim()})`);
    return undefined;
  } catch (error) {
    return `${relative(root, dir) || dir}: does not load in Node ${process.version}: ${(error as { stderr?: string }).stderr ?? String(error)}`;
  }
}

/** action-wrap outside the repository (its dist/ as shipped, or with `binary` as this host's binding). */
function actionCopy(work: string, host: TargetName, binary: string | undefined): string {
  const action = join(work, 'action-wrap');
  cpSync(join(root, 'action-wrap', 'action.yml'), join(action, 'action.yml'));
  cpSync(join(root, 'action-wrap', 'dist'), join(action, 'dist'), { recursive: true });
  if (binary !== undefined) cpSync(binary, join(action, 'dist', 'native', host, 'pkcs11.node'));
  return action;
}

async function checkKnownAnswer(action: string, work: string): Promise<string | undefined> {
  const token = await createSoftHsmToken({ label: 'byok-native-check' });
  try {
    const kek = await makeKek(join(work, 'kek'));
    const output = join(work, 'check.byok');
    const step = await runStep(action, {
      workspace: join(work, 'workspace'),
      env: token.env,
      inputs: {
        'pkcs11-module': token.module,
        pin: token.pin,
        'token-label': token.label,
        'key-label': 'native-check',
        generate: 'true',
        'key-type': 'oct',
        'key-size': '256',
        'kek-file': kek.pemPath,
        'byok-artifact': '',
        output,
      },
    });
    if (step.exitCode !== 0)
      return `action-wrap failed (exit ${step.exitCode}): ${step.errors.join(' ') || step.stderr}`;
    const key = unwrapCiphertext((await readByok(output)).ciphertext, kek);
    if (key.length !== 32) return `the .byok unwrapped to ${key.length} bytes, not an AES-256 key`;
    console.log(`action-wrap: known-answer test and wrap against SoftHSM pass in Node ${process.version}`);
    return undefined;
  } finally {
    await token.cleanup();
  }
}

const { values, positionals } = parseArgs({
  options: { binary: { type: 'string' } },
  allowPositionals: true,
});
const steps = new Set(positionals.length > 0 ? positionals : ['files', 'load', 'kat']);
const problems: string[] = [];
const host = hostTarget();
const binary = values.binary === undefined ? undefined : resolve(values.binary);

if (steps.has('files')) problems.push(...(await checkFiles()));
if ((steps.has('load') || steps.has('kat')) && host === undefined)
  problems.push(`no binding is built for this host (${process.platform}-${process.arch}); nothing to load`);
if (host !== undefined && (steps.has('load') || steps.has('kat'))) {
  const work = mkdtempSync(join(tmpdir(), 'byok-native-check-'));
  try {
    const action = actionCopy(work, host, binary);
    if (steps.has('load')) {
      const dirs = binary === undefined ? nativeDirs().filter((dir) => dir !== join(root, 'native')) : [];
      for (const dir of [...dirs, join(action, 'dist', 'native')]) {
        const problem = await checkLoad(dir);
        if (problem) problems.push(problem);
      }
    }
    if (steps.has('kat')) {
      const problem = await checkKnownAnswer(action, work);
      if (problem) problems.push(problem);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (problems.length > 0) {
  console.error(`check-native:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
