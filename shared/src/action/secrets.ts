import * as core from './core.js';
import { scrubSecrets, secretForms } from '../secret-forms.js';

const secrets = new Set<string>();

/**
 * Masks a secret in the runner's log and remembers it, so that messages byok prints itself (errors from
 * libraries included) are scrubbed too: the runner's masking matches exact strings only and does not exist
 * outside the runner. Derived forms that could be printed (base64, URL encoding) are registered as well.
 */
export function registerSecret(value: string): void {
  for (const form of secretForms(value)) {
    if (secrets.has(form)) continue;
    secrets.add(form);
    core.setSecret(form);
  }
}

/**
 * Credentials the runner or the workflow put in the environment. byok never prints them, but a library's error
 * can (an OIDC or artifact service repeating the request's bearer token), so they are scrubbed like inputs.
 */
const ENVIRONMENT_SECRETS = [
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'AZURE_CLIENT_SECRET',
  'AZURE_CLIENT_CERTIFICATE_PASSWORD',
  'AZURE_PASSWORD',
];

export function registerEnvironmentSecrets(): void {
  for (const name of ENVIRONMENT_SECRETS) registerSecret(process.env[name] ?? '');
}

export function scrub(text: string): string {
  return scrubSecrets(text, secrets);
}
