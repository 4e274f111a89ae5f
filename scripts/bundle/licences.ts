import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/**
 * Every package inside a bundle must carry a licence, or be listed here with the reason it may ship without one
 * (name@version: an upgrade is reviewed again). licenses.txt beside each bundle is written from the same list: the
 * one ncc writes left out packages it had bundled (@actions/core, tunnel, undici).
 */
export const UNLICENSED_ALLOWED: Record<string, string> = {
  'buffers@0.1.1':
    'published with no licence field or file (0.1.1 is its only release); @actions/artifact extracts downloaded ' +
    'artifacts through unzip-stream -> binary -> buffers, the same code actions/download-artifact ships',
};

export interface BundledPackage {
  name: string;
  version: string;
  /** SPDX expression or type from package.json `license` / `licenses`; undefined when it declares none. */
  licence: string | undefined;
  /** The package's LICENSE / LICENCE / COPYING file, if it has one. */
  licenceText: string | undefined;
}

/** The package directory a bundled module file belongs to (the innermost node_modules/<name> or <@scope/name>). */
export function packageDirOf(file: string): string | undefined {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const length = parts[at + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, at + length).join(sep);
}

function licenceOf(manifest: Record<string, unknown>): string | undefined {
  const { license, licenses } = manifest as {
    license?: string | { type?: string };
    licenses?: { type?: string }[];
  };
  if (typeof license === 'string' && license.trim()) return license.trim();
  if (typeof license === 'object' && license?.type) return license.type;
  const types = (licenses ?? []).map((entry) => entry.type).filter(Boolean);
  return types.length > 0 ? types.join(' OR ') : undefined;
}

function licenceTextIn(dir: string): string | undefined {
  const file = readdirSync(dir)
    .filter((name) => /^(licen[cs]e|copying)([.-]|$)/i.test(name))
    .sort()[0];
  return file === undefined ? undefined : readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim();
}

/** The packages the module files of a bundle come from, with their declared licence. */
export function bundledPackages(moduleFiles: Iterable<string>): BundledPackage[] {
  const found = new Map<string, BundledPackage>();
  for (const file of moduleFiles) {
    const dir = packageDirOf(file);
    if (dir === undefined || found.has(dir)) continue;
    const manifestFile = join(dir, 'package.json');
    if (!existsSync(manifestFile)) throw new Error(`${dirname(file)}: no package.json above a bundled file`);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    found.set(dir, {
      name: String(manifest.name),
      version: String(manifest.version),
      licence: licenceOf(manifest),
      licenceText: licenceTextIn(dir),
    });
  }
  return [...found.values()].sort((a, b) => `${a.name}@${a.version}`.localeCompare(`${b.name}@${b.version}`));
}

/** The bundled packages that declare no licence and are not allowed to (UNLICENSED_ALLOWED). */
export function licenceProblems(packages: BundledPackage[]): string[] {
  return packages
    .map(({ name, version, licence }) => ({ id: `${name}@${version}`, licence }))
    .filter(({ id, licence }) => licence === undefined && !(id in UNLICENSED_ALLOWED))
    .map(
      ({ id }) =>
        `${id} declares no licence; replace it, or list it with the reason in UNLICENSED_ALLOWED (scripts/bundle/licences.ts)`,
    );
}

/** licenses.txt: per package its name, licence and licence text (the layout ncc uses). */
export function licensesTxt(packages: BundledPackage[]): string {
  const entries = packages.map(({ name, version, licence, licenceText }) => {
    const id = `${name}@${version}`;
    const note = id in UNLICENSED_ALLOWED ? `No licence declared: ${UNLICENSED_ALLOWED[id]}` : undefined;
    return [name, licence ?? '', licenceText ?? note ?? ''].join('\n');
  });
  return `${entries.join('\n\n')}\n`;
}
