/**
 * The process inside an openCryptoki sandbox (sandbox.sh execs it as root). It initialises the token with pkcsconf,
 * leaves root for the user who started the tests when they came through sudo, then runs action bundles inside the
 * sandbox, so they meet its daemon and token, and looks at the token for the test. Requests and answers are JSON
 * lines on stdin and stdout (sudo passes no other descriptor); each look at the token is its own PKCS#11 session.
 */
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { runStep, type RunStepOptions } from '../../../emulators/runner/run-action.js';
import { createAesKey, describeObjects, type AesKeyOptions } from '../softhsm/keys.js';
import { silentLogger } from '../../../shared/src/logger.js';
import { withHsmSession, type HsmSession } from '../../../shared/src/hsm/session.js';
import { runAnswering } from '../answering.js';
import { ANSWER_PREFIX, OPENCRYPTOKI_MODULE, type SandboxConfig } from './module.js';

const answer = (message: unknown) => process.stdout.write(`${ANSWER_PREFIX}${JSON.stringify(message)}\n`);

/** pkcsconf takes PINs on stdin when they are not in argv; `answers` are its prompts' replies in order. */
const pkcsconf = (args: string[], answers: string[] = []) => runAnswering('pkcsconf', args, answers);

/** The soft token's slot as the daemon numbers it (3 in Debian's opencryptoki.conf), initialised with PINs. */
function initialise(config: SandboxConfig): string {
  const slot = /^Token #(\d+) Info:/m.exec(pkcsconf(['-t']))?.[1];
  if (!slot) throw new Error('pkcsconf lists no token');
  const DEFAULT_SO_PIN = '87654321'; // every new openCryptoki soft token's
  pkcsconf(['-I', '-c', slot], [DEFAULT_SO_PIN, config.label]);
  pkcsconf(['-P', '-c', slot], [DEFAULT_SO_PIN, config.soPin, config.soPin]);
  pkcsconf(['-u', '-c', slot], [config.soPin, config.pin, config.pin]);
  return slot;
}

/** Through sudo, the tests' own user runs the actions, with the pkcs11 group the daemon's socket asks for. */
function leaveRoot(): void {
  const uid = Number(process.env.SUDO_UID);
  const gid = Number(process.env.SUDO_GID);
  if (!Number.isInteger(uid) || uid === 0) return;
  const pkcs11 = Number(
    /^pkcs11:[^:]*:(\d+):/m.exec(execFileSync('getent', ['group', 'pkcs11'], { encoding: 'utf8' }))?.[1],
  );
  process.setgroups?.([gid, pkcs11]);
  process.setgid?.(gid);
  process.setuid?.(uid);
  process.env.HOME = userInfo().homedir;
}

/** What the token holds and how many sessions others have open on it (C_GetTokenInfo counts this one too). */
function state(hsm: HsmSession) {
  const info = hsm.lib.C_GetTokenInfo(hsm.slot);
  return {
    label: hsm.token.label,
    slotId: hsm.token.slotId,
    flags: info.flags,
    otherSessions: Number(info.sessionCount) - 1,
    objects: describeObjects(hsm),
  };
}

let config: SandboxConfig | undefined;
const session = () => ({ module: OPENCRYPTOKI_MODULE, tokenLabel: config?.label, pin: config?.pin ?? '' });
const ops: Record<string, (args: never) => unknown> = {
  run: (args: { action: string; options: RunStepOptions }) => runStep(args.action, args.options),
  state: () => withHsmSession(session(), silentLogger, async (hsm) => state(hsm)),
  createAesKey: (args: AesKeyOptions) =>
    withHsmSession(session(), silentLogger, async (hsm) => createAesKey(hsm, args)),
};

const lines = createInterface({ input: process.stdin });
lines.on('close', () => process.exit(0));
lines.on('line', (line) => {
  if (!config) {
    config = JSON.parse(line) as SandboxConfig;
    try {
      const slotId = initialise(config);
      leaveRoot();
      answer({ ready: true, slotId });
    } catch (error) {
      answer({ ready: false, error: (error as Error).message });
    }
    return;
  }
  const request = JSON.parse(line) as { id: number; op: string; args: unknown };
  void (async () => {
    try {
      const op = ops[request.op];
      if (!op) throw new Error(`unknown operation ${request.op}`);
      answer({ id: request.id, result: await op(request.args as never) });
    } catch (error) {
      answer({ id: request.id, error: { message: (error as Error).message } });
    }
  })();
});
