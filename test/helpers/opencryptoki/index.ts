import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RunStepOptions, StepResult } from '../../../emulators/runner/run-action.js';
import type { AesKeyOptions, TokenObject } from '../softhsm/keys.js';
import { ANSWER_PREFIX, OPENCRYPTOKI_MODULE, PKCSSLOTD, type SandboxConfig } from './module.js';

/**
 * IBM openCryptoki's software token, the second PKCS#11 implementation the wrap is tried on. openCryptoki has one
 * daemon and one soft-token store per machine, so each token here lives in a sandbox of its own (sandbox.sh):
 * private mount, IPC and PID namespaces with their own pkcsslotd, initialised by pkcsconf. Tests run in parallel
 * and the machine's openCryptoki is never touched; closing the sandbox ends its daemon and drops its files. The
 * PINs travel on the worker's stdin, never in argv or the environment.
 */
export interface TokenState {
  label: string;
  slotId: string;
  flags: number;
  /** Sessions open on the token besides the one that looked. */
  otherSessions: number;
  objects: TokenObject[];
}

export interface OpenCryptokiToken {
  module: string;
  label: string;
  pin: string;
  /** The slot the daemon gave the soft token. */
  slotId: string;
  /** An action bundle run inside the sandbox, the way the runner runs it (runStep). */
  runStep(actionDir: string, options: RunStepOptions): Promise<StepResult>;
  state(): Promise<TokenState>;
  createAesKey(options: AesKeyOptions): Promise<void>;
  close(): Promise<void>;
}

export interface OpenCryptokiOptions {
  label?: string;
  /** 4-8 characters, the soft token's PIN limits. */
  pin?: string;
  soPin?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');

/** Root runs the sandbox directly; anyone else through passwordless sudo (a CI runner), or not at all. */
function privilege(): { prefix: string[] } | { problem: string } {
  if (process.getuid?.() === 0) return { prefix: [] };
  if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0)
    return { prefix: ['sudo', '-n', '--'] };
  return {
    problem:
      'The openCryptoki sandbox needs root or passwordless sudo (for unshare, mount and pkcsslotd): run the tests as root, as .ci/run in a container does',
  };
}

/** Why an openCryptoki sandbox cannot be made here, or undefined when it can. */
export function openCryptokiProblem(): string | undefined {
  if (!existsSync(PKCSSLOTD) || !existsSync(OPENCRYPTOKI_MODULE))
    return `openCryptoki is not installed (${PKCSSLOTD} or ${OPENCRYPTOKI_MODULE} is missing): apt-get install opencryptoki`;
  const access = privilege();
  return 'problem' in access ? access.problem : undefined;
}

export async function startOpenCryptoki(options: OpenCryptokiOptions = {}): Promise<OpenCryptokiToken> {
  const problem = openCryptokiProblem();
  if (problem) throw new Error(problem);
  const { prefix } = privilege() as { prefix: string[] };
  const config: SandboxConfig = {
    label: options.label ?? 'byok-ock',
    pin: options.pin ?? '2468-ock',
    soPin: options.soPin ?? '1357-so!',
  };
  const namespaces = [
    'unshare',
    '--mount',
    '--ipc',
    '--pid',
    '--fork',
    '--mount-proc',
    '--propagation',
    'private',
  ];
  const [command, ...args] = [
    ...prefix,
    ...namespaces,
    join(here, 'sandbox.sh'),
    process.execPath,
    join(here, 'worker.ts'),
  ];
  const child = spawn(command as string, args, {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const messages = createInterface({ input: child.stdout });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let ready: ((message: Record<string, unknown>) => void) | undefined;
  messages.on('line', (line) => {
    if (!line.startsWith(ANSWER_PREFIX)) return void (log += `${line}\n`);
    const message = JSON.parse(line.slice(ANSWER_PREFIX.length)) as Record<string, unknown>;
    if ('ready' in message) return ready?.(message);
    const p = pending.get(message.id as number);
    if (!p) return;
    pending.delete(message.id as number);
    const error = message.error as { message: string } | undefined;
    if (error) p.reject(new Error(error.message));
    else p.resolve(message.result);
  });
  child.once('exit', (code) => {
    for (const p of pending.values())
      p.reject(new Error(`openCryptoki sandbox exited with ${code}: ${log.trim()}`));
    pending.clear();
  });
  // A write to a sandbox that has ended fails with EPIPE; its exit, above, rejects what was pending.
  child.stdin.on('error', () => undefined);
  child.stdin.write(`${JSON.stringify(config)}\n`);
  const started = await new Promise<Record<string, unknown>>((resolve, reject) => {
    ready = resolve;
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`openCryptoki sandbox exited with ${code}: ${log.trim()}`)),
    );
  });
  if (started.ready !== true) {
    child.stdin.end();
    throw new Error(`openCryptoki sandbox: ${String(started.error)} ${log.trim()}`);
  }

  let next = 0;
  const call = <T>(op: string, callArgs?: unknown) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.stdin.write(`${JSON.stringify({ id, op, args: callArgs })}\n`);
    });

  return {
    module: OPENCRYPTOKI_MODULE,
    label: config.label,
    pin: config.pin,
    slotId: String(started.slotId),
    runStep: (action, runOptions) => call('run', { action, options: runOptions }),
    state: () => call('state'),
    createAesKey: (keyOptions) => call('createAesKey', keyOptions),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}
