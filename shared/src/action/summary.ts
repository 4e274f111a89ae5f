import * as core from './core-files.js';
import type { Report, ReportRow } from '../operations/report.js';
import { scrub } from './secrets.js';

export type SummaryRow = ReportRow;

/** Who ran what: the rows that let a reviewer follow one ceremony across its jobs. */
function runRows(): SummaryRow[] {
  const env = process.env;
  const run = env.GITHUB_RUN_ID
    ? `${env.GITHUB_REPOSITORY ?? ''} run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}`
    : undefined;
  return [
    ['Workflow run', run],
    ['Job', env.GITHUB_JOB],
    ['Actor', env.GITHUB_TRIGGERING_ACTOR ?? env.GITHUB_ACTOR],
  ];
}

/**
 * A step summary as a reviewer reads it: a heading, a two-column table of facts, then notes. Values are shown
 * as code so ids and fingerprints can be compared character by character across jobs.
 */
export async function writeSummary(report: Report, extraRows: SummaryRow[] = []): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const { title, notes } = report;
  const rows = [...report.rows, ...extraRows];
  const escape = (text: string) => text.replace(/[|<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const code = (value: string) => (value ? `\`${escape(value).replace(/`/g, "'")}\`` : '');
  const table = [...rows, ...runRows()]
    .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
    .map(([label, value]) => `| ${escape(label)} | ${code(value)} |`);
  // A list's tables (one row per key) come after the facts, so the reviewer sees every key before approving.
  const tables = (report.tables ?? []).flatMap((t) => [
    '',
    `| ${t.columns.map(escape).join(' | ')} |`,
    `|${t.columns.map(() => '---').join('|')}|`,
    ...t.rows.map((cells) => `| ${cells.map(code).join(' | ')} |`),
  ]);
  const text = [
    `### ${title}`,
    '',
    '| | |',
    '|---|---|',
    ...table,
    ...tables,
    '',
    ...notes.map((note) => `- ${escape(note)}`),
    '',
  ].join('\n');
  await core.summary.addRaw(scrub(text), true).write();
}
