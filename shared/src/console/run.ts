import { ByokError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { OperationResult, Report } from '../operations/report.js';
import { scrubSecrets, secretForms, visibleControls } from '../secret-forms.js';

/**
 * The command line's side of what shared/src/action/ does for GitHub Actions: a Logger on stderr, the report as text
 * (or JSON on stdout for machines), one error line, and the exit code: 0 done, 1 refused or failed, 2 usage.
 */
export interface ConsoleOptions {
  json: boolean;
  verbose: boolean;
  /** What starts every error line: `byok wrap`. */
  prefix: string;
  /** Rewrites the library's input names (`Input "key-type"`) as this command's flags (`--kty`). */
  render: (text: string) => string;
}

export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

const secrets = new Set<string>();

/** Scrubbed from everything the command prints from now on (the PIN). */
export function registerConsoleSecret(value: string): void {
  for (const form of secretForms(value)) secrets.add(form);
}

function shown(text: string): string {
  return visibleControls(scrubSecrets(text, secrets));
}

/** Progress and warnings on stderr, so that stdout holds only the result. */
export function consoleLogger(options: Pick<ConsoleOptions, 'verbose'>): Logger {
  const write = (prefix: string, message: string) =>
    process.stderr.write(`${prefix}${shown(message).replace(/\n/g, ' ')}\n`);
  return {
    debug: (message) => options.verbose && write('  debug: ', message),
    info: (message) => write('  ', message),
    warning: (message) => write('warning: ', message),
  };
}

/** The report as a person reads it: title, aligned rows, tables in aligned columns, notes. */
export function formatReport(report: Report): string {
  const rows = report.rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  const tables = (report.tables ?? []).flatMap(({ columns, rows: cells }) => {
    const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
    const line = (values: string[]) =>
      `  ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
    return ['', line(columns), ...cells.map(line)];
  });
  return [
    report.title,
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    ...tables,
    ...report.notes.map((note) => `- ${note}`),
  ]
    .map(shown)
    .join('\n');
}

/** Prints the result; one that carries a failure (a list with failed keys) is printed whole, then reported. */
export function printResult(result: OperationResult, options: ConsoleOptions): number {
  if (options.json) {
    const outputs = Object.fromEntries(Object.entries(result.outputs).filter(([, v]) => v !== undefined));
    const failed = result.failure instanceof ByokError ? result.failure : undefined;
    const body = {
      ok: result.failure === undefined,
      outputs,
      report: result.report,
      ...(failed ? { error: { code: failed.code, message: options.render(failed.oneLine) } } : {}),
    };
    process.stdout.write(`${shown(JSON.stringify(body, null, 2))}\n`);
  } else process.stdout.write(`${formatReport(result.report)}\n`);
  return result.failure === undefined ? EXIT.ok : reportError(result.failure, { ...options, json: false });
}

/** One line for a refusal (code and hint, as the actions print them), a stack only with --verbose. */
export function reportError(error: unknown, options: ConsoleOptions): number {
  const known = error instanceof ByokError;
  const code = known ? error.code : 'INTERNAL';
  const message = known
    ? options.render(error.oneLine)
    : `Internal error: ${error instanceof Error ? error.message : String(error)}. Rerun with --verbose and report it if it persists`;
  if (options.json) {
    const body = { ok: false, error: { code, message } };
    process.stdout.write(`${shown(JSON.stringify(body, null, 2))}\n`);
  }
  process.stderr.write(`${options.prefix}: ${shown(message.replace(/\s*\n\s*/g, ' '))} [${code}]\n`);
  if (options.verbose && error instanceof Error && error.stack)
    process.stderr.write(`${shown(error.stack)}\n`);
  return known && code === 'USAGE' ? EXIT.usage : EXIT.refused;
}
