import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * The import graph of the product (shared/src, the actions' src, cli/src) against the plan in docs/design.md
 * "Layering": an arrow the table does not list fails, and so does a listed arrow nothing uses any more.
 */
const LEAVES = ['shared/src/errors', 'shared/src/logger', 'shared/src/json', 'shared/src/secret-forms'];

function areaOf(file: string): string {
  if (file.startsWith('shared/src/')) {
    const parts = file.slice('shared/src/'.length).split('/');
    return `shared/src/${(parts[0] as string).replace(/\.ts$/, '')}`;
  }
  if (/^action-[^/]+\/src\//.test(file)) return 'action-*/src';
  if (file.startsWith('cli/src/')) return 'cli/src';
  if (file.startsWith('emulators/')) return 'emulators';
  // A library's own module imported by file (its exports map hides it) is still that library.
  const library = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (library) return library[1] as string;
  return file;
}

function productFiles(): string[] {
  return execFileSync('git', ['ls-files'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => /^(shared\/src|action-[^/]+\/src|cli\/src)\/.*\.ts$/.test(file));
}

/** Every import and re-export, static or dynamic, as [from file, to area]. */
function imports(): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const file of productFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g,
    )) {
      const spec = (match[1] ?? match[2]) as string;
      if (spec.startsWith('node:')) continue;
      const to = spec.startsWith('.')
        ? areaOf(normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts'))
        : spec.startsWith('@')
          ? spec.split('/').slice(0, 2).join('/')
          : (spec.split('/')[0] as string);
      found.push([file, to]);
    }
  }
  return found;
}

function plan(): Map<string, Set<string>> {
  const text = readFileSync('docs/design.md', 'utf8');
  const section = text.slice(text.indexOf('## Layering'));
  const table = new Map<string, Set<string>>();
  for (const line of section.split('\n')) {
    const row = /^\| `([^`]+)`\s*\|(.*)\|$/.exec(line);
    if (!row) continue;
    table.set(
      row[1] as string,
      new Set([...(row[2] as string).matchAll(/`([^`]+)`/g)].map((m) => m[1] as string)),
    );
  }
  return table;
}

test('docs/design.md has a layering row for every area of the product', () => {
  const areas = new Set(
    productFiles()
      .map(areaOf)
      .filter((area) => !LEAVES.includes(area)),
  );
  expect([...areas].filter((area) => !plan().has(area))).toEqual([]);
});

test('every import follows an arrow of the plan, and every arrow of the plan is used', () => {
  const table = plan();
  const used = new Set<string>();
  const unplanned: string[] = [];
  for (const [file, to] of imports()) {
    const from = areaOf(file);
    if (from === to || LEAVES.includes(to)) continue;
    if (LEAVES.includes(from)) {
      unplanned.push(`${file} -> ${to} (a leaf imports nothing of byok's)`);
      continue;
    }
    if (table.get(from)?.has(to)) used.add(`${from} -> ${to}`);
    else unplanned.push(`${file} -> ${to}`);
  }
  expect(unplanned).toEqual([]);
  const stale = [...table].flatMap(([from, tos]) =>
    [...tos].filter((to) => !used.has(`${from} -> ${to}`)).map((to) => `${from} -> ${to}`),
  );
  expect(stale).toEqual([]);
});

test('the stand-ins reach the command line only through the demo, and no action bundles them', () => {
  const toEmulators = imports()
    .filter(([, to]) => to === 'emulators')
    .map(([file]) => file);
  expect([...new Set(toEmulators)]).toEqual(['cli/src/commands/demo-run.ts']);
});

test('only shared/src/action and shared/src/transfer import the GitHub Actions toolkit', () => {
  const offenders = imports()
    .filter(([, to]) => to.startsWith('@actions/'))
    .map(([file]) => file)
    .filter((file) => !/^shared\/src\/(action|transfer)\//.test(file));
  expect(offenders).toEqual([]);
});
