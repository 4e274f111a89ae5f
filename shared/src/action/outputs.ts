import * as core from './core-files.js';
import { scrub } from './secrets.js';

/** Sets step outputs; values are scrubbed so that a secret can never leave through an output. */
export function setOutputs(outputs: Record<string, string | number | boolean | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) core.setOutput(name, scrub(String(value)));
  }
}
