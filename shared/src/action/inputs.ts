import * as core from './core.js';
import type { InputSource } from '../inputs/rules.js';
import { registerSecret } from './secrets.js';

/**
 * The action's inputs as @actions/core reads them (INPUT_<NAME>, trimmed; the runner fills in action.yml defaults,
 * so an empty value means the workflow left an optional input unset). The rules that check them are the library's
 * (shared/src/inputs/rules.ts), shared with the command line.
 */
export const actionInputs: InputSource = {
  get: (name) => core.getInput(name) || undefined,
};

/** A secret input (or environment variable), masked before anything else can print it. */
export function secret(name: string, environmentVariable?: string): string | undefined {
  const value =
    actionInputs.get(name) ??
    (environmentVariable ? process.env[environmentVariable] || undefined : undefined);
  if (value !== undefined) registerSecret(value);
  return value;
}
