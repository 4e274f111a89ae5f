import { randomBytes } from 'node:crypto';
import {
  findObjects,
  readAttribute,
  readBoolean,
  readNumber,
  readText,
} from '../../../shared/src/hsm/objects.js';
import type { Handle, Template } from '../../../shared/src/hsm/pkcs11.js';
import {
  EC_PARAMS,
  curveFromEcParams,
  ecPublicKey,
  rsaPublicKey,
} from '../../../shared/src/hsm/public-key.js';
import type { HsmSession } from '../../../shared/src/hsm/session.js';
import type { EcCurve } from '../../../shared/src/keys/target.js';

/**
 * Test operations on an open SoftHSM session: create keys of chosen attributes, list what the token holds, read
 * back what a test compares. They run in the helper process (worker.ts), which has SOFTHSM2_CONF in its real
 * environment; jest's sandboxed process.env never reaches the native library.
 */
export interface TokenObject {
  class: 'data' | 'certificate' | 'public' | 'private' | 'secret' | 'other';
  label: string;
  id: string;
  /** CKA_TOKEN: persistent. */
  persistent: boolean;
}

const CLASSES = ['data', 'certificate', 'public', 'private', 'secret'] as const;

export function describeObjects(hsm: HsmSession): TokenObject[] {
  return findObjects(hsm, [], 'all objects').map((handle) => ({
    class: CLASSES[readNumber(hsm, handle, hsm.p11.CKA_CLASS, 'an object') ?? -1] ?? 'other',
    label: readText(hsm, handle, hsm.p11.CKA_LABEL, 'an object') ?? '',
    id: (readAttribute(hsm, handle, hsm.p11.CKA_ID, 'an object') ?? Buffer.alloc(0)).toString('hex'),
    persistent: readBoolean(hsm, handle, hsm.p11.CKA_TOKEN, 'an object') === true,
  }));
}

export interface TestKeyOptions {
  label: string;
  /** CKA_ID hex. */
  id?: string;
  extractable?: boolean;
  /** false only where a test must read the value back. */
  sensitive?: boolean;
  encrypt?: boolean;
  wrapWithTrusted?: boolean;
}

function keyTemplate(hsm: HsmSession, options: TestKeyOptions): Template {
  const { p11 } = hsm;
  return [
    { type: p11.CKA_TOKEN, value: true },
    { type: p11.CKA_PRIVATE, value: true },
    { type: p11.CKA_LABEL, value: options.label },
    { type: p11.CKA_ID, value: options.id ? Buffer.from(options.id, 'hex') : randomBytes(8) },
    { type: p11.CKA_SENSITIVE, value: options.sensitive ?? true },
    { type: p11.CKA_EXTRACTABLE, value: options.extractable ?? true },
    ...(options.wrapWithTrusted ? [{ type: p11.CKA_WRAP_WITH_TRUSTED, value: true }] : []),
  ];
}

export interface AesKeyOptions extends TestKeyOptions {
  bits?: number;
  /** Hex; created with C_CreateObject (known value) instead of generated. */
  value?: string;
}

export function createAesKey(hsm: HsmSession, options: AesKeyOptions): void {
  const { p11, lib, session } = hsm;
  const template: Template = [
    ...keyTemplate(hsm, options),
    { type: p11.CKA_CLASS, value: p11.CKO_SECRET_KEY },
    { type: p11.CKA_KEY_TYPE, value: p11.CKK_AES },
    { type: p11.CKA_ENCRYPT, value: options.encrypt ?? true },
  ];
  if (options.value)
    lib.C_CreateObject(session, [
      ...template,
      { type: p11.CKA_VALUE, value: Buffer.from(options.value, 'hex') },
    ]);
  else
    lib.C_GenerateKey(session, { mechanism: p11.CKM_AES_KEY_GEN }, [
      ...template,
      { type: p11.CKA_VALUE_LEN, value: (options.bits ?? 256) / 8 },
    ]);
}

export type KeyPairOptions = TestKeyOptions &
  ({ type: 'RSA'; bits: number } | { type: 'EC'; curve: EcCurve });

/** A persistent RSA or EC key pair (any size, so a test can make an RSA-1024 one). */
export function createKeyPair(hsm: HsmSession, options: KeyPairOptions): void {
  const { p11, lib, session } = hsm;
  const id = options.id ?? randomBytes(8).toString('hex');
  const publicTemplate: Template = [
    { type: p11.CKA_TOKEN, value: true },
    { type: p11.CKA_LABEL, value: options.label },
    { type: p11.CKA_ID, value: Buffer.from(id, 'hex') },
    ...(options.type === 'RSA'
      ? [
          { type: p11.CKA_MODULUS_BITS, value: options.bits },
          { type: p11.CKA_PUBLIC_EXPONENT, value: Buffer.from([1, 0, 1]) },
        ]
      : [{ type: p11.CKA_EC_PARAMS, value: EC_PARAMS[options.curve] }]),
  ];
  const mechanism = options.type === 'RSA' ? p11.CKM_RSA_PKCS_KEY_PAIR_GEN : p11.CKM_EC_KEY_PAIR_GEN;
  lib.C_GenerateKeyPair(session, { mechanism }, publicTemplate, [
    ...keyTemplate(hsm, { ...options, id }),
    { type: p11.CKA_SIGN, value: true },
  ]);
}

/** The persistent objects of one class under a label, for tests that stage what an interrupted run left. */
function objectsOf(hsm: HsmSession, label: string, cls: TokenObject['class']): Handle[] {
  const value = CLASSES.indexOf(cls as (typeof CLASSES)[number]);
  return findObjects(
    hsm,
    [
      { type: hsm.p11.CKA_CLASS, value },
      { type: hsm.p11.CKA_LABEL, value: label },
    ],
    `"${label}"`,
  );
}

export function relabelObjects(
  hsm: HsmSession,
  args: { label: string; cls: TokenObject['class']; to: string },
): void {
  for (const handle of objectsOf(hsm, args.label, args.cls))
    hsm.lib.C_SetAttributeValue(hsm.session, handle, [{ type: hsm.p11.CKA_LABEL, value: args.to }]);
}

export function destroyObjects(hsm: HsmSession, args: { label: string; cls: TokenObject['class'] }): void {
  for (const handle of objectsOf(hsm, args.label, args.cls)) hsm.lib.C_DestroyObject(hsm.session, handle);
}

export function onlyObject(hsm: HsmSession, label: string, cls: number): Handle {
  const handles = findObjects(
    hsm,
    [
      { type: hsm.p11.CKA_CLASS, value: cls },
      { type: hsm.p11.CKA_LABEL, value: label },
    ],
    `"${label}"`,
  );
  if (handles.length !== 1)
    throw new Error(`expected one object labelled "${label}" of class ${cls}, found ${handles.length}`);
  return handles[0] as Handle;
}

/** SPKI PEM of the public key object labelled label. */
export function readPublicKeyPem(hsm: HsmSession, label: string): string {
  const { p11 } = hsm;
  const handle = onlyObject(hsm, label, p11.CKO_PUBLIC_KEY);
  const params = readAttribute(hsm, handle, p11.CKA_EC_PARAMS, label);
  const key = params
    ? ecPublicKey(
        curveFromEcParams(params) ?? 'P-256',
        readAttribute(hsm, handle, p11.CKA_EC_POINT, label) as Buffer,
      )
    : rsaPublicKey(
        readAttribute(hsm, handle, p11.CKA_MODULUS, label) as Buffer,
        readAttribute(hsm, handle, p11.CKA_PUBLIC_EXPONENT, label) as Buffer,
      );
  return key.export({ type: 'spki', format: 'pem' }).toString();
}

/** AES-ECB of `block` (hex, a multiple of 16 bytes) inside the HSM, with the secret key labelled label. */
export function encryptInHsm(hsm: HsmSession, label: string, block: string): string {
  const { p11, lib, session } = hsm;
  const handle = onlyObject(hsm, label, p11.CKO_SECRET_KEY);
  const data = Buffer.from(block, 'hex');
  lib.C_EncryptInit(session, { mechanism: p11.CKM_AES_ECB }, handle);
  return Buffer.from(lib.C_Encrypt(session, data, Buffer.alloc(data.length + 16))).toString('hex');
}
