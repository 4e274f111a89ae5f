/**
 * One error type for the whole library. `code` is stable (tests and users can match it), `hint` says what to do.
 * A ConfigurationError is the user's to fix (bad input, wrong PIN, missing role): the action prints one
 * `::error::` line without a stack. Any other error is internal and gets its stack under debug.
 */
export class ByokError extends Error {
  override readonly name: string = 'ByokError';
  readonly code: string;
  readonly hint: string | undefined;

  constructor(code: string, message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.hint = hint;
  }

  /** The message and the hint, on one line. */
  get oneLine(): string {
    const text = this.hint ? `${this.message}. ${this.hint}` : this.message;
    return text.replace(/\s*\n\s*/g, ' ');
  }
}

export class ConfigurationError extends ByokError {
  override readonly name: string = 'ConfigurationError';
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}
