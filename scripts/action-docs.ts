// Regenerates the inputs/outputs tables in each action's README from its action.yml, between the markers
// <!-- action-docs --> and <!-- /action-docs -->. `--check` exits 1 when a README is out of date.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';

interface Manifest {
  inputs?: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs?: Record<string, { description: string }>;
}

const cell = (text: string) =>
  text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

export function actionTables(manifest: Manifest): string {
  const inputs = Object.entries(manifest.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.default === undefined ? '' : `\`${spec.default}\``} | ${cell(spec.description)} |`,
  );
  const outputs = Object.entries(manifest.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
  );
  return [
    '### Inputs',
    '',
    '| input | default | description |',
    '|---|---|---|',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| output | description |',
    '|---|---|',
    ...outputs,
  ].join('\n');
}

const check = process.argv.includes('--check');
let stale = 0;
for (const dir of readdirSync('.').filter(
  (d) => d.startsWith('action-') && existsSync(join(d, 'action.yml')),
)) {
  const readmePath = join(dir, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const manifest = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as Manifest;
  const replaced = readme.replace(
    /<!-- action-docs -->[\s\S]*?<!-- \/action-docs -->/,
    `<!-- action-docs -->\n${actionTables(manifest)}\n<!-- /action-docs -->`,
  );
  // Formatted as `prettier --write` would, so the lint check and this check agree.
  const updated = await format(replaced, { ...(await resolveConfig(readmePath)), filepath: readmePath });
  if (updated === readme) continue;
  stale++;
  if (check) console.error(`${readmePath} is out of date with ${dir}/action.yml: run npm run docs`);
  else writeFileSync(readmePath, updated);
}
if (check && stale > 0) process.exit(1);
