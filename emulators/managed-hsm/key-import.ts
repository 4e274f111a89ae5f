import { createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { badParameter, base64UrlField, ServiceError } from './http.js';
import {
  curveOf,
  hsmKty,
  materialFromPrivateKey,
  materialFromSecret,
  type HsmKty,
  type KeyMaterial,
} from './key-material.js';
import type { Tolerates } from './tolerances.js';
import { exactPkcs8, parseTransferBlob, unwrapTransferBlob } from './transfer-blob.js';
import type { Vault } from './vaults.js';

/**
 * The key material of `PUT /keys/{name}`: a `key_hsm` BYOK blob unwrapped with a KEK of the same vault (BYOK
 * specification), or a plain private JWK. `tolerates` lets a named departure through and notes it.
 */
export function importMaterial(
  key: Record<string, unknown>,
  hsm: unknown,
  vault: Vault,
  tolerates: Tolerates,
): KeyMaterial {
  if (hsm !== undefined && typeof hsm !== 'boolean') throw badParameter('Hsm must be a boolean');
  const byok = key.key_hsm !== undefined;
  if (byok && hsm === false)
    throw badParameter('A key_hsm key is HSM-protected: Hsm cannot be false for a BYOK import');
  const software = typeof key.kty === 'string' && /^(RSA|EC|oct)$/.test(key.kty);
  const kty = hsmKty(
    key.kty,
    software &&
      (byok
        ? tolerates('software-kty', `kty ${String(key.kty)} taken as ${String(key.kty)}-HSM`)
        : hsm === true || vault.kind === 'managedhsm'),
  );
  checkKind(kty, vault, tolerates);
  if (key.crv !== undefined) curveOf(key.crv);
  if (
    byok &&
    kty === 'EC-HSM' &&
    key.crv === undefined &&
    !tolerates('ec-without-crv', 'the curve was read from the key')
  )
    throw badParameter('An EC-HSM key to import needs "crv": P-256, P-384, P-521 or P-256K');
  if (byok) return unwrapByok(kty, key, vault, tolerates);
  return fromJwk(kty, key);
}

/** oct-HSM is a Managed HSM key type; a Key Vault refuses it before anything is unwrapped. */
export function checkKind(kty: HsmKty, vault: Vault, tolerates: Tolerates): void {
  if (vault.capabilities.ktys.includes(kty)) return;
  if (tolerates('oct-on-key-vault', `${kty} on ${vault.capabilities.title} ${vault.name}`)) return;
  throw badParameter(
    `The key type ${kty} is not supported by ${vault.capabilities.title}; use one of ${vault.capabilities.ktys.join(', ')}`,
  );
}

function fromJwk(kty: HsmKty, key: Record<string, unknown>): KeyMaterial {
  if (kty === 'oct-HSM') {
    if (key.k === undefined) throw badParameter('An oct key to import needs "k" (base64url) or "key_hsm"');
    return materialFromSecret(base64UrlField(key.k, 'k'));
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
    throw badParameter('The property "key" must be a valid JsonWebKey object.');
  }
  return checkDeclared(kty, key.crv, materialFromPrivateKey(privateKey));
}

function unwrapByok(
  kty: HsmKty,
  key: Record<string, unknown>,
  vault: Vault,
  tolerates: Tolerates,
): KeyMaterial {
  const blob = parseTransferBlob(base64UrlField(key.key_hsm, 'key_hsm'));
  const kek = findKek(blob.kid, vault);
  const plaintext = unwrapTransferBlob(kek.privateKey, blob.ciphertext);
  if (!plaintext)
    throw badParameter(
      `The key material in key_hsm could not be unwrapped with key ${blob.kid}: it was wrapped under another key or is damaged`,
    );
  if (kty === 'oct-HSM') return materialFromSecret(plaintext);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: exactPkcs8(plaintext, tolerates), format: 'der', type: 'pkcs8' });
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw badParameter('The unwrapped key material is not a PKCS#8 private key');
  }
  return checkDeclared(kty, key.crv, materialFromPrivateKey(privateKey));
}

/**
 * The KEK the blob names: a key of the vault that imports (BYOK specification: "Must be in the same vault where
 * the Target Key will be imported"), RSA-HSM, key_ops exactly ["import"], enabled and inside nbf/exp.
 */
function findKek(kid: string, vault: Vault): { privateKey: KeyObject } {
  let url: URL;
  try {
    url = new URL(kid);
  } catch {
    throw badParameter(`The kid ${JSON.stringify(kid)} of the key_hsm header is not a key identifier`);
  }
  const path = /^\/keys\/([0-9a-zA-Z-]{1,127})\/([0-9a-fA-F]{32})$/.exec(url.pathname);
  if (!path) throw badParameter(`The kid ${kid} of the key_hsm header is not a versioned key identifier`);
  if (url.origin.toLowerCase() !== vault.url.toLowerCase())
    throw badParameter(
      `The key exchange key ${kid} is not a key of this ${vault.capabilities.title} (${vault.url}); wrap the key with a KEK of the vault that imports it`,
    );
  const kek = vault.store.get(path[1] as string, path[2]);
  if (kek.material.kty !== 'RSA-HSM')
    throw badParameter(`Key ${kid} is a ${kek.material.kty} key; a key exchange key must be RSA-HSM`);
  if (kek.keyOps.length !== 1 || kek.keyOps[0] !== 'import')
    throw badParameter(
      `Key ${kid} is not a key exchange key: its key_ops are [${kek.keyOps.join(', ')}], a KEK must allow exactly [import]`,
    );
  const now = Math.floor(Date.now() / 1000);
  const refuse = (state: string) =>
    new ServiceError(403, 'Forbidden', `Operation import is not allowed on ${state} key: ${kid}`);
  if (!kek.attributes.enabled) throw refuse('a disabled');
  if (kek.attributes.exp !== undefined && kek.attributes.exp <= now) throw refuse('an expired');
  if (kek.attributes.nbf !== undefined && kek.attributes.nbf > now) throw refuse('a not yet valid');
  return kek.material;
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
