/**
 * Paces a batch's requests below a vault's rate and slows down when the vault throttles anyway (another workload shares
 * its budget, or its real limit is lower than the published one). Requests start at least a slot apart at HEADROOM of
 * the rate, so that timing jitter never crosses a limit counted in a sliding window. A 429 sets the rate to what the
 * vault accepted over its last window (with the same headroom; half the rate when it accepted nothing yet) and pauses
 * for the Retry-After it asked for. The rate creeps back up by 10% per window after a hold that doubles with each
 * throttle (a probe above the limit costs a refused request), never above the ceiling. Every attempt goes through the
 * pace, retries included (azure/throttling.ts importPacePolicy), so a retry never crowds out a start.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RateOptions {
  /** The ceiling in cost units per second: the vault's published rate for the operation. */
  perSecond: number;
  /** The window the vault counts its rate in (1 s for Managed HSM, 10 s for Key Vault). */
  windowMs: number;
  clock?: Clock;
}

/** The share of a rate byok paces at. */
export const HEADROOM = 0.95;
const GROWTH = 1.1;
/** The longest wait before probing above the vault's limit again, in windows. */
const MAX_HOLD_WINDOWS = 32;
/** The slowest pace: one request every 10 s. */
const MIN_PER_SECOND = 0.1;

export class AdaptiveRate {
  private rate: number;
  private next = 0;
  private pausedUntil = 0;
  private holdUntil = 0;
  private holdWindows = 1;
  private grownAt = 0;
  private readonly starts: { at: number; cost: number }[] = [];
  private readonly throttles: number[] = [];
  private readonly clock: Clock;
  /** 429 answers seen, retries included. */
  throttled = 0;

  constructor(private readonly options: RateOptions) {
    this.rate = HEADROOM * options.perSecond;
    this.clock = options.clock ?? systemClock;
  }

  /** The pace now, in cost units per second. */
  get perSecond(): number {
    return this.rate;
  }

  /** Waits until a request of this cost may start. */
  async acquire(cost = 1): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      this.grow(now);
      const at = Math.max(now, this.next, this.pausedUntil);
      if (at <= now) {
        // The next start one whole slot after this one: a late timer is not made up by starting closer, which would
        // spend the headroom left below the vault's rate for the jitter between sending and the vault's count.
        this.next = now + (cost * 1000) / this.rate;
        this.starts.push({ at: now, cost });
        return;
      }
      // Sleep, then look again: a throttle in the meantime may have moved the next slot.
      await this.clock.sleep(at - now);
    }
  }

  /** A 429 arrived (retryAfterMs: the wait it asked for). */
  throttle(retryAfterMs?: number): void {
    const now = this.clock.now();
    this.throttled += 1;
    this.throttles.push(now);
    this.forget(now);
    const since = now - this.options.windowMs;
    const started = this.starts.reduce((sum, s) => sum + (s.at > since ? s.cost : 0), 0);
    const accepted = Math.max(0, started - this.throttles.length);
    // With nothing accepted in the window there is nothing to measure (the first request was refused): halve.
    const measured = accepted > 0 ? (HEADROOM * accepted * 1000) / this.options.windowMs : this.rate / 2;
    this.rate = Math.max(MIN_PER_SECOND, Math.min(this.rate, measured));
    this.pausedUntil = Math.max(this.pausedUntil, now + (retryAfterMs ?? 0));
    // Each probe above the vault's limit costs a refused request: wait twice as long before the next one.
    this.holdWindows = Math.min(MAX_HOLD_WINDOWS, this.holdWindows * 2);
    this.holdUntil = now + this.holdWindows * this.options.windowMs;
  }

  private grow(now: number): void {
    if (now < this.holdUntil || now - this.grownAt < this.options.windowMs) return;
    const ceiling = HEADROOM * this.options.perSecond;
    if (this.rate < ceiling) this.rate = Math.min(ceiling, this.rate * GROWTH);
    if (this.rate >= ceiling) this.holdWindows = 1;
    this.grownAt = now;
  }

  private forget(now: number): void {
    const since = now - this.options.windowMs;
    while (this.starts.length > 0 && (this.starts[0] as { at: number }).at <= since) this.starts.shift();
    while (this.throttles.length > 0 && (this.throttles[0] as number) <= since) this.throttles.shift();
  }
}
