import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { assertBundleCurrent } from './bundle-check.js';

/**
 * Runs a bundled JavaScript action the way the Actions runner does: inputs as INPUT_<NAME> with action.yml
 * defaults filled in, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV files, GITHUB_WORKSPACE as the working
 * directory, and the runner's workflow commands (::add-mask::, ::error::) consumed from stdout. The step's files
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, ...) and RUNNER_TEMP live in a folder of their own, removed once the step is
 * read, as the runner empties RUNNER_TEMP after each job; what the step left in it is reported first.
 */
export interface RunStepOptions {
  inputs?: Record<string, string>;
  /** Extra environment (runtime token, OIDC request variables, credentials). The host environment is not passed on. */
  env?: Record<string, string | undefined>;
  /** Job workspace; created when missing. */
  workspace: string;
  timeoutMs?: number;
  /** Stops the step as a runner cancel or a killed runner would: `signal` after `afterMs`, or once stdout matches `onOutput`. */
  interrupt?: { signal: NodeJS.Signals; afterMs?: number; onOutput?: RegExp };
}

export interface StepResult {
  exitCode: number;
  /** The log as the runner would show it: workflow commands that the runner consumes are removed. */
  log: string;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  errors: string[];
  warnings: string[];
  masks: string[];
  /** Files the step left in RUNNER_TEMP (paths relative to it), when the harness made RUNNER_TEMP. */
  leftovers: string[];
  /** Wall time from spawn to exit. */
  durationMs: number;
}

interface ActionInputSpec {
  default?: string | number | boolean;
  required?: boolean;
}

/**
 * The V8 compile cache of the calling process (NODE_COMPILE_CACHE), handed on to the steps it starts: the test run
 * sets one (test/global), so that its hundreds of steps do not each compile the same bundles again. Nothing a step
 * does depends on it; the bench sets none, so its start-up figures are a runner's first run.
 */
export function compileCache(): Record<string, string> {
  const cache = process.env.NODE_COMPILE_CACHE;
  return cache ? { NODE_COMPILE_CACHE: cache } : {};
}

// Parsed once per distinct action.yml: a test run reads the same four manifests for hundreds of steps.
const parsedManifests = new Map<string, Record<string, ActionInputSpec>>();

export async function readActionInputs(actionDir: string): Promise<Record<string, ActionInputSpec>> {
  const text = await readFile(join(actionDir, 'action.yml'), 'utf8');
  let inputs = parsedManifests.get(text);
  if (!inputs) {
    inputs = (parseYaml(text) as { inputs?: Record<string, ActionInputSpec> }).inputs ?? {};
    parsedManifests.set(text, inputs);
  }
  return inputs;
}

/** Parses a GITHUB_OUTPUT-style file: `name=value` lines and `name<<DELIM` heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] as string);
      result[name] = value.join('\n');
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return result;
}

/** Every file under `directory`, as paths relative to it. */
async function filesUnder(directory: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(join(directory, entry.name), path)));
    else found.push(path);
  }
  return found;
}

function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export async function runStep(actionDir: string, options: RunStepOptions): Promise<StepResult> {
  const dir = resolve(actionDir);
  // Under jest, the test must not silently run a dist/ older than its sources (the demo runs what is committed).
  if (process.env.JEST_WORKER_ID) assertBundleCurrent(relative(process.cwd(), dir));
  const specs = await readActionInputs(dir);
  const given = options.inputs ?? {};
  for (const name of Object.keys(given)) {
    if (!(name in specs)) throw new Error(`${dir}/action.yml has no input "${name}"`);
  }
  await mkdir(options.workspace, { recursive: true });
  const files = await mkdtemp(join(tmpdir(), 'byok-step-'));
  try {
    return await runIn(dir, specs, files, options);
  } finally {
    await rm(files, { recursive: true, force: true });
  }
}

const STEP_FILES = ['output', 'summary', 'env', 'state'];

async function runIn(
  dir: string,
  specs: Record<string, ActionInputSpec>,
  files: string,
  options: RunStepOptions,
): Promise<StepResult> {
  const given = options.inputs ?? {};
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  await Promise.all(STEP_FILES.map((f) => writeFile(join(files, f), '')));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? files,
    ...compileCache(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: join(files, 'env'),
    GITHUB_STATE: join(files, 'state'),
    RUNNER_TEMP: files,
    RUNNER_OS: 'Linux',
  };
  for (const [name, spec] of Object.entries(specs)) {
    const value = given[name] ?? (spec.default === undefined ? '' : String(spec.default));
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value !== undefined) env[name] = value;
  }

  const started = performance.now();
  const child = spawn(process.execPath, [join(dir, 'dist', 'index.js')], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const interrupt = options.interrupt;
  let stopped = false;
  const stop = () => {
    if (!stopped) child.kill(interrupt?.signal);
    stopped = true;
  };
  const interruptTimer = interrupt?.afterMs === undefined ? undefined : setTimeout(stop, interrupt.afterMs);
  child.stdout.on('data', (chunk: Buffer) => {
    stdout.push(chunk);
    if (interrupt?.onOutput?.test(Buffer.concat(stdout).toString('utf8'))) stop();
  });
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const exitCode = await new Promise<number>((resolveExit) =>
    child.on('close', (code) => resolveExit(code ?? 1)),
  );
  clearTimeout(timer);
  clearTimeout(interruptTimer);
  const durationMs = performance.now() - started;

  const out = Buffer.concat(stdout).toString('utf8');
  const masks: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const log: string[] = [];
  for (const line of out.split('\n')) {
    const command = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (command?.[1] === 'add-mask') masks.push(unescapeCommand(command[3] as string));
    else {
      if (command?.[1] === 'error') errors.push(unescapeCommand(command[3] as string));
      if (command?.[1] === 'warning') warnings.push(unescapeCommand(command[3] as string));
      log.push(line);
    }
  }
  return {
    exitCode,
    log: log.join('\n'),
    stdout: out,
    stderr: Buffer.concat(stderr).toString('utf8'),
    outputs: parseFileCommands(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    errors,
    warnings,
    masks,
    leftovers:
      env.RUNNER_TEMP === files ? (await filesUnder(files)).filter((f) => !STEP_FILES.includes(f)) : [],
    durationMs,
  };
}
