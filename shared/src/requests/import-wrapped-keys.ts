import type { KekAfterImport } from '../azure/kek.js';
import type { VaultTarget } from '../azure/vault.js';
import {
  boolean,
  choice,
  keyFingerprint,
  optional,
  refuseInputs,
  type InputSource,
} from '../inputs/rules.js';
import { vaultInput } from './azure-inputs.js';

export interface ImportWrappedKeysRequest {
  vault: VaultTarget;
  /** The key list; undefined when it arrives with the wrap job's artifact. */
  keyList?: string;
  /** The kek job's key-list-sha256 output: the list must be exactly the file it checked. */
  keyListSha256?: string;
  /** The wrap job's key-list-digest output: the .byok files must be exactly the ones it wrapped for this list. */
  keyListDigest?: string;
  kekFingerprint?: string;
  /** The folder of `<name>.byok` files and their sidecars; undefined when it is the wrap job's artifact. */
  byokDir?: string;
  kekAfterImport: KekAfterImport;
  requireJobOutputs: boolean;
}

/** The single key's inputs, which a key list replaces, with the defaults action.yml gives them. */
const SINGLE_KEY_INPUTS = {
  'key-name': undefined,
  'byok-file': undefined,
  'key-type': 'auto',
  curve: undefined,
  'key-ops': undefined,
  enabled: 'true',
  'not-before': undefined,
  expires: undefined,
  tags: undefined,
  // A list imports keys that are not exportable: a release policy is one key's decision, not a migration's.
  exportable: 'false',
  'release-policy': undefined,
  'if-exists': 'converge',
  'public-key-fingerprint': undefined,
  'byok-digest': undefined,
  'key-check-value': undefined,
};

/** The inputs of action-import / `byok import` with a key list, checked before any file is read or request sent. */
export function readImportWrappedKeysRequest(inputs: InputSource): ImportWrappedKeysRequest {
  refuseInputs(
    inputs,
    SINGLE_KEY_INPUTS,
    'with key-list, each key takes it from the list (the key-list-digest binds every .byok)',
    'Give each key its name, key-ops, tags, dates and if-exists in the key list (docs/key-list.md), or leave key-list empty',
  );
  const keyList = optional(inputs, 'key-list');
  const byokDir = optional(inputs, 'byok-dir');
  const keyListSha256 = keyFingerprint(inputs, 'key-list-sha256');
  const keyListDigest = keyFingerprint(inputs, 'key-list-digest');
  const kekFingerprint = keyFingerprint(inputs, 'kek-fingerprint');
  return {
    vault: vaultInput(inputs),
    ...(keyList === undefined ? {} : { keyList }),
    ...(keyListSha256 ? { keyListSha256 } : {}),
    ...(keyListDigest ? { keyListDigest } : {}),
    ...(kekFingerprint ? { kekFingerprint } : {}),
    ...(byokDir === undefined ? {} : { byokDir }),
    kekAfterImport: choice(inputs, 'kek-after-import', ['keep', 'disable', 'delete'] as const, 'keep'),
    requireJobOutputs: boolean(inputs, 'require-job-outputs', false),
  };
}
