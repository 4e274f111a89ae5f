import { importByok, type ImportIfExists, type ImportOptions } from '../azure/import-key.js';
import type { KekAfterImport } from '../azure/kek.js';
import { createKeyClient, type AzureAccess } from '../azure/key-client.js';
import type { VaultTarget } from '../azure/vault.js';
import { checkAgainstJobOutputs, readWrappedKey, type WrappedKey } from '../byok/wrapped-key.js';
import { fingerprint } from '../crypto/public-key.js';
import { ConfigurationError } from '../errors.js';
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
import { describeTarget, type EcCurve, type TargetKeyType } from '../keys/target.js';
import type { Logger } from '../logger.js';
import { vaultInput } from './azure-inputs.js';
import { checkJobOutputs } from './job-outputs.js';
import type { OperationResult } from './report.js';

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
}

export interface ImportWrappedKeyResult extends OperationResult {
  keyId: string;
  alreadyPresent: boolean;
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
  return {
    vault: vaultInput(inputs),
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
  };
}

/** What the vault is asked for one key: the .byok as read and checked, and the key's own settings. */
export function importOptionsFor(
  wrapped: WrappedKey,
  key: Pick<
    ImportWrappedKeyRequest,
    'name' | 'keyOps' | 'enabled' | 'notBefore' | 'expiresOn' | 'tags' | 'ifExists' | 'kekFingerprint'
  > & { kekAfterImport: KekAfterImport; keyCheckSource: string },
): ImportOptions {
  const { sidecar } = wrapped;
  return {
    name: key.name,
    byok: wrapped.bytes,
    byokSource: wrapped.path,
    keyType: wrapped.keyType,
    ...(wrapped.curve ? { curve: wrapped.curve } : {}),
    ...(key.keyOps ? { keyOps: key.keyOps } : {}),
    enabled: key.enabled,
    ...(key.notBefore ? { notBefore: key.notBefore } : {}),
    ...(key.expiresOn ? { expiresOn: key.expiresOn } : {}),
    ...(key.tags ? { tags: key.tags } : {}),
    ifExists: key.ifExists,
    ...(key.kekFingerprint ? { expectedKekFingerprint: key.kekFingerprint } : {}),
    ...(wrapped.expectedPublicKey ? { expectedPublicKey: wrapped.expectedPublicKey } : {}),
    ...(sidecar?.keyCheckValue
      ? {
          expectedKeyCheckValue: sidecar.keyCheckValue,
          keySize: sidecar.keySize,
          keyCheckSource: key.keyCheckSource,
        }
      : {}),
    kekAfterImport: key.kekAfterImport,
  };
}

/** RSA-2048, EC P-384, AES-256: what a .byok holds, as its sidecar (or the inputs) record it. */
export function describeWrapped(wrapped: WrappedKey): string {
  const size = wrapped.sidecar?.keySize;
  if (wrapped.keyType === 'EC') return describeTarget({ type: 'EC', curve: wrapped.curve ?? 'P-256' });
  return size ? describeTarget({ type: wrapped.keyType, size }) : wrapped.keyType;
}

/**
 * Checks the .byok (and its sidecar) against the kek and wrap jobs' outputs, imports it under the KEK it names, and
 * verifies the imported key against what the source HSM recorded. Everything that can be checked locally is checked
 * before the first request.
 */
export async function importWrappedKey(
  request: ImportWrappedKeyRequest,
  access: AzureAccess,
  logger: Logger,
  options: { byokFile?: string } = {},
): Promise<ImportWrappedKeyResult> {
  const path = request.byokFile ?? options.byokFile;
  if (path === undefined)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "byok-file" is required',
      'Set "byok-file" to a .byok path',
    );
  const wrapped = await readWrappedKey({
    path,
    keyType: request.keyType,
    ...(request.curve ? { curve: request.curve } : {}),
  });
  const aes = wrapped.keyType === 'oct';
  checkJobOutputs(
    {
      'kek-fingerprint': request.kekFingerprint,
      'byok-digest': request.byokDigest,
      ...(aes
        ? { 'key-check-value': request.keyCheckValue }
        : { 'public-key-fingerprint': request.publicKeyFingerprint }),
    },
    request.requireJobOutputs,
    logger,
  );
  checkAgainstJobOutputs(wrapped, {
    kekFingerprint: request.kekFingerprint,
    publicKeyFingerprint: request.publicKeyFingerprint,
    byokDigest: request.byokDigest,
    keyCheckValue: request.keyCheckValue,
  });
  const client = await createKeyClient(request.vault, access.credential, logger, access.tuning);
  const { sidecar } = wrapped;
  const result = await importByok(
    client,
    importOptionsFor(wrapped, {
      ...request,
      keyCheckSource: request.keyCheckValue
        ? "the wrap job's key-check-value output"
        : 'only the sidecar (no key-check-value output was given)',
    }),
    logger,
  );
  const target = describeWrapped(wrapped);
  return {
    keyId: result.keyId,
    alreadyPresent: result.alreadyPresent,
    outputs: {
      'key-id': result.keyId,
      'public-key-fingerprint': result.publicKeyFingerprint,
      imported: !result.alreadyPresent,
    },
    report: {
      title: result.alreadyPresent ? `Key already present: ${request.name}` : `Key imported: ${request.name}`,
      rows: [
        ['Vault', request.vault.url],
        ['Key id', result.keyId],
        ['Key type', target],
        ['Public key fingerprint', result.publicKeyFingerprint],
        ['Wrapped under KEK', result.kek.kid],
        ['KEK fingerprint', fingerprint(result.kek.publicKey)],
        ['KEK after import', result.kekAfterImport],
        ['BYOK file', wrapped.path],
        ['BYOK digest', sidecar?.byokDigest],
        [
          'Source HSM token',
          sidecar
            ? `${sidecar.token.label} (${sidecar.token.manufacturer} ${sidecar.token.model}, serial ${sidecar.token.serialNumber})`
            : undefined,
        ],
      ],
      notes: [
        'Checked before import: .byok format, KEK valid (RSA-HSM, key_ops [import], enabled, in date), kid and ciphertext length.',
        result.verification,
      ],
    },
  };
}
