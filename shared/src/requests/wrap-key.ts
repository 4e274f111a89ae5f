import { checkVaultTakes, vaultOfKeyId } from '../azure/vault-kinds.js';
import { ConfigurationError } from '../errors.js';
import type { SessionOptions } from '../hsm/session.js';
import { WRAP_MECHANISMS, type WrapMechanismChoice } from '../hsm/wrap-choice.js';
import {
  boolean,
  choice,
  ckaId,
  label as labelInput,
  mechanism as mechanismInput,
  optional,
  refuseInputs,
  required,
  slotId,
  type InputSource,
} from '../inputs/rules.js';
import { specToGenerate, targetInputs, type TargetInputs } from '../inputs/target.js';
import type { KekFileOptions } from '../kek/wrap-kek.js';
import type { TargetKeyType } from '../keys/target.js';

/** What to generate, or what an existing key must be (key-type / key-size / curve). */
export type TargetRequest = TargetInputs & { type: TargetKeyType };

/** One key to wrap, as the inputs or a key list name it. */
export interface WrapTarget {
  /** CKA_LABEL (input "key-label"). */
  label: string;
  /** CKA_ID (input "key-id", hex). */
  id?: Buffer;
  generate: boolean;
  /** Required to generate (defaults filled in); for an existing key, what is given must match it. */
  request?: TargetRequest;
  ifExists: 'use' | 'fail';
}

export interface WrapKekInput {
  /** The KEK public key PEM; undefined when it is to come from the kek artifact. */
  kek: Omit<KekFileOptions, 'file'> & { file?: string };
  /** The kek job's fingerprint must be given (the reusable workflow); else its absence is a warning. */
  requireJobOutputs: boolean;
}

/** How every key of a session is wrapped. */
export interface WrapChoice {
  wrapMechanism: WrapMechanismChoice;
  /** RFC 5649 mechanism number; undefined = auto (probe and known-answer test). */
  kwpMechanism?: number;
  /** Wrap RSA/EC keys even with a mechanism that zero-pads unaligned input (rehearsal HSMs; hsm/kwp.ts). */
  allowPaddedKwp: boolean;
}

export interface WrapKeyRequest extends WrapKekInput, WrapChoice {
  hsm: Omit<SessionOptions, 'pin'>;
  key: WrapTarget;
  /** Path of the .byok to write; the sidecar goes to `<output>.json`. */
  output: string;
}

const TARGET_NAMES = { type: 'key-type', size: 'key-size', curve: 'curve' };

/** The HSM and mechanism inputs that a wrap of one key and of a list share. */
export function readWrapHsmInputs(
  inputs: InputSource,
): Pick<
  WrapKeyRequest,
  'hsm' | 'kek' | 'kwpMechanism' | 'wrapMechanism' | 'allowPaddedKwp' | 'requireJobOutputs'
> {
  const tokenLabel = optional(inputs, 'token-label');
  const slot = slotId(inputs, 'slot-id');
  const kekFile = optional(inputs, 'kek-file');
  const kid = optional(inputs, 'kek-id');
  const kekFingerprint = optional(inputs, 'kek-fingerprint');
  return {
    hsm: {
      module: required(inputs, 'pkcs11-module'),
      ...(tokenLabel === undefined ? {} : { tokenLabel }),
      ...(slot === undefined ? {} : { slotId: slot }),
    },
    kek: {
      ...(kekFile === undefined ? {} : { file: kekFile }),
      ...(kid === undefined ? {} : { kid }),
      ...(kekFingerprint === undefined ? {} : { fingerprint: kekFingerprint }),
    },
    kwpMechanism: mechanismInput(inputs, 'kwp-mechanism', '0x210A, 0x210B or 0x80000171'),
    wrapMechanism: choice(inputs, 'wrap-mechanism', WRAP_MECHANISMS, 'auto'),
    allowPaddedKwp: boolean(inputs, 'allow-padded-kwp', false),
    requireJobOutputs: boolean(inputs, 'require-job-outputs', false),
  };
}

/** The inputs of action-wrap / `byok wrap` (all but the PIN), checked before the HSM or a file is touched. */
export function readWrapKeyRequest(inputs: InputSource): WrapKeyRequest {
  refuseInputs(
    inputs,
    { 'output-dir': undefined },
    'it applies to a key list only',
    'Set "output" for one key, or set "key-list"',
  );
  const keyLabel = labelInput(inputs, 'key-label');
  const target = targetInputs(inputs, TARGET_NAMES);
  const request = target.type ? (target as TargetRequest) : undefined;
  const generate = boolean(inputs, 'generate', false);
  if (generate && request === undefined) {
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "key-type" is required when generate is true',
      'Set key-type to RSA, EC or oct (with key-size or curve)',
    );
  }
  if (generate && request) specToGenerate(request, 'Input "key-size": the requested key');
  const id = ckaId(inputs, 'key-id');
  const shared = readWrapHsmInputs(inputs);
  // The KEK's vault, when its id names a vault host, cannot take every key type: refused before the HSM is opened.
  const kid = shared.kek.kid;
  if (request && kid !== undefined && URL.canParse(kid))
    checkVaultTakes(vaultOfKeyId(kid), request.type, 'Input "key-type"');
  return {
    ...shared,
    key: {
      label: keyLabel,
      ...(id ? { id } : {}),
      generate,
      ...(request ? { request } : {}),
      ifExists: choice(inputs, 'if-exists', ['use', 'fail'] as const, 'use'),
    },
    output: optional(inputs, 'output') ?? `${fileBaseOf(keyLabel)}.byok`,
  };
}

/** A key label as a file name part: what is not a letter, digit, dot, dash or underscore becomes a dash. */
export function fileBaseOf(keyLabel: string): string {
  return keyLabel.replace(/[^A-Za-z0-9._-]/g, '-');
}
