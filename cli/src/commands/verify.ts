import { readVerifyByokRequest } from '../../../shared/src/requests/verify-byok.js';
import { consoleLogger } from '../../../shared/src/console/run.js';
import { FINGERPRINT_FLAGS, type Command } from '../command.js';

/** `byok verify FILE.byok`: the import job's local checks, offline. */
export const verify: Command = {
  name: 'verify',
  brief: 'check a .byok as the import will, before it goes anywhere',
  usage: 'FILE.byok [--kek-file KEK.pem] [--kek-fingerprint F] [--public-key-fingerprint F] [flags]',
  summary:
    'Checks a .byok as the import will before it sends anything: format, the sidecar against the file, the KEK (kid, fingerprint, modulus length against the ciphertext) and the expected public key.',
  online: false,
  positional: { input: 'byok-file', name: 'FILE.byok' },
  flags: {
    'kek-file': { input: 'kek-file', description: 'the KEK public key PEM the file should be wrapped under' },
    ...FINGERPRINT_FLAGS,
    kty: { input: 'key-type', description: 'auto (from the sidecar), RSA, EC or oct' },
  },
  example: 'byok verify release-signing.byok --kek-file KEKforBYOK.publickey.pem --kek-fingerprint sha256:…',
  async run({ inputs, console }) {
    const request = readVerifyByokRequest(inputs);
    const { verifyByok } = await import('../../../shared/src/operations/verify-byok.js');
    return verifyByok(request, consoleLogger(console));
  },
};
