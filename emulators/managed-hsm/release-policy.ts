import { badParameter, base64UrlField, objectField } from './http.js';

/** A key's release policy as the service keeps it (REST `KeyReleasePolicy`). */
export interface ReleasePolicy {
  contentType: string;
  /** base64url of the policy document, as it was sent. */
  data: string;
  immutable: boolean;
}

const JSON_CONTENT = 'application/json; charset=utf-8';
const OPERATORS = ['equals', 'notEquals', 'less', 'lessOrEquals', 'greater', 'greaterOrEquals', 'exists'];

const refuse = (detail: string) => badParameter(`The release policy is not valid: ${detail}`);

/** Members matched without regard to case, as Azure Policy reads them ("anyOf" and "anyof" alike). */
function member(object: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

function conditions(value: unknown, where: string): void {
  if (!Array.isArray(value) || value.length === 0) throw refuse(`${where} must be a non-empty array`);
  value.forEach((item, i) => condition(item, `${where}[${i}]`));
}

/** A claim condition (`claim` and one operator) or a nested anyOf / allOf. */
function condition(value: unknown, where: string): void {
  const object = objectField(value, `release policy ${where}`);
  const nested = ['anyOf', 'allOf'].filter((n) => member(object, n) !== undefined);
  if (nested.length > 0) {
    if (nested.length > 1 || member(object, 'claim') !== undefined)
      throw refuse(`${where} mixes a claim with anyOf/allOf`);
    return conditions(member(object, nested[0] as string), `${where}.${nested[0]}`);
  }
  if (typeof member(object, 'claim') !== 'string') throw refuse(`${where} has no "claim"`);
  const operators = OPERATORS.filter((op) => member(object, op) !== undefined);
  if (operators.length !== 1) throw refuse(`${where} needs exactly one of ${OPERATORS.join(', ')}`);
  const operand = member(object, operators[0] as string);
  if (!['string', 'number', 'boolean'].includes(typeof operand))
    throw refuse(`${where}.${operators[0]} must be a string, number or boolean`);
}

/**
 * `release_policy` of a create or import: `{contentType?, data, immutable?}`, `data` the base64url of a policy in
 * Microsoft's secure key release grammar: `{"version": "1.0.0", "anyOf": [{"authority": URL, "anyOf"|"allOf":
 * [conditions]}]}`, a condition being `{"claim", <operator>: value}` or a nested anyOf / allOf.
 */
export function parseReleasePolicy(value: unknown): ReleasePolicy {
  const body = objectField(value, 'release_policy');
  const contentType = body.contentType ?? JSON_CONTENT;
  if (typeof contentType !== 'string' || !/^application\/json(;\s*charset=utf-8)?$/i.test(contentType))
    throw refuse(`contentType ${JSON.stringify(contentType)} is not application/json`);
  if (body.immutable !== undefined && typeof body.immutable !== 'boolean')
    throw refuse('immutable must be a boolean');
  const data = base64UrlField(body.data, 'release_policy.data');
  let policy: Record<string, unknown>;
  try {
    policy = objectField(JSON.parse(data.toString('utf8')), 'release policy');
  } catch (error) {
    throw error instanceof SyntaxError ? refuse('data is not JSON') : error;
  }
  if (member(policy, 'version') !== '1.0.0') throw refuse('version must be "1.0.0"');
  const authorities = member(policy, 'anyOf');
  if (!Array.isArray(authorities) || authorities.length === 0)
    throw refuse('anyOf must be a non-empty array of authorities');
  authorities.forEach((item, i) => {
    const authority = objectField(item, `release policy anyOf[${i}]`);
    const url = member(authority, 'authority');
    if (typeof url !== 'string' || !/^https:\/\/[^/\s]+/.test(url))
      throw refuse(`anyOf[${i}].authority must be an https URL`);
    const nested = ['anyOf', 'allOf'].filter((n) => member(authority, n) !== undefined);
    if (nested.length !== 1) throw refuse(`anyOf[${i}] needs exactly one of anyOf, allOf`);
    conditions(member(authority, nested[0] as string), `anyOf[${i}].${nested[0]}`);
  });
  return {
    contentType,
    data: data.toString('base64url'),
    immutable: body.immutable === true,
  };
}
