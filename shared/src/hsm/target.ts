import type { KeyObject } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { checkTargetSpec, describeTarget, type TargetKeySpec } from '../keys/target.js';
import { bitLength, findObjects, readAttribute, readBoolean, readNumber, readText } from './objects.js';
import type { Handle } from './pkcs11.js';
import { curveFromEcParams, describeEcParams, ecPublicKey, rsaPublicKey } from './public-key.js';
import type { HsmSession } from './session.js';

/** The key to wrap, as found on the token (private key for RSA/EC, secret key for AES). */
export interface TargetKey {
  handle: Handle;
  label: string;
  /** CKA_ID, lowercase hex ('' when the key has none). */
  id: string;
  spec: TargetKeySpec;
  /** RSA/EC: the public key, from the token. */
  publicKey?: KeyObject;
  /** AES: CKA_ENCRYPT is set, so a key check value can be computed. */
  canEncrypt: boolean;
}

/** "RSA-2048", "EC P-256", "AES-256", or what the token holds when byok cannot wrap it. */
function readSpec(hsm: HsmSession, handle: Handle, what: string): TargetKeySpec | string {
  const { p11 } = hsm;
  const keyType = readNumber(hsm, handle, p11.CKA_KEY_TYPE, what);
  if (keyType === p11.CKK_RSA) {
    const modulus = readAttribute(hsm, handle, p11.CKA_MODULUS, what);
    return { type: 'RSA', size: modulus ? bitLength(modulus) : 0 };
  }
  if (keyType === p11.CKK_EC) {
    const params = readAttribute(hsm, handle, p11.CKA_EC_PARAMS, what) ?? Buffer.alloc(0);
    const curve = curveFromEcParams(params);
    return curve ? { type: 'EC', curve } : `an EC key on an unsupported curve (${describeEcParams(params)})`;
  }
  if (keyType === p11.CKK_AES)
    return { type: 'oct', size: (readNumber(hsm, handle, p11.CKA_VALUE_LEN, what) ?? 0) * 8 };
  return `a key of type CKK 0x${(keyType ?? 0).toString(16)}`;
}

function show(spec: TargetKeySpec | string): string {
  return typeof spec === 'string' ? spec : describeTarget(spec);
}

function idOf(hsm: HsmSession, handle: Handle, what: string): string {
  return (readAttribute(hsm, handle, hsm.p11.CKA_ID, what) ?? Buffer.alloc(0)).toString('hex');
}

function keyClasses(hsm: HsmSession): number[] {
  return [hsm.p11.CKO_PRIVATE_KEY, hsm.p11.CKO_SECRET_KEY];
}

/** Private and secret keys matching label (and id): what could be a target. */
export function findKeys(hsm: HsmSession, label: string, id?: Buffer): Handle[] {
  const { p11 } = hsm;
  return keyClasses(hsm).flatMap((cls) =>
    findObjects(
      hsm,
      [
        { type: p11.CKA_CLASS, value: cls },
        { type: p11.CKA_LABEL, value: label },
        ...(id ? [{ type: p11.CKA_ID, value: id }] : []),
      ],
      `keys labelled "${label}" on token "${hsm.token.label}"`,
    ),
  );
}

/** Up to 20 keys on the token, for error messages: `"label" (RSA-2048, id 01ab)`. */
export function listKeys(hsm: HsmSession): string {
  const handles = keyClasses(hsm).flatMap((cls) =>
    findObjects(hsm, [{ type: hsm.p11.CKA_CLASS, value: cls }], `keys on token "${hsm.token.label}"`, 21),
  );
  if (handles.length === 0) return 'no private or secret keys';
  const shown = handles.slice(0, 20).map((h) => describeKey(hsm, h));
  return `${shown.join(', ')}${handles.length > 20 ? ', …' : ''}`;
}

function describeKey(hsm: HsmSession, handle: Handle): string {
  const label = readText(hsm, handle, hsm.p11.CKA_LABEL, 'a key') ?? '';
  const id = idOf(hsm, handle, `key "${label}"`);
  return `"${label}" (${show(readSpec(hsm, handle, `key "${label}"`))}${id ? `, id ${id}` : ''})`;
}

/** Exactly one key under label (and id), or a clear error listing what was found. undefined when none. */
export function findTarget(hsm: HsmSession, label: string, id?: Buffer): Handle | undefined {
  const handles = findKeys(hsm, label, id);
  if (handles.length > 1) {
    throw new ConfigurationError(
      'TARGET_AMBIGUOUS',
      `Input "key-label": ${handles.length} keys on token "${hsm.token.label}" match label "${label}"${id ? ` and id ${id.toString('hex')}` : ''}: ${handles.map((h) => describeKey(hsm, h)).join(', ')}`,
      id
        ? 'Give each key its own label or CKA_ID in the HSM'
        : 'Add "key-id" (the CKA_ID in hex) to pick one',
    );
  }
  return handles[0];
}

export function notFound(hsm: HsmSession, label: string, id?: Buffer): ConfigurationError {
  const sameLabel = id ? findKeys(hsm, label) : [];
  const found =
    sameLabel.length > 0
      ? `keys labelled "${label}" have other ids: ${sameLabel.map((h) => describeKey(hsm, h)).join(', ')}`
      : `the token holds ${listKeys(hsm)}`;
  return new ConfigurationError(
    'TARGET_NOT_FOUND',
    `Input "${id ? 'key-id' : 'key-label'}": no private or secret key labelled "${label}"${id ? ` with id ${id.toString('hex')}` : ''} on token "${hsm.token.label}"; ${found}`,
    'Check "key-label" and "key-id" (CKA_LABEL and CKA_ID), or set generate: true to create the key in the HSM',
  );
}

/** The target's public key: RSA from the private key's modulus, EC from the public key object with the same CKA_ID. */
function readPublicKey(
  hsm: HsmSession,
  handle: Handle,
  spec: TargetKeySpec,
  label: string,
  id: string,
): KeyObject | undefined {
  const { p11 } = hsm;
  const what = `key "${label}"`;
  if (spec.type === 'oct') return undefined;
  if (spec.type === 'RSA') {
    const modulus = readAttribute(hsm, handle, p11.CKA_MODULUS, what);
    const exponent = readAttribute(hsm, handle, p11.CKA_PUBLIC_EXPONENT, what);
    if (modulus && exponent && exponent.length > 0) return rsaPublicKey(modulus, exponent);
  }
  const template = [
    { type: p11.CKA_CLASS, value: p11.CKO_PUBLIC_KEY },
    { type: p11.CKA_KEY_TYPE, value: spec.type === 'RSA' ? p11.CKK_RSA : p11.CKK_EC },
    ...(id ? [{ type: p11.CKA_ID, value: Buffer.from(id, 'hex') }] : [{ type: p11.CKA_LABEL, value: label }]),
  ];
  for (const pub of findObjects(hsm, template, `the public key of ${what}`)) {
    if (spec.type === 'RSA') {
      const modulus = readAttribute(hsm, pub, p11.CKA_MODULUS, what);
      const exponent = readAttribute(hsm, pub, p11.CKA_PUBLIC_EXPONENT, what);
      if (modulus && exponent) return rsaPublicKey(modulus, exponent);
    } else {
      const params = readAttribute(hsm, pub, p11.CKA_EC_PARAMS, what);
      const point = readAttribute(hsm, pub, p11.CKA_EC_POINT, what);
      if (params && point && curveFromEcParams(params) === spec.curve) return ecPublicKey(spec.curve, point);
    }
  }
  throw new ConfigurationError(
    'TARGET_PUBLIC_KEY_MISSING',
    `Input "key-label": the token holds no public key for ${what} (${describeTarget(spec)}${id ? `, id ${id}` : ''})`,
    'byok reads the public key from the public key object with the same CKA_ID; keep it on the token next to the private key',
  );
}

/**
 * Checks a key before anything is wrapped (what Azure or the token would refuse later): a type and size
 * Azure imports, the expected type when one was asked for, extractable, no trusted wrapping key needed.
 */
export function inspectTarget(
  hsm: HsmSession,
  handle: Handle,
  expected?: { type: TargetKeySpec['type']; size?: number; curve?: string },
): TargetKey {
  const { p11 } = hsm;
  const label = readText(hsm, handle, p11.CKA_LABEL, 'the target key') ?? '';
  const what = `key "${label}" on token "${hsm.token.label}"`;
  const spec = readSpec(hsm, handle, what);
  if (typeof spec === 'string') {
    throw new ConfigurationError(
      'TARGET_TYPE_UNSUPPORTED',
      `Input "key-label": ${what} is ${spec}; Azure imports RSA, EC (P-256, P-384, P-521, P-256K) and AES keys (AES into a Managed HSM only)`,
      'Choose another key',
    );
  }
  checkTargetSpec(spec, `Input "key-label": ${what}`);
  const mismatch =
    expected !== undefined &&
    (expected.type !== spec.type ||
      (spec.type === 'EC' && expected.curve !== undefined && expected.curve !== spec.curve) ||
      (spec.type !== 'EC' && expected.size !== undefined && expected.size !== spec.size));
  if (expected && mismatch) {
    const asked =
      expected.type === 'EC'
        ? `EC ${expected.curve ?? ''}`
        : `${expected.type === 'oct' ? 'AES' : 'RSA'}${expected.size ? `-${expected.size}` : ''}`;
    throw new ConfigurationError(
      'TARGET_TYPE_MISMATCH',
      `Input "key-type": ${what} is ${describeTarget(spec)}, not the requested ${asked.trim()}`,
      'Set key-type/key-size/curve to match the existing key, or choose another key-label',
    );
  }
  if (readBoolean(hsm, handle, p11.CKA_EXTRACTABLE, what) !== true) {
    throw new ConfigurationError(
      'TARGET_NOT_EXTRACTABLE',
      `Input "key-label": ${what} is not extractable (CKA_EXTRACTABLE false), so the HSM will not wrap it`,
      'A key can leave the HSM only if it was created extractable; create it with CKA_EXTRACTABLE true (generate: true does), it cannot be changed afterwards',
    );
  }
  if (readBoolean(hsm, handle, p11.CKA_WRAP_WITH_TRUSTED, what) === true) {
    throw new ConfigurationError(
      'TARGET_NEEDS_TRUSTED_WRAP',
      `Input "key-label": ${what} has CKA_WRAP_WITH_TRUSTED, so it can only be wrapped by a key the security officer marked trusted`,
      'byok wraps with a transient key that cannot be trusted; use a key without CKA_WRAP_WITH_TRUSTED',
    );
  }
  const id = idOf(hsm, handle, what);
  const publicKey = readPublicKey(hsm, handle, spec, label, id);
  const canEncrypt = spec.type === 'oct' && readBoolean(hsm, handle, p11.CKA_ENCRYPT, what) === true;
  return { handle, label, id, spec, canEncrypt, ...(publicKey ? { publicKey } : {}) };
}
