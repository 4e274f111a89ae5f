import { createHash, randomUUID } from 'node:crypto';

/**
 * What the results service keeps: workflow runs, their jobs, and the artifacts uploaded in each run. Artifacts
 * belong to the run (any job of the run lists and downloads them) and their names are unique per run.
 */
export interface StoredArtifact {
  /** The service's database id, an int64 (sent as a string on the wire). */
  id: string;
  name: string;
  runBackendId: string;
  /** The job that created it. */
  jobBackendId: string;
  state: 'uploading' | 'finalized';
  mimeType: string;
  createdAt: Date;
  expiresAt: Date | undefined;
  /** Blocks staged with comp=block, not yet committed. */
  staged: Map<string, Buffer>;
  /** The committed blob, once a block list (or a single-shot PUT) arrived. */
  blob: Buffer | undefined;
  blobContentType: string | undefined;
  /** What FinalizeArtifact reported. */
  size: bigint;
  /** `sha256:<hex>` as FinalizeArtifact reported it (the client's digest of what it uploaded). */
  digest: string | undefined;
}

export interface Run {
  runId: string;
  backendId: string;
  /** Job name → job backend id. */
  jobs: Map<string, string>;
  artifacts: Map<string, StoredArtifact>;
}

/** Inspection view of an artifact, for tests. */
export interface ArtifactView {
  id: number;
  name: string;
  size: number;
  /** `sha256:<hex>` as recorded at finalize. */
  digest: string | undefined;
  /** The stored blob, the same bytes a download returns. */
  bytes: Buffer;
  job: string | undefined;
  createdAt: Date;
}

export class ArtifactStore {
  private readonly runsById = new Map<string, Run>();
  private readonly runsByBackendId = new Map<string, Run>();
  private nextId = 1000n;

  /** The run with this GITHUB_RUN_ID, created on first use. */
  run(runId: string): Run {
    let run = this.runsById.get(runId);
    if (!run) {
      run = { runId, backendId: randomUUID(), jobs: new Map(), artifacts: new Map() };
      this.runsById.set(runId, run);
      this.runsByBackendId.set(run.backendId, run);
    }
    return run;
  }

  /** The backend id of a job of a run, created on first use (the steps of one job share it). */
  job(run: Run, jobName: string): string {
    let id = run.jobs.get(jobName);
    if (!id) {
      id = randomUUID();
      run.jobs.set(jobName, id);
    }
    return id;
  }

  /** The run with this GITHUB_RUN_ID, if any job of it has been given an environment. */
  find(runId: string): Run | undefined {
    return this.runsById.get(runId);
  }

  byBackendId(runBackendId: string): Run | undefined {
    return this.runsByBackendId.get(runBackendId);
  }

  hasJob(run: Run, jobBackendId: string): boolean {
    return [...run.jobs.values()].includes(jobBackendId);
  }

  /** Starts an upload; a name that is already finalized in the run is refused by the caller first. */
  create(
    run: Run,
    fields: { name: string; jobBackendId: string; mimeType: string; expiresAt?: Date },
  ): StoredArtifact {
    const artifact: StoredArtifact = {
      id: String(this.nextId++),
      name: fields.name,
      runBackendId: run.backendId,
      jobBackendId: fields.jobBackendId,
      state: 'uploading',
      mimeType: fields.mimeType,
      createdAt: new Date(),
      expiresAt: fields.expiresAt,
      staged: new Map(),
      blob: undefined,
      blobContentType: undefined,
      size: 0n,
      digest: undefined,
    };
    run.artifacts.set(fields.name, artifact);
    return artifact;
  }

  byId(run: Run, id: string): StoredArtifact | undefined {
    return [...run.artifacts.values()].find((artifact) => artifact.id === id);
  }

  finalized(run: Run): StoredArtifact[] {
    return [...run.artifacts.values()].filter((artifact) => artifact.state === 'finalized');
  }

  view(run: Run): ArtifactView[] {
    const jobNames = new Map([...run.jobs].map(([name, id]) => [id, name]));
    return this.finalized(run).map((artifact) => ({
      id: Number(artifact.id),
      name: artifact.name,
      size: Number(artifact.size),
      digest: artifact.digest,
      bytes: artifact.blob ?? Buffer.alloc(0),
      job: jobNames.get(artifact.jobBackendId),
      createdAt: artifact.createdAt,
    }));
  }

  /**
   * Replaces a stored blob, as someone with write access to the storage could. By default the digest recorded at
   * finalize stays (the metadata no longer matches the bytes); with `updateDigest` the size and digest follow the
   * new bytes, as if the whole artifact had been re-uploaded under the same name.
   */
  tamper(runId: string, name: string, bytes: Buffer, options: { updateDigest?: boolean } = {}): void {
    const run = this.runsById.get(runId);
    const artifact = run?.artifacts.get(name);
    if (!artifact || artifact.state !== 'finalized')
      throw new Error(`No finalized artifact "${name}" in run ${runId}`);
    artifact.blob = Buffer.from(bytes);
    if (options.updateDigest) {
      artifact.size = BigInt(bytes.length);
      artifact.digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    }
  }
}
