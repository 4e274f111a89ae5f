import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SoftHsmToken } from '../../../emulators/softhsm/token.js';

/**
 * SoftHSM's file store, as a test finds it after a SIGKILL. SoftHSM rewrites a file by truncating it and writing it
 * again, so a process killed in the middle leaves it cut short: an object file (a key created or relabelled) or the
 * token's own token.object (rewritten at every login). That is SoftHSM's store, not byok's doing, and an HSM keeps
 * its own; the tests repair it so that the next run meets the token as the killed one left it otherwise. Measured
 * on SoftHSM 2.6.1: a cut object file is mostly not loaded at all; cut inside a length field it is listed with every
 * attribute unreadable and cannot be destroyed; cut elsewhere it is loaded, and the load writes defaults for what is
 * missing, after which the cut no longer shows. So the repair runs before anything opens the token again. A kill
 * between two of the rewrites that create an object leaves a whole file of an unfinished one (isFinishedObjectFile).
 */
export interface Store {
  dir: string;
  tokenFile: string;
  /** token.object as it was when the helper connected: every login rewrites it with the same content. */
  tokenCopy: Buffer;
}

export async function snapshotStore(token: SoftHsmToken): Promise<Store> {
  const tokens = join(token.dir, 'tokens');
  const [uuid] = await readdir(tokens);
  const dir = join(tokens, uuid as string);
  const tokenFile = join(dir, 'token.object');
  return { dir, tokenFile, tokenCopy: await readFile(tokenFile) };
}

/** One file per object, beside the token's own token.object. */
export async function objectFiles(store: Store): Promise<string[]> {
  const names = (await readdir(store.dir)).filter((n) => n.endsWith('.object') && n !== 'token.object');
  return names.map((name) => join(store.dir, name));
}

/** The attribute SoftHSM 2.6.1 writes last in every key object's file (attributes go in type order). */
const CKA_ALLOWED_MECHANISMS = 0x40000600n;
const CKA_TOKEN = 0x1n;

/**
 * The attributes of an object file as SoftHSM 2.6.1 writes one: an 8-byte generation, then attributes, each an
 * 8-byte type, an 8-byte kind and a value (1: a boolean byte; 2: an 8-byte number; 3, 4, 5: an 8-byte length and
 * that many bytes, or that many mechanisms of 8 bytes), big-endian. Answers the booleans by type, or undefined when
 * the file is not whole: it must end exactly after an attribute, with CKA_ALLOWED_MECHANISMS. The maps (4) and
 * mechanism sets (5) of the keys the tests make are empty.
 */
function booleansOf(bytes: Buffer): Map<bigint, boolean> | undefined {
  const booleans = new Map<bigint, boolean>();
  let at = 8;
  let last: bigint | undefined;
  const ulong = () => (at + 8 <= bytes.length ? bytes.readBigUInt64BE((at += 8) - 8) : undefined);
  while (at < bytes.length) {
    last = ulong();
    const kind = ulong();
    if (last === undefined || kind === undefined) return undefined;
    if (kind === 1n) booleans.set(last, bytes[at++] !== 0);
    else if (kind === 2n) at += 8;
    else if (kind >= 3n && kind <= 5n) {
      const length = ulong();
      if (length === undefined) return undefined;
      at += Number(kind === 5n ? length * 8n : length);
    } else return undefined;
  }
  return at === bytes.length && last === CKA_ALLOWED_MECHANISMS ? booleans : undefined;
}

/** Whether an object file is whole: not cut short in a rewrite. */
export function isWholeObjectFile(bytes: Buffer): boolean {
  return booleansOf(bytes) !== undefined;
}

/**
 * Whether a whole object file is a finished token object. SoftHSM creates an object by rewriting its file once per
 * attribute (about 27 times for an EC public key): first the class's defaults, CKA_TOKEN false and no label among
 * them, then the caller's template. A SIGKILL in between leaves a whole file of an object nobody made, which a load
 * lists as a session object without label or id.
 */
export function isFinishedObjectFile(bytes: Buffer): boolean {
  return booleansOf(bytes)?.get(CKA_TOKEN) === true;
}

/** Restores a cut token.object and removes every object file that is not a whole, finished one. Answers how many. */
export async function repairStore(store: Store): Promise<number> {
  let repaired = 0;
  if ((await stat(store.tokenFile)).size < store.tokenCopy.length) {
    await writeFile(store.tokenFile, store.tokenCopy);
    repaired++;
  }
  for (const file of await objectFiles(store))
    if (!isFinishedObjectFile(await readFile(file))) {
      await rm(file);
      repaired++;
    }
  return repaired;
}
