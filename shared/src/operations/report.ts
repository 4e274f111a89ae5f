/**
 * What an operation tells a person, whatever the front end: a title, facts as label/value rows (ids and fingerprints
 * to compare across jobs or across the air gap), tables (one row per key of a list), and notes. The action writes it
 * as the step summary, the command line prints it. `outputs` are the machine-readable results, under the action's
 * output names.
 */
export type ReportRow = [label: string, value: string | undefined];

export interface ReportTable {
  columns: string[];
  rows: string[][];
}

export interface Report {
  title: string;
  rows: ReportRow[];
  tables?: ReportTable[];
  notes: string[];
}

export type Outputs = Record<string, string | number | boolean | undefined>;

export interface OperationResult {
  report: Report;
  outputs: Outputs;
  /** A list operation that ran to the end with failed keys: the front end shows the report, then fails with this. */
  failure?: Error;
}
