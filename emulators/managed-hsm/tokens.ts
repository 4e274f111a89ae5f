import { createPublicKey, generateKeyPair, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { RsaKeyPool } from './key-pool.js';

/** Claims of the JWTs this emulator issues; times are unix seconds as in every JWT. */
export type Claims = Record<string, unknown> & {
  iss?: string;
  aud?: string | string[];
  sub?: string;
  exp?: number;
  nbf?: number;
};

export type VerifyResult = { ok: true; claims: Claims } | { ok: false; reason: string };

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** An RS256 signing key of one authority (Entra or GitHub OIDC), made at start. */
export class JwtSigner {
  /** Every token signed, so that leak tests know what to look for. */
  private readonly signed: string[] = [];

  private constructor(
    private readonly privateKey: KeyObject,
    readonly keyId: string,
  ) {}

  /** RS256 keys are RSA-2048, from `pool` when there is one. */
  static async create(pool?: RsaKeyPool): Promise<JwtSigner> {
    const privateKey = pool
      ? await pool.take(2048)
      : (await promisify(generateKeyPair)('rsa', { modulusLength: 2048 })).privateKey;
    return new JwtSigner(privateKey, randomUUID());
  }

  /** Signs `claims` (iss included) adding iat, nbf and exp: `lifetimeSeconds` from now, negative for an expired token. */
  sign(claims: Claims & { iss: string }, lifetimeSeconds: number): string {
    const iat = now();
    const payload = { iat, nbf: iat, exp: iat + lifetimeSeconds, jti: randomUUID(), ...claims };
    const input = `${base64url({ alg: 'RS256', typ: 'JWT', kid: this.keyId })}.${base64url(payload)}`;
    const token = `${input}.${sign('sha256', Buffer.from(input), this.privateKey).toString('base64url')}`;
    this.signed.push(token);
    return token;
  }

  issued(): string[] {
    return [...this.signed];
  }

  /** The public key as a JWKS, for the discovery documents. */
  jwks(): { keys: object[] } {
    const jwk = createPublicKey(this.privateKey).export({ format: 'jwk' });
    return { keys: [{ ...jwk, kid: this.keyId, use: 'sig', alg: 'RS256' }] };
  }

  /** Checks the signature and the time window; issuer, audience and subject are the caller's to check. */
  verify(token: string): VerifyResult {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'is not a JWT' };
    const [header, payload, signature] = parts as [string, string, string];
    let claims: Claims;
    try {
      const h = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: unknown };
      if (h.alg !== 'RS256') return { ok: false, reason: `uses alg ${String(h.alg)}, not RS256` };
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Claims;
    } catch {
      return { ok: false, reason: 'is not a JWT' };
    }
    let signed = false;
    try {
      signed = verify(
        'sha256',
        Buffer.from(`${header}.${payload}`),
        this.privateKey,
        Buffer.from(signature, 'base64url'),
      );
    } catch {
      // A signature of another key type or length: not ours either way.
    }
    if (!signed) return { ok: false, reason: 'has a signature that does not verify' };
    const t = now();
    if (typeof claims.exp !== 'number' || claims.exp <= t) return { ok: false, reason: 'has expired' };
    if (typeof claims.nbf === 'number' && claims.nbf > t + 60)
      return { ok: false, reason: 'is not valid yet' };
    return { ok: true, claims };
  }
}

/** Reads a JWT's claims without checking anything, for callers that were told to accept any token. */
export function decodeUnverified(token: string): Claims | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    return typeof claims === 'object' && claims !== null ? (claims as Claims) : undefined;
  } catch {
    return undefined;
  }
}

export function audienceIncludes(claims: Claims, audience: string): boolean {
  const auds = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  return auds.some((a) => typeof a === 'string' && a.replace(/\/$/, '') === audience);
}
