import { ByokError } from '../errors.js';
import type { ReportTable } from './report.js';

/**
 * One key's line in a list operation's results: the step summary's table and the `results` output (JSON). A key's
 * failure is recorded with its reason and the others go on; the operation fails at the end when any key failed.
 */
export interface KeyResult {
  key: string;
  status: 'wrapped' | 'imported' | 'already-present' | 'failed';
  /** e.g. RSA-3072, EC P-384, AES-256 (what the HSM holds; the list's type when nothing was read). */
  type?: string;
  /** Wrap: CKA_LABEL and CKA_ID (hex) in the source HSM. Import: the versioned Key Vault key id. */
  label?: string;
  keyId?: string;
  fingerprint?: string;
  keyCheckValue?: string;
  byokDigest?: string;
  code?: string;
  reason?: string;
}

/** The single key's input names in a message, as the key list names its fields. */
const LIST_FIELDS: Record<string, string> = {
  'key-label': 'label',
  'key-id': 'key-id',
  'key-type': 'type',
  'key-size': 'size',
  'key-name': 'name',
  'key-ops': 'key-ops',
};

/** The reason a key failed, as one line with its code; errors byok does not know are internal. */
export function failedKey(key: string, error: unknown, extra: Partial<KeyResult> = {}): KeyResult {
  if (error instanceof ByokError) {
    const reason = error.oneLine.replace(/Input "([a-z-]+)"/g, (match, name: string) =>
      LIST_FIELDS[name] ? `"${LIST_FIELDS[name]}"` : match,
    );
    return { key, ...extra, status: 'failed', code: error.code, reason };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { key, ...extra, status: 'failed', code: 'INTERNAL', reason: `Internal error: ${message}` };
}

export function resultsTable(results: KeyResult[], idColumn: string): ReportTable {
  return {
    columns: ['Key', 'Type', 'Status', idColumn, 'Public key fingerprint / key check value', 'Reason'],
    rows: results.map((r) => [
      r.key,
      r.type ?? '',
      r.status,
      r.label !== undefined ? `${r.label}${r.keyId ? ` (id ${r.keyId})` : ''}` : (r.keyId ?? ''),
      r.fingerprint ?? r.keyCheckValue ?? '',
      r.reason ? `${r.code}: ${r.reason}` : '',
    ]),
  };
}

/** Compact JSON, so that the output of a long list stays one line. */
export function resultsOutput(results: KeyResult[]): string {
  return JSON.stringify(results);
}

/** The error a list operation ends with when any key failed, after its outputs and summary are written. */
export function keysFailed(results: KeyResult[], done: string, hint: string): ByokError | undefined {
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length === 0) return undefined;
  const shown = failed.slice(0, 5).map((r) => `${r.key} (${r.code})`);
  return new ByokError(
    'KEYS_FAILED',
    `${failed.length} of ${results.length} keys failed: ${shown.join(', ')}${failed.length > 5 ? ', …' : ''}; ${done}`,
    hint,
  );
}
