import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * What an earlier job reported outside the artifact store (fingerprints, the .byok digest, the check value) is what
 * lets a step notice a swap inside it. In the reusable workflow every one is required (`require-job-outputs: true`,
 * fail closed); used directly, a missing one is a loud warning that says what is then not checked.
 */
export function checkJobOutputs(
  outputs: Record<string, string | undefined>,
  required: boolean,
  logger: Logger,
): void {
  const missing = Object.keys(outputs).filter((name) => !outputs[name]);
  if (missing.length === 0) return;
  const names = missing.map((name) => `"${name}"`).join(', ');
  if (required)
    throw new ConfigurationError(
      'JOB_OUTPUT_MISSING',
      `Input ${names} is empty, and require-job-outputs is true`,
      `Pass the earlier job's ${missing.join(', ')} output: without it a file swapped in the artifact store is not noticed`,
    );
  logger.warning(
    `No ${names} given: nothing outside the artifact store vouches for the file it covers, so a consistent swap there would not be noticed. Pass the earlier job's output (the reusable workflow does, and requires it)`,
  );
}
