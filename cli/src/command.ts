import { parseArgs } from 'node:util';
import { ConfigurationError } from '../../shared/src/errors.js';
import { inputsFrom, type InputSource } from '../../shared/src/inputs/rules.js';
import type { ConsoleOptions } from '../../shared/src/console/run.js';
import type { OperationResult } from '../../shared/src/operations/report.js';

/**
 * A `byok` command: its flags (named as the Azure CLI names them where `az` has the flag, else as the action input),
 * each mapped to the library's input name, so the library's rules check them and its messages can be shown with the
 * flag the person typed.
 */
export interface Flag {
  /** The library input this flag sets (e.g. `key-type` for --kty). */
  input: string;
  boolean?: boolean;
  description: string;
}

export interface CommandContext {
  inputs: InputSource;
  flags: Record<string, string | boolean | undefined>;
  console: ConsoleOptions;
}

export interface Command {
  /** `kek create`, `wrap`, … */
  name: string;
  /** One line for `byok --help`. */
  brief: string;
  summary: string;
  /** Shown after the name in the usage line, e.g. `FILE.byok [flags]`. */
  usage: string;
  /** A positional argument and the input it sets. */
  positional?: { input: string; name: string };
  flags: Record<string, Flag>;
  /** Whether the command needs the network (said in --help; wrap and verify never do). */
  online: boolean;
  example: string;
  run(context: CommandContext): Promise<OperationResult>;
}

export const COMMON_FLAGS: Record<string, Flag> = {
  json: {
    input: 'json',
    boolean: true,
    description: 'print the result as JSON on stdout (progress stays on stderr)',
  },
  verbose: {
    input: 'verbose',
    boolean: true,
    description: 'print debug lines and, on an internal error, its stack',
  },
  help: { input: 'help', boolean: true, description: 'show this help' },
};

/** The flags of the Azure commands: which vault, and the Entra authority (credentials come from the environment). */
export const VAULT_FLAGS: Record<string, Flag> = {
  'hsm-name': { input: 'hsm-name', description: 'Managed HSM name (https://NAME.managedhsm.azure.net)' },
  'vault-name': { input: 'vault-name', description: 'Key Vault Premium name (https://NAME.vault.azure.net)' },
  'vault-url': {
    input: 'vault-url',
    description: 'vault URL (sovereign cloud, private endpoint, the emulator)',
  },
  'vault-kind': {
    input: 'vault-kind',
    description:
      'auto (from the host, default), managedhsm or vault: for a --vault-url whose host does not tell',
  },
  'authority-host': {
    input: 'authority-host',
    description: 'Entra authority host (default: Azure public cloud; AZURE_AUTHORITY_HOST is honoured)',
  },
};

/** What the kek job and `byok wrap` printed, for the commands that check a .byok against them. */
export const FINGERPRINT_FLAGS: Record<string, Flag> = {
  'kek-fingerprint': {
    input: 'kek-fingerprint',
    description: "the KEK fingerprint from the kek job's summary",
  },
  'public-key-fingerprint': {
    input: 'public-key-fingerprint',
    description: 'the public-key fingerprint `byok wrap` printed (RSA, EC)',
  },
  'key-check-value': {
    input: 'key-check-value',
    description: 'the key check value `byok wrap` printed (AES)',
  },
  'byok-digest': { input: 'byok-digest', description: 'the byok-digest `byok wrap` printed' },
};

function usage(message: string): ConfigurationError {
  return new ConfigurationError('USAGE', message, 'Run the command with --help for its flags and an example');
}

/** Shows the library's input names as this command's flags: `Input "key-type"` → `Option --kty`. */
export function renderer(command: Command): (text: string) => string {
  const flagOf = new Map<string, string>();
  if (command.positional) flagOf.set(command.positional.input, command.positional.name);
  for (const [flag, spec] of Object.entries(command.flags)) flagOf.set(spec.input, `--${flag}`);
  flagOf.set('pin', 'PKCS11_PIN');
  return (text) =>
    text
      .replace(/Inputs? "([a-z0-9-]+)"/g, (match, name: string) =>
        flagOf.has(name) ? `Option ${flagOf.get(name)}` : match,
      )
      .replace(/"([a-z0-9-]+)"/g, (match, name: string) => flagOf.get(name) ?? match);
}

/** Parses argv strictly: an unknown flag, a missing value or a stray argument is a usage error, never a stack. */
export function parseCommandLine(command: Command, argv: string[]): CommandContext['flags'] & { _?: string } {
  const all = { ...withInputNames(command.flags), ...COMMON_FLAGS };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(
        Object.entries(all).map(
          ([flag, spec]) => [flag, { type: spec.boolean ? 'boolean' : 'string' }] as const,
        ),
      ),
      allowPositionals: command.positional !== undefined,
      strict: true,
    });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(text)?.[1];
    if (unknown) {
      const guess = closest(unknown.replace(/^-+/, ''), Object.keys(all));
      throw usage(`unknown flag ${unknown}${guess ? ` (did you mean --${guess}?)` : ''}`);
    }
    const needsValue = /Option '(?:-\w, )?(--[^ ']+)[^']*' argument missing/.exec(text)?.[1];
    if (needsValue) throw usage(`flag ${needsValue} needs a value`);
    const extra = /Unexpected argument '([^']+)'/.exec(text)?.[1];
    if (extra) throw usage(`unexpected argument ${JSON.stringify(extra)}`);
    throw usage(text.split('.')[0] as string);
  }
  for (const [flag, spec] of Object.entries(command.flags)) {
    if (flag === spec.input || parsed.values[spec.input] === undefined) continue;
    if (parsed.values[flag] !== undefined)
      throw usage(`--${flag} and --${spec.input} are the same flag; give it once`);
    parsed.values[flag] = parsed.values[spec.input];
  }
  const positionals = parsed.positionals;
  if (command.positional && positionals.length > 1)
    throw usage(`one ${command.positional.name} only, got ${positionals.length}`);
  return { ...parsed.values, ...(positionals[0] === undefined ? {} : { _: positionals[0] }) };
}

/** Every flag also answers to its input's name (--key-type for --kty), as the action inputs are called. */
function withInputNames(flags: Record<string, Flag>): Record<string, Flag> {
  const all = { ...flags };
  for (const spec of Object.values(flags)) all[spec.input] ??= spec;
  return all;
}

/** The parsed flags as library inputs. */
export function inputsOf(command: Command, flags: ReturnType<typeof parseCommandLine>): InputSource {
  const values: Record<string, string | undefined> = {};
  for (const [flag, spec] of Object.entries(command.flags)) {
    const value = flags[flag];
    values[spec.input] = typeof value === 'boolean' ? String(value) : value;
  }
  if (command.positional) values[command.positional.input] = flags._;
  return inputsFrom(values);
}

/** Edit distance 1-2 suggestions for a mistyped flag. */
function closest(typed: string, names: string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] as number;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] as number;
        row[j] = Math.min(
          current + 1,
          (row[j - 1] as number) + 1,
          previous + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        previous = current;
      }
    }
    return row[b.length] as number;
  };
  const ranked = names.map((name) => ({ name, d: distance(typed, name) })).sort((x, y) => x.d - y.d);
  const best = ranked[0];
  return best && best.d <= 2
    ? best.name
    : names.find((name) => name.startsWith(typed) || typed.startsWith(name));
}

export function helpText(command: Command): string {
  const all = { ...command.flags, ...COMMON_FLAGS };
  const width = Math.max(...Object.keys(all).map((flag) => flag.length)) + 2;
  return [
    `byok ${command.name} ${command.usage}`,
    '',
    command.summary,
    command.online
      ? 'Needs the network (the vault and Entra ID).'
      : 'Works offline: it makes no network connection.',
    '',
    'Flags:',
    ...Object.entries(all).map(
      ([flag, spec]) =>
        `  --${flag.padEnd(width)}${spec.boolean ? '         ' : '<value>  '}${spec.description}${spec.input !== flag && flag in command.flags ? ` (also --${spec.input})` : ''}`,
    ),
    '',
    'Example:',
    `  ${command.example}`,
    '',
    'Exit codes: 0 done, 1 refused or failed (the message says why and what to do), 2 usage error.',
  ].join('\n');
}
