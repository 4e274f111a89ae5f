import type { SessionOptions } from '../hsm/session.js';
import { keyFingerprint, optional, refuseInputs, type InputSource } from '../inputs/rules.js';
import { readWrapHsmInputs, type WrapChoice, type WrapKekInput } from './wrap-key.js';

export interface WrapKeysRequest extends WrapKekInput, WrapChoice {
  hsm: Omit<SessionOptions, 'pin'>;
  /** The key list; undefined when it arrives with the kek artifact (the action's `key-list-sha256` mode). */
  keyList?: string;
  /** The kek job's key-list-sha256 output: the list must be exactly the file it checked. */
  keyListSha256?: string;
  /** Folder of the .byok files (`<name>.byok`) and their sidecars. */
  outputDir: string;
}

/** The single key's inputs, which a key list replaces, with the defaults action.yml gives them. */
const SINGLE_KEY_INPUTS = {
  'key-label': undefined,
  'key-id': undefined,
  'key-type': undefined,
  'key-size': undefined,
  curve: undefined,
  generate: 'false',
  'if-exists': 'use',
  output: undefined,
};

/** The inputs of action-wrap / `byok wrap` with a key list, checked before the HSM or a file is touched. */
export function readWrapKeysRequest(inputs: InputSource): WrapKeysRequest {
  refuseInputs(
    inputs,
    SINGLE_KEY_INPUTS,
    'with key-list, each key takes it from the list',
    'Give each key its label, id, type, size, curve and generate in the key list (docs/key-list.md), or leave key-list empty',
  );
  const keyList = optional(inputs, 'key-list');
  const keyListSha256 = keyFingerprint(inputs, 'key-list-sha256');
  return {
    ...readWrapHsmInputs(inputs),
    ...(keyList === undefined ? {} : { keyList }),
    ...(keyListSha256 ? { keyListSha256 } : {}),
    outputDir: optional(inputs, 'output-dir') ?? 'byok-keys',
  };
}
