import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SoftHsmToken } from '../../../emulators/softhsm/token.js';

/**
 * SoftHSM's file store, as a test finds it after a SIGKILL. SoftHSM rewrites a file by truncating it and writing it
 * again, so a process killed in the middle leaves it cut short: an object file (a key created or relabelled) or the
 * token's own token.object (rewritten at every login). That is SoftHSM's store, not byok's doing, and a real HSM
 * keeps its own; the tests repair it so that the next run meets the token as the killed one left it otherwise.
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
export async function objectFilesNewestFirst(store: Store): Promise<string[]> {
  const files: { path: string; mtime: number }[] = [];
  for (const name of await readdir(store.dir))
    if (name.endsWith('.object') && name !== 'token.object') {
      const path = join(store.dir, name);
      files.push({ path, mtime: (await stat(path)).mtimeMs });
    }
  return files.sort((a, b) => b.mtime - a.mtime).map((f) => f.path);
}

/** What the helper's removeStoreDebris (keys.ts) answers. */
type Debris = { removed: number; undestroyable: number; listed: number };

/**
 * Restores a token.object cut short, then removes object files cut short: those the helper can destroy over
 * PKCS#11, and by their file those it cannot (listed but unreadable) or does not load at all. Answers how many
 * files it repaired or removed.
 */
export async function removeStoreDebris(store: Store, call: <T>(op: string) => Promise<T>): Promise<number> {
  const tokenCut = (await stat(store.tokenFile)).size < store.tokenCopy.length;
  if (tokenCut) await writeFile(store.tokenFile, store.tokenCopy);
  const first = await call<Debris>('removeStoreDebris');
  const files = await objectFilesNewestFirst(store);
  let { undestroyable, listed } = first;
  // The files beyond what the token lists are the ones SoftHSM does not load.
  let unloadable = files.length - listed;
  const found = Number(tokenCut) + first.removed + undestroyable + unloadable;
  // Each object file, newest first, is set aside while the helper counts again.
  for (const file of files) {
    if (undestroyable + unloadable === 0) break;
    await rename(file, `${file}.aside`);
    const now = await call<Debris>('removeStoreDebris');
    if (now.listed === listed) unloadable--;
    else if (now.undestroyable < undestroyable) undestroyable--;
    else {
      await rename(`${file}.aside`, file);
      continue;
    }
    await rm(`${file}.aside`);
    listed = now.listed;
  }
  if (undestroyable + unloadable > 0)
    throw new Error(
      `SoftHSM store debris left on the token: no single file held ${undestroyable + unloadable}`,
    );
  return found;
}
