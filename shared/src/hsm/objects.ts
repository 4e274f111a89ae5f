import { hsmCall, isCkr } from './errors.js';
import type { Handle, Template } from './pkcs11.js';
import type { HsmSession } from './session.js';

/** Small readers over PKCS#11 objects, shared by target lookup, the wrap and the test helpers. */

export function findObjects(hsm: HsmSession, template: Template, what: string, max = 1000): Handle[] {
  const { lib, session } = hsm;
  hsmCall(`Searching ${what}`, () => lib.C_FindObjectsInit(session, template));
  try {
    return hsmCall(`Searching ${what}`, () => lib.C_FindObjects(session, max));
  } finally {
    try {
      lib.C_FindObjectsFinal(session);
    } catch {
      // nothing to release if the search already ended
    }
  }
}

/**
 * One attribute, or undefined when the object does not have it or keeps it secret. Attributes are read one at a
 * time because a template with one sensitive attribute fails as a whole.
 */
export function readAttribute(
  hsm: HsmSession,
  handle: Handle,
  type: number,
  what: string,
): Buffer | undefined {
  try {
    const [result] = hsm.lib.C_GetAttributeValue(hsm.session, handle, [{ type }]);
    return result?.value;
  } catch (error) {
    if (isCkr(error, 'CKR_ATTRIBUTE_TYPE_INVALID', 'CKR_ATTRIBUTE_SENSITIVE')) return undefined;
    return hsmCall(`Reading attribute 0x${type.toString(16)} of ${what}`, () => {
      throw error;
    });
  }
}

export function readBoolean(
  hsm: HsmSession,
  handle: Handle,
  type: number,
  what: string,
): boolean | undefined {
  const value = readAttribute(hsm, handle, type, what);
  return value === undefined || value.length === 0 ? undefined : value[0] !== 0;
}

/** CK_ULONG attributes (CKA_CLASS, CKA_KEY_TYPE, CKA_VALUE_LEN): little-endian, 8 bytes on linux-x64. */
export function readNumber(hsm: HsmSession, handle: Handle, type: number, what: string): number | undefined {
  const value = readAttribute(hsm, handle, type, what);
  if (value === undefined || value.length === 0) return undefined;
  return value.length >= 8 ? Number(value.readBigUInt64LE(0)) : value.readUInt32LE(0);
}

export function readText(hsm: HsmSession, handle: Handle, type: number, what: string): string | undefined {
  return readAttribute(hsm, handle, type, what)?.toString('utf8');
}

/** Significant bits of a big-endian unsigned integer (CKA_MODULUS). */
export function bitLength(bytes: Buffer): number {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  if (start === bytes.length) return 0;
  return (bytes.length - start - 1) * 8 + (32 - Math.clz32(bytes[start] as number));
}
