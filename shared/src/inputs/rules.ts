import { ConfigurationError } from '../errors.js';
import { parseVersionedKeyId } from '../keys/key-id.js';
import { FINGERPRINT_PATTERN, KEY_CHECK_PATTERN } from '../keys/patterns.js';

/**
 * Input rules shared by every front end: pure functions over raw text values, named as the action inputs are
 * (`key-name`, `kek-fingerprint`, …). The GitHub Actions front end reads the values with @actions/core, the command
 * line from its flags; both run these rules before anything changes anywhere. Messages say `Input "<name>"`; the
 * command line shows its own flag name there instead (cli/src/flags.ts).
 */
export interface InputSource {
  /** The raw value, undefined when the input is not set (an empty value counts as not set). */
  get(name: string): string | undefined;
}

/** An InputSource over plain values (the command line's flags, tests). */
export function inputsFrom(values: Record<string, string | undefined>): InputSource {
  return { get: (name) => (values[name] === '' ? undefined : values[name]) };
}

export function invalid(name: string, value: string, expected: string): ConfigurationError {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return new ConfigurationError(
    'INPUT_INVALID',
    `Input "${name}" is ${JSON.stringify(shown)}; expected ${expected}`,
    `Set "${name}" to ${expected}`,
  );
}

export function optional(inputs: InputSource, name: string): string | undefined {
  const value = inputs.get(name);
  return value === '' ? undefined : value;
}

export function required(inputs: InputSource, name: string): string {
  const value = optional(inputs, name);
  if (value === undefined)
    throw new ConfigurationError('INPUT_REQUIRED', `Input "${name}" is required`, `Set "${name}"`);
  return value;
}

export function choice<T extends string>(
  inputs: InputSource,
  name: string,
  values: readonly T[],
  fallback?: T,
): T {
  const value = optional(inputs, name) ?? fallback;
  if (value === undefined) return required(inputs, name) as T;
  const match = values.find((v) => v.toLowerCase() === value.toLowerCase());
  if (match === undefined) throw invalid(name, value, `one of ${values.join(', ')}`);
  return match;
}

export function boolean(inputs: InputSource, name: string, fallback: boolean): boolean {
  const value = optional(inputs, name);
  if (value === undefined) return fallback;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw invalid(name, value, 'true or false');
}

/** A whole number from `allowed`; `fallback` when unset (required when there is none). */
export function integer<T extends number>(
  inputs: InputSource,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T {
  const value = optional(inputs, name);
  if (value === undefined) {
    if (fallback === undefined) required(inputs, name);
    return fallback as T;
  }
  const number = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(allowed as readonly number[]).includes(number))
    throw invalid(name, value, `one of ${allowed.join(', ')}`);
  return number as T;
}

const UNIT_SECONDS: Record<string, number> = { m: 60, h: 3600, d: 86400 };

/** A duration such as 30m, 24h or 7d, in seconds. */
export function duration(
  inputs: InputSource,
  name: string,
  max = { seconds: 3650 * 86400, text: '3650d' },
): number | undefined {
  const value = optional(inputs, name);
  if (value === undefined) return undefined;
  const match = /^(\d{1,5})([mhd])$/.exec(value);
  const seconds = match ? Number(match[1]) * (UNIT_SECONDS[match[2] as string] as number) : 0;
  if (!match || seconds <= 0 || seconds > max.seconds)
    throw invalid(name, value, `a duration like 30m, 24h or 7d (at most ${max.text})`);
  return seconds;
}

/** An instant: ISO 8601 date or date-time. */
export function date(inputs: InputSource, name: string): Date | undefined {
  const value = optional(inputs, name);
  if (value === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
    ? Date.parse(value)
    : NaN;
  if (Number.isNaN(time))
    throw invalid(name, value, 'an ISO 8601 date such as 2027-01-31 or 2027-01-31T12:00:00Z');
  return new Date(time);
}

/** not-before and expires, in that order when both are given. */
export function validity(
  inputs: InputSource,
  names = { notBefore: 'not-before', expires: 'expires' },
): { notBefore?: Date; expiresOn?: Date } {
  const notBefore = date(inputs, names.notBefore);
  const expiresOn = date(inputs, names.expires);
  if (notBefore && expiresOn && notBefore >= expiresOn) {
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input "${names.notBefore}" is not earlier than "${names.expires}"`,
      `Set "${names.notBefore}" before "${names.expires}"`,
    );
  }
  return { ...(notBefore ? { notBefore } : {}), ...(expiresOn ? { expiresOn } : {}) };
}

/** A Key Vault key name: 1-127 letters, digits and hyphens. */
export const KEY_NAME_PATTERN = /^[0-9a-zA-Z-]{1,127}$/;

export function keyName(inputs: InputSource, name: string, fallback?: string): string {
  const value = optional(inputs, name) ?? fallback ?? required(inputs, name);
  if (!KEY_NAME_PATTERN.test(value))
    throw invalid(name, value, 'a key name of 1-127 letters, digits and hyphens');
  return value;
}

/** A versioned key id https://HOST/keys/NAME/VERSION, as action-kek-create outputs it. */
export function versionedKeyId(inputs: InputSource, name: string): string | undefined {
  const value = optional(inputs, name);
  if (value !== undefined && !parseVersionedKeyId(value))
    throw invalid(name, value, 'a versioned key id https://HOST/keys/NAME/VERSION');
  return value;
}

/** A public key fingerprint as byok prints it: sha256:<64 lowercase hex>. */
export function keyFingerprint(inputs: InputSource, name: string): string | undefined {
  const value = optional(inputs, name);
  if (value !== undefined && !FINGERPRINT_PATTERN.test(value))
    throw invalid(name, value, 'sha256:<64 lowercase hex>, as a byok step prints it');
  return value;
}

/** byok's key check value of an AES key, as the wrap job outputs it: 32 lowercase hex digits. */
export function keyCheckValue(inputs: InputSource, name: string): string | undefined {
  const value = optional(inputs, name);
  if (value !== undefined && !KEY_CHECK_PATTERN.test(value))
    throw invalid(name, value, "32 lowercase hex digits, the wrap job's key-check-value output");
  return value;
}

/** A comma or newline separated list, trimmed, empty items dropped. */
export function list(inputs: InputSource, name: string): string[] | undefined {
  const value = optional(inputs, name);
  if (value === undefined) return undefined;
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Tags as `key=value` lines (or comma separated); Key Vault allows 15 tags, names up to 512 and values 256 chars. */
export function tags(inputs: InputSource, name: string): Record<string, string> | undefined {
  const items = list(inputs, name);
  if (items === undefined) return undefined;
  const result: Record<string, string> = {};
  for (const item of items) {
    const at = item.indexOf('=');
    const key = at > 0 ? item.slice(0, at).trim() : '';
    const value = at > 0 ? item.slice(at + 1).trim() : '';
    if (!key || key.length > 512 || value.length > 256 || /[\p{Cc}]/u.test(item)) {
      throw invalid(
        name,
        item,
        'tags as key=value, one per line (keys up to 512 and values up to 256 printable characters)',
      );
    }
    if (key in result) throw invalid(name, item, 'each tag key once');
    result[key] = value;
  }
  if (Object.keys(result).length > 15)
    throw invalid(name, `${Object.keys(result).length} tags`, 'at most 15 tags');
  return result;
}

/** A PKCS#11 CKA_ID as hex (input "key-id"). */
export function ckaId(inputs: InputSource, name: string): Buffer | undefined {
  const value = optional(inputs, name);
  if (value === undefined) return undefined;
  if (!/^([0-9a-fA-F]{2}){1,64}$/.test(value))
    throw invalid(name, value, 'the CKA_ID as hex (2-128 hex digits), or nothing');
  return Buffer.from(value, 'hex');
}

/** A PKCS#11 slot number, decimal or 0x hex. */
export function slotId(inputs: InputSource, name: string): string | undefined {
  const value = optional(inputs, name);
  if (value !== undefined && !/^(\d{1,20}|0x[0-9a-f]{1,16})$/i.test(value))
    throw invalid(name, value, 'a slot number (decimal or 0x hex), or use "token-label"');
  return value;
}

/** A PKCS#11 CKA_LABEL: 1-256 printable characters (a control character would reach every log line naming it). */
export function label(inputs: InputSource, name: string): string {
  const value = required(inputs, name);
  if (value.length > 256 || /\p{Cc}/u.test(value))
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input "${name}" must be 1-256 printable characters`,
      `Set "${name}" to the CKA_LABEL of the key`,
    );
  return value;
}

/** A mechanism number, 0x hex or decimal; `auto` (undefined) lets byok probe and test. */
export function mechanism(inputs: InputSource, name: string, examples: string): number | undefined {
  const text = optional(inputs, name) ?? 'auto';
  if (/^auto$/i.test(text)) return undefined;
  const value = /^0x[0-9a-f]{1,8}$/i.test(text)
    ? Number.parseInt(text.slice(2), 16)
    : /^\d{1,10}$/.test(text)
      ? Number(text)
      : NaN;
  if (!Number.isSafeInteger(value) || value <= 0 || value > 0xffffffff)
    throw invalid(name, text, `auto or a mechanism number such as ${examples}`);
  return value;
}

/**
 * Inputs that do not apply in a mode (a key list replaces the single key's inputs). The runner passes an input's
 * action.yml default when the workflow sets none, so each must be unset or equal to its default (given in `names`).
 */
export function refuseInputs(
  inputs: InputSource,
  names: Record<string, string | undefined>,
  because: string,
  hint: string,
): void {
  const set = Object.entries(names).filter(([name, fallback]) => {
    const value = optional(inputs, name);
    return value !== undefined && value.toLowerCase() !== fallback?.toLowerCase();
  });
  if (set.length > 0)
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input${set.length > 1 ? 's' : ''} ${set.map(([name]) => `"${name}"`).join(', ')} ${set.length > 1 ? 'are' : 'is'} set; ${because}`,
      hint,
    );
}
