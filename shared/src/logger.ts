/** What library operations need to report progress; the action layer maps it onto @actions/core. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

/** A logger that keeps nothing, for callers that do not want progress. */
export const silentLogger: Logger = { debug() {}, info() {}, warning() {} };
