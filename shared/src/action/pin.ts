import { ConfigurationError } from '../errors.js';
import { secret } from './inputs.js';

/** The token's user PIN: input "pin" or the PKCS11_PIN environment variable, masked before anything else runs. */
export function actionPin(): string {
  const pin = secret('pin', 'PKCS11_PIN');
  if (pin === undefined)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "pin" is required (or the PKCS11_PIN environment variable)',
      'Pass the user PIN from a secret: pin: ${{ secrets.HSM_PIN }}',
    );
  return pin;
}
