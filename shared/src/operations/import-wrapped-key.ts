import { createHash } from 'node:crypto';
import { importByok, type ImportOptions, type ImportResult } from '../azure/import-key.js';
import { getKek, type KekAfterImport } from '../azure/kek.js';
import { createKeyClient, type AzureAccess } from '../azure/key-client.js';
import { checkVaultTakes } from '../azure/vault-kinds.js';
import { parseByok } from '../byok/file.js';
import { keyTypeOfCiphertext } from '../byok/validate.js';
import { checkAgainstJobOutputs, readWrappedKey, type WrappedKey } from '../byok/wrapped-key.js';
import { fingerprint } from '../crypto/public-key.js';
import { ConfigurationError } from '../errors.js';
import { readInputFile } from '../files/input-files.js';
import { checkReleasePolicy, type ReleasePolicyInput } from '../inputs/release-policy.js';
import { kekSize, type Kek } from '../kek/rules.js';
import { describeTarget, type TargetKeyType } from '../keys/target.js';
import type { Logger } from '../logger.js';
import type { ImportWrappedKeyRequest } from '../requests/import-wrapped-key.js';
import { checkJobOutputs } from './job-outputs.js';
import type { OperationResult } from './report.js';

export interface ImportWrappedKeyResult extends OperationResult {
  keyId: string;
  alreadyPresent: boolean;
}

/** What the vault is asked for one key: the .byok as read and checked, and the key's own settings. */
export function importOptionsFor(
  wrapped: WrappedKey,
  key: Pick<
    ImportWrappedKeyRequest,
    'name' | 'keyOps' | 'enabled' | 'notBefore' | 'expiresOn' | 'tags' | 'ifExists' | 'kekFingerprint'
  > & {
    kekAfterImport: KekAfterImport;
    keyCheckSource: string;
    /** The type, when the file's sidecar does not say it (read from the file, see keyTypeFromFile). */
    keyType?: TargetKeyType;
    /** The KEK, when it was read already. */
    kek?: Kek;
    releasePolicy?: Buffer;
  },
): ImportOptions {
  const { sidecar } = wrapped;
  const keyType = key.keyType ?? wrapped.keyType;
  if (keyType === 'auto') throw new Error('importOptionsFor: the key type is not known yet');
  return {
    name: key.name,
    byok: wrapped.bytes,
    byokSource: wrapped.path,
    keyType,
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
    ...(key.kek ? { kek: key.kek } : {}),
    ...(key.releasePolicy ? { exportable: { releasePolicy: key.releasePolicy } } : {}),
  };
}

/** RSA-2048, EC P-384, AES-256: what a .byok holds, as its sidecar (or the inputs) record it. */
export function describeWrapped(wrapped: WrappedKey, keyType = wrapped.keyType): string {
  const size = wrapped.sidecar?.keySize;
  if (keyType === 'EC') return describeTarget({ type: 'EC', curve: wrapped.curve ?? 'P-256' });
  if (keyType === 'auto') return 'not recorded';
  return size ? describeTarget({ type: keyType, size }) : keyType;
}

/** The release policy's JSON bytes, read from its file and checked when it is one; before any request. */
async function releasePolicyBytes(input: ReleasePolicyInput): Promise<Buffer> {
  if ('text' in input) return Buffer.from(input.text, 'utf8');
  const bytes = await readInputFile('release-policy', input.file, 64 * 1024);
  checkReleasePolicy(bytes.toString('utf8'), `Input "release-policy": ${input.file}`);
  return bytes;
}

/**
 * The key type of a .byok without a sidecar (a vendor tool's file), read from its length once its KEK is known:
 * said in the log and the summary. An EC key needs "curve", which the file does not tell.
 */
async function keyTypeFromFile(
  wrapped: WrappedKey,
  client: Parameters<typeof getKek>[0],
  logger: Logger,
): Promise<{ keyType: TargetKeyType; kek: Kek; note: string }> {
  const byok = parseByok(wrapped.bytes, wrapped.path);
  const kek = await getKek(client, { kid: byok.kid }, logger);
  const modulusBytes = kekSize(kek) / 8;
  const found = keyTypeOfCiphertext(byok, modulusBytes);
  const length = `${byok.ciphertext.length - modulusBytes} bytes of AES key wrap after the RSA-${kekSize(kek)} part`;
  let note: string;
  if (found.type === 'oct') note = `${length}: the length of a wrapped AES-${found.size} key`;
  else if (found.type === 'EC') {
    if (!wrapped.curve)
      throw new ConfigurationError(
        'KEY_TYPE_UNKNOWN',
        `Input "key-type" is auto and ${wrapped.path} has no sidecar: its ${length} are too few for an RSA key and not an AES length, so it holds an EC key, whose curve the file does not tell`,
        'Set "curve" (P-256, P-384, P-521 or P-256K), and "key-type: EC"',
      );
    note = `${length}: too few for RSA and not an AES length, an EC key (curve ${wrapped.curve} as given)`;
  } else note = `${length}: not an AES or EC length, so RSA, as az keyvault key import assumes`;
  logger.info(`Key type read from ${wrapped.path} (no sidecar): ${found.type} (${note})`);
  return { keyType: found.type, kek, note: `read from the file, no sidecar: ${note}` };
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
  const releasePolicy = request.exportable
    ? await releasePolicyBytes(request.exportable.releasePolicy)
    : undefined;
  const client = await createKeyClient(request.vault, access.credential, logger, access.tuning);
  const fromFile = wrapped.keyType === 'auto' ? await keyTypeFromFile(wrapped, client, logger) : undefined;
  const keyType = fromFile?.keyType ?? (wrapped.keyType as TargetKeyType);
  checkVaultTakes(request.vault, keyType, path);
  const aes = keyType === 'oct';
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
  const { sidecar } = wrapped;
  if (sidecar?.paddedKwp)
    logger.warning(
      `${path} was wrapped with allow-padded-kwp: its PKCS#8 may be followed by up to 7 zero bytes (the source token zero-pads), which a strict vault refuses. A rehearsal file`,
    );
  const result = await importByok(
    client,
    importOptionsFor(wrapped, {
      ...request,
      keyType,
      keyCheckSource: request.keyCheckValue
        ? "the wrap job's key-check-value output"
        : 'only the sidecar (no key-check-value output was given)',
      ...(fromFile ? { kek: fromFile.kek } : {}),
      ...(releasePolicy ? { releasePolicy } : {}),
    }),
    logger,
  );
  const target = describeWrapped(wrapped, keyType);
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
        ['Key type', fromFile ? `${target} (${fromFile.note})` : target],
        ['Public key fingerprint', result.publicKeyFingerprint],
        ['Exportable', describeExportable(result.exportable)],
        ['Wrapped under KEK', result.kek.kid],
        ['KEK fingerprint', fingerprint(result.kek.publicKey)],
        ['KEK after import', result.kekAfterImport],
        ['BYOK file', wrapped.path],
        ['BYOK digest', sidecar?.byokDigest],
        [
          'Plaintext',
          sidecar?.paddedKwp
            ? 'PKCS#8 possibly followed by up to 7 zero bytes: wrapped with allow-padded-kwp (a rehearsal file)'
            : undefined,
        ],
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

/** The vault's word on exportability, with the digest of the release policy it holds. */
function describeExportable(exportable: ImportResult['exportable']): string {
  if (!exportable) return 'no';
  const policy = exportable.releasePolicy;
  return policy
    ? `yes, release policy sha256:${createHash('sha256').update(policy).digest('hex')} (as the vault holds it)`
    : 'yes (the vault shows no release policy)';
}
