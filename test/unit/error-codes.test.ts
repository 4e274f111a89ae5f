import { readFileSync } from 'node:fs';
import { ERROR_CODES } from '../../shared/src/errors.js';

/** Every error code has its row in docs/troubleshooting.md "Every error code", and the table lists no other. */
const doc = readFileSync('docs/troubleshooting.md', 'utf8');
const table = doc.slice(doc.indexOf('## Every error code'));
const documented = [...table.matchAll(/^\|\s*`([A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1]);

test('every error code is documented', () => {
  expect(ERROR_CODES.filter((code) => !documented.includes(code))).toEqual([]);
});

test('the table documents no code that does not exist, and each once', () => {
  expect(documented.filter((code) => !(ERROR_CODES as readonly string[]).includes(code as string))).toEqual(
    [],
  );
  expect(new Set(documented).size).toBe(documented.length);
});
