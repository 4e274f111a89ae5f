import { ConfigurationError } from '../errors.js';
import {
  checkTargetSpec,
  DEFAULT_CURVE,
  DEFAULT_SIZE,
  KEY_OPS,
  keyOpsProblem,
  TARGET_AES_SIZES,
  TARGET_EC_CURVES,
  TARGET_RSA_SIZES,
  type EcCurve,
  type TargetKeySpec,
  type TargetKeyType,
} from '../keys/target.js';
import { choice, integer, list, optional, type InputSource } from './rules.js';

/**
 * The target key's parameters as inputs: one reading, one rule table (shared/src/keys/target.ts), run by the kek job
 * before the KEK exists, by the wrap before the HSM is opened, and by the import before anything is sent.
 */
export interface TargetInputNames {
  type: string;
  size?: string;
  curve: string;
  ops?: string;
}

export interface TargetInputs {
  /** Undefined when not given (or `auto` where allowed). */
  type?: TargetKeyType;
  size?: number;
  curve?: EcCurve;
  keyOps?: string[];
}

const ALL_KEY_OPS = [...new Set(Object.values(KEY_OPS).flat())];

export function targetInputs(
  inputs: InputSource,
  names: TargetInputNames,
  options: { auto?: boolean; fallback?: TargetKeyType } = {},
): TargetInputs {
  const types = options.auto
    ? (['auto', 'RSA', 'EC', 'oct', 'AES'] as const)
    : (['RSA', 'EC', 'oct', 'AES'] as const);
  const given =
    optional(inputs, names.type) === undefined ? options.fallback : choice(inputs, names.type, types);
  const type = given === 'auto' || given === undefined ? undefined : given === 'AES' ? 'oct' : given;
  const curve =
    optional(inputs, names.curve) === undefined ? undefined : choice(inputs, names.curve, TARGET_EC_CURVES);
  const sizeText = names.size === undefined ? undefined : optional(inputs, names.size);
  if (type !== undefined && type !== 'EC' && curve !== undefined)
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input "${names.curve}" does not apply to ${type} keys`,
      `Remove ${names.curve}, or set ${names.type}: EC`,
    );
  if (sizeText !== undefined && names.size !== undefined) {
    if (type === 'EC')
      throw new ConfigurationError(
        'INPUT_INVALID',
        `Input "${names.size}" does not apply to EC keys`,
        `Remove ${names.size} and set ${names.curve}`,
      );
    if (type === undefined)
      throw new ConfigurationError(
        'INPUT_INVALID',
        `Input "${names.size}" needs "${names.type}"`,
        `Set ${names.type} to RSA or oct`,
      );
  }
  const size =
    sizeText === undefined || names.size === undefined
      ? undefined
      : integer(inputs, names.size, type === 'RSA' ? TARGET_RSA_SIZES : TARGET_AES_SIZES);
  const keyOps = names.ops === undefined ? undefined : list(inputs, names.ops);
  if (keyOps !== undefined && names.ops !== undefined) {
    const problem = type === undefined ? unknownOps(keyOps) : keyOpsProblem(type, keyOps);
    if (problem)
      throw new ConfigurationError(
        'INPUT_INVALID',
        `Input "${names.ops}" has ${problem}`,
        `Set "${names.ops}" to some of ${(type ? KEY_OPS[type] : ALL_KEY_OPS).join(', ')}`,
      );
  }
  return {
    ...(type ? { type } : {}),
    ...(size === undefined ? {} : { size }),
    ...(curve ? { curve } : {}),
    ...(keyOps ? { keyOps } : {}),
  };
}

function unknownOps(keyOps: string[]): string | undefined {
  const bad = keyOps.filter((op) => !ALL_KEY_OPS.includes(op));
  if (keyOps.length === 0) return 'no operation';
  return bad.length > 0 ? `${bad.join(', ')}, not a key operation` : undefined;
}

/** The full spec to generate, defaults filled in, and checked against what the vault imports. */
export function specToGenerate(
  target: TargetInputs & { type: TargetKeyType },
  subject: string,
): TargetKeySpec {
  const spec: TargetKeySpec =
    target.type === 'EC'
      ? { type: 'EC', curve: target.curve ?? DEFAULT_CURVE }
      : { type: target.type, size: target.size ?? DEFAULT_SIZE[target.type] };
  checkTargetSpec(spec, subject);
  return spec;
}
