import { basename } from 'node:path';
import type { VaultTarget } from '../azure/vault.js';
import { ConfigurationError } from '../errors.js';
import { keyName, optional, versionedKeyId, type InputSource } from '../inputs/rules.js';
import { KEK_METADATA_FILE } from '../kek/metadata.js';
import { vaultInput } from './azure-inputs.js';

export interface ExportKekRequest {
  vault: VaultTarget;
  /** The KEK by versioned id, or by name (its current version). */
  kid?: string;
  name?: string;
  /** Where the SPKI PEM goes; the KEK metadata file is written beside it. */
  path: string;
  /** A migration's key list, copied beside them so that it travels to the wrap job with the KEK. */
  keyList?: string;
}

/** The inputs of action-kek-download / `byok kek download`, checked before any request. */
export function readExportKekRequest(inputs: InputSource): ExportKekRequest {
  const kid = versionedKeyId(inputs, 'kek-id');
  const path = optional(inputs, 'path') ?? 'KEKforBYOK.publickey.pem';
  const keyList = optional(inputs, 'key-list');
  if (basename(path) === KEK_METADATA_FILE)
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input "path" is ${JSON.stringify(path)}, the name of the ${KEK_METADATA_FILE} written beside the PEM`,
      'Set "path" to a .pem file name such as KEKforBYOK.publickey.pem',
    );
  return {
    vault: vaultInput(inputs),
    ...(kid === undefined ? { name: keyName(inputs, 'kek-name', 'KEKforBYOK') } : { kid }),
    path,
    ...(keyList === undefined ? {} : { keyList }),
  };
}
