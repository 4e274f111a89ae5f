import { spawnSync } from 'node:child_process';

/**
 * Runs a command that reads its prompts' answers on stdin (pkcsconf takes PINs so, never in argv) and answers its
 * stdout. A command may exit before it reads what it was given (pkcsconf -t reads nothing): the EPIPE of that write
 * is no failure, the exit status is. A failure names the command and its stderr, never the answers.
 */
export function runAnswering(command: string, args: string[], answers: string[] = []): string {
  const run = spawnSync(command, args, {
    input: answers.length > 0 ? `${answers.join('\n')}\n` : '',
    encoding: 'utf8',
  });
  if (run.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} ended with ${run.status ?? run.signal ?? run.error?.message}: ${run.stderr.trim()}`,
    );
  return run.stdout;
}
