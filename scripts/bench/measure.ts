// What npm run bench measures with: quartiles, a CPU-time probe for child processes, interleaved start-up runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
export const median = (values: number[]) => quantile(values, 0.5);
/** `median [p25-p75]` of values in ms. */
export const spread = (values: number[], digits = 0) =>
  `${median(values).toFixed(digits)} [${quantile(values, 0.25).toFixed(digits)}-${quantile(values, 0.75).toFixed(digits)}]`;
export const ms = (value: number) => `${value.toFixed(0)} ms`;

export interface ProbeRecord {
  script: string;
  /** User + system CPU time of the whole process, start-up included. */
  cpuMs: number;
  maxRssKiB: number;
}

/**
 * A preload (node --require) that appends the process's CPU time and peak RSS to a file as it exits. CPU time is
 * what a process costs the machine whatever else runs on it; wall time on a shared machine also counts waiting.
 */
export class Probe {
  readonly dir = mkdtempSync(join(tmpdir(), 'byok-bench-'));
  readonly script = join(this.dir, 'probe.cjs');
  readonly records = join(this.dir, 'records.jsonl');

  constructor() {
    writeFileSync(
      this.script,
      `process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const record = { script: process.argv[1] ?? '', cpuMs: (user + system) / 1000, maxRssKiB: process.resourceUsage().maxRSS };
  require('node:fs').appendFileSync(${JSON.stringify(this.records)}, JSON.stringify(record) + '\\n');
});\n`,
    );
    writeFileSync(this.records, '');
  }

  /** Environment that makes a child node process report through the probe. */
  get env(): Record<string, string> {
    return { NODE_OPTIONS: `--require=${this.script}` };
  }

  /** The records written since the last take(), oldest first. */
  take(): ProbeRecord[] {
    const lines = readFileSync(this.records, 'utf8').split('\n').filter(Boolean);
    writeFileSync(this.records, '');
    return lines.map((line) => JSON.parse(line) as ProbeRecord);
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface StartupFigures {
  wall: number[];
  cpu: number[];
  /** Wall time over bare node's in the same round. */
  ratio: number[];
  cpuRatio: number[];
}

/**
 * Runs each command once per round, in a fresh order each round, with bare `node -e 0` in every round, so that
 * what else the machine does at that moment weighs on all of them alike; ratios are taken within a round.
 */
export function interleavedStartup(
  commands: Record<string, string[]>,
  rounds: number,
  probe: Probe,
): Record<string, StartupFigures> {
  const all: Record<string, string[]> = { 'bare node': ['-e', '0'], ...commands };
  const figures = Object.fromEntries(
    Object.keys(all).map((name) => [name, { wall: [], cpu: [], ratio: [], cpuRatio: [] } as StartupFigures]),
  );
  for (let round = 0; round < rounds; round++) {
    const order = Object.keys(all).sort(() => Math.random() - 0.5);
    const wall: Record<string, number> = {};
    const cpu: Record<string, number> = {};
    for (const name of order) {
      const start = process.hrtime.bigint();
      spawnSync(process.execPath, ['--require', probe.script, ...(all[name] as string[])], {
        env: { PATH: process.env.PATH ?? '' },
        stdio: 'ignore',
      });
      wall[name] = Number(process.hrtime.bigint() - start) / 1e6;
      cpu[name] = probe.take()[0]?.cpuMs ?? NaN;
    }
    for (const name of order) {
      const entry = figures[name] as StartupFigures;
      entry.wall.push(wall[name] as number);
      entry.cpu.push(cpu[name] as number);
      entry.ratio.push((wall[name] as number) / (wall['bare node'] as number));
      entry.cpuRatio.push((cpu[name] as number) / (cpu['bare node'] as number));
    }
  }
  return figures;
}

/**
 * What touching a fresh 4 KiB page of memory costs this machine, in µs (median of 5 rounds of 256 MiB): the kernel's
 * share of every process start and module load, and what varies most between the virtual machines the suite runs on.
 */
export function freshPageMicros(): number {
  const bytes = 256 * 2 ** 20;
  const rounds = Array.from({ length: 5 }, () => {
    const before = process.cpuUsage();
    const buffer = Buffer.allocUnsafeSlow(bytes);
    for (let at = 0; at < bytes; at += 4096) buffer[at] = 1;
    const used = process.cpuUsage(before);
    return (used.user + used.system) / (bytes / 4096);
  });
  return median(rounds);
}
