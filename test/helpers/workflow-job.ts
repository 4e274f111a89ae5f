import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseFileCommands, runStep, type StepResult } from '../../emulators/runner/run-action.js';

/**
 * Runs one job of a workflow file the way the runner would, for the few expressions byok's workflows use:
 * `${{ inputs.x }}`, `vars`, `secrets`, `github.token`, `runner.temp`, `steps.<id>.outputs.<name>` and `a || b`.
 * `run:` steps run in bash -e with their `env:`; `uses: byok-project/byok/<action>@v1` runs that action's bundle.
 * Anything else in a step is refused, so a workflow the test cannot run faithfully fails loudly.
 */
export interface JobContext {
  inputs?: Record<string, string>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  githubToken?: string;
  /** The runner's environment for every step (runtime token, OIDC variables, CA). */
  env: Record<string, string>;
  workspace: string;
}

export interface JobStep {
  name: string;
  exitCode: number;
  outputs: Record<string, string>;
  result?: StepResult;
  log: string;
}

interface WorkflowStep {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
  [other: string]: unknown;
}

export async function readJob(
  file: string,
  job: string,
): Promise<{ environment?: string; permissions?: unknown; steps: WorkflowStep[] }> {
  const workflow = parseYaml(await readFile(file, 'utf8')) as {
    jobs: Record<string, { environment?: string; permissions?: unknown; steps: WorkflowStep[] }>;
  };
  const found = workflow.jobs[job];
  if (!found) throw new Error(`${file} has no job ${job}`);
  return found;
}

export async function runJob(file: string, job: string, context: JobContext): Promise<JobStep[]> {
  const { steps } = await readJob(file, job);
  await mkdir(context.workspace, { recursive: true });
  const temp = await mkdtemp(join(tmpdir(), 'byok-job-'));
  try {
    return await runSteps(steps, context, temp);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function runSteps(steps: WorkflowStep[], context: JobContext, temp: string): Promise<JobStep[]> {
  const outputsOf: Record<string, Record<string, string>> = {};
  const evaluate = (text: string): string =>
    text.replace(
      /\$\{\{\s*(.+?)\s*\}\}/g,
      (_, expression: string) =>
        expression
          .split('||')
          .map((part) => lookup(part.trim()))
          .find((value) => value !== '') ?? '',
    );
  const lookup = (path: string): string => {
    const [root, ...rest] = path.split('.');
    const key = rest.join('.');
    if (root === 'inputs') return context.inputs?.[key] ?? '';
    if (root === 'vars') return context.vars?.[key] ?? '';
    if (root === 'secrets') return context.secrets?.[key] ?? '';
    if (path === 'github.token') return context.githubToken ?? '';
    if (path === 'runner.temp') return temp;
    if (root === 'steps' && rest[1] === 'outputs')
      return outputsOf[rest[0] as string]?.[rest[2] as string] ?? '';
    throw new Error(`workflow-job: unsupported expression ${path}`);
  };
  const done: JobStep[] = [];
  for (const step of steps) {
    const unknown = Object.keys(step).filter(
      (key) => !['id', 'name', 'run', 'uses', 'env', 'with'].includes(key),
    );
    if (unknown.length > 0)
      throw new Error(`workflow-job: step keys ${unknown.join(', ')} are not supported`);
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v))]));
    let record: JobStep;
    if (step.run !== undefined)
      record = await runShell(
        step,
        evaluate(step.run),
        { ...context.env, ...env, RUNNER_TEMP: temp },
        context.workspace,
      );
    else {
      const action = /^byok-project\/byok\/(action-[a-z-]+)@v1$/.exec(step.uses ?? '')?.[1];
      if (!action) throw new Error(`workflow-job: cannot run uses: ${step.uses}`);
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(String(v))]),
      );
      const result = await runStep(action, {
        workspace: context.workspace,
        inputs,
        env: { ...context.env, ...env },
      });
      record = {
        name: step.name ?? action,
        exitCode: result.exitCode,
        outputs: result.outputs,
        result,
        log: result.log,
      };
    }
    done.push(record);
    if (step.id) outputsOf[step.id] = record.outputs;
    if (record.exitCode !== 0) break;
  }
  return done;
}

async function runShell(
  step: WorkflowStep,
  script: string,
  env: Record<string, string>,
  cwd: string,
): Promise<JobStep> {
  const outputFile = join(env.RUNNER_TEMP as string, `output-${Math.random().toString(36).slice(2)}`);
  await writeFile(outputFile, '');
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env, GITHUB_OUTPUT: outputFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const exitCode = await new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done(code ?? 1));
  });
  return {
    name: step.name ?? 'run',
    exitCode,
    outputs: parseFileCommands(await readFile(outputFile, 'utf8')),
    log: Buffer.concat(chunks).toString('utf8'),
  };
}
