import { createPrivateKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

  /**
   * `warm` keys of each size are started at once; any other size keeps one spare once it has been asked for. With
   * `seed` (keys made before this process started), those are handed out first and nothing is generated ahead.
   */
  constructor(
    private readonly warm: Readonly<Record<number, number>> = {},
    private readonly seeded = false,
    seed: KeyObject[] = [],
  ) {
    for (const key of seed) {
      const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
      this.ready.set(bits, [...(this.ready.get(bits) ?? []), key]);
    }
    if (!seeded) for (const bits of Object.keys(warm)) this.refill(Number(bits));
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
    const spares = this.seeded ? 0 : (this.warm[bits] ?? 1);
    while ((this.ready.get(bits)?.length ?? 0) + queued.length < spares) {
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
 * Where a test run keeps RSA keys it made once for all its processes (test/global): a file of PKCS#8 PEM blocks.
 * Every emulator then starts from the same keys instead of generating its own; they are test keys of a stand-in,
 * removed with the run.
 */
const KEY_SEED_VARIABLE = 'BYOK_EMULATOR_KEY_SEED';

/**
 * The pool every emulator of this process shares, so a second start (a test file with two emulators, the bench)
 * finds its keys made. RSA-2048 feeds the two token signers, RSA-4096 is the product's default KEK size. Keys stay
 * distinct within a process (a rotated KEK is another key); emulators in different processes may hold the same.
 */
export function sharedKeyPool(): RsaKeyPool {
  if (!shared) {
    const seedFile = process.env[KEY_SEED_VARIABLE];
    const pems = seedFile
      ? readFileSync(seedFile, 'utf8').match(/-----BEGIN PRIVATE KEY-----[^-]+-----END PRIVATE KEY-----/g)
      : [];
    shared = new RsaKeyPool(
      { 2048: 2, 4096: 1 },
      seedFile !== undefined,
      (pems ?? []).map((pem) => createPrivateKey(pem)),
    );
  }
  return shared;
}
