import * as core from '@actions/core';
import { scrub } from './secrets.js';

export type SummaryRow = [label: string, value: string | undefined];

/**
 * A step summary as a reviewer reads it: a heading, a two-column table of facts, then notes. Values are shown
 * as code so ids and fingerprints can be compared character by character across jobs.
 */
export async function writeSummary(title: string, rows: SummaryRow[], notes: string[] = []): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const escape = (text: string) => text.replace(/[|<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const table = rows
    .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
    .map(([label, value]) => `| ${escape(label)} | \`${escape(value).replace(/`/g, "'")}\` |`);
  const text = [`### ${title}`, '', '| | |', '|---|---|', ...table, '', ...notes.map((note) => `- ${escape(note)}`), ''].join('\n');
  await core.summary.addRaw(scrub(text), true).write();
}
