import { readFileSync } from 'node:fs';
import { minVersion, satisfies } from 'semver';

/**
 * What package.json promises about installing byok: npm runs exactly the install scripts allowScripts names (so
 * `npm ci --strict-allow-scripts`, a policy a bank may enforce, passes; .ci/run runs it), and `engines` names a Node
 * every dependency accepts. The README says the same Node versions.
 */
interface Locked {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  hasInstallScript?: boolean;
  engines?: { node?: string } | string[];
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  allowScripts: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Locked> };
const installed = Object.entries(lock.packages).filter(([path]) => path !== '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

test('allowScripts decides, yes or no, for exactly the packages that have install scripts', () => {
  const withScripts = [
    ...new Set(installed.filter(([, p]) => p.hasInstallScript).map(([path]) => nameOf(path))),
  ];
  const decided = Object.keys(pkg.allowScripts).map((entry) => entry.replace(/(.)@.*$/, '$1'));
  expect(decided.sort()).toEqual(withScripts.sort());
});

test('only the Node binary that npm run scripts use may run its install script', () => {
  // pkcs11js: the binding is built by scripts/build-native.ts (postinstall: the committed one for this host);
  // esbuild finds its binary in @esbuild/<platform> without its postinstall; @parcel/watcher's only builds from
  // source on request.
  expect(pkg.allowScripts).toEqual({ node: true, '@parcel/watcher': false, esbuild: false, pkcs11js: false });
});

test('engines asks for a Node that every runtime and build dependency accepts', () => {
  const lowest = minVersion(pkg.engines.node)?.version as string;
  const refusing = installed
    .filter(([, p]) => !p.optional && p.engines && !Array.isArray(p.engines) && p.engines.node)
    .filter(([, p]) => !satisfies(lowest, (p.engines as { node: string }).node))
    .map(([path, p]) => `${nameOf(path)}@${p.version} needs node ${(p.engines as { node: string }).node}`);
  expect(refusing).toEqual([]);
});

test('the README gives the same Node versions as engines', () => {
  const readme = readFileSync('README.md', 'utf8');
  const lowest = minVersion(pkg.engines.node);
  expect(readme).toContain(`Node.js ${lowest?.major}${lowest?.minor ? `.${lowest.minor}` : ''} or newer`);
  expect(readme).not.toMatch(/Node\.js 20 or newer/);
});
