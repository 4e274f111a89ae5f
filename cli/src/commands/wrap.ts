import type { WrapKeyOptions } from '../../../shared/src/operations/wrap-key.js';
import { usesKeyList } from '../../../shared/src/requests/key-list-mode.js';
import { readWrapKeyRequest } from '../../../shared/src/requests/wrap-key.js';
import { readWrapKeysRequest } from '../../../shared/src/requests/wrap-keys.js';
import { askSecret, askYes } from '../../../shared/src/console/prompt.js';
import { consoleLogger, registerConsoleSecret } from '../../../shared/src/console/run.js';
import { ConfigurationError } from '../../../shared/src/errors.js';
import type { Command } from '../command.js';
import { version } from '../version.js';

/** The user PIN: PKCS11_PIN, else asked without echo. Never a flag: argv is visible to every user in `ps`. */
async function pin(): Promise<string> {
  const value =
    process.env.PKCS11_PIN ||
    (await askSecret('User PIN of the token: ', {
      what: 'PKCS11_PIN is not set',
      hint: 'Set PKCS11_PIN in the environment, or run byok wrap at a terminal to be asked',
    }));
  if (!value)
    throw new ConfigurationError('INPUT_REQUIRED', 'The user PIN is empty', 'Give the PIN of the token user');
  registerConsoleSecret(value);
  return value;
}

/** Shows the KEK and asks the person at the HSM to compare its fingerprint with the kek job's, unless --yes. */
function confirmKek(yes: boolean): NonNullable<WrapKeyOptions['confirmKek']> {
  return async (kek) => {
    process.stderr.write(`\nKEK to wrap under: ${kek.kid}\nKEK fingerprint:   ${kek.fingerprint}\n`);
    if (yes) return;
    const confirmed = await askYes('Is this the fingerprint the kek job showed? Wrap under this KEK?', {
      what: 'The KEK fingerprint needs a person to confirm it',
      hint: 'Compare it with the kek job summary, then run again with --yes (or at a terminal)',
    });
    if (!confirmed)
      throw new ConfigurationError(
        'CONFIRMATION_REFUSED',
        'The KEK fingerprint was not confirmed; nothing was wrapped',
        'Download the KEK again and compare its fingerprint with the kek job summary',
      );
  };
}

/** `byok wrap`: the wrap of action-wrap, on the offline host at the HSM, with no network. */
export const wrap: Command = {
  name: 'wrap',
  brief: 'wrap a key inside the HSM under the KEK into a .byok (PKCS#11)',
  usage: '--pkcs11-module LIB --token-label T --key-label L --kek-file KEK.pem --byok-file OUT.byok [flags]',
  summary:
    'Finds (or, with --generate, creates) the key in the HSM over PKCS#11 and wraps it there under the KEK (CKM_RSA_AES_KEY_WRAP) into a .byok file and its sidecar. Shows the KEK fingerprint and asks before wrapping (--yes for scripts). The PIN comes from PKCS11_PIN or a prompt without echo, never from a flag.',
  online: false,
  flags: {
    'pkcs11-module': { input: 'pkcs11-module', description: "path of the HSM vendor's PKCS#11 library" },
    'token-label': { input: 'token-label', description: 'label of the token (partition) holding the key' },
    'slot-id': { input: 'slot-id', description: 'slot number, when labels are ambiguous' },
    'key-label': { input: 'key-label', description: 'CKA_LABEL of the key to wrap' },
    'key-id': { input: 'key-id', description: 'CKA_ID of the key, hex' },
    generate: {
      input: 'generate',
      boolean: true,
      description: 'generate the key in the HSM when none has the label',
    },
    kty: {
      input: 'key-type',
      description: 'RSA, EC or oct (AES): what to generate, or what the key must be',
    },
    size: { input: 'key-size', description: 'RSA 2048/3072/4096 or AES 128/192/256' },
    curve: { input: 'curve', description: 'EC curve: P-256, P-384, P-521 or P-256K' },
    'if-exists': {
      input: 'if-exists',
      description: 'with --generate, when the label exists: use (default) or fail',
    },
    'kek-file': {
      input: 'kek-file',
      description: 'the KEK public key PEM from `byok kek download` (its metadata beside it)',
    },
    'kek-id': { input: 'kek-id', description: 'versioned KEK id, when no metadata file is beside the PEM' },
    'kek-fingerprint': {
      input: 'kek-fingerprint',
      description: "the KEK fingerprint from the kek job's summary",
    },
    'kwp-mechanism': {
      input: 'kwp-mechanism',
      description: 'RFC 5649 mechanism: auto (default) or a number like 0x210B',
    },
    'wrap-mechanism': { input: 'wrap-mechanism', description: 'auto (default) or composed' },
    'allow-padded-kwp': {
      input: 'allow-padded-kwp',
      boolean: true,
      description:
        'rehearsal HSMs only: wrap RSA/EC even if the token zero-pads before RFC 5649 (SoftHSM); marked in the sidecar',
    },
    'byok-file': {
      input: 'output',
      description: 'the .byok to write (default <key-label>.byok); sidecar at <file>.json',
    },
    'key-list': {
      input: 'key-list',
      description: 'a key list (YAML or JSON, docs/key-list.md): wrap every key it names in one session',
    },
    'key-list-sha256': {
      input: 'key-list-sha256',
      description: "with --key-list: the kek job's key-list-sha256; the list must be that file",
    },
    'output-dir': {
      input: 'output-dir',
      description: 'with --key-list: the folder for <name>.byok and sidecars (default byok-keys)',
    },
    yes: { input: 'yes', boolean: true, description: 'do not ask to confirm the KEK fingerprint (scripts)' },
  },
  example:
    'PKCS11_PIN=… byok wrap --pkcs11-module /opt/hsm/lib/libpkcs11.so --token-label signing --key-label release-signing --kek-file KEKforBYOK.publickey.pem --kek-fingerprint sha256:… --byok-file release-signing.byok',
  async run({ inputs, flags, console }) {
    const logger = consoleLogger(console);
    const options = { tool: `byok cli ${version}`, confirmKek: confirmKek(flags.yes === true) };
    if (usesKeyList(inputs)) {
      const request = readWrapKeysRequest(inputs);
      const { wrapKeys } = await import('../../../shared/src/operations/wrap-keys.js');
      const result = await wrapKeys(request, { ...options, pin: await pin() }, logger);
      if (!result.failure)
        result.report.notes.push(
          `For the import: --kek-fingerprint ${request.kek.fingerprint ?? '(the kek job’s)'} --key-list-digest ${String(result.outputs['key-list-digest'])} --byok-dir ${String(result.outputs['byok-dir'])}.`,
        );
      return result;
    }
    const request = readWrapKeyRequest(inputs);
    const { wrapKey } = await import('../../../shared/src/operations/wrap-key.js');
    const result = await wrapKey(request, { ...options, pin: await pin() }, logger);
    const check = result.publicKeyFingerprint
      ? `public-key-fingerprint ${result.publicKeyFingerprint}`
      : `key-check-value ${result.keyCheckValue ?? '(none: the key does not allow encrypt)'}`;
    result.report.notes.push(
      `For the import: kek-fingerprint ${result.kekFingerprint}, ${check}, byok-digest ${result.byokDigest}.`,
    );
    return result;
  },
};
