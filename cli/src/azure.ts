import { format } from 'node:util';
import type { TokenCredential } from '@azure/core-auth';
import { createCredential } from '../../shared/src/azure/credential.js';
import type { AzureAccess } from '../../shared/src/azure/key-client.js';
import { registerConsoleSecret } from '../../shared/src/console/run.js';
import { optional, type InputSource } from '../../shared/src/inputs/rules.js';
import type { Logger } from '../../shared/src/logger.js';

/**
 * The command line signs in with the environment's credential (DefaultAzureCredential: AZURE_CLIENT_ID with a
 * secret or certificate, workload or managed identity, `az login`); there is no GitHub OIDC outside a workflow.
 * Issued tokens are scrubbed from everything printed; the SDK's own log goes to --verbose output.
 */
export async function consoleAzureAccess(inputs: InputSource, logger: Logger): Promise<AzureAccess> {
  const { AzureLogger } = await import('@azure/logger');
  AzureLogger.log = (...args: unknown[]) => logger.debug(format(...args));
  const credential = await createCredential({
    audience: 'api://AzureADTokenExchange',
    authorityHost: optional(inputs, 'authority-host'),
  });
  const registering: TokenCredential = {
    getToken: async (scopes, options) => {
      const token = await credential.getToken(scopes, options);
      if (token) registerConsoleSecret(token.token);
      return token;
    },
  };
  return { credential: registering };
}
