/** runAnswering, which the openCryptoki sandbox initialises its token with (pkcsconf). */
import { runAnswering } from '../helpers/answering.js';

test('a command that exits without reading its input is judged by its exit status, not the EPIPE of the write', () => {
  // Far more than a pipe holds, so the write certainly outlives the command, as pkcsconf -t's can under load.
  const answers = Array.from({ length: 200_000 }, () => 'unread answer');
  expect(runAnswering('sh', ['-c', 'echo listed'], answers)).toBe('listed\n');
});

test('the answers reach the prompts in order', () => {
  expect(runAnswering('sh', ['-c', 'read so; read pin; echo "$pin after $so"'], ['SO', 'PIN'])).toBe(
    'PIN after SO\n',
  );
});

test('a failure names the command and its stderr, never the answers', () => {
  const run = () => runAnswering('sh', ['-c', 'read pin; echo refused >&2; exit 3'], ['secret-pin']);
  expect(run).toThrow(/^sh -c .* ended with 3: refused$/);
  expect(run).not.toThrow(/secret-pin/);
});
