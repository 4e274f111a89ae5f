import * as core from '@actions/core';
import { ByokError } from '../errors.js';
import type { Logger } from '../logger.js';
import { scrub } from './secrets.js';

/** The library's Logger on the runner's log, every line scrubbed of registered secrets. */
export const actionLogger: Logger = {
  debug: (message) => core.debug(scrub(message)),
  info: (message) => core.info(scrub(message)),
  warning: (message) => core.warning(scrub(message)),
};

/**
 * Runs an action's body. A ByokError (a configuration error or a refusal byok understands) becomes one
 * `::error::` line (message, hint, code) and exit 1; anything else is reported as internal, its stack under
 * debug. Both are scrubbed of secrets.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof ByokError) {
      core.setFailed(scrub(`${error.oneLine} [${error.code}]`));
      core.debug(scrub(error.stack ?? ''));
    } else {
      const message = error instanceof Error ? error.message : String(error);
      core.setFailed(
        scrub(
          `Internal error: ${message.replace(/\s*\n\s*/g, ' ')}. Rerun with debug logging and report it if it persists`,
        ),
      );
      core.debug(scrub(error instanceof Error ? (error.stack ?? '') : ''));
    }
  }
}
