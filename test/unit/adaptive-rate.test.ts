import { AdaptiveRate, HEADROOM, type Clock } from '../../shared/src/batch/adaptive-rate.js';

/**
 * The pace of a batch against a simulated vault, in virtual time: a limit counted in a sliding window (as the
 * emulator and Managed HSM count theirs), a refused request retried after 1, 2, 4, 8, 16 s (the pipeline's back-off)
 * and, like every attempt, let through by the pace (azure/throttling.ts importPacePolicy). Deterministic: the clock
 * moves only when the pace waits.
 */
class VirtualClock implements Clock {
  t = 0;
  /** How much later than asked each sleep ends (a loaded machine's timers). */
  constructor(private readonly lateness: (sleep: number) => number = () => 0) {}
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.t += ms + this.lateness(ms);
  }
}

interface Vault {
  /** Requests accepted in any window, at most (Infinity: no limit). */
  limit: (t: number) => number;
  windowMs: number;
  /** Refuses the first attempt of these keys with this Retry-After (ms). */
  retryAfter?: Map<number, number>;
}

/** Imports `keys` keys through the pace; answers when attempts started and were accepted, and what it cost. */
async function simulate(keys: number, vault: Vault, ceiling = { perSecond: 10, windowMs: 1000 }) {
  const clock = new VirtualClock();
  const rate = new AdaptiveRate({ ...ceiling, clock });
  const accepted: number[] = [];
  const starts: number[] = [];
  const retries: { at: number; index: number; attempt: number }[] = [];
  let failed = 0;
  let nextKey = 0;
  while (nextKey < keys || retries.length > 0) {
    retries.sort((a, b) => a.at - b.at);
    const first = retries[0];
    const due = first && (first.at <= clock.now() || nextKey >= keys) ? retries.shift() : undefined;
    if (due && due.at > clock.now()) clock.t = due.at;
    const item = due ?? { index: nextKey++, attempt: 0 };
    await rate.acquire();
    const t = clock.now();
    starts.push(t);
    const inWindow = accepted.filter((a) => a > t - vault.windowMs).length;
    const retryAfter = item.attempt === 0 ? vault.retryAfter?.get(item.index) : undefined;
    if (retryAfter === undefined && inWindow < vault.limit(t)) {
      accepted.push(t);
      continue;
    }
    rate.throttle(retryAfter);
    if (item.attempt === 5) failed += 1;
    else
      retries.push({
        at: t + (retryAfter ?? 1000 * 2 ** item.attempt),
        index: item.index,
        attempt: item.attempt + 1,
      });
  }
  return { accepted, starts, requests: starts.length, failed, seconds: Math.max(...accepted) / 1000, rate };
}

const busiestWindow = (times: number[], windowMs: number) =>
  Math.max(...times.map((t) => times.filter((u) => u > t - windowMs && u <= t).length));

test('paces evenly at 95% of the published rate, never above it in any window', async () => {
  const run = await simulate(100, { limit: () => Infinity, windowMs: 1000 });
  expect(run.failed).toBe(0);
  expect(run.requests).toBe(100);
  expect(busiestWindow(run.starts, 1000)).toBeLessThanOrEqual(10);
  expect(run.rate.perSecond).toBeCloseTo(HEADROOM * 10);
  expect(run.seconds).toBeCloseTo(99 / (HEADROOM * 10), 1);
});

test('a Key Vault counts per 10 s: the pace keeps every 10 s window under its budget', async () => {
  const run = await simulate(
    300,
    { limit: () => Infinity, windowMs: 10_000 },
    { perSecond: 20, windowMs: 10_000 },
  );
  expect(busiestWindow(run.starts, 10_000)).toBeLessThanOrEqual(200);
});

test.each([2, 3, 5, 8])(
  'finds a lower limit of the vault (%i per second, 429 without Retry-After) and keeps to it, losing no key',
  async (limit) => {
    const run = await simulate(200, { limit: () => limit, windowMs: 1000 });
    expect(run.failed).toBe(0);
    // Close to the limited minimum, with few refused attempts on the way: the probes above the limit are spaced out.
    expect(run.seconds / (200 / limit)).toBeLessThan(1.1);
    expect(run.requests - 200).toBeLessThan(10);
  },
);

test('waits as long as a Retry-After asks, for every request of the batch', async () => {
  const run = await simulate(30, { limit: () => Infinity, windowMs: 1000, retryAfter: new Map([[5, 3000]]) });
  expect(run.failed).toBe(0);
  const refusedAt = run.starts[5] as number;
  expect(run.starts.filter((t) => t > refusedAt && t < refusedAt + 3000)).toEqual([]);
});

test('a late timer is not made up by crowding: starts stay a slot apart, the headroom left for jitter', async () => {
  // Every third sleep ends 80 ms late; what arrives at the vault can be closer still than what was sent.
  let sleeps = 0;
  const clock = new VirtualClock(() => (++sleeps % 3 === 0 ? 80 : 0));
  const rate = new AdaptiveRate({ perSecond: 10, windowMs: 1000, clock });
  const starts: number[] = [];
  for (let i = 0; i < 60; i++) {
    await rate.acquire();
    starts.push(clock.now());
  }
  const slot = 1000 / (HEADROOM * 10);
  const gaps = starts.slice(1).map((t, i) => t - (starts[i] as number));
  expect(Math.min(...gaps)).toBeCloseTo(slot, 6);
  // Eleven starts span more than a second by 5%: 52 ms of jitter cannot put 11 in one window of the vault.
  for (let i = 10; i < starts.length; i++)
    expect((starts[i] as number) - (starts[i - 10] as number)).toBeGreaterThanOrEqual(1000 / HEADROOM - 1e-6);
});

test('comes back up once the vault is free again, never above the ceiling', async () => {
  // Another workload holds the vault to 2 per second for the first 10 s.
  const run = await simulate(150, { limit: (t) => (t < 10_000 ? 2 : Infinity), windowMs: 1000 });
  expect(run.failed).toBe(0);
  const last = run.starts.at(-1) as number;
  const late = run.starts.filter((t) => t > last - 3000);
  expect(busiestWindow(late, 1000)).toBeGreaterThan(5);
  expect(busiestWindow(run.starts, 1000)).toBeLessThanOrEqual(10);
});
