#!/usr/bin/env node
import { EXIT, printResult, reportError, type ConsoleOptions } from '../../shared/src/console/run.js';
import { ConfigurationError } from '../../shared/src/errors.js';
import { helpText, inputsOf, parseCommandLine, renderer, type Command } from './command.js';
import { demo } from './commands/demo.js';
import { importCommand } from './commands/import.js';
import { kekCreate, kekDownload } from './commands/kek.js';
import { verify } from './commands/verify.js';
import { wrap } from './commands/wrap.js';
import { version } from './version.js';

/** `byok <command>`: the ceremony's steps for a person at a terminal, over the same library as the actions. */
const COMMANDS: Command[] = [kekCreate, kekDownload, wrap, verify, importCommand, demo];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    `byok ${version}: bring your own HSM key into Azure Key Vault Managed HSM (and Key Vault Premium)`,
    '',
    'Usage: byok <command> [flags]       byok <command> --help',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.online ? 'online ' : 'offline'}  ${c.brief}`),
    '',
    'The air-gapped path: `byok kek create` and `byok kek download` (or the kek job), carry the PEM to the HSM host,',
    '`byok wrap` there with no network, `byok verify`, carry the .byok back, import it behind approval. See docs/offline.md.',
    'Exit codes: 0 done, 1 refused or failed, 2 usage error.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const plain: ConsoleOptions = {
    json: argv.includes('--json'),
    verbose: argv.includes('--verbose'),
    prefix: 'byok',
    render: (text) => text,
  };
  const words = argv.filter((arg) => !arg.startsWith('-')).slice(0, 2);
  const command =
    COMMANDS.find((c) => c.name === words.join(' ')) ?? COMMANDS.find((c) => c.name === words[0]);
  if (argv[0] === '--version') {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (!command) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      process.stdout.write(`${overview()}\n`);
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    return reportError(
      new ConfigurationError(
        'USAGE',
        `unknown command ${JSON.stringify(words.join(' ') || argv[0])}`,
        `Run byok --help; commands: ${COMMANDS.map((c) => c.name).join(', ')}`,
      ),
      plain,
    );
  }
  const rest = argv.slice(argv.indexOf(command.name.split(' ').at(-1) as string) + 1);
  const options: ConsoleOptions = { ...plain, prefix: `byok ${command.name}`, render: renderer(command) };
  try {
    const flags = parseCommandLine(command, rest);
    if (flags.help) {
      process.stdout.write(`${helpText(command)}\n`);
      return EXIT.ok;
    }
    const result = await command.run({ inputs: inputsOf(command, flags), flags, console: options });
    return printResult(result, options);
  } catch (error) {
    return reportError(error, options);
  }
}

process.exitCode = await main(process.argv.slice(2));
