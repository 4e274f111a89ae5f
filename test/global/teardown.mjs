import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { after } from './temp-folders.mjs';

export default function teardown() {
  if (process.env.NODE_COMPILE_CACHE)
    rmSync(process.env.NODE_COMPILE_CACHE, { recursive: true, force: true });
  // The emulators' key and PKI seeds share one folder (setup.mjs).
  if (process.env.BYOK_EMULATOR_KEY_SEED)
    rmSync(dirname(process.env.BYOK_EMULATOR_KEY_SEED), { recursive: true, force: true });
  after();
}
