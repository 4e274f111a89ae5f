import { EOL } from 'node:os';
import { issueCommand } from '../../../node_modules/@actions/core/lib/command.js';
// By file, as in core.ts. These load node:crypto (the output delimiter) and fs/promises (the summary), which only a
// step that got past its inputs needs: apart from core.ts, so that a refused step loads neither.
import {
  issueFileCommand,
  prepareKeyValueMessage,
} from '../../../node_modules/@actions/core/lib/file-command.js';

/** @actions/core's file commands: the step's outputs and its summary, bound as its entry binds them (core.ts). */
export { summary } from '../../../node_modules/@actions/core/lib/summary.js';

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}
