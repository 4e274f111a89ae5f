import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the code and docs cite is in the repository: a comment that points a reader at a document names one of ours,
 * and the section it names (`docs/byok-format.md "Limits"`) is a heading there.
 */
const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage', 'native']);
const THIS_FILE = join('test', 'unit', 'citations.test.ts');

function sources(dir = '.'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sources(path);
    return /\.(ts|md|ya?ml|sh)$/.test(entry.name) && path !== THIS_FILE ? [path] : [];
  });
}

const files = sources().map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** The reference notes the project was planned from: they are not in the repository, so nothing may cite them. */
const OUTSIDE = [['BYOK', 'SPEC'].join('-'), ['STAND', 'INS'].join('-'), 'DESIGN' + '.md'];

test('nothing cites a document that is not in the repository', () => {
  const cited = files.flatMap(({ path, text }) =>
    OUTSIDE.filter((name) => text.includes(name)).map((name) => `${path}: ${name}`),
  );
  expect(cited).toEqual([]);
});

test('every cited section of a project document is a heading of it', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const { path, text } of files) {
    for (const match of text.matchAll(/((?:docs\/[\w-]+|emulators\/README)\.md) "([^"]+)"/g)) {
      const [, doc = '', section = ''] = match;
      checked += 1;
      if (!existsSync(doc)) wrong.push(`${path}: ${doc} does not exist`);
      else if (
        !readFileSync(doc, 'utf8')
          .split('\n')
          .some((line) => /^#+ /.test(line) && line.includes(section))
      )
        wrong.push(`${path}: ${doc} has no heading "${section}"`);
    }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThan(10);
});
