import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ByokError, ConfigurationError, ERROR_CODES, type ErrorCode } from '../../../shared/src/errors.js';
import type { InputSource } from '../../../shared/src/inputs/rules.js';
import { targetInputs } from '../../../shared/src/inputs/target.js';
import type { Command } from '../command.js';

/** What to generate, checked before any emulator starts: a bad size is refused before the KEK exists. */
function demoTarget(inputs: InputSource): { type: 'RSA' | 'EC' | 'oct'; size?: number; curve?: string } {
  const target = targetInputs(
    inputs,
    { type: 'key-type', size: 'key-size', curve: 'curve' },
    { fallback: 'RSA' },
  );
  const type = target.type ?? 'RSA';
  return type === 'EC'
    ? { type, curve: target.curve ?? 'P-256' }
    : { type, size: target.size ?? (type === 'RSA' ? 3072 : 256) };
}

/** The repository checkout this bundle lives in: the demo runs the action bundles beside it. */
function repositoryRoot(): string {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  if (!existsSync(join(root, 'action-wrap', 'dist', 'index.js')))
    throw new ConfigurationError(
      'INPUT_INVALID',
      `byok demo runs the action bundles of a byok checkout, and ${root} is not one`,
      'Run it from a clone of the repository: npm ci && npm run demo',
    );
  return root;
}

/**
 * `byok demo`: the embedded default. The whole ceremony on this machine, as a workflow run of three jobs: both
 * emulators, a throw-away SoftHSM2 token, the four action bundles run as the Actions runner runs them.
 */
export const demo: Command = {
  name: 'demo',
  brief: 'the whole ceremony on this machine (emulators + SoftHSM2)',
  usage: '[--kty RSA|EC|oct] [--size N] [--curve P-256]',
  summary:
    'Runs the whole ceremony here against the Managed HSM and artifact service emulators and a throw-away SoftHSM2 token (kek, wrap and import jobs), and prints what each job showed.',
  online: false,
  flags: {
    kty: { input: 'key-type', description: 'RSA (default), EC or oct' },
    size: { input: 'key-size', description: 'RSA 2048/3072 (default)/4096 or AES 128/192/256 (default)' },
    curve: { input: 'curve', description: 'EC curve: P-256 (default), P-384, P-521 or P-256K' },
  },
  example: 'npm run demo -- --kty EC --curve P-384',
  async run({ inputs, console }) {
    const target = demoTarget(inputs);
    const root = repositoryRoot();
    const { runDemo } = await import('./demo-run.js');
    const result = await runDemo(root, target, (text) =>
      (console.json ? process.stderr : process.stdout).write(`${text}\n`),
    );
    if (result.failed) {
      const code = /\[([A-Z0-9_]+)\]$/.exec(result.failed.error)?.[1];
      throw new ByokError(
        (ERROR_CODES as readonly string[]).includes(code ?? '') ? (code as ErrorCode) : 'DEMO_FAILED',
        `demo: job ${result.failed.job} (${result.failed.action}) failed: ${result.failed.error.replace(/ \[[A-Z0-9_]+\]$/, '')}`,
      );
    }
    return {
      outputs: { 'key-id': result.keyId, 'kek-id': result.kekId },
      report: { title: `demo: imported ${result.keyId}`, rows: [], notes: [] },
    };
  },
};
