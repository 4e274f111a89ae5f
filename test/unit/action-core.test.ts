import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as entry from '@actions/core';
import * as commands from '../../shared/src/action/core.js';
import * as files from '../../shared/src/action/core-files.js';

/**
 * shared/src/action/core.ts and core-files.ts bind @actions/core's command modules without loading its entry (which
 * brings undici). Each binding must write exactly what the entry's function of the same name writes: same workflow
 * command, same escaping, same file command, same exit code.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byok-action-core-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const facade = { ...commands, ...files };
type Core = typeof facade;

/** What one call writes to stdout and to GITHUB_OUTPUT, and the exit code it leaves. */
async function effects(core: Core, call: (core: Core) => void) {
  const output = join(dir, `output-${Math.random().toString(36).slice(2)}`);
  await writeFile(output, '');
  const saved = { output: process.env.GITHUB_OUTPUT, exitCode: process.exitCode };
  process.env.GITHUB_OUTPUT = output;
  process.exitCode = undefined;
  const written: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) =>
    written.push(chunk) > 0) as unknown as typeof process.stdout.write;
  let exitCode;
  try {
    call(core);
    exitCode = process.exitCode;
  } finally {
    process.stdout.write = write;
    process.exitCode = saved.exitCode;
    if (saved.output === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved.output;
  }
  const file = (await readFile(output, 'utf8')).replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_UUID');
  return { stdout: written.join(''), file, exitCode };
}

const TEXT = ' line one\nline two\r\n100% done: a,b ::x:: ';

test.each<[string, (core: Core) => void]>([
  ['setSecret', (core) => core.setSecret(TEXT)],
  ['setOutput', (core) => core.setOutput('key-id', TEXT)],
  ['debug', (core) => core.debug(TEXT)],
  ['info', (core) => core.info(TEXT)],
  ['warning', (core) => core.warning(TEXT)],
  ['setFailed', (core) => core.setFailed(TEXT)],
])('%s writes what @actions/core writes', async (_name, call) => {
  const expected = await effects(entry as unknown as Core, call);
  expect(expected.stdout + expected.file).not.toBe('');
  expect(await effects(facade, call)).toEqual(expected);
});

test('setOutput without GITHUB_OUTPUT falls back to the set-output command, as @actions/core does', async () => {
  const legacy = async (core: Core) => {
    const written: string[] = [];
    const write = process.stdout.write;
    const output = process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_OUTPUT;
    process.stdout.write = ((chunk: string) =>
      written.push(chunk) > 0) as unknown as typeof process.stdout.write;
    try {
      core.setOutput('name', 'a\nb');
    } finally {
      process.stdout.write = write;
      if (output !== undefined) process.env.GITHUB_OUTPUT = output;
    }
    return written.join('');
  };
  expect(await legacy(facade)).toBe(await legacy(entry as unknown as Core));
});

test('getInput reads INPUT_<NAME> the way @actions/core does', () => {
  const saved = { ...process.env };
  try {
    process.env['INPUT_KEY SIZE'] = 'wrong';
    process.env.INPUT_KEY_SIZE = '  2048 \n';
    process.env['INPUT_KEK-NAME'] = 'KEKforBYOK';
    for (const name of ['key size', 'kek-name', 'Kek-Name', 'absent'])
      expect(facade.getInput(name)).toBe(entry.getInput(name));
    expect(facade.getInput('key size')).toBe('2048');
  } finally {
    process.env = saved;
  }
});

test("the step summary is @actions/core's own", () => {
  expect(facade.summary).toBe(entry.summary);
});
