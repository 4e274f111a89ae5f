/** Debian's `opencryptoki` package: the PKCS#11 library and the slot daemon. */
export const OPENCRYPTOKI_MODULE = '/usr/lib/x86_64-linux-gnu/pkcs11/libopencryptoki.so';
export const PKCSSLOTD = '/usr/sbin/pkcsslotd';

/** The first line the sandbox's worker reads: the token to make (PINs 4-8 characters, the soft token's limits). */
export interface SandboxConfig {
  label: string;
  pin: string;
  soPin: string;
}

/** Marks the worker's answers on stdout; anything else there is passed on as log. */
export const ANSWER_PREFIX = '\u0001byok-sandbox ';
