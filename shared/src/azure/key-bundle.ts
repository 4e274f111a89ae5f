import type { KeyObject } from 'node:crypto';
import type { KeyVaultKey } from '@azure/keyvault-keys';
import { publicKeyFromJwk } from '../crypto/public-key.js';
import type { Kek } from '../kek/rules.js';

const b64url = (bytes: Uint8Array | undefined) =>
  bytes ? Buffer.from(bytes).toString('base64url') : undefined;

/** The public key of an RSA or EC key the vault returned. */
export function publicKeyOf(key: KeyVaultKey): KeyObject {
  const jwk = key.key ?? {};
  return publicKeyFromJwk({
    kty: String(jwk.kty),
    n: b64url(jwk.n),
    e: b64url(jwk.e),
    crv: jwk.crv,
    x: b64url(jwk.x),
    y: b64url(jwk.y),
  });
}

export function toKek(key: KeyVaultKey): Kek {
  return {
    kid: key.id ?? '',
    name: key.name,
    kty: String(key.keyType),
    keyOps: (key.keyOperations ?? []).map(String),
    enabled: key.properties.enabled ?? true,
    ...(key.properties.notBefore ? { notBefore: key.properties.notBefore } : {}),
    ...(key.properties.expiresOn ? { expiresOn: key.properties.expiresOn } : {}),
    publicKey: publicKeyOf(key),
  };
}
