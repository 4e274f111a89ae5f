/**
 * Fault injection. A fault is armed for a target (a Twirp method, or blob GET / PUT) and fires on the next
 * matching requests, `times` times, then disarms. Twirp and blob-write faults fire before the request is looked
 * at, as an overloaded front end would answer; blob-read faults fire once the signed URL has been accepted.
 *
 * What the real client does with them: Twirp 429/5xx are retried 5 times (3 s, ×1.5); a blob-write 5xx is retried
 * by the Azure SDK; a blob-read 4xx/5xx is retried 5 times, 5 s apart. byok fetches the archive without the client's
 * extraction, so a truncated body with a matching Content-Length arrives as a whole file to the client: it is not
 * retried, and the digest recorded at upload (or the manifest, when no digest is listed) refuses it.
 */
export type TwirpMethod =
  'CreateArtifact' | 'FinalizeArtifact' | 'ListArtifacts' | 'GetSignedArtifactURL' | 'DeleteArtifact';
export type FaultTarget = TwirpMethod | 'blob:GET' | 'blob:PUT';

export interface StatusFault {
  kind: 'status';
  /** HTTP status to answer with; 503 by default. */
  status: number;
}

export interface TruncateFault {
  kind: 'truncate';
  /** How many bytes of the blob to send (with a matching Content-Length); half of it by default. */
  keepBytes: number | undefined;
}

type Fault = StatusFault | TruncateFault;

export interface FaultsApi {
  /** Answer the next `times` requests to `target` with `status` (default 503, once). */
  failWith(target: FaultTarget, options?: { status?: number; times?: number }): void;
  /** Serve only part of the blob on the next `times` downloads (default once), as a complete 200 response. */
  truncateDownload(options?: { keepBytes?: number; times?: number }): void;
  /** How many armed faults have not fired yet. */
  pending(): number;
  clear(): void;
}

export class Faults implements FaultsApi {
  private readonly armed: Array<{ target: FaultTarget; fault: Fault; remaining: number }> = [];

  failWith(target: FaultTarget, options: { status?: number; times?: number } = {}): void {
    const status = options.status ?? 503;
    if (status < 400 || status > 599) throw new Error(`fault status must be 4xx or 5xx, not ${status}`);
    this.arm(target, { kind: 'status', status }, options.times);
  }

  truncateDownload(options: { keepBytes?: number; times?: number } = {}): void {
    this.arm('blob:GET', { kind: 'truncate', keepBytes: options.keepBytes }, options.times);
  }

  pending(): number {
    return this.armed.reduce((sum, entry) => sum + entry.remaining, 0);
  }

  clear(): void {
    this.armed.length = 0;
  }

  /** The fault to apply to this request, if one is armed; counts it as fired. */
  take(target: FaultTarget): Fault | undefined {
    const index = this.armed.findIndex((entry) => entry.target === target);
    if (index < 0) return undefined;
    const entry = this.armed[index] as (typeof this.armed)[number];
    if (--entry.remaining <= 0) this.armed.splice(index, 1);
    return entry.fault;
  }

  private arm(target: FaultTarget, fault: Fault, times = 1): void {
    if (!Number.isInteger(times) || times < 1)
      throw new Error(`fault times must be a positive integer, not ${times}`);
    this.armed.push({ target, fault, remaining: times });
  }
}
