import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { ConfigurationError } from '../errors.js';

/** SubjectPublicKeyInfo PEM, byte for byte what `az keyvault key download` writes. */
export function toSpkiPem(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'pem' }).toString();
}

/** `sha256:<hex>` over the SPKI DER: stable across PEM line endings and JWK encodings of one key. */
export function fingerprint(key: KeyObject): string {
  const der = key.export({ type: 'spki', format: 'der' });
  return `sha256:${createHash('sha256').update(der).digest('hex')}`;
}

/** Public key from base64url JWK members, as Key Vault returns them. */
export function publicKeyFromJwk(jwk: {
  kty: string;
  n?: string;
  e?: string;
  crv?: string;
  x?: string;
  y?: string;
}): KeyObject {
  const kty = jwk.kty.replace(/-HSM$/, '');
  if (kty === 'RSA') return createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
  if (kty === 'EC') {
    const crv = jwk.crv === 'P-256K' ? 'secp256k1' : jwk.crv;
    return createPublicKey({ key: { kty: 'EC', crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
  }
  throw new ConfigurationError('KEY_TYPE_UNSUPPORTED', `a ${jwk.kty} key has no public key to read`);
}

/**
 * Reads a PEM that must hold exactly one public key. A certificate or a private key is refused with a message
 * that names the file, since either one is a sign that the wrong file was picked up. `wanted` says, in the hint,
 * which public key belongs there.
 */
export function readPublicKeyPem(
  text: string,
  source: string,
  wanted = 'the KEK public key that action-kek-download wrote',
): KeyObject {
  const labels = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]);
  if (labels.length === 0) {
    throw new ConfigurationError(
      'PEM_INVALID',
      `${source} is not a PEM file`,
      `Give ${wanted} (-----BEGIN PUBLIC KEY-----)`,
    );
  }
  if (labels.some((l) => l?.includes('PRIVATE KEY'))) {
    throw new ConfigurationError(
      'PEM_PRIVATE_KEY',
      `${source} holds a private key, not a public key`,
      `Remove it from the workflow at once and give ${wanted} (-----BEGIN PUBLIC KEY-----)`,
    );
  }
  if (labels.some((l) => l === 'CERTIFICATE')) {
    throw new ConfigurationError(
      'PEM_CERTIFICATE',
      `${source} holds a certificate, not a public key`,
      `Give ${wanted} (-----BEGIN PUBLIC KEY-----)`,
    );
  }
  if (labels.length !== 1 || (labels[0] !== 'PUBLIC KEY' && labels[0] !== 'RSA PUBLIC KEY')) {
    throw new ConfigurationError(
      'PEM_INVALID',
      `${source} must hold exactly one public key, found: ${labels.join(', ')}`,
      `Give ${wanted}`,
    );
  }
  try {
    return createPublicKey({ key: text, format: 'pem' });
  } catch (error) {
    throw new ConfigurationError(
      'PEM_INVALID',
      `${source} holds a PEM public key that cannot be read`,
      `Give ${wanted}, unchanged`,
      { cause: error },
    );
  }
}
