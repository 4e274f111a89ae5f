import { ConfigurationError } from '../errors.js';
import { optional, type InputSource } from './rules.js';

/**
 * Input "release-policy" of an exportable key: inline JSON (it starts with `{`) or the path of a JSON file (`@path`
 * as the Azure CLI's --policy takes it works too). Inline text is checked here; a file is read and checked by the
 * operation, before any request.
 */
export type ReleasePolicyInput = { text: string; source: string } | { file: string };

export function releasePolicyInput(inputs: InputSource, name: string): ReleasePolicyInput | undefined {
  const value = optional(inputs, name)?.trim();
  if (value === undefined || value === '') return undefined;
  if (!value.startsWith('{')) return { file: value.replace(/^@/, '') };
  const source = `Input "${name}"`;
  checkReleasePolicy(value, source);
  return { text: value, source };
}

/** Members compared without regard to case, as Azure Policy (whose grammar secure key release follows) reads them. */
function member(object: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

const OPERATORS = ['equals', 'notEquals', 'less', 'lessOrEquals', 'greater', 'greaterOrEquals', 'exists'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first fault of a condition list (`at` names where), or undefined. */
function conditionsProblem(list: unknown, at: string): string | undefined {
  if (!Array.isArray(list) || list.length === 0) return `${at} is not a non-empty array of conditions`;
  for (const [i, item] of list.entries()) {
    const where = `${at}[${i}]`;
    if (!isObject(item)) return `${where} is not an object`;
    const groups = ['anyOf', 'allOf'].filter((g) => member(item, g) !== undefined);
    if (groups.length > 0) {
      if (groups.length > 1 || member(item, 'claim') !== undefined)
        return `${where} must be one claim condition, or one anyOf or allOf`;
      const problem = conditionsProblem(member(item, groups[0] as string), `${where}.${groups[0]}`);
      if (problem) return problem;
      continue;
    }
    if (typeof member(item, 'claim') !== 'string') return `${where} has no "claim"`;
    const operators = OPERATORS.filter((op) => member(item, op) !== undefined);
    if (operators.length !== 1) return `${where} needs exactly one operator (${OPERATORS.join(', ')})`;
    const operand = member(item, operators[0] as string);
    if (!['string', 'number', 'boolean'].includes(typeof operand))
      return `${where}.${operators[0]} is not a string, number or boolean`;
  }
  return undefined;
}

/**
 * A secure key release policy in Microsoft's documented grammar (Key Vault and Managed HSM "secure key release
 * policy grammar", docs/byok-format.md): `{"version": "1.0.0", "anyOf": [{"authority": "https://…", "anyOf" | "allOf":
 * [conditions]}]}`, a condition being `{"claim": NAME, OPERATOR: value}` or a nested anyOf / allOf.
 */
export function checkReleasePolicy(text: string, source: string): void {
  const refuse = (problem: string) =>
    new ConfigurationError(
      'RELEASE_POLICY_INVALID',
      `${source}: the release policy ${problem}`,
      'Give a secure key release policy in the documented grammar: {"version": "1.0.0", "anyOf": [{"authority": "https://<attestation host>/", "allOf": [{"claim": "…", "equals": "…"}]}]}',
    );
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch {
    throw refuse('is not JSON');
  }
  if (!isObject(policy)) throw refuse('is not a JSON object');
  if (member(policy, 'version') !== '1.0.0') throw refuse('has no "version": "1.0.0"');
  const authorities = member(policy, 'anyOf');
  if (!Array.isArray(authorities) || authorities.length === 0)
    throw refuse('has no "anyOf" list of authorities');
  for (const [i, authority] of authorities.entries()) {
    const at = `anyOf[${i}]`;
    if (!isObject(authority)) throw refuse(`${at} is not an object`);
    const url = member(authority, 'authority');
    if (typeof url !== 'string' || !URL.canParse(url) || new URL(url).protocol !== 'https:')
      throw refuse(`${at}.authority is not an https URL`);
    const groups = ['anyOf', 'allOf'].filter((g) => member(authority, g) !== undefined);
    if (groups.length !== 1) throw refuse(`${at} needs exactly one of anyOf, allOf`);
    const problem = conditionsProblem(member(authority, groups[0] as string), `${at}.${groups[0]}`);
    if (problem) throw refuse(problem);
  }
}
