import { format } from 'node:util';
import * as core from './core.js';
import type { TokenCredential } from '@azure/core-auth';
import { createCredential } from '../azure/credential.js';
import type { AzureAccess } from '../azure/key-client.js';
import { ByokError, ConfigurationError } from '../errors.js';
import { credentialInputs } from '../requests/azure-inputs.js';
import { actionInputs } from './inputs.js';
import { registerSecret, scrub } from './secrets.js';

/**
 * The Azure SDK logs (AZURE_LOG_LEVEL) go to the step's debug log, scrubbed like everything byok prints, instead of
 * straight to stderr where no secret is masked.
 */
async function routeAzureSdkLog(): Promise<void> {
  const { AzureLogger } = await import('@azure/logger');
  AzureLogger.log = (...args: unknown[]) => core.debug(scrub(format(...args)));
}

/**
 * The Azure access of an action: signed in with GitHub OIDC (client-id + tenant-id) or the environment's
 * credential. Without `permissions: id-token: write` the runner sets no OIDC request variables: say so before any
 * request. Tokens are registered for scrubbing as they are issued.
 */
export async function actionAzureAccess(): Promise<AzureAccess> {
  const options = credentialInputs(actionInputs);
  if (options.clientId !== undefined && !process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new ConfigurationError(
      'OIDC_UNAVAILABLE',
      'This job cannot request a GitHub OIDC token for "client-id"',
      'Add "permissions: id-token: write" to the job',
    );
  }
  await routeAzureSdkLog();
  const credential = await createCredential({ ...options, getIdToken: githubIdToken });
  return { credential: registeringTokens(credential) };
}

/** MSAL asks for the assertion twice per token request; a token younger than this is handed out again. */
const ID_TOKEN_REUSE_MS = 60_000;
let lastIdToken: { audience: string; token: string; at: number } | undefined;

/** A GitHub OIDC token, fetched when the exchange needs it (it lives about 5 minutes) and scrubbed from output. */
async function githubIdToken(audience: string): Promise<string> {
  if (lastIdToken?.audience === audience && Date.now() - lastIdToken.at < ID_TOKEN_REUSE_MS)
    return lastIdToken.token;
  let token: string;
  try {
    token = await core.getIDToken(audience);
  } catch (error) {
    throw new ByokError(
      'OIDC_TOKEN_FAILED',
      `GitHub did not issue an OIDC token for audience "${audience}" (${error instanceof Error ? error.message : String(error)})`,
      'Rerun the job; if it keeps failing, check the job has "permissions: id-token: write" and GitHub\'s status',
      { cause: error },
    );
  }
  registerSecret(token);
  lastIdToken = { audience, token, at: Date.now() };
  return token;
}

/** Access tokens are scrubbed too: a service or library error could repeat the Authorization header. */
function registeringTokens(credential: TokenCredential): TokenCredential {
  return {
    getToken: async (scopes, options) => {
      const token = await credential.getToken(scopes, options);
      if (token) registerSecret(token.token);
      return token;
    },
  };
}
