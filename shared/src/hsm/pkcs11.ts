import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Pkcs11Binding from 'pkcs11js';
import { checkNativeBinding } from './native-binding.js';

/**
 * The PKCS#11 binding (pkcs11js), loaded on first use only: its native addon is the heaviest thing action-wrap
 * loads, and no other action needs it. In a bundle, the addon is the one in `native/` built for this host
 * (native-binding.ts); a host without one gets a ConfigurationError before any native code is touched.
 */
export type Pkcs11 = typeof Pkcs11Binding;
export type Pkcs11Library = Pkcs11Binding.PKCS11;
export type Handle = Buffer;
export type Template = Pkcs11Binding.Template;
export type TokenInfo = Pkcs11Binding.TokenInfo;

let binding: Promise<Pkcs11> | undefined;

async function load(): Promise<Pkcs11> {
  checkNativeBinding(dirname(fileURLToPath(import.meta.url)));
  const module = await import('pkcs11js');
  return ((module as { default?: Pkcs11 }).default ?? module) as Pkcs11;
}

export function loadPkcs11(): Promise<Pkcs11> {
  binding ??= load();
  return binding;
}

/** Numbers pkcs11js does not export (PKCS#11 2.40 / 3.0, vendor headers). */
export const CKM_RSA_AES_KEY_WRAP = 0x1054;
export const CKM_AES_KEY_WRAP = 0x2109;
/**
 * RFC 5649 on SoftHSM; on some tokens PKCS#7 padding + RFC 3394 (docs/byok-format.md "PKCS#11 facts"): always
 * known-answer tested.
 */
export const CKM_AES_KEY_WRAP_PAD = 0x210a;
/** PKCS#11 3.0 CKM_AES_KEY_WRAP_KWP. */
export const CKM_AES_KEY_WRAP_KWP = 0x210b;
/** Thales Luna CKM_AES_KWP (vendor-defined). */
export const CKM_VENDOR_THALES_AES_KWP = 0x80000171;
/** CK_RSA_PKCS_OAEP_PARAMS.source: the label is given in pSourceData (here empty). */
export const CKZ_DATA_SPECIFIED = 1;

/** `0x210A`-style name of a mechanism number, with the PKCS#11 name when byok knows it. */
export function mechanismName(mechanism: number): string {
  const hex = `0x${mechanism.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<number, string> = {
    [CKM_RSA_AES_KEY_WRAP]: 'CKM_RSA_AES_KEY_WRAP',
    [CKM_AES_KEY_WRAP]: 'CKM_AES_KEY_WRAP',
    [CKM_AES_KEY_WRAP_PAD]: 'CKM_AES_KEY_WRAP_PAD',
    [CKM_AES_KEY_WRAP_KWP]: 'CKM_AES_KEY_WRAP_KWP',
    [CKM_VENDOR_THALES_AES_KWP]: 'CKM_AES_KWP (Thales)',
  };
  return names[mechanism] ? `${names[mechanism]} (${hex})` : hex;
}

/** A slot id as a number string (SoftHSM ids are 32-bit; CK_ULONG is 64-bit on linux-x64). */
export function slotIdOf(slot: Handle): string {
  return slot.length >= 8 ? slot.readBigUInt64LE(0).toString() : slot.readUInt32LE(0).toString();
}

export function trimPadded(text: string): string {
  return text.replace(/[\s\0]+$/, '').trim();
}
