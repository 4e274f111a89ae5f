import type { ImportIfExists } from '../azure/import-key.js';
import type { KekAfterImport } from '../azure/kek.js';
import type { VaultTarget } from '../azure/vault.js';
import { checkVaultTakes } from '../azure/vault-kinds.js';
import { ConfigurationError } from '../errors.js';
import { releasePolicyInput, type ReleasePolicyInput } from '../inputs/release-policy.js';
import {
  boolean,
  choice,
  keyFingerprint,
  keyName,
  optional,
  refuseInputs,
  tags,
  validity,
  type InputSource,
  keyCheckValue as keyCheckValueInput,
} from '../inputs/rules.js';
import { targetInputs } from '../inputs/target.js';
import type { EcCurve, TargetKeyType } from '../keys/target.js';
import { vaultInput } from './azure-inputs.js';

export interface ImportWrappedKeyRequest {
  vault: VaultTarget;
  name: string;
  /** The .byok path; undefined when it comes from an artifact (the action's `byok-artifact`). */
  byokFile?: string;
  keyType: TargetKeyType | 'auto';
  curve?: EcCurve;
  keyOps?: string[];
  enabled: boolean;
  notBefore?: Date;
  expiresOn?: Date;
  tags?: Record<string, string>;
  ifExists: ImportIfExists;
  kekAfterImport: KekAfterImport;
  /** The kek job's output: the KEK the .byok names must have this fingerprint. */
  kekFingerprint?: string;
  /** The wrap job's output: the sidecar must record this public key. */
  publicKeyFingerprint?: string;
  /** The wrap job's output: the digest of the exact .byok bytes. */
  byokDigest?: string;
  /** The wrap job's output for an AES key: the check value computed in the source HSM. */
  keyCheckValue?: string;
  /** Every job output above must be given (the reusable workflow); else a missing one is a warning. */
  requireJobOutputs: boolean;
  /** Exportable (secure key release) under this release policy, as `az keyvault key import --exportable --policy`. */
  exportable?: { releasePolicy: ReleasePolicyInput };
}

/** The inputs of action-import / `byok import`, checked before any file is read or request sent. */
export function readImportWrappedKeyRequest(inputs: InputSource): ImportWrappedKeyRequest {
  refuseInputs(
    inputs,
    { 'byok-dir': undefined },
    'it applies to a key list only',
    'Set "byok-file" for one key, or set "key-list"',
  );
  const { type, curve, keyOps } = targetInputs(
    inputs,
    { type: 'key-type', curve: 'curve', ops: 'key-ops' },
    { auto: true },
  );
  const byokFile = optional(inputs, 'byok-file');
  const keyTags = tags(inputs, 'tags');
  const kekFingerprint = keyFingerprint(inputs, 'kek-fingerprint');
  const publicKeyFingerprint = keyFingerprint(inputs, 'public-key-fingerprint');
  const byokDigest = keyFingerprint(inputs, 'byok-digest');
  const keyCheckValue = keyCheckValueInput(inputs, 'key-check-value');
  const vault = vaultInput(inputs);
  if (type) checkVaultTakes(vault, type, 'Input "key-type"');
  const exportable = boolean(inputs, 'exportable', false);
  const releasePolicy = releasePolicyInput(inputs, 'release-policy');
  // The service's own rule (AKV.SKR.1004 / .1005), refused here before anything is sent.
  if (exportable && !releasePolicy)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "release-policy" is required: an exportable key needs a release policy',
      'Set "release-policy" to the secure key release policy (a JSON file, or the JSON itself), or set "exportable: false"',
    );
  if (!exportable && releasePolicy)
    throw new ConfigurationError(
      'INPUT_INVALID',
      'Input "release-policy" is set but "exportable" is not true: only an exportable key takes a release policy',
      'Set "exportable: true" to make the key exportable under this policy, or remove "release-policy"',
    );
  return {
    vault,
    name: keyName(inputs, 'key-name'),
    ...(byokFile === undefined ? {} : { byokFile }),
    keyType: type ?? 'auto',
    ...(curve ? { curve } : {}),
    ...(keyOps ? { keyOps } : {}),
    enabled: boolean(inputs, 'enabled', true),
    ...validity(inputs),
    ...(keyTags ? { tags: keyTags } : {}),
    ifExists: choice(inputs, 'if-exists', ['converge', 'new-version'] as const, 'converge'),
    kekAfterImport: choice(inputs, 'kek-after-import', ['keep', 'disable', 'delete'] as const, 'keep'),
    ...(kekFingerprint ? { kekFingerprint } : {}),
    ...(publicKeyFingerprint ? { publicKeyFingerprint } : {}),
    ...(byokDigest ? { byokDigest } : {}),
    ...(keyCheckValue ? { keyCheckValue } : {}),
    requireJobOutputs: boolean(inputs, 'require-job-outputs', false),
    ...(releasePolicy ? { exportable: { releasePolicy } } : {}),
  };
}
