import { createCipheriv } from 'node:crypto';
import { badParameter, base64UrlField, ServiceError, type Reply } from './http.js';
import type { KeyVersion } from './keys-store.js';

/** A*CBC is AES-CBC without padding (whole blocks only); A*CBCPAD pads with PKCS#7. */
const AES_CBC = /^A(128|192|256)CBC(PAD)?$/;

/** Outside nbf/exp only decrypt, unwrap, verify and release are allowed (docs/byok-format.md "Limits"). */
function checkUsable(key: KeyVersion, operation: string): void {
  const now = Math.floor(Date.now() / 1000);
  const { enabled, nbf, exp } = key.attributes;
  const state = !enabled
    ? 'a disabled'
    : exp !== undefined && now >= exp
      ? 'an expired'
      : nbf !== undefined && now < nbf
        ? 'a not yet valid'
        : undefined;
  if (state)
    throw new ServiceError(403, 'Forbidden', `Operation ${operation} is not allowed on ${state} key.`);
  if (!key.keyOps.includes(operation))
    throw badParameter(
      `Operation ${operation} is not allowed by the key's key_ops [${key.keyOps.join(', ')}]`,
    );
}

/**
 * `POST /keys/{name}/{version}/encrypt` for oct-HSM keys with AES-CBC: `{alg, value, iv}` → `{kid, value}`, both
 * base64url. Enough for a key check value; the other algorithms answer 501.
 */
export function encrypt(key: KeyVersion, kid: string, body: Record<string, unknown>): Reply {
  const alg = body.alg;
  if (typeof alg !== 'string') throw badParameter('The algorithm (alg) is required');
  const cbc = AES_CBC.exec(alg);
  if (key.material.kty !== 'oct-HSM' || !cbc)
    throw new ServiceError(
      501,
      'NotImplemented',
      `The emulator implements encrypt for oct-HSM keys with A128CBC, A192CBC, A256CBC and their PAD forms only, not ${alg} on ${key.material.kty}`,
    );
  checkUsable(key, 'encrypt');
  if (Number(cbc[1]) !== key.material.size)
    throw badParameter(`Algorithm ${alg} needs a ${cbc[1]}-bit key; this key has ${key.material.size} bits`);
  const plaintext = base64UrlField(body.value, '"value"');
  const iv = base64UrlField(body.iv, '"iv"');
  if (iv.length !== 16) throw badParameter('"iv" must be 16 bytes for AES-CBC');
  const padded = cbc[2] === 'PAD';
  if (!padded && (plaintext.length === 0 || plaintext.length % 16 !== 0))
    throw badParameter(`${alg} encrypts whole 16-byte blocks only; use ${alg}PAD for other lengths`);
  const cipher = createCipheriv(`aes-${key.material.size}-cbc`, key.material.secret, iv).setAutoPadding(
    padded,
  );
  const value = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { status: 200, body: { kid, value: value.toString('base64url') } };
}
