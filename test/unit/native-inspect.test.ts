import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compareVersions, inspectBinary, newestVersions, problemsOf } from '../../scripts/native/inspect.js';
import { TARGETS } from '../../scripts/native/targets.js';

/**
 * What a shipped binding may ask of its host, read from the real binaries: the committed ones pass, one built the
 * way node-gyp built it at `npm ci` (system libstdc++, dl* from glibc 2.34) is refused, and so is a binary of the
 * wrong platform.
 */
const run = promisify(execFile);
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'byok-native-inspect-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('versions compare numerically', () => {
  expect(compareVersions('2.28', '2.3')).toBe(1);
  expect(compareVersions('3.4.21', '3.4.25')).toBe(-1);
  expect(compareVersions('2.17', '2.17.0')).toBe(0);
});

test('the newest needed version per prefix comes from the version needs, not the definitions', () => {
  const readelf = [
    "Version definition section '.gnu.version_d' contains 1 entry:",
    '  000000: Rev: 1  Flags: BASE  Index: 1  Cnt: 1  Name: GLIBC_9.99',
    "Version needs section '.gnu.version_r' contains 2 entries:",
    '  000000: Version: 1  File: libc.so.6  Cnt: 3',
    '  0x0010:   Name: GLIBC_2.3  Flags: none  Version: 4',
    '  0x0020:   Name: GLIBC_2.14  Flags: none  Version: 3',
    '  0x0030:   Name: GLIBC_2.2.5  Flags: none  Version: 2',
    '  0x0040: Version: 1  File: libstdc++.so.6  Cnt: 2',
    '  0x0050:   Name: GLIBCXX_3.4.21  Flags: none  Version: 6',
    '  0x0060:   Name: CXXABI_1.3.9  Flags: none  Version: 5',
  ].join('\n');
  expect(newestVersions(readelf)).toEqual({ GLIBC: '2.14', GLIBCXX: '3.4.21', CXXABI: '1.3.9' });
});

test.each(['linux-x64', 'linux-arm64', 'win32-x64'] as const)(
  'the committed %s binary is fit to ship',
  async (name) => {
    const facts = await inspectBinary(join('native', name, 'pkcs11.node'));
    expect(problemsOf(TARGETS[name], facts)).toEqual([]);
    expect(facts.registersModule).toBe(true);
    if (name !== 'win32-x64')
      expect(compareVersions(facts.newest.GLIBC ?? '0', '2.28')).toBeLessThanOrEqual(0);
    else
      expect(facts.imports.map((dll) => dll.toUpperCase()).sort()).toEqual([
        'KERNEL32.DLL',
        'MSVCRT.DLL',
        'NODE.EXE',
      ]);
  },
);

test('a binary of another platform is refused for the target', async () => {
  const arm = await inspectBinary(join('native', 'linux-arm64', 'pkcs11.node'));
  expect(problemsOf(TARGETS['linux-x64'], arm)).toContainEqual(
    expect.stringContaining('is elf AArch64, not elf'),
  );
  const windows = await inspectBinary(join('native', 'win32-x64', 'pkcs11.node'));
  expect(problemsOf(TARGETS['linux-x64'], windows)[0]).toContain('is pe i386:x86-64');
});

test('the binding as node-gyp built it on this machine needs GLIBC_2.34 and is refused', async () => {
  const file = join(work, 'plain.node');
  const pkcs11js = 'node_modules/pkcs11js';
  await run('g++', [
    '-shared',
    '-fPIC',
    '-O2',
    '-std=c++17',
    '-DNAPI_VERSION=8',
    '-DNAPI_DISABLE_CPP_EXCEPTIONS',
    '-Inode_modules/node-api-headers/include',
    `-I${pkcs11js}/includes`,
    ...['dl', 'common', 'main'].map((source) => `${pkcs11js}/src/${source}.cpp`),
    '-o',
    file,
  ]);
  const facts = await inspectBinary(file);
  expect(facts.newest.GLIBC).toBe('2.34');
  expect(problemsOf(TARGETS['linux-x64'], facts)).toContain(
    'needs GLIBC_2.34, newer than the baseline GLIBC_2.28',
  );
}, 120_000);

test('a file that is no binary at all is refused', async () => {
  const facts = await inspectBinary('package.json');
  expect(facts.format).toBe('unknown');
  expect(problemsOf(TARGETS['linux-x64'], facts)).toContainEqual(
    expect.stringContaining('not a Node-API addon'),
  );
});
