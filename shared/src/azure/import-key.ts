import type { KeyObject } from 'node:crypto';
import type { KeyClient, KeyVaultKey } from '@azure/keyvault-keys';
import { parseByok } from '../byok/file.js';
import { validateByokForKek } from '../byok/validate.js';
import { fingerprint } from '../crypto/public-key.js';
import { ConfigurationError } from '../errors.js';
import { kekSize, type Kek } from '../kek/rules.js';
import { hsmKty, KEY_OPS, keyOpsProblem, type EcCurve, type TargetKeyType } from '../keys/target.js';
import type { Logger } from '../logger.js';
import { isNotFound, translateAzureError } from './errors.js';
import { vaultOf } from './key-client.js';
import { withImportIdentity } from './idempotent-import.js';
import { getKek, retireKek, type KekAfterImport } from './kek.js';
import { fingerprintOf, holdsKeyCheckValue, verifyImportedKey } from './verify-imported.js';

export type ImportIfExists = 'converge' | 'new-version';

export interface ImportOptions {
  name: string;
  byok: Buffer;
  /** Where the bytes came from, for messages. */
  byokSource: string;
  keyType: TargetKeyType;
  curve?: EcCurve;
  keyOps?: string[];
  enabled: boolean;
  notBefore?: Date;
  expiresOn?: Date;
  tags?: Record<string, string>;
  ifExists: ImportIfExists;
  /** The kek job's fingerprint output: the KEK the .byok names must have it (checked before anything changes). */
  expectedKekFingerprint?: string;
  /** The target's public key as the wrap step saw it in the source HSM (RSA/EC). */
  expectedPublicKey?: KeyObject;
  /** AES: the key check value the wrap step computed in the source HSM, where it came from, and the key size. */
  expectedKeyCheckValue?: string;
  keyCheckSource?: string;
  keySize?: number;
  /** What to do with the KEK once the key is in the vault; default keep. */
  kekAfterImport?: KekAfterImport;
  /** The KEK the .byok names, when the caller has read it already (to learn the key type from the file). */
  kek?: Kek;
  /** Exportable (secure key release) under this release policy, the policy's JSON bytes (Azure CLI --exportable --policy). */
  exportable?: { releasePolicy: Buffer };
}

export interface ImportResult {
  keyId: string;
  kek: Kek;
  publicKeyFingerprint?: string;
  /** The key was already there with the same public key: nothing was sent. */
  alreadyPresent: boolean;
  /** How the imported key was verified, or why it was not: one sentence for the summary. */
  verification: string;
  /** What was done with the KEK after the import. */
  kekAfterImport: string;
  /** Whether the vault reports the key exportable, with the release policy it holds (JSON bytes). */
  exportable: { releasePolicy?: Buffer } | false;
}

export function checkKeyOps(keyType: TargetKeyType, keyOps: string[], input = 'key-ops'): void {
  const problem = keyOpsProblem(keyType, keyOps);
  if (problem) {
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input "${input}" has ${problem}`,
      `Set "${input}" to some of ${KEY_OPS[keyType].join(', ')}`,
    );
  }
}

/** What an import reads from the vault besides the import itself; a batch shares it across its keys. */
export interface ImportContext {
  /** The KEK a .byok names, read and checked (a batch reads each distinct KEK once). */
  kek(kid: string): Promise<Kek>;
  /** The key's current version; undefined when the name is free. */
  current(name: string): Promise<KeyVaultKey | undefined>;
}

/** One import on its own: every read is made when it is needed. */
export function singleImport(client: KeyClient, logger: Logger): ImportContext {
  return { kek: (kid) => getKek(client, { kid }, logger), current: (name) => currentKey(client, name) };
}

export async function currentKey(client: KeyClient, name: string): Promise<KeyVaultKey | undefined> {
  try {
    return await client.getKey(name);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw translateAzureError(error, `read key "${name}"`, vaultOf(client));
  }
}

/**
 * Imports a .byok into the vault after checking it against the KEK its kid names. An existing key with the
 * same public key makes the import a no-op, so a rerun (or a retry whose first answer was lost) converges.
 */
export async function importByok(
  client: KeyClient,
  options: ImportOptions,
  logger: Logger,
  context: ImportContext = singleImport(client, logger),
): Promise<ImportResult> {
  if (options.keyType === 'EC' && !options.curve)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "curve" is required for an EC key',
      'Set "curve" to P-256, P-384, P-521 or P-256K, or use key-type: auto with the wrap sidecar',
    );
  const keyOps = options.keyOps ?? [...KEY_OPS[options.keyType]];
  checkKeyOps(options.keyType, keyOps);
  const byok = parseByok(options.byok, options.byokSource);
  const kek = options.kek ?? (await context.kek(byok.kid));
  const kekFingerprint = fingerprint(kek.publicKey);
  if (options.expectedKekFingerprint && kekFingerprint !== options.expectedKekFingerprint) {
    throw new ConfigurationError(
      'KEK_FINGERPRINT_MISMATCH',
      `Input "kek-fingerprint" is ${options.expectedKekFingerprint}, but KEK ${kek.kid} named by ${options.byokSource} has ${kekFingerprint}`,
      'The .byok names a KEK other than the one the kek job made: stop, and find out how',
    );
  }
  validateByokForKek(byok, { kid: kek.kid, modulusBytes: kekSize(kek) / 8 }, options.byokSource);
  const expected = options.expectedPublicKey ? fingerprint(options.expectedPublicKey) : undefined;

  const existing = await context.current(options.name);
  if (existing && options.ifExists === 'converge') {
    const present = fingerprintOf(existing);
    const same = expected
      ? present === expected
      : options.expectedKeyCheckValue && options.keySize && existing.keyType?.startsWith('oct')
        ? await holdsKeyCheckValue(client, existing, options.expectedKeyCheckValue, options.keySize)
        : undefined;
    if (same && (existing.properties.exportable === true) !== !!options.exportable) {
      throw new ConfigurationError(
        'KEY_EXISTS',
        `Key "${options.name}" already holds this key (${existing.id}), but ${options.exportable ? 'not exportable' : 'exportable'}, unlike this request`,
        'Set "if-exists: new-version" to import it as a new version with the exportability asked for, or set "exportable" as the existing key has it',
      );
    }
    if (same) {
      logger.info(`Key ${existing.id} already holds this key; nothing to import`);
      return {
        keyId: existing.id as string,
        kek,
        ...(present ? { publicKeyFingerprint: present } : {}),
        alreadyPresent: true,
        verification: expected
          ? 'Verified: the key already present has the public key recorded in the source HSM.'
          : 'Verified: the key already present has the key check value computed in the source HSM.',
        kekAfterImport: await retireKek(client, kek, options.kekAfterImport ?? 'keep', logger),
        exportable: exportableOf(existing),
      };
    }
    throw new ConfigurationError(
      'KEY_EXISTS',
      `Key "${options.name}" already exists (${existing.id})${same === false ? ` with a different ${expected ? 'public key' : 'key check value'}` : ' and cannot be compared with this file'}`,
      'Set "if-exists: new-version" to import it as a new version, or choose another "key-name"',
    );
  }

  logger.info(
    `Importing ${options.byokSource} as ${hsmKty(options.keyType)} key "${options.name}" (wrapped for ${kek.kid})`,
  );
  let imported: KeyVaultKey;
  try {
    // A retry whose first attempt landed is recognised by idempotent-import.ts, not imported twice.
    const identity = {
      ...(options.expectedPublicKey ? { publicKey: options.expectedPublicKey } : {}),
      ...(existing?.id ? { replaces: existing.id } : {}),
    };
    imported = await withImportIdentity(client.vaultUrl, options.name, identity, () =>
      client.importKey(
        options.name,
        {
          kty: hsmKty(options.keyType),
          ...(options.curve ? { crv: options.curve } : {}),
          keyOps,
          t: options.byok,
        },
        {
          hardwareProtected: true,
          enabled: options.enabled,
          ...(options.notBefore ? { notBefore: options.notBefore } : {}),
          ...(options.expiresOn ? { expiresOn: options.expiresOn } : {}),
          ...(options.tags ? { tags: options.tags } : {}),
          ...(options.exportable
            ? {
                exportable: true,
                releasePolicy: { encodedPolicy: new Uint8Array(options.exportable.releasePolicy) },
              }
            : {}),
        },
      ),
    );
  } catch (error) {
    throw translateAzureError(error, `import key "${options.name}"`, vaultOf(client));
  }
  const present = fingerprintOf(imported);
  const verification = await verifyImportedKey(client, imported, {
    ...(expected ? { publicKeyFingerprint: expected } : {}),
    ...(options.expectedKeyCheckValue ? { keyCheckValue: options.expectedKeyCheckValue } : {}),
    ...(options.keyCheckSource ? { keyCheckSource: options.keyCheckSource } : {}),
    ...(options.keySize ? { keySize: options.keySize } : {}),
  });
  return {
    keyId: imported.id as string,
    kek,
    ...(present ? { publicKeyFingerprint: present } : {}),
    alreadyPresent: false,
    verification,
    kekAfterImport: await retireKek(client, kek, options.kekAfterImport ?? 'keep', logger),
    exportable: exportableOf(imported),
  };
}

/** What the vault answered about a key's exportability: the summary shows the vault's word, not the request's. */
function exportableOf(key: KeyVaultKey): ImportResult['exportable'] {
  if (key.properties.exportable !== true) return false;
  const policy = key.properties.releasePolicy?.encodedPolicy;
  return policy ? { releasePolicy: Buffer.from(policy) } : {};
}
