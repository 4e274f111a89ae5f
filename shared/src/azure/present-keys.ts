import type { KeyClient } from '@azure/keyvault-keys';
import type { Logger } from '../logger.js';
import { translateAzureError } from './errors.js';

/**
 * The names of the keys the vault holds, lower-cased (Key Vault names ignore case), from one listing of 25 a page
 * instead of a read per key: a batch then reads only the keys that exist. Undefined when the identity may not list
 * (a role assigned on single keys): the batch then reads each key.
 */
export async function presentKeyNames(client: KeyClient, logger: Logger): Promise<Set<string> | undefined> {
  const names = new Set<string>();
  try {
    for await (const properties of client.listPropertiesOfKeys()) names.add(properties.name.toLowerCase());
  } catch (error) {
    const translated = translateAzureError(error, 'list the keys');
    if ((translated as { code?: string }).code !== 'FORBIDDEN') throw translated;
    logger.debug(`${translated.message}: reading each key of the list instead`);
    return undefined;
  }
  logger.debug(`The vault holds ${names.size} keys`);
  return names;
}
