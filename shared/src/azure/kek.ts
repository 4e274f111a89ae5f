import type { KeyClient } from '@azure/keyvault-keys';
import { ByokError, ConfigurationError } from '../errors.js';
import { checkKek, type Kek, type KekSize } from '../kek/rules.js';
import type { Logger } from '../logger.js';
import { isDeletedNameConflict, isNotFound, translateAzureError } from './errors.js';
import { vaultOf } from './key-client.js';
import { azVault, kindOf, VAULT_CAPABILITIES } from './vault-kinds.js';
import { parseVersionedKeyId } from '../keys/key-id.js';
import { toKek } from './key-bundle.js';

export type KekIfExists = 'reuse' | 'rotate' | 'fail';

export interface EnsureKekOptions {
  name: string;
  size: KekSize;
  /** Seconds from now until the KEK expires; a KEK only needs to live for one ceremony. */
  expiresIn?: number;
  ifExists: KekIfExists;
}

async function createKek(client: KeyClient, options: EnsureKekOptions, logger: Logger): Promise<Kek> {
  logger.info(`Creating KEK ${options.name} (RSA-HSM ${options.size}, key_ops [import])`);
  try {
    const key = await client.createRsaKey(options.name, {
      hsm: true,
      keySize: options.size,
      keyOps: ['import'],
      ...(options.expiresIn ? { expiresOn: new Date(Date.now() + options.expiresIn * 1000) } : {}),
    });
    return toKek(key);
  } catch (error) {
    const vault = vaultOf(client);
    if (isDeletedNameConflict(error)) {
      throw new ConfigurationError(
        'KEK_NAME_DELETED',
        `Cannot create KEK "${options.name}" in ${client.vaultUrl}: the name is held by a deleted key (soft delete keeps it until it is purged)`,
        `Purge it as ${VAULT_CAPABILITIES[kindOf(vault) ?? 'managedhsm'].purger} (az keyvault key purge ${azVault(vault)} --name ${options.name}), wait until its retention ends, or set another "kek-name"`,
        { cause: error },
      );
    }
    throw translateAzureError(error, `create KEK "${options.name}"`, vault);
  }
}

/** A disabled key cannot even be read (403), so its state comes from the refusal; a retired KEK is one. */
function kekDisabled(id: string, hint: string, cause: unknown): ConfigurationError {
  const service = cause instanceof Error ? cause.message.split('\n')[0]?.trim() : '';
  return new ConfigurationError(
    'KEK_DISABLED',
    `KEK ${id} is disabled (${service}); action-import "kek-after-import: disable" retires a KEK after its import`,
    hint,
    { cause },
  );
}

const isDisabledRefusal = (error: Error) =>
  error instanceof ByokError && error.code === 'KEY_STATE' && /disabled/i.test(error.message);

/**
 * Creates the KEK, or reuses the current version when it is a valid KEK so that a rerun converges.
 * An existing key that is not a valid KEK is never silently replaced: `rotate` makes a new version on purpose.
 */
export async function ensureKek(
  client: KeyClient,
  options: EnsureKekOptions,
  logger: Logger,
): Promise<{ kek: Kek; created: boolean }> {
  if (options.ifExists === 'rotate') return { kek: await createKek(client, options, logger), created: true };
  let existing: Kek | undefined;
  try {
    existing = toKek(await client.getKey(options.name));
  } catch (error) {
    if (!isNotFound(error)) {
      const translated = translateAzureError(error, `read KEK "${options.name}"`, vaultOf(client));
      if (isDisabledRefusal(translated))
        throw kekDisabled(
          `"${options.name}"`,
          'Set "if-exists: rotate" to create a new KEK version, enable this one again, or choose another "kek-name"',
          error,
        );
      throw translated;
    }
  }
  if (!existing) return { kek: await createKek(client, options, logger), created: true };
  if (options.ifExists === 'fail') {
    throw new ConfigurationError(
      'KEK_EXISTS',
      `Key "${options.name}" already exists (${existing.kid})`,
      'Set "if-exists" to reuse or rotate, or choose another "kek-name"',
    );
  }
  try {
    checkKek(existing);
  } catch (error) {
    const reason = error instanceof ConfigurationError ? error.message : String(error);
    throw new ConfigurationError(
      'KEK_NOT_REUSABLE',
      `Existing key "${options.name}" cannot be reused: ${reason}`,
      'Set "if-exists: rotate" to create a new KEK version, or choose another "kek-name"',
    );
  }
  logger.info(`Reusing KEK ${existing.kid}`);
  return { kek: existing, created: false };
}

/** Reads a KEK by name (current version) or versioned id, from this vault only, and checks it. */
export async function getKek(
  client: KeyClient,
  ref: { name?: string; kid?: string },
  logger: Logger,
): Promise<Kek> {
  let name = ref.name;
  let version: string | undefined;
  if (ref.kid !== undefined) {
    const parsed = parseVersionedKeyId(ref.kid);
    if (!parsed)
      throw new ConfigurationError(
        'KEK_ID_INVALID',
        `${JSON.stringify(ref.kid.slice(0, 200))} is not a versioned key id`,
        'Give https://HOST/keys/NAME/VERSION, as action-kek-create outputs it',
      );
    if (parsed.origin !== new URL(client.vaultUrl).origin) {
      throw new ConfigurationError(
        'KEK_OTHER_VAULT',
        `KEK ${ref.kid} belongs to ${parsed.origin}, not to ${client.vaultUrl}`,
        "The KEK must live in the vault that imports the key: wrap again with this vault's KEK",
      );
    }
    ({ name, version } = parsed);
  }
  logger.debug(`Reading KEK ${name}${version ? `/${version}` : ''}`);
  let kek: Kek;
  try {
    kek = toKek(await client.getKey(name as string, version ? { version } : {}));
  } catch (error) {
    const translated = translateAzureError(error, `read KEK "${ref.kid ?? name}"`, vaultOf(client));
    if (isDisabledRefusal(translated))
      throw kekDisabled(
        ref.kid ?? `"${name}"`,
        `Enable the key again if it should still serve (az keyvault key set-attributes ${azVault(vaultOf(client))} --name ${name}${version ? ` --version ${version}` : ''} --enabled true), or make a new KEK (action-kek-create with if-exists: rotate) and wrap the key again under it`,
        error,
      );
    throw translated;
  }
  checkKek(kek);
  return kek;
}

export type KekAfterImport = 'keep' | 'disable' | 'delete';

/**
 * Retires the KEK once it has done its job. Disable acts on the version the .byok named; delete acts on the whole
 * key (Key Vault deletes no single version) and soft delete then holds the name until it is purged.
 * Answers what was done, for the summary.
 */
export async function retireKek(
  client: KeyClient,
  kek: Kek,
  mode: KekAfterImport,
  logger: Logger,
): Promise<string> {
  if (mode === 'keep')
    return `kept: usable for further imports${kek.expiresOn ? ` until ${kek.expiresOn.toISOString()}` : ''}`;
  const version = parseVersionedKeyId(kek.kid)?.version;
  try {
    if (mode === 'disable') {
      logger.info(`Disabling KEK ${kek.kid}`);
      await client.updateKeyProperties(kek.name, version ?? '', { enabled: false });
      return `disabled (version ${version}); it can be enabled again`;
    }
    logger.info(`Deleting KEK "${kek.name}" (all versions; soft delete)`);
    await client.beginDeleteKey(kek.name);
    return `deleted (soft delete): the name "${kek.name}" stays taken until it is purged or its retention ends`;
  } catch (error) {
    throw translateAzureError(
      error,
      `${mode} KEK ${kek.kid} after the import (the key itself is imported)`,
      vaultOf(client),
    );
  }
}

/** Reads each distinct KEK once, however many .byok files name it and however many imports ask at once. */
export function kekReader(client: KeyClient, logger: Logger): (kid: string) => Promise<Kek> {
  const read = new Map<string, Promise<Kek>>();
  return (kid) => {
    const key = kid.toLowerCase();
    let kek = read.get(key);
    if (!kek) {
      kek = getKek(client, { kid }, logger);
      read.set(key, kek);
    }
    return kek;
  };
}
