import { readImportWrappedKeyRequest } from '../../../shared/src/requests/import-wrapped-key.js';
import { readImportWrappedKeysRequest } from '../../../shared/src/requests/import-wrapped-keys.js';
import { usesKeyList } from '../../../shared/src/requests/key-list-mode.js';
import { consoleLogger } from '../../../shared/src/console/run.js';
import { consoleAzureAccess } from '../azure.js';
import { FINGERPRINT_FLAGS, VAULT_FLAGS, type Command } from '../command.js';

/** `byok import`: az keyvault key import --byok-file, with the import job's checks before and after. */
export const importCommand: Command = {
  name: 'import',
  brief: 'import a .byok into the vault and verify the imported key',
  usage: '--hsm-name NAME --name KEY --byok-file FILE.byok [flags]',
  summary:
    'Checks the .byok against its KEK in the vault and the fingerprints you give, imports it, and verifies the imported key against what the source HSM recorded.',
  online: true,
  flags: {
    ...VAULT_FLAGS,
    name: { input: 'key-name', description: 'name of the key in the vault' },
    'byok-file': {
      input: 'byok-file',
      description: 'the .byok (its sidecar <file>.json is read when present)',
    },
    kty: {
      input: 'key-type',
      description: 'auto (the sidecar, else read from the file; default), RSA, EC or oct',
    },
    curve: { input: 'curve', description: 'EC curve, for a .byok without a sidecar' },
    ops: { input: 'key-ops', description: 'key operations, comma separated (default: all the type allows)' },
    tags: { input: 'tags', description: 'tags, key=value, comma separated' },
    exportable: {
      input: 'exportable',
      description: 'true: exportable under --policy (secure key release); false (default)',
    },
    policy: {
      input: 'release-policy',
      description: 'release policy of an exportable key: JSON, or a JSON file (path or @path)',
    },
    enabled: { input: 'enabled', description: 'true (default) or false' },
    'not-before': { input: 'not-before', description: 'not usable before this date (ISO 8601)' },
    expires: { input: 'expires', description: 'expiry date (ISO 8601)' },
    'if-exists': { input: 'if-exists', description: 'converge (default) or new-version' },
    'kek-after-import': {
      input: 'kek-after-import',
      description: 'keep (default), disable or delete the KEK',
    },
    ...FINGERPRINT_FLAGS,
    'key-list': {
      input: 'key-list',
      description: 'a key list (YAML or JSON, docs/key-list.md): import every key it names from --byok-dir',
    },
    'byok-dir': {
      input: 'byok-dir',
      description: 'with --key-list: the folder `byok wrap --key-list` wrote',
    },
    'key-list-digest': {
      input: 'key-list-digest',
      description: 'with --key-list: the key-list-digest `byok wrap` printed; binds every .byok',
    },
    'key-list-sha256': {
      input: 'key-list-sha256',
      description: "with --key-list: the kek job's key-list-sha256; the list must be that file",
    },
  },
  example:
    'byok import --hsm-name contoso-mhsm --name release-signing --byok-file release-signing.byok --kek-fingerprint sha256:… --public-key-fingerprint sha256:…',
  async run({ inputs, console }) {
    const logger = consoleLogger(console);
    if (usesKeyList(inputs)) {
      const request = readImportWrappedKeysRequest(inputs);
      const { importWrappedKeys } = await import('../../../shared/src/operations/import-wrapped-keys.js');
      return importWrappedKeys(request, await consoleAzureAccess(inputs, logger), logger);
    }
    const request = readImportWrappedKeyRequest(inputs);
    const { importWrappedKey } = await import('../../../shared/src/operations/import-wrapped-key.js');
    return importWrappedKey(request, await consoleAzureAccess(inputs, logger), logger);
  },
};
