import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { readInputFile } from '../files/input-files.js';
import {
  boolean,
  choice,
  ckaId,
  inputsFrom,
  keyName,
  label as labelRule,
  tags as tagsRule,
  validity,
} from '../inputs/rules.js';
import { specToGenerate, targetInputs, type TargetInputs } from '../inputs/target.js';
import { FieldReader, invalid, type Field } from './list-fields.js';

/**
 * The key list of a migration: a YAML (or JSON, which YAML reads too) file naming every key of one ceremony, with
 * list-level defaults (docs/key-list.md). Every value is checked up front by the rule functions the single-key inputs
 * use (inputs/rules.ts, inputs/target.ts), and every refusal names the file, the line and the key.
 */
export interface KeyListEntry {
  /** 1-based line of the entry in the file. */
  line: number;
  /** The Key Vault key name. */
  name: string;
  /** CKA_LABEL in the source HSM (default: the name) and CKA_ID. */
  label: string;
  id?: Buffer;
  target: TargetInputs;
  generate: boolean;
  enabled: boolean;
  notBefore?: Date;
  expiresOn?: Date;
  tags?: Record<string, string>;
  ifExists: 'converge' | 'new-version';
}

export interface KeyList {
  /** The path as given. */
  file: string;
  /** sha256:<hex> of the file's bytes: the kek job's key-list-sha256 output binds the list the later jobs read. */
  sha256: string;
  /** The bytes that were checked: what a job passes on to the next is exactly these. */
  bytes: Buffer;
  entries: KeyListEntry[];
}

/** The service holds 5,000 keys per Managed HSM (docs/byok-format.md "Limits"). */
export const MAX_LIST_KEYS = 5000;
const MAX_LIST_BYTES = 4 * 1024 * 1024;

const IDENTITY_FIELDS = ['name', 'label', 'key-id'] as const;
const DEFAULT_FIELDS = [
  'type',
  'size',
  'curve',
  'generate',
  'key-ops',
  'tags',
  'not-before',
  'expires',
  'if-exists',
  'enabled',
] as const;
const ENTRY_FIELDS: readonly string[] = [...IDENTITY_FIELDS, ...DEFAULT_FIELDS];
const TOP_FIELDS = ['version', 'defaults', 'keys'];

/** Reads the list named by `input`; with `sha256`, the file must be exactly the one that digest names. */
export async function readKeyList(input: string, path: string, sha256?: string): Promise<KeyList> {
  const bytes = await readInputFile(input, path, MAX_LIST_BYTES);
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (sha256 !== undefined && digest !== sha256)
    throw new ConfigurationError(
      'KEY_LIST_TAMPERED',
      `Input "${input}": ${path} has digest ${digest}, not ${sha256} (input "key-list-sha256"): it is not the list the kek job checked`,
      'The key list changed on its way between the jobs: stop, and find out how',
    );
  return { file: path, sha256: digest, bytes, entries: await parseKeyList(bytes.toString('utf8'), path) };
}

/** Parses and checks a key list; `file` names it in messages. */
export async function parseKeyList(text: string, file: string): Promise<KeyListEntry[]> {
  const yaml = await import('yaml');
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first)
    throw invalid(
      `Key list ${file} line ${first.linePos?.[0].line ?? 1}`,
      `not valid YAML or JSON (${first.message.split('\n')[0]?.trim()})`,
      'Fix the syntax at that line (docs/key-list.md shows the format)',
    );
  const reader = new FieldReader(yaml, lines, file);
  const top = reader.pairs(doc.contents, TOP_FIELDS, 'the key list');
  const version = top.get('version');
  if (version && reader.text(version, 'version', 'the key list') !== '1')
    throw invalid(reader.at(version), '"version" is not 1', 'Set version: 1, or leave it out');
  const defaultsNode = top.get('defaults');
  const defaults = defaultsNode ? reader.fields(defaultsNode, DEFAULT_FIELDS, 'defaults') : {};
  const keysNode = top.get('keys');
  if (!yaml.isSeq(keysNode) || keysNode.items.length === 0)
    throw invalid(
      `Key list ${file}`,
      'has no "keys" (a list of keys, each with at least a name)',
      'Add keys: with one entry per key (docs/key-list.md)',
    );
  if (keysNode.items.length > MAX_LIST_KEYS)
    throw invalid(
      `Key list ${file}`,
      `names ${keysNode.items.length} keys`,
      `Split it: a Managed HSM holds ${MAX_LIST_KEYS} keys`,
    );
  const entries = keysNode.items.map((item) => {
    const name = yaml.isMap(item) ? item.get('name') : undefined;
    const fields = reader.fields(item, ENTRY_FIELDS, typeof name === 'string' ? `key "${name}"` : 'a key');
    // A key of another type than the defaults' keeps none of their size or curve.
    const inherited = { ...defaults };
    if (fields.type) for (const field of ['size', 'curve']) delete inherited[field];
    return readEntry({ ...inherited, ...fields }, fields, file, reader.lineOf(item));
  });
  refuseDuplicates(entries, file);
  return entries;
}

/** One entry through the single-key rules; their `Input "type"` becomes the file, line and field. */
function readEntry(
  fields: Record<string, Field>,
  own: Record<string, Field>,
  file: string,
  entryLine: number,
): KeyListEntry {
  const name = own.name?.text;
  const subject = (field?: string) =>
    `Key list ${file} line ${(field && fields[field]?.line) || entryLine}${name ? ` (key "${name}")` : ''}`;
  const inputs = inputsFrom(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.text])));
  try {
    if (name === undefined)
      throw new ConfigurationError(
        'INPUT_REQUIRED',
        'Input "name" is required',
        'Give every key its Key Vault name',
      );
    const target = targetInputs(inputs, { type: 'type', size: 'size', curve: 'curve', ops: 'key-ops' });
    const generate = boolean(inputs, 'generate', false);
    if (generate && !target.type)
      throw new ConfigurationError(
        'INPUT_REQUIRED',
        'Input "type" is required when generate is true',
        'Set type to RSA, EC or oct (AES)',
      );
    if (target.type)
      specToGenerate(
        { ...target, type: target.type },
        `${subject(target.type === 'EC' ? 'curve' : 'size')}: the key`,
      );
    const id = ckaId(inputs, 'key-id');
    const keyTags = tagsRule(inputs, 'tags');
    return {
      line: entryLine,
      name: keyName(inputs, 'name'),
      label: own.label === undefined ? name : labelRule(inputs, 'label'),
      ...(id ? { id } : {}),
      target,
      generate,
      enabled: boolean(inputs, 'enabled', true),
      ...validity(inputs),
      ...(keyTags ? { tags: keyTags } : {}),
      ifExists: choice(inputs, 'if-exists', ['converge', 'new-version'] as const, 'converge'),
    };
  } catch (error) {
    if (!(error instanceof ConfigurationError) || !error.message.startsWith('Input ')) throw error;
    const field = /^Inputs? "([a-z-]+)"/.exec(error.message)?.[1];
    const problem = error.message.replace(/^Inputs? "([a-z-]+)"/, '"$1"');
    throw new ConfigurationError(error.code, `${subject(field)}: ${problem}`, error.hint);
  }
}

/** Key Vault names are case-insensitive; one HSM key imported under two names is refused as a likely mistake. */
function refuseDuplicates(entries: KeyListEntry[], file: string): void {
  const names = new Map<string, KeyListEntry>();
  const sources = new Map<string, KeyListEntry>();
  for (const entry of entries) {
    const sameName = names.get(entry.name.toLowerCase());
    if (sameName)
      throw invalid(
        `Key list ${file} line ${entry.line}`,
        `the key name "${entry.name}" is already used at line ${sameName.line} (Key Vault names ignore case)`,
        'Give each key its own name',
      );
    names.set(entry.name.toLowerCase(), entry);
    const source = `${entry.label}\u0000${entry.id?.toString('hex') ?? ''}`;
    const sameKey = sources.get(source);
    if (sameKey)
      throw invalid(
        `Key list ${file} line ${entry.line} (key "${entry.name}")`,
        `names the same HSM key as "${sameKey.name}" at line ${sameKey.line} (label "${entry.label}"${entry.id ? `, id ${entry.id.toString('hex')}` : ''})`,
        'List each HSM key once',
      );
    sources.set(source, entry);
  }
}

/** The name a key list travels under in byok's artifacts (the kek job's, then the wrap job's). */
export function artifactListName(file: string): string {
  return /\.json$/i.test(file) ? 'key-list.json' : 'key-list.yaml';
}

/** The key list among files that arrived together (an artifact). */
export function keyListIn(files: string[], source: string): string {
  const found = files.filter((file) => /(^|[/\\])key-list\.(yaml|json)$/.test(file));
  if (found.length !== 1)
    throw new ConfigurationError(
      'KEY_LIST_MISMATCH',
      `${source} holds ${found.length} key lists (key-list.yaml or key-list.json); expected exactly one`,
      'Give the artifact of the job that read the key list (key-list-sha256 names it), or set "key-list"',
    );
  return found[0] as string;
}
