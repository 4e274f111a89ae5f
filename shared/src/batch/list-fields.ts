import type { LineCounter, Node as YamlNode } from 'yaml';
import { ConfigurationError } from '../errors.js';

/**
 * The YAML nodes of a key list as the text values the input rules read, with the line each stands on. Refuses what
 * the rules could misread: a number where text is meant (`key-id: 0102` is 102), an alias, a field it does not know.
 */
export interface Field {
  text: string;
  line: number;
}

export function invalid(where: string, problem: string, hint: string): ConfigurationError {
  return new ConfigurationError('KEY_LIST_INVALID', `${where}: ${problem}`, hint);
}

const TEXT_ONLY = ['name', 'label', 'key-id', 'not-before', 'expires'];
const QUOTE = (field: string) => `Quote the value of "${field}" so that YAML reads it as text, e.g. "0102"`;

/** Reads the fields of a key list's mappings, naming the file and line in every refusal. */
export class FieldReader {
  constructor(
    private readonly yaml: typeof import('yaml'),
    private readonly lines: LineCounter,
    private readonly file: string,
  ) {}

  lineOf(node: unknown): number {
    const range = (node as YamlNode | null)?.range;
    return range ? this.lines.linePos(range[0]).line : 1;
  }

  at(node: unknown): string {
    return `Key list ${this.file} line ${this.lineOf(node)}`;
  }

  /** A mapping's values by field name; a field not in `allowed` is refused. */
  pairs(node: unknown, allowed: readonly string[], what: string): Map<string, unknown> {
    const { yaml } = this;
    if (!yaml.isMap(node))
      throw invalid(
        this.at(node),
        `${what} is not a mapping of field: value`,
        'Follow the format of docs/key-list.md',
      );
    const found = new Map<string, unknown>();
    for (const pair of node.items) {
      const key = yaml.isScalar(pair.key) ? String(pair.key.value) : '';
      if (!allowed.includes(key))
        throw invalid(
          this.at(pair.key),
          `"${key.slice(0, 40)}" is not a field of ${what}`,
          `Use only ${allowed.join(', ')}`,
        );
      found.set(key, pair.value ?? pair.key);
    }
    return found;
  }

  fields(node: unknown, allowed: readonly string[], what: string): Record<string, Field> {
    return Object.fromEntries(
      [...this.pairs(node, allowed, what)].map(([key, value]) => [
        key,
        { text: this.text(value, key, what), line: this.lineOf(value) },
      ]),
    );
  }

  text(node: unknown, field: string, what: string): string {
    const { yaml } = this;
    const where = `${this.at(node)} (${what})`;
    if (yaml.isAlias(node))
      throw invalid(
        where,
        `"${field}" is an alias; anchors and aliases are not supported`,
        'Write the value out',
      );
    if (field === 'key-ops' && yaml.isSeq(node))
      return node.items.map((item) => this.scalar(item, where, field)).join(',');
    if (field === 'tags') {
      if (!yaml.isMap(node))
        throw invalid(
          where,
          '"tags" is not a mapping of tag: value',
          'Write tags as a mapping, e.g. tags: { owner: payments }',
        );
      return node.items
        .map((pair) => {
          const name = this.scalar(pair.key, where, field);
          if (!yaml.isScalar(pair.value) || typeof pair.value.value !== 'string')
            throw invalid(where, `"tags": the value of tag "${name}" is not text`, QUOTE(field));
          return `${name}=${pair.value.value}`;
        })
        .join('\n');
    }
    const text = this.scalar(node, where, field);
    if (TEXT_ONLY.includes(field) && yaml.isScalar(node) && typeof node.value !== 'string')
      throw invalid(where, `"${field}" is ${text}, which YAML reads as a ${typeof node.value}`, QUOTE(field));
    return text;
  }

  private scalar(node: unknown, where: string, field: string): string {
    const { yaml } = this;
    if (!yaml.isScalar(node) || node.value === null || typeof node.value === 'object')
      throw invalid(where, `"${field}" has no single value`, `Give "${field}" one value`);
    if (typeof node.value === 'number' && !Number.isSafeInteger(node.value))
      throw invalid(where, `"${field}" is ${node.value}`, QUOTE(field));
    return String(node.value);
  }
}
