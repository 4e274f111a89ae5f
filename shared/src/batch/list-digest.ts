import { createHash } from 'node:crypto';

/**
 * The binding of a whole list between the wrap and the import job: one line per key, in list order, naming the key,
 * the digest of its exact .byok bytes, and its public-key fingerprint (RSA, EC) or key check value (AES; `-` when
 * the source key allows no encrypt). The wrap job outputs the digest of these lines as `key-list-digest`, outside the
 * artifact store; a key added, removed, reordered or swapped there changes it.
 */
export interface BoundKey {
  name: string;
  byokDigest: string;
  /** sha256:<hex> of the public key, or the AES key check value. */
  check?: string;
}

export function keyListLines(keys: readonly BoundKey[]): string[] {
  return keys.map((key) => `${key.name} ${key.byokDigest} ${key.check ?? '-'}`);
}

export function keyListDigest(keys: readonly BoundKey[]): string {
  const text = keyListLines(keys)
    .map((line) => `${line}\n`)
    .join('');
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
