import { execFile } from 'node:child_process';
import { generateKeyPair } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { before } from './temp-folders.mjs';

/**
 * RSA keys for every Managed HSM emulator of the run (emulators/managed-hsm/key-pool.ts, BYOK_EMULATOR_KEY_SEED):
 * made once here instead of by each test file's emulator, which generated its own ahead of need (283 keys, about
 * 40 CPU-seconds a run). RSA-2048 only: the token signers of every file take 2 to 6 of them; larger KEKs are asked
 * for by one or two files, which make their own.
 */
const SEED = { 2048: 16 };

export default async function setup() {
  before();
  // One V8 compile cache for the run: the workers and every bundle they start compile each module once
  // (emulators/runner/run-action.ts compileCache).
  process.env.NODE_COMPILE_CACHE = mkdtempSync(join(tmpdir(), 'byok-compile-cache-'));
  const seeds = mkdtempSync(join(tmpdir(), 'byok-emulator-seed-'));
  // The emulators' PKI, issued once for the run (emulators/managed-hsm/tls.ts, BYOK_EMULATOR_TLS_SEED), while the
  // keys are generated.
  const pki = join(seeds, 'pki.json');
  const [, ...keys] = await Promise.all([
    promisify(execFile)(process.execPath, [
      'node_modules/tsx/dist/cli.mjs',
      'emulators/managed-hsm/tls-seed.ts',
      pki,
    ]),
    ...Object.entries(SEED).flatMap(([bits, count]) =>
      Array.from({ length: count }, () => promisify(generateKeyPair)('rsa', { modulusLength: Number(bits) })),
    ),
  ]);
  const seed = join(seeds, 'keys.pem');
  writeFileSync(seed, keys.map((k) => k.privateKey.export({ type: 'pkcs8', format: 'pem' })).join(''), {
    mode: 0o600,
  });
  process.env.BYOK_EMULATOR_KEY_SEED = seed;
  process.env.BYOK_EMULATOR_TLS_SEED = pki;
}
