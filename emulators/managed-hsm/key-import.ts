import { createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { decodeBase64Lenient } from '../../shared/src/byok/base64.js';
import { parseByok } from '../../shared/src/byok/file.js';
import { rsaAesKeyUnwrap } from '../../shared/src/byok/rsa-aes-key-wrap.js';
import { ByokError } from '../../shared/src/errors.js';
import { badParameter, ServiceError } from './http.js';
import {
  hsmKty,
  materialFromPrivateKey,
  materialFromSecret,
  type HsmKty,
  type KeyMaterial,
} from './key-material.js';
import type { KeyStore } from './keys-store.js';

/**
 * The key material of `PUT /keys/{name}`: a plain private JWK, or a `key_hsm` BYOK blob unwrapped with a KEK of this
 * HSM (BYOK-SPEC.md "The .byok file", "The wrapped blob"). `note` records what the service would log.
 */
export function importMaterial(
  key: Record<string, unknown>,
  store: KeyStore,
  note: (line: string) => void,
): KeyMaterial {
  const kty = hsmKty(key.kty);
  if (key.key_hsm !== undefined) return unwrapByok(kty, key, store, note);
  if (kty === 'oct-HSM') {
    const secret = typeof key.k === 'string' ? decodeBase64Lenient(key.k) : undefined;
    if (!secret) throw badParameter('An oct key to import needs "k" (base64url) or "key_hsm"');
    return materialFromSecret(secret);
  }
  const jwk: Record<string, unknown> =
    kty === 'RSA-HSM'
      ? { ...key, kty: 'RSA' }
      : { ...key, kty: 'EC', crv: key.crv === 'P-256K' ? 'secp256k1' : key.crv };
  if (typeof jwk.d !== 'string')
    throw badParameter('The key to import has no private part ("d"); a public key cannot be imported');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' });
  } catch {
    throw badParameter(`The ${kty} key to import is not a valid JSON Web Key`);
  }
  return checkDeclared(kty, key.crv, materialFromPrivateKey(privateKey));
}

function unwrapByok(
  kty: HsmKty,
  key: Record<string, unknown>,
  store: KeyStore,
  note: (line: string) => void,
): KeyMaterial {
  const bytes = typeof key.key_hsm === 'string' ? decodeBase64Lenient(key.key_hsm) : undefined;
  if (!bytes) throw badParameter('key_hsm must be the base64url encoding of a BYOK file');
  let byok;
  try {
    byok = parseByok(bytes, 'key_hsm');
  } catch (error) {
    throw badParameter(error instanceof ByokError ? error.message : 'key_hsm is not a BYOK file');
  }
  const kek = findKek(byok.kid, store);
  if (kek.material.kty !== 'RSA-HSM')
    throw badParameter(`Key ${byok.kid} is a ${kek.material.kty} key; a key exchange key must be RSA-HSM`);
  let plaintext: Buffer;
  try {
    plaintext = rsaAesKeyUnwrap(kek.material.privateKey, byok.ciphertext);
  } catch {
    throw badParameter(
      `The key material in key_hsm could not be unwrapped with key ${byok.kid}: it was wrapped under another key or is damaged`,
    );
  }
  if (kty === 'oct-HSM') return materialFromSecret(plaintext);
  const der = completeDer(plaintext, note);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    throw badParameter('The unwrapped key material is not a PKCS#8 private key');
  }
  return checkDeclared(kty, key.crv, materialFromPrivateKey(privateKey));
}

/** The KEK named by the .byok: a key of this HSM, key_ops exactly ["import"], enabled and inside nbf/exp. */
function findKek(kid: string, store: KeyStore) {
  const url = new URL(kid);
  if (url.origin.toLowerCase() !== new URL(store.baseUrl).origin.toLowerCase()) {
    throw badParameter(
      `The key exchange key ${kid} is not a key of this HSM (${store.baseUrl}); wrap the key with a KEK of the HSM that imports it`,
    );
  }
  const [, , name = '', version = ''] = url.pathname.split('/');
  const kek = store.get(name, version);
  if (kek.keyOps.length !== 1 || kek.keyOps[0] !== 'import') {
    throw badParameter(
      `Key ${kid} is not a key exchange key: its key_ops are [${kek.keyOps.join(', ')}], a KEK must allow exactly [import]`,
    );
  }
  const now = Math.floor(Date.now() / 1000);
  const refuse = (state: string) =>
    new ServiceError(403, 'Forbidden', `Operation import is not allowed on ${state} key: ${kid}`);
  if (!kek.attributes.enabled) throw refuse('a disabled');
  if (kek.attributes.exp !== undefined && kek.attributes.exp <= now) throw refuse('an expired');
  if (kek.attributes.nbf !== undefined && kek.attributes.nbf > now) throw refuse('a not yet valid');
  return kek as typeof kek & { material: { kty: 'RSA-HSM' } };
}

/**
 * The DER of the PKCS#8 PrivateKeyInfo: its outer SEQUENCE length says where it ends. Zero bytes after it are
 * tolerated (SoftHSM 2.6 pads before wrapping, BYOK-SPEC.md "PKCS#11 facts"); anything else is refused.
 */
function completeDer(plaintext: Buffer, note: (line: string) => void): Buffer {
  const notDer = () => badParameter('The unwrapped key material is not a DER-encoded PKCS#8 private key');
  if (plaintext.length < 2 || plaintext[0] !== 0x30) throw notDer();
  const first = plaintext[1] ?? 0;
  let length = first;
  let header = 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 3 || plaintext.length < 2 + count) throw notDer();
    length = plaintext.subarray(2, 2 + count).reduce((acc, byte) => acc * 256 + byte, 0);
    header = 2 + count;
  }
  const end = header + length;
  if (end > plaintext.length) throw notDer();
  const trailing = plaintext.subarray(end);
  if (trailing.some((byte) => byte !== 0))
    throw badParameter(
      `The unwrapped key material has ${trailing.length} bytes of data after the PKCS#8 private key`,
    );
  if (trailing.length > 0)
    note(
      `tolerated ${trailing.length} zero byte(s) after the unwrapped PKCS#8 key (SoftHSM pads before wrapping)`,
    );
  return plaintext.subarray(0, end);
}

/** The key must be of the declared kty, and on the declared curve when one is given. */
function checkDeclared(kty: HsmKty, crv: unknown, material: KeyMaterial): KeyMaterial {
  if (material.kty !== kty)
    throw badParameter(
      `The key material is an ${material.kty.replace('-HSM', '')} key, but the request declares kty ${kty}`,
    );
  if (material.kty === 'EC-HSM' && crv !== undefined && crv !== material.crv) {
    throw badParameter(
      `The key material is on curve ${material.crv}, but the request declares crv ${String(crv)}`,
    );
  }
  return material;
}
