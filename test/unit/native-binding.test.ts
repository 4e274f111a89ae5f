import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../shared/src/errors.js';
import { bundledPlatforms, checkNativeBinding, platformKey } from '../../shared/src/hsm/native-binding.js';
import { TARGET_NAMES } from '../../scripts/native/targets.js';

/** Which pkcs11js binding a bundle loads for the host, and the one error a host without one gets. */
let bundle: string;

function carry(platforms: string[], files = platforms): void {
  mkdirSync(join(bundle, 'native'), { recursive: true });
  const binaries = Object.fromEntries(platforms.map((p) => [p, { file: `${p}/pkcs11.node` }]));
  writeFileSync(join(bundle, 'native', 'manifest.json'), JSON.stringify({ binaries }));
  for (const platform of files) {
    mkdirSync(join(bundle, 'native', platform), { recursive: true });
    writeFileSync(join(bundle, 'native', platform, 'pkcs11.node'), 'binary');
  }
}

function refusal(host: string): ConfigurationError {
  try {
    checkNativeBinding(bundle, host);
  } catch (error) {
    return error as ConfigurationError;
  }
  throw new Error(`no error for ${host}`);
}

beforeEach(() => {
  bundle = mkdtempSync(join(tmpdir(), 'byok-native-binding-'));
});
afterEach(() => rmSync(bundle, { recursive: true, force: true }));

test('the key is process.platform-process.arch', () => {
  expect(platformKey('win32', 'x64')).toBe('win32-x64');
  expect(platformKey('linux', 'arm64')).toBe('linux-arm64');
  expect(platformKey()).toBe(`${process.platform}-${process.arch}`);
});

test('a host the bundle carries a binary for passes', () => {
  carry(['linux-arm64', 'linux-x64', 'win32-x64']);
  expect(() => checkNativeBinding(bundle, 'linux-x64')).not.toThrow();
  expect(() => checkNativeBinding(bundle, 'win32-x64')).not.toThrow();
  expect(bundledPlatforms(bundle)).toEqual(['linux-arm64', 'linux-x64', 'win32-x64']);
});

test('a host without one gets one ConfigurationError naming the platforms there are and how to build one', () => {
  carry(['linux-x64', 'win32-x64']);
  const error = refusal('darwin-arm64');
  expect(error).toBeInstanceOf(ConfigurationError);
  expect(error.code).toBe('PKCS11_BINDING_UNAVAILABLE');
  expect(error.message).toBe(
    'The PKCS#11 binding is not built for this host (darwin-arm64): this copy of byok carries linux-x64, win32-x64',
  );
  expect(error.hint).toContain('npm run build:native');
  expect(error.oneLine).not.toContain('\n');
});

test('a listed binary whose file is gone is refused too, not handed to pkcs11js', () => {
  carry(['linux-x64', 'linux-arm64'], ['linux-arm64']);
  expect(refusal('linux-x64').message).toContain('but native/linux-x64/pkcs11.node is missing');
});

test('code run from source (no native/ beside it) leaves the binding to pkcs11js', () => {
  expect(bundledPlatforms(bundle)).toBeUndefined();
  expect(() => checkNativeBinding(bundle, 'darwin-arm64')).not.toThrow();
});

test('the committed native/ carries exactly the targets byok builds, each with a digest', () => {
  const manifest = JSON.parse(readFileSync('native/manifest.json', 'utf8')) as {
    binaries: Record<string, { sha256: string }>;
  };
  expect(Object.keys(manifest.binaries).sort()).toEqual([...TARGET_NAMES].sort());
  for (const entry of Object.values(manifest.binaries)) expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
});
