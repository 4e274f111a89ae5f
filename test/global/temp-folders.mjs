// Every test and helper makes its temporary folders as byok-* in the OS temp folder and removes them: the run fails,
// naming them, when any is left behind. (Plain JavaScript: jest loads global set-up before any transform.)
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ours = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('byok-')));

export function before() {
  globalThis.byokTempBefore = ours();
}

export function after() {
  const left = [...ours()].filter((name) => !globalThis.byokTempBefore.has(name));
  if (left.length > 0)
    throw new Error(
      `The tests left ${left.length} temporary folders in ${tmpdir()}: ${left.sort().join(', ')}`,
    );
}
