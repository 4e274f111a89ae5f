import { EOL } from 'node:os';
// @actions/core's own modules, by file: its exports map offers only the entry (lib/core.js), and the entry imports
// its OIDC client (with @actions/http-client and undici, ~0.9 MiB) and its platform module (@actions/exec) before
// any line runs. Each action reads inputs and writes workflow commands on every path; only a sign-in needs OIDC.
import { issueCommand } from '../../../node_modules/@actions/core/lib/command.js';

/**
 * The part of @actions/core that byok uses, loaded so that a step pays only for what its path needs. The workflow
 * commands are @actions/core's own code; the functions below are the entry's one-line bindings of them
 * (lib/core.js, 3.x), kept to the same behaviour (test/unit/action-core.test.ts compares them with the entry's).
 * The file commands (outputs, the step summary) are in core-files.ts; the OIDC token request loads the whole entry,
 * on first use.
 */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string): void {
  issueCommand('warning', {}, message);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', {}, message);
}

export async function getIDToken(audience: string): Promise<string> {
  const core = await import('@actions/core');
  return core.getIDToken(audience);
}
