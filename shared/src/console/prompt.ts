import { ConfigurationError } from '../errors.js';

/**
 * Questions to the person at the terminal, on stderr. A secret is read without echo (raw mode, nothing printed back)
 * so a PIN never appears on screen, in scrollback or in a terminal log; without a terminal there is nobody to ask.
 */
function needsTerminal(what: string, hint: string): ConfigurationError {
  return new ConfigurationError(
    'INPUT_REQUIRED',
    `${what}, and standard input is not a terminal to ask`,
    hint,
  );
}

export async function askSecret(question: string, missing: { what: string; hint: string }): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) throw needsTerminal(missing.what, missing.hint);
  // Echo goes off before the question shows, so nothing typed after it can reach the screen.
  input.setRawMode(true);
  process.stderr.write(question);
  input.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let value = '';
      const onData = (chunk: Buffer) => {
        for (const char of chunk.toString('utf8')) {
          if (char === '\r' || char === '\n') {
            input.off('data', onData);
            return resolve(value);
          }
          if (char === '\u0003') {
            input.off('data', onData);
            return reject(
              new ConfigurationError('CONFIRMATION_REFUSED', 'Stopped at the PIN prompt (Ctrl-C)'),
            );
          }
          if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
          else if (char >= ' ') value += char;
        }
      };
      input.on('data', onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    process.stderr.write('\n');
  }
}

/** A yes/no question; only an explicit yes goes on. */
export async function askYes(question: string, missing: { what: string; hint: string }): Promise<boolean> {
  const input = process.stdin;
  if (!input.isTTY) throw needsTerminal(missing.what, missing.hint);
  process.stderr.write(`${question} [y/N] `);
  input.resume();
  try {
    const answer = await new Promise<string>((resolve) =>
      input.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))),
    );
    return /^\s*y(es)?\s*$/i.test(answer);
  } finally {
    input.pause();
  }
}
