import { rmSync } from 'node:fs';
import { after } from './temp-folders.mjs';

export default function teardown() {
  if (process.env.NODE_COMPILE_CACHE)
    rmSync(process.env.NODE_COMPILE_CACHE, { recursive: true, force: true });
  after();
}
