import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'emulators/managed-hsm';

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiers(source: string): string[] {
  const found = [...source.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1],
  );
  const dynamic = [...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
  return [...found, ...dynamic].filter((s): s is string => s !== undefined);
}

/**
 * The Managed HSM emulator is the judge of the product's files and requests: it must not read them with the
 * product's own code. It imports Node, npm packages and its own modules, nothing from shared/ or the actions.
 */
test('the Managed HSM emulator imports none of the product code', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
  expect(files.length).toBeGreaterThan(10);
  const outside = files.flatMap((file) =>
    specifiers(readFileSync(join(DIR, file), 'utf8'))
      .filter((s) => s.startsWith('.') && !/^\.\/[\w-]+\.js$/.test(s))
      .map((s) => `${file}: ${s}`),
  );
  expect(outside).toEqual([]);
});
