import { Ajv } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Every action.yml against the metadata schema (scripts/action-schema/action.schema.json, after GitHub's metadata
 * syntax reference): Marketplace refuses an action whose branding uses an excluded icon, GitHub one whose runs or
 * inputs are malformed.
 */
const schema = JSON.parse(readFileSync('scripts/action-schema/action.schema.json', 'utf8')) as object;
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
const actions = readdirSync('.').filter((dir) => dir.startsWith('action-'));

function problems(metadata: unknown): string[] {
  return validate(metadata)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`.trim());
}

function metadataOf(action: string): Record<string, unknown> {
  return parse(readFileSync(join(action, 'action.yml'), 'utf8')) as Record<string, unknown>;
}

test('there are four actions', () => {
  expect(actions.sort()).toEqual([
    'action-import',
    'action-kek-create',
    'action-kek-download',
    'action-wrap',
  ]);
});

test.each(actions)('%s/action.yml passes the schema', (action) => {
  expect(problems(metadataOf(action))).toEqual([]);
});

test('the schema refuses what GitHub refuses', () => {
  const good = metadataOf('action-kek-create');
  const branding = good.branding as Record<string, string>;
  expect(problems({ ...good, branding: { ...branding, icon: 'key' } })).toEqual([
    '/branding/icon must be equal to one of the allowed values',
  ]);
  expect(problems({ ...good, branding: { ...branding, icon: 'github' } })).toHaveLength(1);
  expect(problems({ ...good, branding: { ...branding, color: 'pink' } })).toHaveLength(1);
  expect(problems({ ...good, runs: { using: 'node12', main: 'dist/index.js' } })).toHaveLength(1);
  expect(problems({ ...good, inputs: { 'key-name': { required: true } } })).toEqual([
    "/inputs/key-name must have required property 'description'",
  ]);
  const unbranded = { ...good };
  delete unbranded.branding;
  expect(problems(unbranded)).toEqual(["must have required property 'branding'"]);
});

test('every action has its own icon', () => {
  const icons = actions.map((action) => (metadataOf(action).branding as { icon: string }).icon);
  expect(new Set(icons).size).toBe(actions.length);
});
