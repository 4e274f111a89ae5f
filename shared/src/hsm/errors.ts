import { ByokError, ConfigurationError, type ErrorCode } from '../errors.js';

/**
 * PKCS#11 return values (CKR_*) turned into byok errors with a hint. pkcs11js throws `Pkcs11Error` (message
 * `CKR_NAME`, numeric `.code`) from most calls, but a plain Error whose message is `CKR_NAME:code` from
 * C_CreateObject, C_SetAttributeValue and C_CopyObject (docs/byok-format.md "PKCS#11 facts"): both shapes are read here.
 */
export interface Ckr {
  name: string;
  code: number;
}

export function ckrOf(error: unknown): Ckr | undefined {
  if (!(error instanceof Error)) return undefined;
  const match = /(CKR_[A-Z0-9_]+)(?::(\d+))?/.exec(error.message);
  if (!match) return undefined;
  const own = (error as unknown as { code?: unknown }).code;
  const code = match[2] !== undefined ? Number(match[2]) : typeof own === 'number' ? own : NaN;
  return { name: match[1] as string, code };
}

export function isCkr(error: unknown, ...names: string[]): boolean {
  const ckr = ckrOf(error);
  return ckr !== undefined && names.includes(ckr.name);
}

interface Explanation {
  code: ErrorCode;
  problem: string;
  hint: string;
}

const PIN_HINT =
  'Check the "pin" input (or the PKCS11_PIN secret it can come from); repeated wrong PINs can lock the token';

const EXPLANATIONS: Record<string, Explanation> = {
  CKR_PIN_INCORRECT: {
    code: 'HSM_PIN_INCORRECT',
    problem: 'the PIN is wrong',
    hint: PIN_HINT,
  },
  CKR_PIN_INVALID: {
    code: 'HSM_PIN_INCORRECT',
    problem: 'the token refuses the PIN (invalid characters)',
    hint: PIN_HINT,
  },
  CKR_PIN_LEN_RANGE: {
    code: 'HSM_PIN_INCORRECT',
    problem: 'the PIN is too short or too long for this token',
    hint: PIN_HINT,
  },
  CKR_PIN_LOCKED: {
    code: 'HSM_PIN_LOCKED',
    problem: 'the user PIN is locked',
    hint: 'Ask the HSM security officer to unlock or reset the user PIN',
  },
  CKR_PIN_EXPIRED: {
    code: 'HSM_PIN_EXPIRED',
    problem: 'the user PIN has expired',
    hint: 'Change the user PIN with the HSM vendor tool and update the secret',
  },
  CKR_USER_PIN_NOT_INITIALIZED: {
    code: 'HSM_PIN_NOT_INITIALIZED',
    problem: 'the token has no user PIN yet',
    hint: 'Initialize the user PIN with the HSM vendor tool (SoftHSM: softhsm2-util --init-token --pin)',
  },
  CKR_USER_TYPE_INVALID: {
    code: 'HSM_LOGIN_FAILED',
    problem: 'the token refuses a user login',
    hint: 'Use a token that has a normal user (CKU_USER)',
  },
  CKR_TOKEN_NOT_PRESENT: {
    code: 'HSM_TOKEN_NOT_PRESENT',
    problem: 'the token is not present',
    hint: 'Check that the HSM is connected and the slot holds the token',
  },
  CKR_DEVICE_REMOVED: {
    code: 'HSM_TOKEN_NOT_PRESENT',
    problem: 'the token was removed',
    hint: 'Check the connection to the HSM and run the job again',
  },
  CKR_TOKEN_NOT_RECOGNIZED: {
    code: 'HSM_TOKEN_NOT_PRESENT',
    problem: 'the module does not recognize the token',
    hint: 'Check "pkcs11-module": it must be the library of this HSM',
  },
  CKR_SLOT_ID_INVALID: {
    code: 'HSM_SLOT_INVALID',
    problem: 'the slot does not exist',
    hint: 'Check "slot-id", or name the token with "token-label"',
  },
  CKR_TOKEN_WRITE_PROTECTED: {
    code: 'HSM_TOKEN_READ_ONLY',
    problem: 'the token is write-protected',
    hint: 'Use a writable token, or wrap an existing key (generate: false)',
  },
  CKR_SESSION_READ_ONLY: {
    code: 'HSM_TOKEN_READ_ONLY',
    problem: 'the session is read-only',
    hint: 'Use a writable token',
  },
  CKR_DEVICE_MEMORY: {
    code: 'HSM_TOKEN_FULL',
    problem: 'the token has no room left',
    hint: 'Free space on the token and run the job again',
  },
  CKR_KEY_UNEXTRACTABLE: {
    code: 'HSM_KEY_NOT_EXTRACTABLE',
    problem: 'the key is not extractable (CKA_EXTRACTABLE false)',
    hint: 'A key can only leave the HSM wrapped if it was created extractable: create it with CKA_EXTRACTABLE true (generate: true does)',
  },
  CKR_KEY_NOT_WRAPPABLE: {
    code: 'HSM_KEY_NOT_WRAPPABLE',
    problem: 'the token cannot wrap this key with this mechanism',
    hint: 'Check the key type and the wrap mechanism (kwp-mechanism)',
  },
  CKR_KEY_FUNCTION_NOT_PERMITTED: {
    code: 'HSM_KEY_USE_NOT_PERMITTED',
    problem: "the key's attributes do not permit this operation",
    hint: 'Check the attributes of the key in the HSM',
  },
  CKR_MECHANISM_INVALID: {
    code: 'HSM_MECHANISM_UNSUPPORTED',
    problem: 'the token does not support this mechanism',
    hint: 'Set "kwp-mechanism" to the RFC 5649 mechanism of this token, or leave it at auto',
  },
  CKR_MECHANISM_PARAM_INVALID: {
    code: 'HSM_MECHANISM_UNSUPPORTED',
    problem: 'the token does not accept the parameters of this mechanism',
    hint: 'The token may not support RSA-OAEP with SHA-1, which Azure requires',
  },
  CKR_WRAPPING_KEY_TYPE_INCONSISTENT: {
    code: 'HSM_MECHANISM_UNSUPPORTED',
    problem: 'the wrapping key does not fit this mechanism',
    hint: 'Check "kwp-mechanism"',
  },
  CKR_USER_NOT_LOGGED_IN: {
    code: 'HSM_NOT_LOGGED_IN',
    problem: 'the session is not logged in',
    hint: 'Check the "pin" input',
  },
};

/**
 * The byok error for a failed PKCS#11 call. `context` names what was being done and on which object, e.g.
 * `Logging in to token "ci"`. Known user-fixable codes become ConfigurationErrors; others are HSM_CALL_FAILED with
 * the CKR name in the message, so the log says exactly what the token answered.
 */
export function hsmError(error: unknown, context: string): ByokError {
  if (error instanceof ByokError) return error;
  const ckr = ckrOf(error);
  if (!ckr) {
    const message = error instanceof Error ? error.message : String(error);
    return new ByokError(
      'HSM_FAILED',
      `${context} failed: ${message}`,
      'Rerun with debug logging; check the PKCS#11 module and the HSM',
      { cause: error },
    );
  }
  const known = EXPLANATIONS[ckr.name];
  if (known) {
    // Every explained return value is the user's to fix (PIN, token, key attributes, mechanism).
    return new ConfigurationError(
      known.code,
      `${context} failed: ${known.problem} (${ckr.name})`,
      known.hint,
      {
        cause: error,
      },
    );
  }
  return new ByokError(
    'HSM_CALL_FAILED',
    `${context} failed: the token answered ${ckr.name}`,
    'Check the HSM logs; rerun with debug logging and report it if the token is healthy',
    {
      cause: error,
    },
  );
}

/** Runs one PKCS#11 call; a failure becomes a byok error that names `context`. */
export function hsmCall<T>(context: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw hsmError(error, context);
  }
}
