import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStep } from '../../emulators/runner/run-action.js';

/**
 * The runner harness gives each step its files and RUNNER_TEMP in a temporary folder; like the runner, it removes
 * them once the step is over, whether the step passed or failed, and reports what the step left in RUNNER_TEMP.
 */
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'byok-run-action-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** NODE_OPTIONS that run `script` (CommonJS) in the step's process before the action. */
async function preload(name: string, script: string): Promise<Record<string, string>> {
  const path = join(root, `${name}.cjs`);
  await writeFile(path, script);
  return { NODE_OPTIONS: `--require=${path}` };
}

/** A preload that records the step's RUNNER_TEMP in `record`, then lets the step go on (or exits 0). */
const recordTemp = (record: string, exit: boolean) =>
  preload(
    `record-${exit}`,
    `require('fs').writeFileSync(${JSON.stringify(record)}, process.env.RUNNER_TEMP);${exit ? ' process.exit(0);' : ''}`,
  );

test('a step leaves no temporary folder behind, passed or failed', async () => {
  for (const exit of [false, true]) {
    const record = join(root, `runner-temp-${exit}`);
    const result = await runStep('action-kek-create', {
      workspace: join(root, 'workspace'),
      env: await recordTemp(record, exit),
    });
    expect(result.exitCode).toBe(exit ? 0 : 1);
    const runnerTemp = await readFile(record, 'utf8');
    expect(runnerTemp).toMatch(/byok-step-/);
    await expect(stat(runnerTemp)).rejects.toMatchObject({ code: 'ENOENT' });
  }
});

test('what a step leaves in RUNNER_TEMP is reported before the folder is removed', async () => {
  const result = await runStep('action-kek-create', {
    workspace: join(root, 'workspace'),
    env: await preload(
      'leave',
      "const fs = require('fs'); const dir = process.env.RUNNER_TEMP + '/left/behind';" +
        "fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(dir + '/file', 'x');",
    ),
  });
  expect(result.leftovers).toEqual([join('left', 'behind', 'file')]);
});
