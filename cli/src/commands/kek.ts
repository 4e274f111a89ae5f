import { readCreateKekRequest } from '../../../shared/src/requests/create-kek.js';
import { readExportKekRequest } from '../../../shared/src/requests/export-kek.js';
import { consoleLogger } from '../../../shared/src/console/run.js';
import { consoleAzureAccess } from '../azure.js';
import { VAULT_FLAGS, type Command } from '../command.js';

/** `byok kek create`: az keyvault key create --kty RSA-HSM --ops import, with byok's KEK checks. */
export const kekCreate: Command = {
  name: 'kek create',
  brief: 'create (or reuse) the KEK in the vault: RSA-HSM, key_ops [import]',
  usage: '--hsm-name NAME [--name KEKforBYOK] [--size 4096] [--expires-in 24h] [flags]',
  summary:
    'Creates the Key Exchange Key in the vault (RSA-HSM, key_ops exactly [import]), or reuses the current version when it is a valid KEK, and prints its fingerprint.',
  online: true,
  flags: {
    ...VAULT_FLAGS,
    name: { input: 'kek-name', description: 'name of the KEK (default KEKforBYOK)' },
    size: { input: 'key-size', description: 'RSA size of the KEK: 2048, 3072 or 4096 (default 4096)' },
    'expires-in': { input: 'expires-in', description: 'expire the KEK after this long, e.g. 24h or 7d' },
    'if-exists': { input: 'if-exists', description: 'reuse (default), rotate (new version) or fail' },
    'key-list': {
      input: 'key-list',
      description: 'a key list (docs/key-list.md): check every key it names before the KEK exists',
    },
  },
  example: 'byok kek create --hsm-name contoso-mhsm --name KEKforBYOK --size 4096 --expires-in 24h',
  async run({ inputs, console }) {
    const logger = consoleLogger(console);
    const request = readCreateKekRequest(inputs);
    const { createKek } = await import('../../../shared/src/operations/create-kek.js');
    return createKek(request, await consoleAzureAccess(inputs, logger), logger);
  },
};

/** `byok kek download`: az keyvault key download --encoding PEM, plus the KEK metadata the wrap reads beside it. */
export const kekDownload: Command = {
  name: 'kek download',
  brief: 'write the KEK public key (PEM) and its metadata for the wrap',
  usage: '--hsm-name NAME (--name KEKforBYOK | --kek-id ID) --file KEKforBYOK.publickey.pem [flags]',
  summary:
    'Checks the KEK and writes its public key (SPKI PEM, as az keyvault key download does) with its metadata file beside it, for the wrap on the offline host.',
  online: true,
  flags: {
    ...VAULT_FLAGS,
    name: { input: 'kek-name', description: 'name of the KEK (default KEKforBYOK); its current version' },
    'kek-id': { input: 'kek-id', description: 'versioned KEK id, as `byok kek create` printed it' },
    file: { input: 'path', description: 'where to write the PEM (default KEKforBYOK.publickey.pem)' },
  },
  example: 'byok kek download --hsm-name contoso-mhsm --name KEKforBYOK --file KEKforBYOK.publickey.pem',
  async run({ inputs, console }) {
    const logger = consoleLogger(console);
    const request = readExportKekRequest(inputs);
    const { exportKek } = await import('../../../shared/src/operations/export-kek.js');
    return exportKek(request, await consoleAzureAccess(inputs, logger), logger);
  },
};
