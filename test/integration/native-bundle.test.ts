import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runStep } from '../../emulators/runner/run-action.js';
import { createSoftHsmToken, type SoftHsmToken } from '../../emulators/softhsm/token.js';
import { makeKek, PIN } from './wrap-helpers.js';

/**
 * The bundles as shipped (run `npm run bundle` first): what they carry, what they leave out, and the pkcs11js
 * binding action-wrap loads for the host, from a copy of dist/ outside the repository.
 */
const run = promisify(execFile);
const bundles = readdirSync('.').filter((dir) => existsSync(join(dir, 'dist', 'index.js')));
const host = `${process.platform}-${process.arch}`;
let token: SoftHsmToken;
let work: string;

beforeAll(async () => {
  token = await createSoftHsmToken({ label: 'native-bundle', pin: PIN });
  work = mkdtempSync(join(tmpdir(), 'byok-native-bundle-'));
});
afterAll(async () => {
  await token?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

// Digests, not bytes: a deep equality of two binaries walks them byte by byte (3.5 CPU-seconds here).
const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' });
}

test('every bundle is there', () => {
  expect(bundles).toEqual(
    expect.arrayContaining(['action-import', 'action-kek-create', 'action-kek-download', 'action-wrap']),
  );
});

test.each(bundles)(
  '%s/dist ships no file that no path runs, and native code only under native/',
  (bundle) => {
    const files = filesOf(join(bundle, 'dist'));
    expect(files.filter((file) => /(^|\/)xdg-open$/.test(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.node') && !file.startsWith('native/'))).toEqual([]);
  },
);

test('only the bundles that reach an HSM carry the binding, one per target, as native/ has it', () => {
  const carrying = bundles.filter((bundle) => existsSync(join(bundle, 'dist', 'native')));
  // action-wrap, and the command line that wraps on an offline host.
  expect(carrying).toEqual(['action-wrap', 'cli']);
  for (const bundle of carrying) {
    expect(readFileSync(`${bundle}/dist/native/manifest.json`, 'utf8')).toBe(
      readFileSync('native/manifest.json', 'utf8'),
    );
    for (const target of ['linux-x64', 'linux-arm64', 'win32-x64'])
      expect([target, sha256Of(`${bundle}/dist/native/${target}/pkcs11.node`)]).toEqual([
        target,
        sha256Of(`native/${target}/pkcs11.node`),
      ]);
  }
});

test.each(bundles)(
  '%s/dist/licenses.txt names the packages ncc left out, and says why buffers has no licence',
  (bundle) => {
    const licences = readFileSync(join(bundle, 'dist', 'licenses.txt'), 'utf8').split('\n');
    // The command line bundles no GitHub toolkit; the actions all do, with what ncc's own list left out.
    const leftOut =
      bundle === 'cli' ? ['@azure/identity', 'pkcs11js'] : ['@actions/core', 'undici', 'tunnel'];
    expect(licences).toEqual(expect.arrayContaining(leftOut));
    const buffers = licences.indexOf('buffers');
    if (buffers >= 0)
      expect(licences[buffers + 2]).toMatch(/^No licence declared: published with no licence/);
  },
);

test('every shipped binary matches its digest, format and glibc baseline (check-native files)', async () => {
  const { stdout } = await run('npx', ['tsx', 'scripts/check-native.ts', 'files']);
  expect(stdout).toContain(
    'action-wrap/dist/native/linux-x64/pkcs11.node: elf Advanced Micro Devices X86-64',
  );
  expect(stdout).toMatch(/linux-x64\/pkcs11\.node: .*newest GCC_3\.0 GLIBC_2\.14 /);
}, 60_000);

test('action-wrap on a host it carries no binding for stops with one line naming the hosts it has', async () => {
  const action = join(work, 'action-wrap');
  cpSync('action-wrap/action.yml', join(action, 'action.yml'));
  cpSync('action-wrap/dist', join(action, 'dist'), { recursive: true });
  const manifestFile = join(action, 'dist', 'native', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { binaries: Record<string, unknown> };
  delete manifest.binaries[host];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  const kek = await makeKek(join(work, 'kek'));
  const output = join(work, 'never.byok');
  const result = await runStep(action, {
    workspace: join(work, 'workspace'),
    env: token.env,
    inputs: {
      'pkcs11-module': token.module,
      pin: PIN,
      'token-label': token.label,
      'key-label': 'k',
      generate: 'true',
      'key-type': 'oct',
      'kek-file': kek.pemPath,
      'byok-artifact': '',
      output,
    },
  });
  expect(result.exitCode).toBe(1);
  expect(result.errors).toEqual([
    expect.stringMatching(
      new RegExp(
        `^The PKCS#11 binding is not built for this host \\(${host}\\): this copy of byok carries [a-z0-9, -]+\\. .*npm run build:native`,
      ),
    ),
  ]);
  expect(existsSync(output)).toBe(false);
});

test('the binding loads from a copy of action-wrap outside the repository and passes the wrap known-answer test', async () => {
  const { stdout } = await run('npx', ['tsx', 'scripts/check-native.ts', 'load', 'kat'], {
    timeout: 120_000,
  });
  expect(stdout).toContain('action-wrap: known-answer test and wrap against SoftHSM pass');
}, 150_000);
