import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSoftHsmToken, type SoftHsmToken } from '../../emulators/softhsm/token.js';
import { CLI, runCli } from '../helpers/cli.js';
import { connectSoftHsm, type SoftHsmClient } from '../helpers/softhsm/client.js';
import { makeKek, PIN, type TestKek } from './wrap-helpers.js';

/**
 * The command line as a person meets it: help on every command, usage errors in one line with exit 2, refusals in one
 * line with exit 1 and the actions' codes, the PIN never from a flag and never echoed, and a KEK fingerprint that a
 * person must confirm before anything is wrapped.
 */
let token: SoftHsmToken;
let hsm: SoftHsmClient;
let dir: string;
let kek: TestKek;

beforeAll(async () => {
  [token, dir] = await Promise.all([
    createSoftHsmToken({ label: 'cli', pin: PIN }),
    mkdtemp(join(tmpdir(), 'byok-cli-')),
  ]);
  hsm = await connectSoftHsm(token);
  kek = await makeKek(join(dir, 'kek'));
});
afterAll(async () => {
  await hsm?.close();
  await Promise.all([token?.cleanup(), dir && rm(dir, { recursive: true, force: true })]);
});

const oneLine = (stderr: string) => stderr.trim().split('\n');
const wrapArgs = (label: string, extra: string[] = []) => [
  'wrap',
  '--pkcs11-module',
  token.module,
  '--token-label',
  token.label,
  '--key-label',
  label,
  '--generate',
  '--kty',
  'EC',
  // An EC key from SoftHSM: a rehearsal file (test/helpers/ceremony-services.ts).
  '--allow-padded-kwp',
  '--kek-file',
  kek.pemPath,
  '--byok-file',
  join(dir, `${label}.byok`),
  ...extra,
];

test.each([['kek', 'create'], ['kek', 'download'], ['wrap'], ['verify'], ['import'], ['demo']])(
  'byok %s %s --help: usage, whether it needs the network, an example, the exit codes',
  async (...words) => {
    const result = await runCli([...words.filter(Boolean), '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^byok ${words.filter(Boolean).join(' ')} `));
    expect(result.stdout).toMatch(/Works offline|Needs the network/);
    expect(result.stdout).toMatch(/Example:\n {2}\S/);
    expect(result.stdout).toContain('Exit codes: 0 done, 1 refused or failed');
  },
);

test.each([
  [['demo', '--key-typ', 'EC'], /unknown flag --key-typ \(did you mean --key-type\?\)/],
  [['wrap', '--pin', '1234'], /unknown flag --pin/],
  [['verify', 'a.byok', 'b.byok'], /one FILE\.byok only, got 2/],
  [['wrap', '--kek-file'], /flag --kek-file needs a value/],
  [['frobnicate'], /unknown command "frobnicate"/],
])('%j is a usage error: one line, exit 2, no stack', async (args, message) => {
  const result = await runCli(args);
  expect(result.exitCode).toBe(2);
  expect(oneLine(result.stderr)).toHaveLength(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/\[USAGE\]\n$/);
});

test.each([
  [
    ['demo', '--size', 'big'],
    /^byok demo: Option --size is "big"; expected one of 2048, 3072, 4096\. Set --size to/,
  ],
  [['demo', '--size', '1024'], /Option --size is "1024"; expected one of 2048, 3072, 4096/],
  [['demo', '--kty', 'oct', '--size', '512'], /Option --size is "512"; expected one of 128, 192, 256/],
  [
    ['demo', '--kty', 'EC', '--curve', 'P-224'],
    /Option --curve is "P-224"; expected one of P-256, P-384, P-521, P-256K/,
  ],
  [['verify', 'missing.byok'], /^byok verify: Option FILE\.byok: missing\.byok does not exist/],
])('%j is refused before anything starts, naming the flag: one line, exit 1', async (args, message) => {
  const result = await runCli(args, { cwd: dir });
  expect(result.exitCode).toBe(1);
  expect(oneLine(result.stderr)).toHaveLength(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/\[INPUT_INVALID|FILE_NOT_FOUND\]\n$/);
});

test('--json carries the refusal too, with the same code', async () => {
  const result = await runCli(['demo', '--size', 'big', '--json']);
  expect(result.exitCode).toBe(1);
  expect(result.json).toEqual({
    ok: false,
    error: { code: 'INPUT_INVALID', message: expect.stringMatching(/--size/) },
  });
});

test('without PKCS11_PIN and without a terminal there is nobody to ask: refused before the token is opened', async () => {
  const result = await runCli(wrapArgs('no-pin', ['--yes']), { env: token.env });
  expect(result.exitCode).toBe(1);
  expect(result.stderr).toMatch(
    /PKCS11_PIN is not set, and standard input is not a terminal to ask.*\[INPUT_REQUIRED\]/,
  );
  expect((await hsm.listObjects()).filter((o) => o.label === 'no-pin')).toEqual([]);
});

test('the KEK fingerprint is shown and must be confirmed; without a terminal and without --yes nothing is wrapped', async () => {
  const result = await runCli(wrapArgs('unconfirmed'), { env: { ...token.env, PKCS11_PIN: PIN } });
  expect(result.exitCode).toBe(1);
  expect(result.stderr).toContain(`KEK fingerprint:   ${kek.fingerprint}`);
  expect(result.stderr).toMatch(/needs a person to confirm it.*--yes.*\[INPUT_REQUIRED\]/);
  expect((await hsm.listObjects()).filter((o) => o.label === 'unconfirmed')).toEqual([]);
});

/** Runs the command in a pseudo-terminal, answering its prompts as a person would; answers the whole transcript. */
function inTerminal(
  args: string[],
  answers: string[],
  env: Record<string, string>,
): Promise<{ exitCode: number; transcript: string }> {
  const driver = `
import os, pty, sys, time
answers = sys.argv[1].split('\\x1f')
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
out = b''
def read_until(marker, timeout=30):
    global out
    end = time.time() + timeout
    while marker not in out and time.time() < end:
        try: out += os.read(fd, 4096)
        except OSError: return
for prompt, answer in zip([b'PIN', b'[y/N]'], answers):
    read_until(prompt)
    os.write(fd, answer.encode() + b'\\r')
while True:
    try:
        chunk = os.read(fd, 4096)
        if not chunk: break
        out += chunk
    except OSError: break
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(status))
`;
  const child = spawn('python3', ['-c', driver, answers.join('\x1f'), process.execPath, CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...env },
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((done) =>
    child.on('close', (code) =>
      done({ exitCode: code ?? 1, transcript: Buffer.concat(chunks).toString('utf8') }),
    ),
  );
}

test('at a terminal: the PIN is asked without echo, the fingerprint confirmed, and the key wrapped', async () => {
  const { exitCode, transcript } = await inTerminal(wrapArgs('at-terminal'), [PIN, 'y'], token.env);
  expect(transcript).toContain('User PIN of the token:');
  expect(transcript).not.toContain(PIN);
  expect(transcript).toContain(`KEK fingerprint:   ${kek.fingerprint}`);
  expect(transcript).toMatch(/Public key fingerprint\s+sha256:[0-9a-f]{64}/);
  expect(exitCode).toBe(0);
});

test('at a terminal, answering no to the fingerprint wraps nothing and leaves no key', async () => {
  const { exitCode, transcript } = await inTerminal(wrapArgs('declined'), [PIN, 'n'], token.env);
  expect(transcript).toMatch(
    /The KEK fingerprint was not confirmed; nothing was wrapped.*\[CONFIRMATION_REFUSED\]/,
  );
  expect(exitCode).toBe(1);
  expect((await hsm.listObjects()).filter((o) => o.label === 'declined')).toEqual([]);
});
