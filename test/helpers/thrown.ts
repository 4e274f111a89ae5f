import type { ByokError } from '../../shared/src/errors.js';

/** The error a synchronous rule throws, to look at its code, message and hint; fails when nothing is thrown. */
export function thrown(run: () => unknown): ByokError {
  try {
    run();
  } catch (error) {
    return error as ByokError;
  }
  throw new Error('nothing was thrown');
}
