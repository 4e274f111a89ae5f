import * as core from './core.js';
import { parseKeyId } from '../keys/key-id.js';
import { FINGERPRINT_PATTERN } from '../crypto/public-key.js';
import { ConfigurationError } from '../errors.js';
import { registerSecret } from './secrets.js';

/**
 * Typed, validated action inputs. Every message names the input and says what it accepts. The runner fills
 * in action.yml defaults, so an empty value here means the workflow left an optional input unset.
 */
function invalid(name: string, value: string, expected: string): ConfigurationError {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return new ConfigurationError(
    'INPUT_INVALID',
    `Input "${name}" is ${JSON.stringify(shown)}; expected ${expected}`,
    `Set "${name}" to ${expected}`,
  );
}

export function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function required(name: string): string {
  const value = optional(name);
  if (value === undefined)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      `Input "${name}" is required`,
      `Set "${name}" in the step's "with:"`,
    );
  return value;
}

export function choice<T extends string>(name: string, values: readonly T[], fallback?: T): T {
  const value = optional(name) ?? fallback;
  if (value === undefined) return required(name) as T;
  const match = values.find((v) => v.toLowerCase() === value.toLowerCase());
  if (match === undefined) throw invalid(name, value, `one of ${values.join(', ')}`);
  return match;
}

export function boolean(name: string, fallback: boolean): boolean {
  const value = optional(name);
  if (value === undefined) return fallback;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw invalid(name, value, 'true or false');
}

export function integer(name: string, allowed: readonly number[], fallback?: number): number {
  const value = optional(name);
  if (value === undefined) {
    if (fallback === undefined) return integer(name, allowed, Number(required(name)));
    return fallback;
  }
  const number = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!allowed.includes(number)) throw invalid(name, value, `one of ${allowed.join(', ')}`);
  return number;
}

const UNIT_SECONDS: Record<string, number> = { m: 60, h: 3600, d: 86400 };

/** A duration such as 30m, 24h or 7d, in seconds. */
export function duration(name: string, max = { seconds: 3650 * 86400, text: '3650d' }): number | undefined {
  const value = optional(name);
  if (value === undefined) return undefined;
  const match = /^(\d{1,5})([mhd])$/.exec(value);
  const seconds = match ? Number(match[1]) * (UNIT_SECONDS[match[2] as string] as number) : 0;
  if (!match || seconds <= 0 || seconds > max.seconds)
    throw invalid(name, value, `a duration like 30m, 24h or 7d (at most ${max.text})`);
  return seconds;
}

/** An instant: ISO 8601 date or date-time. */
export function date(name: string): Date | undefined {
  const value = optional(name);
  if (value === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
    ? Date.parse(value)
    : NaN;
  if (Number.isNaN(time))
    throw invalid(name, value, 'an ISO 8601 date such as 2027-01-31 or 2027-01-31T12:00:00Z');
  return new Date(time);
}

const KEY_NAME = /^[0-9a-zA-Z-]{1,127}$/;

/** A Key Vault key name: 1-127 letters, digits and hyphens. */
export function keyName(name: string, fallback?: string): string {
  const value = optional(name) ?? fallback ?? required(name);
  if (!KEY_NAME.test(value)) throw invalid(name, value, 'a key name of 1-127 letters, digits and hyphens');
  return value;
}

/** A versioned key id https://HOST/keys/NAME/VERSION, as action-kek-create outputs it. */
export function versionedKeyId(name: string): string | undefined {
  const value = optional(name);
  if (value !== undefined && !parseKeyId(value))
    throw invalid(name, value, 'a versioned key id https://HOST/keys/NAME/VERSION');
  return value;
}

/** A public key fingerprint as byok outputs it: sha256:<64 lowercase hex>. */
export function keyFingerprint(name: string): string | undefined {
  const value = optional(name);
  if (value !== undefined && !FINGERPRINT_PATTERN.test(value))
    throw invalid(name, value, 'sha256:<64 lowercase hex>, as a byok step outputs it');
  return value;
}

/** A comma or newline separated list, trimmed, empty items dropped. */
export function list(name: string): string[] | undefined {
  const value = optional(name);
  if (value === undefined) return undefined;
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Tags as `key=value` lines (or comma separated); Key Vault allows 15 tags, names up to 512 and values 256 chars. */
export function tags(name: string): Record<string, string> | undefined {
  const items = list(name);
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

/** A secret input (or environment variable), masked before anything else can print it. */
export function secret(name: string, environmentVariable?: string): string | undefined {
  const value =
    optional(name) ?? (environmentVariable ? process.env[environmentVariable] || undefined : undefined);
  if (value !== undefined) registerSecret(value);
  return value;
}
