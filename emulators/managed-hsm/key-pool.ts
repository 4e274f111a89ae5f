import { generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';

const generateRsa = promisify(generateKeyPair);

/**
 * RSA private keys generated ahead of need, for `create` and the token signers where generation is incidental
 * (tests, the demo): an RSA-4096 KEK takes up to 0.8 s to generate, a pooled one none. Each key is handed out
 * once, never to two callers, and the pool refills in the background. Keys live in memory only.
 */
export class RsaKeyPool {
  private readonly ready = new Map<number, KeyObject[]>();
  private readonly filling = new Map<number, Promise<KeyObject>[]>();

  /** `warm` keys of each size are started at once; any other size keeps one spare once it has been asked for. */
  constructor(private readonly warm: Readonly<Record<number, number>> = {}) {
    for (const bits of Object.keys(warm)) this.refill(Number(bits));
  }

  /** A ready key, or the one being generated, or a new one; a replacement is started in the background. */
  async take(bits: number): Promise<KeyObject> {
    const key = this.ready.get(bits)?.shift();
    const next = key ? Promise.resolve(key) : (this.filling.get(bits)?.shift() ?? this.generate(bits));
    this.refill(bits);
    return next;
  }

  /** Waits for keys still being generated, so a process can end without work in flight. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.filling.values()].flat());
  }

  private refill(bits: number): void {
    const queued = this.filling.get(bits) ?? [];
    this.filling.set(bits, queued);
    while ((this.ready.get(bits)?.length ?? 0) + queued.length < (this.warm[bits] ?? 1)) {
      const pending = this.generate(bits);
      queued.push(pending);
      void pending.then(
        (key) => {
          const at = queued.indexOf(pending);
          if (at < 0) return; // handed out while it was generated
          queued.splice(at, 1);
          this.ready.set(bits, [...(this.ready.get(bits) ?? []), key]);
        },
        () => queued.splice(queued.indexOf(pending), 1),
      );
    }
  }

  private async generate(bits: number): Promise<KeyObject> {
    return (await generateRsa('rsa', { modulusLength: bits, publicExponent: 0x10001 })).privateKey;
  }
}

let shared: RsaKeyPool | undefined;

/**
 * The pool every emulator of this process shares, so a second start (a test file with two emulators, the bench)
 * finds its keys made. RSA-2048 feeds the two token signers, RSA-4096 is the product's default KEK size.
 */
export function sharedKeyPool(): RsaKeyPool {
  shared ??= new RsaKeyPool({ 2048: 2, 4096: 1 });
  return shared;
}
