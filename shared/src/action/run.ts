import * as core from './core.js';
import { ByokError } from '../errors.js';
import type { Logger } from '../logger.js';
import { visibleControls } from '../secret-forms.js';
import { registerEnvironmentSecrets, scrub } from './secrets.js';

/**
 * Text as byok prints it: scrubbed of registered secrets, and control characters shown as \xNN so that a value
 * echoed from an input or a file cannot colour or rewrite the log. Newlines stay for @actions/core to escape in
 * commands (errors, debug); an info line is written raw, so there a newline, which could start a workflow
 * command such as ::add-mask::, becomes a space.
 */
function shown(text: string): string {
  return visibleControls(scrub(text));
}

/** The library's Logger on the runner's log, every line scrubbed of registered secrets. */
export const actionLogger: Logger = {
  debug: (message) => core.debug(shown(message)),
  info: (message) => core.info(shown(message).replace(/\n/g, ' ')),
  warning: (message) => core.warning(shown(message)),
};

/**
 * Runs an action's body. A ByokError (a configuration error or a refusal byok understands) becomes one
 * `::error::` line (message, hint, code) and exit 1; anything else is reported as internal, its stack under
 * debug. Both are scrubbed of secrets, the environment's credentials registered before the body runs.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  registerEnvironmentSecrets();
  try {
    await body();
  } catch (error) {
    if (error instanceof ByokError) {
      core.setFailed(shown(`${error.oneLine} [${error.code}]`));
      core.debug(shown(error.stack ?? ''));
    } else {
      const message = error instanceof Error ? error.message : String(error);
      core.setFailed(
        shown(
          `Internal error: ${message.replace(/\s*\n\s*/g, ' ')}. Rerun with debug logging and report it if it persists`,
        ),
      );
      core.debug(shown(error instanceof Error ? (error.stack ?? '') : ''));
    }
  }
}
