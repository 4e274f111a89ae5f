import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';

/**
 * Which pkcs11js binding a bundle carries. Native code is per platform, so every bundle that reaches an HSM holds
 * one binary per supported host beside its JavaScript, `native/<platform>-<arch>/pkcs11.node`, listed in
 * `native/manifest.json` (docs/hsm-hosts.md). Run from source (tests, tsx scripts) there is no `native/` beside
 * the code and pkcs11js loads the binding `npm ci` put in its own build directory.
 */
export const NATIVE_DIR = 'native';

export function platformKey(platform: string = process.platform, arch: string = process.arch): string {
  return `${platform}-${arch}`;
}

/** The platforms `<bundleDir>/native/manifest.json` lists; undefined when the code does not run from a bundle. */
export function bundledPlatforms(bundleDir: string): string[] | undefined {
  const manifest = join(bundleDir, NATIVE_DIR, 'manifest.json');
  if (!existsSync(manifest)) return undefined;
  const { binaries } = JSON.parse(readFileSync(manifest, 'utf8')) as { binaries?: Record<string, unknown> };
  return Object.keys(binaries ?? {}).sort();
}

/** Stops, before pkcs11js tries to load native code, when the bundle in `bundleDir` has none for `host`. */
export function checkNativeBinding(bundleDir: string, host: string = platformKey()): void {
  const platforms = bundledPlatforms(bundleDir);
  if (platforms === undefined) return;
  const file = join(bundleDir, NATIVE_DIR, host, 'pkcs11.node');
  if (platforms.includes(host) && existsSync(file)) return;
  throw new ConfigurationError(
    'PKCS11_BINDING_UNAVAILABLE',
    `The PKCS#11 binding is not built for this host (${host}): this copy of byok carries ${
      platforms.length > 0 ? platforms.join(', ') : 'none'
    }${platforms.includes(host) ? `, but ${NATIVE_DIR}/${host}/pkcs11.node is missing` : ''}`,
    `Run the HSM step on one of those hosts, or build the binding on this one: npm ci && npm run build:native && ` +
      'npm run bundle in a byok checkout, then use that checkout (docs/hsm-hosts.md)',
  );
}
