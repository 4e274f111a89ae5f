/**
 * Looks for secrets in what the actions left behind. A secret is searched in the forms a careless print would
 * give it (raw, base64 and base64url at any byte alignment, hex, URL-encoded); a hit names the secret and the
 * place, never the value.
 */
import type { KeyObject } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export interface Needle {
  name: string;
  bytes: Buffer;
}

export interface Haystack {
  where: string;
  bytes: Buffer;
}

export interface Hit {
  needle: string;
  where: string;
}

/** Shorter forms would match by chance in kilobytes of base64. */
const MIN_NEEDLE_BYTES = 12;

/**
 * The base64 characters that depend on `value` alone when it sits at byte offset 0, 1 or 2 (mod 3) of a longer
 * encoded buffer: a secret inside a base64 blob shows up as one of these three strings.
 */
function base64Shifts(value: Buffer): string[] {
  return [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), value]).toString('base64');
    return encoded.slice(Math.ceil((shift * 4) / 3), Math.floor(((shift + value.length) * 8) / 6));
  });
}

/** The forms of one secret value worth searching for. */
export function secretForms(name: string, value: Buffer | string): Needle[] {
  const bytes = Buffer.from(value);
  const forms: Array<[string, string | Buffer]> = [
    ['raw', bytes],
    ['hex', bytes.toString('hex')],
    ['HEX', bytes.toString('hex').toUpperCase()],
    ...base64Shifts(bytes).flatMap((b64, shift): Array<[string, string]> => [
      [`base64@${shift}`, b64],
      [`base64url@${shift}`, b64.replace(/\+/g, '-').replace(/\//g, '_')],
    ]),
  ];
  if (typeof value === 'string') forms.push(['url-encoded', encodeURIComponent(value)]);
  return forms
    .map(([form, text]) => ({ name: `${name} (${form})`, bytes: Buffer.from(text) }))
    .filter((needle) => needle.bytes.length >= MIN_NEEDLE_BYTES);
}

/** A JWT or opaque bearer token: the whole value, and for a JWT its signature (the part that makes it usable). */
export function tokenNeedles(name: string, token: string): Needle[] {
  const signature = token.split('.')[2];
  return [...secretForms(name, token), ...(signature ? secretForms(`${name} signature`, signature) : [])];
}

/** A private or secret key: PKCS#8 DER (a PEM is found by the whitespace-free scan) and the JWK's private members (RSA d/p/q/dp/dq/qi, EC d). */
export function privateKeyNeedles(name: string, key: KeyObject): Needle[] {
  if (key.type === 'secret') return secretForms(`${name} key bytes`, key.export());
  const der = key.export({ type: 'pkcs8', format: 'der' });
  const jwk = key.export({ format: 'jwk' }) as Record<string, unknown>;
  const members = ['d', 'p', 'q', 'dp', 'dq', 'qi'].filter((m) => typeof jwk[m] === 'string');
  return [
    ...secretForms(`${name} PKCS#8 DER`, der),
    ...members.flatMap((m) => secretForms(`${name} ${m}`, Buffer.from(jwk[m] as string, 'base64url'))),
  ];
}

/** The entries of a zip archive, read from its central directory (stored or deflated; no zip64). */
export function unzip(archive: Buffer): Array<{ name: string; bytes: Buffer }> {
  let end = archive.length - 22;
  while (end >= 0 && archive.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries: Array<{ name: string; bytes: Buffer }> = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error('broken zip central directory');
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(start, start + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`zip entry ${name} uses method ${method}`);
    entries.push({ name, bytes: method === 8 ? inflateRawSync(data) : Buffer.from(data) });
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return entries;
}

/** Every file under `dir`, recursively, as haystacks named by their path relative to `label`. */
export async function filesUnder(dir: string, label = dir): Promise<Haystack[]> {
  const found: Haystack[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path, `${label}/${entry.name}`)));
    else if (entry.isFile()) found.push({ where: `${label}/${entry.name}`, bytes: await readFile(path) });
  }
  return found;
}

/** Every needle in every haystack, also with whitespace taken out (a PEM or a wrapped log line splits a value). */
export function scan(haystacks: Haystack[], needles: Needle[]): Hit[] {
  const hits: Hit[] = [];
  for (const haystack of haystacks) {
    const joined = Buffer.from(haystack.bytes.filter((b) => ![0x09, 0x0a, 0x0d, 0x20].includes(b)));
    for (const needle of needles) {
      if (haystack.bytes.includes(needle.bytes) || joined.includes(needle.bytes))
        hits.push({ needle: needle.name, where: haystack.where });
    }
  }
  return hits;
}

/** Hits as lines a failing test can print: which secret, in which form, where (never the value). */
export function describeHits(hits: Hit[]): string {
  return hits.map((hit) => `${hit.needle} found in ${hit.where}`).join('\n');
}
