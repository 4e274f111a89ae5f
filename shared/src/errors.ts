/**
 * Every error code byok reports, one entry each. Codes are stable: users and tests match them, and each has a section
 * in docs/troubleshooting.md (a test holds that).
 */
export const ERROR_CODES = [
  // Inputs and files
  'INPUT_INVALID',
  'INPUT_REQUIRED',
  'USAGE',
  'FILE_NOT_FOUND',
  'FILE_NOT_REGULAR',
  'FILE_TOO_LARGE',
  'OUTPUT_NOT_WRITABLE',
  'CONFIRMATION_REFUSED',
  'DEMO_FAILED',
  'JOB_OUTPUT_MISSING',
  // Vault address and sign-in
  'VAULT_INPUT_INVALID',
  'AUTH_INPUT_INVALID',
  'AUTH_UNAVAILABLE',
  'AUTH_FAILED',
  'AUTH_TENANT_MISMATCH',
  'OIDC_UNAVAILABLE',
  'OIDC_TOKEN_FAILED',
  // Answers of the vault
  'FORBIDDEN',
  'CONFLICT',
  'REFUSED',
  'NOT_FOUND',
  'THROTTLED',
  'SERVICE_ERROR',
  'KEY_STATE',
  // The KEK
  'KEK_TYPE_INVALID',
  'KEK_NOT_HSM',
  'KEK_SIZE_INVALID',
  'KEK_OPS_INVALID',
  'KEK_DISABLED',
  'KEK_EXPIRED',
  'KEK_NOT_YET_VALID',
  'KEK_EXISTS',
  'KEK_NOT_REUSABLE',
  'KEK_NAME_DELETED',
  'KEK_ID_INVALID',
  'KEK_OTHER_VAULT',
  'KEK_FILE_NOT_FOUND',
  'KEK_NOT_FOUND',
  'KEK_ID_MISMATCH',
  'KEK_METADATA_INVALID',
  'KEK_FINGERPRINT_MISMATCH',
  'PEM_INVALID',
  'PEM_PRIVATE_KEY',
  'PEM_CERTIFICATE',
  // The .byok file and its sidecar
  'BYOK_INVALID',
  'BYOK_NOT_FOUND',
  'BYOK_KID_MISMATCH',
  'BYOK_CIPHERTEXT_LENGTH',
  'BYOK_TAMPERED',
  'AES_KEY_SIZE',
  'SIDECAR_INVALID',
  'KEY_TYPE_UNKNOWN',
  'KEY_TYPE_UNSUPPORTED',
  'PUBLIC_KEY_MISMATCH',
  'KEY_CHECK_MISMATCH',
  // Import
  'KEY_EXISTS',
  'IMPORT_UNCONFIRMED',
  'IMPORTED_KEY_MISMATCH',
  'KCV_UNSUPPORTED',
  'RELEASE_POLICY_INVALID',
  'APPROVALS_UNAVAILABLE',
  'APPROVAL_MISSING',
  'APPROVAL_SELF',
  // Many keys in one ceremony
  'KEY_LIST_INVALID',
  'KEY_LIST_TAMPERED',
  'KEY_LIST_MISMATCH',
  'KEYS_FAILED',
  // The on-premises HSM
  'HSM_MODULE_NOT_FOUND',
  'HSM_MODULE_INVALID',
  'PKCS11_BINDING_UNAVAILABLE',
  'HSM_TOKEN_NOT_FOUND',
  'HSM_TOKEN_AMBIGUOUS',
  'HSM_TOKEN_NOT_PRESENT',
  'HSM_TOKEN_READ_ONLY',
  'HSM_TOKEN_FULL',
  'HSM_SLOT_INVALID',
  'HSM_PIN_INCORRECT',
  'HSM_PIN_LOCKED',
  'HSM_PIN_EXPIRED',
  'HSM_PIN_NOT_INITIALIZED',
  'HSM_LOGIN_FAILED',
  'HSM_NOT_LOGGED_IN',
  'HSM_KEY_NOT_EXTRACTABLE',
  'HSM_KEY_NOT_WRAPPABLE',
  'HSM_KEY_USE_NOT_PERMITTED',
  'HSM_MECHANISM_UNSUPPORTED',
  'HSM_KWP_UNSUPPORTED',
  'HSM_KWP_UNVERIFIABLE',
  'HSM_KWP_KNOWN_ANSWER_FAILED',
  'HSM_KWP_ALIGNED_ONLY',
  'HSM_EC_POINT_INVALID',
  'HSM_CALL_FAILED',
  'HSM_FAILED',
  'TARGET_NOT_FOUND',
  'TARGET_AMBIGUOUS',
  'TARGET_EXISTS',
  'TARGET_TYPE_UNSUPPORTED',
  'TARGET_TYPE_MISMATCH',
  'TARGET_SIZE_UNSUPPORTED',
  'TARGET_CURVE_UNSUPPORTED',
  'TARGET_NOT_EXTRACTABLE',
  'TARGET_NEEDS_TRUSTED_WRAP',
  'TARGET_PUBLIC_KEY_MISSING',
  'WRAP_NATIVE_UNSUPPORTED',
  'WRAP_OAEP_LENGTH',
  // Artifacts between jobs
  'ARTIFACT_RUNTIME_MISSING',
  'ARTIFACT_NOT_FOUND',
  'ARTIFACT_UNSUPPORTED',
  'ARTIFACT_EXISTS',
  'ARTIFACT_ACCESS_DENIED',
  'ARTIFACT_SERVICE_FAILED',
  'ARTIFACT_FILES_INVALID',
  'ARTIFACT_TAMPERED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * One error type for the whole library. `code` is stable (tests and users can match it), `hint` says what to do.
 * A ConfigurationError is the user's to fix (bad input, wrong PIN, missing role): the front end prints one line
 * without a stack. Any other error is internal and gets its stack under debug.
 */
export class ByokError extends Error {
  override readonly name: string = 'ByokError';
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, hint?: string, options?: { cause?: unknown }) {
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
