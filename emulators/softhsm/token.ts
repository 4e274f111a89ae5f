import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A throw-away SoftHSM2 token in a temp dir (docs/byok-format.md "PKCS#11 facts"): its own SOFTHSM2_CONF and token
 * directory, so tests and demos run in parallel without touching /var/lib/softhsm. Used by tests and the demo,
 * never bundled into an action.
 */
export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so';

export interface SoftHsmToken {
  module: string;
  label: string;
  pin: string;
  soPin: string;
  /** Pass to every process that opens the token (the action, softhsm2-util). */
  env: { SOFTHSM2_CONF: string };
  dir: string;
  cleanup(): Promise<void>;
}

export interface SoftHsmTokenOptions {
  label?: string;
  pin?: string;
  soPin?: string;
}

const run = promisify(execFile);

export function softHsmInstalled(): boolean {
  return existsSync(SOFTHSM_MODULE);
}

/** Why SoftHSM2 cannot be used here, or undefined when it can. */
export async function softHsmProblem(): Promise<string | undefined> {
  if (!softHsmInstalled())
    return `SoftHSM2 is not installed (${SOFTHSM_MODULE} is missing): apt-get install softhsm2`;
  try {
    await run('softhsm2-util', ['--version']);
    return undefined;
  } catch {
    return 'SoftHSM2 is installed but softhsm2-util is not on the PATH: apt-get install softhsm2';
  }
}

export async function createSoftHsmToken(options: SoftHsmTokenOptions = {}): Promise<SoftHsmToken> {
  const problem = await softHsmProblem();
  if (problem) throw new Error(problem);
  const dir = await mkdtemp(join(tmpdir(), 'byok-softhsm-'));
  const tokens = join(dir, 'tokens');
  await mkdir(tokens);
  const conf = join(dir, 'softhsm2.conf');
  await writeFile(
    conf,
    `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`,
  );
  const label = options.label ?? 'byok-test';
  const pin = options.pin ?? '1234-test-pin';
  const soPin = options.soPin ?? '5678-test-so-pin';
  const env = { SOFTHSM2_CONF: conf };
  try {
    await run(
      'softhsm2-util',
      ['--init-token', '--free', '--label', label, '--so-pin', soPin, '--pin', pin],
      {
        env: { ...process.env, ...env },
      },
    );
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(
      `softhsm2-util --init-token failed: ${(error as { stderr?: string }).stderr ?? String(error)}`,
    );
  }
  return {
    module: SOFTHSM_MODULE,
    label,
    pin,
    soPin,
    env,
    dir,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
