import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before } from './temp-folders.mjs';

export default function setup() {
  before();
  // One V8 compile cache for the run: the workers and every bundle they start compile each module once
  // (emulators/runner/run-action.ts compileCache). It is removed by the teardown.
  process.env.NODE_COMPILE_CACHE = mkdtempSync(join(tmpdir(), 'byok-compile-cache-'));
}
