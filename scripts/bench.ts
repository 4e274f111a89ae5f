// npm run bench: the figures byok is judged by, printed, not asserted.
// - size of each action bundle (dist/, native binding included);
// - start-up of each bundle (it stops at its first missing input) against bare `node`, median of 15 runs;
// - the whole ceremony on the emulators and SoftHSM2 per target type, with each job's share, median of 3 runs;
// - many keys in one ceremony (scripts/bench-batch.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCeremony } from '../emulators/runner/ceremony.js';
import { startCeremonyServices } from '../test/helpers/ceremony-services.js';
import { benchBatch } from './bench-batch.js';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? dirBytes(path) : statSync(path).size);
  }, 0);
}

function startup(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env: { PATH: process.env.PATH ?? '' }, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

const actions = readdirSync('.')
  .filter((dir) => dir.startsWith('action-'))
  .sort();
console.log(
  `Node ${process.version}\n\nbundle                 index.js      dist/   start-up  (bare node ${startup(['-e', '0']).toFixed(0)} ms)`,
);
for (const action of actions) {
  const index = statSync(join(action, 'dist', 'index.js')).size;
  console.log(
    `${action.padEnd(20)} ${(index / 1024).toFixed(0).padStart(7)} KiB ${(dirBytes(join(action, 'dist')) / 1024).toFixed(0).padStart(7)} KiB ${ms(startup([join(action, 'dist', 'index.js')]))}`,
  );
}

console.log(
  '\nceremony (kek + wrap + import jobs, emulators + SoftHSM2)    total      kek     wrap   import',
);
const services = await startCeremonyServices();
try {
  const targets = [
    { type: 'RSA', size: 2048 },
    { type: 'RSA', size: 3072 },
    { type: 'RSA', size: 4096 },
    { type: 'EC', curve: 'P-256' },
    { type: 'oct', size: 256 },
  ] as const;
  for (const target of targets) {
    const runs: { total: number; kek: number; wrap: number; import: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const id = `${target.type}${'size' in target ? target.size : target.curve}-${i}`.replace(/\W/g, '');
      const times = { kek: 0, wrap: 0, import: 0 };
      const start = Date.now();
      let last = start;
      const result = await runCeremony(services, {
        runId: id,
        keyName: id,
        target,
        afterKek: () => void ((times.kek = Date.now() - last), (last = Date.now())),
        afterWrap: () => void ((times.wrap = Date.now() - last), (last = Date.now())),
      });
      if (result.failed) throw new Error(`${id}: ${result.failed.result.errors.join(' ')}`);
      times.import = Date.now() - last;
      runs.push({ total: Date.now() - start, ...times });
    }
    const label = `${target.type} ${'size' in target ? target.size : target.curve}`;
    const pick = (key: keyof (typeof runs)[number]) => ms(median(runs.map((run) => run[key])));
    console.log(`${label.padEnd(56)} ${pick('total')} ${pick('kek')} ${pick('wrap')} ${pick('import')}`);
  }
} finally {
  await services.stop();
}

await benchBatch();
