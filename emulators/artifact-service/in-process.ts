/**
 * Runs code as a step of a job, in this process: the job's environment (from ArtifactService.jobEnv) is put into
 * process.env for the duration of `body`, and what @actions/core writes to stdout (log lines, workflow commands)
 * is captured instead of printed. The @actions/artifact client reads its configuration from process.env on every
 * call, so one process can play several jobs one after another. One job at a time: a second concurrent call
 * is refused. Use run-action.ts (a child process) for a bundled action.
 */
let active = false;

export interface InProcessJobOptions {
  /** GITHUB_WORKSPACE for the step (the client's default download path). */
  workspace?: string;
  /** Receives the captured stdout lines; dropped when not given. */
  log?: string[];
}

export async function runAsJob<T>(
  env: Record<string, string>,
  body: () => Promise<T>,
  options: InProcessJobOptions = {},
): Promise<T> {
  if (active) throw new Error('runAsJob: another job is already running in this process');
  active = true;
  const values = { ...env, ...(options.workspace ? { GITHUB_WORKSPACE: options.workspace } : {}) };
  const saved = new Map(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  const write = process.stdout.write;
  let pending = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    options.log?.push(...lines);
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    return await body();
  } finally {
    process.stdout.write = write;
    if (pending) options.log?.push(pending);
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    active = false;
  }
}
