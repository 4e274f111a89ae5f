import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bundledPackages,
  licenceProblems,
  licensesTxt,
  packageDirOf,
  UNLICENSED_ALLOWED,
} from '../../scripts/bundle/licences.js';

/** The licence gate of `npm run bundle`, over packages laid out as npm lays them out. */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'byok-licences-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function install(path: string, manifest: object, licence?: string): string {
  const dir = join(root, 'node_modules', path);
  mkdirSync(join(dir, 'lib'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'lib', 'index.js'), '');
  if (licence) writeFileSync(join(dir, 'LICENSE'), licence);
  return join(dir, 'lib', 'index.js');
}

test('a module file belongs to the innermost package, scoped or not', () => {
  expect(packageDirOf('/r/node_modules/@azure/identity/dist/esm/index.js')).toBe(
    '/r/node_modules/@azure/identity',
  );
  expect(packageDirOf('/r/node_modules/a/node_modules/b/x.js')).toBe('/r/node_modules/a/node_modules/b');
  expect(packageDirOf('/r/shared/src/errors.ts')).toBeUndefined();
});

test('a bundled package without a licence fails the bundle unless it is listed with a reason', () => {
  const files = [
    install('mit', { name: 'mit', version: '1.0.0', license: 'MIT' }, 'MIT text'),
    install('old-style', { name: 'old-style', version: '2.0.0', licenses: [{ type: 'BSD-3-Clause' }] }),
    install('none', { name: 'none', version: '0.0.1' }),
    install('buffers', { name: 'buffers', version: '0.1.1' }),
  ];
  const packages = bundledPackages([...files, join(root, 'shared', 'src', 'x.ts')]);
  expect(packages.map((p) => [p.name, p.licence])).toEqual([
    ['buffers', undefined],
    ['mit', 'MIT'],
    ['none', undefined],
    ['old-style', 'BSD-3-Clause'],
  ]);
  expect(licenceProblems(packages)).toEqual([
    'none@0.0.1 declares no licence; replace it, or list it with the reason in UNLICENSED_ALLOWED (scripts/bundle/licences.ts)',
  ]);
});

test('an allowed package is allowed at its reviewed version only', () => {
  const packages = bundledPackages([install('buffers', { name: 'buffers', version: '0.1.2' })]);
  expect(Object.keys(UNLICENSED_ALLOWED)).toEqual(['buffers@0.1.1']);
  expect(licenceProblems(packages)).toHaveLength(1);
});

test('licenses.txt names every bundled package with its licence text, and the reason where there is none', () => {
  const packages = bundledPackages([
    install('@scope/pkg', { name: '@scope/pkg', version: '1.0.0', license: 'Apache-2.0' }, 'Apache text\r\n'),
    install('buffers', { name: 'buffers', version: '0.1.1' }),
  ]);
  const text = licensesTxt(packages);
  expect(text).toBe(
    `@scope/pkg\nApache-2.0\nApache text\n\nbuffers\n\nNo licence declared: ${UNLICENSED_ALLOWED['buffers@0.1.1']}\n`,
  );
});
