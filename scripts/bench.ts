// npm run bench: the figures byok is judged by, printed, not asserted. Run on Node 24 (the `node` devDependency).
// 1. each action bundle's size;
// 2. start-up against bare `node -e 0`, interleaved: the refusal path (no inputs: the bundle loads, reads its
//    inputs, stops at the first required one with one ::error:: line) and the work path (each step of an RSA
//    ceremony on the emulators and SoftHSM2, from spawn to exit);
// 3. the requests each step makes, from the emulators' logs, next to the protocol's minimum;
// 4. the ceremony per target type, each job's share (the demo's time per job);
// 5. action-wrap against the same PKCS#11 calls made directly with pkcs11js;
// 6. a zip bomb given to action-import: time, CPU and peak memory until it is refused;
// 7. the Managed HSM emulator's start and an RSA-4096 create, with and without its key pool;
// 8. many keys in one ceremony (scripts/bench-batch.ts).
// The first line says what a fresh memory page costs: with the CPUs, what most sets the suite's time on a machine.
// Wall times are medians with [p25-p75]; CPU time is user + system of the whole process (start-up included).
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { startManagedHsm } from '../emulators/managed-hsm/index.js';
import { runCeremony, type StepRecord } from '../emulators/runner/ceremony.js';
import { runStep } from '../emulators/runner/run-action.js';
import { SOFTHSM_REHEARSAL, startCeremonyServices } from '../test/helpers/ceremony-services.js';
import { freshPageMicros, interleavedStartup, median, ms, Probe, spread } from './bench/measure.js';
import { stepRequests } from '../emulators/runner/requests.js';
import { MINIMUM, tally } from './bench/requests.js';
import { refuseBomb } from './bench/zip-bomb.js';
import { benchBatch } from './bench-batch.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const KiB = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(6)} KiB`;

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? dirBytes(path) : statSync(path).size);
  }, 0);
}

const actions = readdirSync('.')
  .filter((dir) => dir.startsWith('action-'))
  .sort();
const probe = new Probe();
console.log(
  `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; a fresh memory page costs ${freshPageMicros().toFixed(2)} µs\n`,
);

console.log('bundle                 entry chunk      dist/');
for (const action of actions) {
  const entry = statSync(join(action, 'dist', 'index.js')).size;
  console.log(`${action.padEnd(20)} ${KiB(entry)} ${KiB(dirBytes(join(action, 'dist')))}`);
}

console.log(
  `\nstart-up, refusal path (no inputs), ${ROUNDS} interleaved rounds\n` +
    '                     wall ms [p25-p75]   × bare node [p25-p75]   CPU ms    × bare',
);
const startup = interleavedStartup(
  Object.fromEntries(actions.map((action) => [action, [join(action, 'dist', 'index.js')]])),
  ROUNDS,
  probe,
);
for (const [name, f] of Object.entries(startup)) {
  console.log(
    `${name.padEnd(20)} ${spread(f.wall).padEnd(19)} ${spread(f.ratio, 2).padEnd(23)} ${median(f.cpu).toFixed(1).padStart(6)} ${median(f.cpuRatio).toFixed(2).padStart(7)}`,
  );
}
const bare = { wall: median(startup['bare node']?.wall ?? []), cpu: median(startup['bare node']?.cpu ?? []) };

// RSA and EC keys from SoftHSM are rehearsal files (test/helpers/ceremony-services.ts).
const services = await startCeremonyServices(undefined, { tolerate: SOFTHSM_REHEARSAL.tolerate });
try {
  // RSA ceremonies with the probe on: each step's work path, and (from the first) its requests.
  const work: Record<string, { wall: number[]; cpu: number[] }> = {};
  let steps: StepRecord[] = [];
  for (let i = 0; i < 5; i++) {
    const id = `bench-work-path-${i}`;
    const ceremony = await runCeremony(services, {
      runId: id,
      keyName: id,
      target: { type: 'RSA', size: 2048 },
      wrapInputs: SOFTHSM_REHEARSAL.wrapInputs,
      env: probe.env,
    });
    if (ceremony.failed) throw new Error(ceremony.failed.result.errors.join(' '));
    const cpu = probe.take();
    for (const step of ceremony.steps) {
      const entry = (work[step.action] ??= { wall: [], cpu: [] });
      entry.wall.push(step.result.durationMs);
      entry.cpu.push(cpu.find((record) => record.script.includes(join(step.action, 'dist')))?.cpuMs ?? NaN);
    }
    if (i === 0) steps = ceremony.steps;
  }
  console.log(
    '\nwork path: each step of an RSA-2048 ceremony on the emulators, spawn to exit, its requests included;\n' +
      'median [p25-p75] of 5      wall ms              × bare   CPU ms              × bare',
  );
  for (const [action, f] of Object.entries(work)) {
    console.log(
      `${action.padEnd(20)} ${spread(f.wall).padEnd(20)} ${(median(f.wall) / bare.wall).toFixed(1).padStart(6)}   ${spread(f.cpu).padEnd(19)} ${(median(f.cpu) / bare.cpu).toFixed(1).padStart(6)}`,
    );
  }
  printRequests(steps);

  console.log(
    '\nthe demo per target: its kek, wrap and import jobs, median of 3      total      kek     wrap   import',
  );
  const targets = [
    { type: 'RSA', size: 2048 },
    { type: 'RSA', size: 3072 },
    { type: 'RSA', size: 4096 },
    { type: 'EC', curve: 'P-256' },
    { type: 'oct', size: 256 },
  ] as const;
  for (const target of targets) {
    const runs: Record<'total' | 'kek' | 'wrap' | 'import', number>[] = [];
    for (let i = 0; i < 3; i++) {
      const id = `${target.type}${'size' in target ? target.size : target.curve}-${i}`.replace(/\W/g, '');
      const result = await runCeremony(services, {
        runId: id,
        keyName: id,
        target,
        ...(target.type === 'oct' ? {} : { wrapInputs: SOFTHSM_REHEARSAL.wrapInputs }),
      });
      if (result.failed) throw new Error(`${id}: ${result.failed.result.errors.join(' ')}`);
      const job = (name: StepRecord['job']) =>
        result.steps.filter((s) => s.job === name).reduce((sum, s) => sum + s.result.durationMs, 0);
      const times = { kek: job('kek'), wrap: job('wrap'), import: job('import') };
      runs.push({ total: times.kek + times.wrap + times.import, ...times });
    }
    const label = `${target.type} ${'size' in target ? target.size : target.curve}`;
    const pick = (key: keyof (typeof runs)[number]) => ms(median(runs.map((run) => run[key]))).padStart(8);
    console.log(`${label.padEnd(62)} ${pick('total')} ${pick('kek')} ${pick('wrap')} ${pick('import')}`);
  }

  await wrapAgainstRawCalls(services);

  console.log('\nzip bomb as byok-artifact of action-import (a .byok of zeros, its manifest truthful)');
  for (const bytes of [256 * 1024 * 1024, 1024 * 1024 * 1024]) {
    const f = await refuseBomb(services.artifacts, services.root, probe, bytes);
    console.log(
      `${(bytes / 2 ** 20).toFixed(0).padStart(5)} MiB in a ${(f.archiveBytes / 1024).toFixed(0)} KiB archive: ${ms(f.wallMs)} (CPU ${ms(f.cpuMs)}), peak RSS ${f.maxRssMiB.toFixed(0)} MiB, ${f.leftovers} files left in RUNNER_TEMP\n    ${f.error}`,
    );
  }
} finally {
  await services.stop();
  probe.close();
}

function printRequests(steps: StepRecord[]): void {
  console.log('\nrequests per step (RSA-2048 ceremony; the artifact service and approvals after "|")');
  for (const step of steps) {
    const seen = stepRequests(step);
    const minimum = MINIMUM[step.action];
    const count = (r: { hsm: string[]; artifacts: string[] }) => `${r.hsm.length} + ${r.artifacts.length}`;
    console.log(`${step.action}: ${count(seen)}, minimum ${minimum ? count(minimum) : '?'}`);
    console.log(`  seen     ${tally(seen.hsm)} | ${tally(seen.artifacts)}`);
    if (minimum) {
      console.log(`  minimum  ${tally(minimum.hsm)} | ${tally(minimum.artifacts)}`);
      for (const extra of minimum.extra) console.log(`  + ${extra}`);
    }
  }
  console.log(
    'the kek job: two processes sign in twice; its minimum, OIDC + Entra token + GET + create (the create answer holds the public key), needs kek-create and kek-download in one step',
  );
}

/** action-wrap wrapping an existing RSA-2048 key, against the same PKCS#11 calls made directly (raw-wrap.mjs). */
async function wrapAgainstRawCalls(s: Awaited<ReturnType<typeof startCeremonyServices>>): Promise<void> {
  const dir = join(s.root, 'bench-raw');
  await mkdir(dir, { recursive: true });
  const kekPem = join(dir, 'kek.pem');
  const kek = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
  await writeFile(kekPem, kek.export({ type: 'spki', format: 'pem' }));
  const inputs = {
    'pkcs11-module': s.token.module,
    'token-label': s.token.label,
    'key-label': 'bench-raw',
    'key-type': 'RSA',
    'kek-file': kekPem,
    'kek-id': `${s.hsm.url}/keys/KEKforBYOK/${'0'.repeat(32)}`,
    'byok-artifact': '',
    ...SOFTHSM_REHEARSAL.wrapInputs,
  };
  const env = { ...s.token.env, PKCS11_PIN: s.token.pin };
  const generated = await runStep('action-wrap', {
    workspace: dir,
    inputs: { ...inputs, generate: 'true' },
    env,
  });
  if (generated.exitCode !== 0) throw new Error(generated.errors.join(' '));
  const step: number[] = [];
  const fresh: number[] = [];
  const calls: number[] = [];
  const raw = JSON.stringify({
    module: s.token.module,
    token: s.token.label,
    pin: s.token.pin,
    key: 'bench-raw',
    kekPem,
  });
  for (let i = 0; i < 7; i++) {
    step.push((await runStep('action-wrap', { workspace: dir, inputs, env })).durationMs);
    const start = performance.now();
    const out = execFileSync(process.execPath, [join('scripts', 'bench', 'raw-wrap.mjs'), raw], {
      env: { PATH: process.env.PATH ?? '', ...s.token.env },
    });
    fresh.push(performance.now() - start);
    calls.push(Number(out.toString()));
  }
  console.log(
    '\nwrap of an existing RSA-2048 key under an RSA-2048 KEK (SoftHSM2), median [p25-p75] of 7\n' +
      `  action-wrap step (kek-file, no artifact)   ${spread(step)} ms\n` +
      `  the same C_* calls, in a fresh node        ${spread(fresh)} ms\n` +
      `  the same C_* calls alone                   ${spread(calls, 1)} ms`,
  );
}

/** Start, then create an RSA-4096 KEK as action-kek-create asks for it (the token fetched beforehand). */
async function emulatorRun(keyPool: boolean): Promise<{ start: number; create: number }> {
  const begin = process.hrtime.bigint();
  const hsm = await startManagedHsm({ keyPool });
  const start = Number(process.hrtime.bigint() - begin) / 1e6;
  try {
    setDefaultCACertificates([...getCACertificates('default'), hsm.caPem]); // for fetch
    const token = hsm.accessToken(hsm.registerClient().clientId);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a kek job's Node start-up and sign-in, about 1 s
    const created = process.hrtime.bigint();
    const answer = await fetch(`${hsm.url}/keys/kek/create?api-version=7.4`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kty: 'RSA-HSM', key_size: 4096, key_ops: ['import'] }),
    });
    if (answer.status !== 200) throw new Error(`create answered ${answer.status}`);
    return { start, create: Number(process.hrtime.bigint() - created) / 1e6 };
  } finally {
    await hsm.close();
  }
}

console.log('\nManaged HSM emulator (after the first start)                 start   create RSA-4096');
for (const keyPool of [true, false]) {
  const runs: { start: number; create: number }[] = [];
  for (let i = 0; i < 6; i++) {
    const run = await emulatorRun(keyPool);
    if (i > 0) runs.push(run);
  }
  const label = keyPool ? 'key pool on (default)' : 'key pool off';
  console.log(
    `${label.padEnd(56)} ${ms(median(runs.map((r) => r.start)))} ${ms(median(runs.map((r) => r.create)))}`,
  );
}

await benchBatch();
