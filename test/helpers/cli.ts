import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { assertBundleCurrent } from '../../emulators/runner/bundle-check.js';
import { compileCache } from '../../emulators/runner/run-action.js';

/** Runs the bundled command line (cli/dist/index.js) as a person or a script would, and collects what it printed. */
export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON, when the command ran with --json. */
  json?: { ok: boolean; outputs?: Record<string, string>; error?: { code: string; message: string } };
}

export interface CliOptions {
  /** Environment of the command; the host's is not passed on (but PATH and HOME). */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Runs the command in a new network namespace: no interface but a loopback that is down, so no connection at all. */
  offline?: boolean;
  stdin?: string;
}

export const CLI = resolve('cli/dist/index.js');

export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  assertBundleCurrent('cli');
  const command = options.offline
    ? { file: 'unshare', args: ['--net', process.execPath, CLI, ...args] }
    : { file: process.execPath, args: [CLI, ...args] };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/',
    ...compileCache(),
  };
  for (const [name, value] of Object.entries(options.env ?? {})) if (value !== undefined) env[name] = value;
  const child = spawn(command.file, command.args, { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  // A command that ends before it reads its stdin makes this write fail (EPIPE): its exit code is what counts.
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.stdin ?? '');
  const exitCode = await new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done(code ?? 1));
  });
  const stdout = Buffer.concat(out).toString('utf8');
  let json: CliResult['json'];
  if (args.includes('--json')) json = JSON.parse(stdout) as CliResult['json'];
  return { exitCode, stdout, stderr: Buffer.concat(err).toString('utf8'), ...(json ? { json } : {}) };
}
