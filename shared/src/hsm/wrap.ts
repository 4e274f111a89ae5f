import type { KeyObject } from 'node:crypto';
import type { RsaOAEP as RsaOaepParams } from 'pkcs11js';
import { ConfigurationError } from '../errors.js';
import { KEY_CHECK_BLOCK } from '../keys/key-check-value.js';
import type { Logger } from '../logger.js';
import { hsmCall, isCkr } from './errors.js';
import { CKM_RSA_AES_KEY_WRAP, CKZ_DATA_SPECIFIED, mechanismName, type Handle } from './pkcs11.js';
import type { HsmSession } from './session.js';
import type { WrapMechanismChoice } from './wrap-choice.js';

/** Whether the token offers CKM_RSA_AES_KEY_WRAP (0x1054) for wrapping. */
export function tokenHasNativeRsaAesKeyWrap(hsm: HsmSession): boolean {
  try {
    return (hsm.lib.C_GetMechanismInfo(hsm.slot, CKM_RSA_AES_KEY_WRAP).flags & hsm.p11.CKF_WRAP) !== 0;
  } catch (error) {
    if (isCkr(error, 'CKR_MECHANISM_INVALID')) return false;
    throw error;
  }
}

/**
 * `wrap-mechanism`: the single-mechanism form CKM_RSA_AES_KEY_WRAP needs CK_RSA_AES_KEY_WRAP_PARAMS, a struct that
 * holds a pointer to the OAEP parameters, which pkcs11js 2.1.7 cannot pass (docs/byok-format.md). `native` is therefore
 * refused with that explanation, and `auto` always composes the same result from CKM_RSA_PKCS_OAEP and the RFC 5649
 * mechanism, which the spec accepts as equivalent. Decided here, documented in action-wrap/README.md.
 */
export function chooseWrapMechanism(
  hsm: HsmSession,
  choice: WrapMechanismChoice,
  logger: Logger,
): 'composed' {
  const native = tokenHasNativeRsaAesKeyWrap(hsm);
  logger.debug(
    `Token "${hsm.token.label}" ${native ? 'offers' : 'does not offer'} ${mechanismName(CKM_RSA_AES_KEY_WRAP)}`,
  );
  if (choice === 'native') {
    throw new ConfigurationError(
      'WRAP_NATIVE_UNSUPPORTED',
      `Input "wrap-mechanism": native ${mechanismName(CKM_RSA_AES_KEY_WRAP)} is not available: ${native ? `token "${hsm.token.label}" offers it, but` : `token "${hsm.token.label}" does not offer it, and`} the PKCS#11 binding cannot pass its CK_RSA_AES_KEY_WRAP_PARAMS`,
      'Set wrap-mechanism to auto or composed: the composed wrap (RSA-OAEP of a transient AES key + RFC 5649) gives the same bytes and the key still never leaves the HSM in the clear',
    );
  }
  if (native && choice === 'auto')
    logger.info(
      `Token offers ${mechanismName(CKM_RSA_AES_KEY_WRAP)}; using the equivalent composed wrap (see the action README)`,
    );
  return 'composed';
}

/** Imports the KEK public key as a session object that may wrap (CKA_TOKEN false, CKA_WRAP true). */
function importKek(hsm: HsmSession, kek: KeyObject): Handle {
  const { p11, lib, session } = hsm;
  const jwk = kek.export({ format: 'jwk' });
  const handle = hsmCall(
    `Importing the KEK public key into token "${hsm.token.label}" as a session object`,
    () =>
      lib.C_CreateObject(session, [
        { type: p11.CKA_CLASS, value: p11.CKO_PUBLIC_KEY },
        { type: p11.CKA_KEY_TYPE, value: p11.CKK_RSA },
        { type: p11.CKA_TOKEN, value: false },
        { type: p11.CKA_PRIVATE, value: false },
        { type: p11.CKA_WRAP, value: true },
        { type: p11.CKA_ENCRYPT, value: false },
        { type: p11.CKA_VERIFY, value: false },
        { type: p11.CKA_LABEL, value: 'byok transient KEK' },
        { type: p11.CKA_MODULUS, value: Buffer.from(jwk.n as string, 'base64url') },
        { type: p11.CKA_PUBLIC_EXPONENT, value: Buffer.from(jwk.e as string, 'base64url') },
      ]),
  );
  return hsm.track(handle);
}

/** A transient AES-256 key generated in the HSM: session object, may wrap, extractable so the KEK can wrap it. */
function transientAesKey(hsm: HsmSession): Handle {
  const { p11, lib, session } = hsm;
  const handle = hsmCall(`Generating the transient AES-256 key in token "${hsm.token.label}"`, () =>
    lib.C_GenerateKey(session, { mechanism: p11.CKM_AES_KEY_GEN }, [
      { type: p11.CKA_CLASS, value: p11.CKO_SECRET_KEY },
      { type: p11.CKA_KEY_TYPE, value: p11.CKK_AES },
      { type: p11.CKA_VALUE_LEN, value: 32 },
      { type: p11.CKA_TOKEN, value: false },
      { type: p11.CKA_PRIVATE, value: true },
      { type: p11.CKA_SENSITIVE, value: true },
      { type: p11.CKA_EXTRACTABLE, value: true },
      { type: p11.CKA_WRAP, value: true },
      { type: p11.CKA_ENCRYPT, value: false },
      { type: p11.CKA_DECRYPT, value: false },
      { type: p11.CKA_LABEL, value: 'byok transient AES' },
    ]),
  );
  return hsm.track(handle);
}

/**
 * CKM_RSA_AES_KEY_WRAP composed in the HSM (docs/byok-format.md "The wrapped blob"): RSA-OAEP-SHA1(KEK, transient AES
 * key) || RFC 5649 wrap of the target under the transient key. Both session objects are destroyed in finally.
 */
export function wrapComposed(
  hsm: HsmSession,
  target: Handle,
  targetName: string,
  kek: KeyObject,
  kwpMechanism: number,
  logger: Logger,
): Buffer {
  const { p11, lib, session } = hsm;
  const modulusBytes = (kek.asymmetricKeyDetails?.modulusLength ?? 0) / 8;
  let aesKey: Handle | undefined;
  let kekHandle: Handle | undefined;
  try {
    aesKey = transientAesKey(hsm);
    const transient = aesKey;
    const wrappedTarget = hsmCall(
      `Wrapping ${targetName} with ${mechanismName(kwpMechanism)} under the transient AES key`,
      () => lib.C_WrapKey(session, { mechanism: kwpMechanism }, transient, target, Buffer.alloc(16 * 1024)),
    );
    kekHandle = importKek(hsm, kek);
    const oaep: RsaOaepParams = {
      type: p11.CK_PARAMS_RSA_OAEP,
      hashAlg: p11.CKM_SHA_1,
      mgf: p11.CKG_MGF1_SHA1,
      source: CKZ_DATA_SPECIFIED,
    };
    const wrapping = kekHandle;
    const wrappedAes = hsmCall(
      `Wrapping the transient AES key under the KEK with CKM_RSA_PKCS_OAEP (SHA-1)`,
      () =>
        lib.C_WrapKey(
          session,
          { mechanism: p11.CKM_RSA_PKCS_OAEP, parameter: oaep },
          wrapping,
          transient,
          Buffer.alloc(modulusBytes + 16),
        ),
    );
    if (wrappedAes.length !== modulusBytes) {
      throw new ConfigurationError(
        'WRAP_OAEP_LENGTH',
        `The token's RSA-OAEP wrap is ${wrappedAes.length} bytes, not the KEK modulus length ${modulusBytes}`,
        'The token does not implement RSA-OAEP as Azure expects',
      );
    }
    logger.debug(
      `Wrapped ${targetName}: ${wrappedAes.length} bytes RSA-OAEP + ${wrappedTarget.length} bytes AES-KWP`,
    );
    return Buffer.concat([wrappedAes, wrappedTarget]);
  } finally {
    if (kekHandle) hsm.destroy(kekHandle, 'the KEK session object');
    if (aesKey) hsm.destroy(aesKey, 'the transient AES key');
  }
}

/**
 * The check values of an AES target, computed in the HSM in one AES-ECB operation over two blocks: byok's binding
 * check value (docs/byok-format.md "Key check values": AES of KEY_CHECK_BLOCK, 16 bytes) and the traditional 3-byte
 * KCV (AES of a zero block) for people. Only for keys that allow CKA_ENCRYPT.
 */
export function aesKeyCheckValue(
  hsm: HsmSession,
  key: Handle,
  keyName: string,
): { binding: string; kcv: string } {
  const { p11, lib, session } = hsm;
  return hsmCall(`Computing the key check value of ${keyName} (AES-ECB in the HSM)`, () => {
    lib.C_EncryptInit(session, { mechanism: p11.CKM_AES_ECB }, key);
    const out = lib.C_Encrypt(session, Buffer.concat([Buffer.alloc(16), KEY_CHECK_BLOCK]), Buffer.alloc(48));
    return { kcv: out.subarray(0, 3).toString('hex'), binding: out.subarray(16, 32).toString('hex') };
  });
}
