import { ServiceError } from './http.js';
import { newVersion, publicJwk, type KeyMaterial } from './key-material.js';
import type { ReleasePolicy } from './release-policy.js';

/** Key attributes as the service stores them; times are unix seconds. */
export interface KeyAttributes {
  enabled: boolean;
  nbf?: number;
  exp?: number;
  created: number;
  updated: number;
  exportable: boolean;
}

export interface KeyVersion {
  name: string;
  version: string;
  material: KeyMaterial;
  keyOps: string[];
  attributes: KeyAttributes;
  tags?: Record<string, string>;
  releasePolicy?: ReleasePolicy;
}

export interface NewKeyOptions {
  keyOps: string[];
  enabled?: boolean;
  nbf?: number;
  exp?: number;
  tags?: Record<string, string>;
  exportable?: boolean;
  releasePolicy?: ReleasePolicy;
}

interface KeyEntry {
  versions: KeyVersion[];
  deleted?: { deletedDate: number; scheduledPurgeDate: number };
}

/** Managed HSM soft delete keeps 7–90 days, 90 by default (docs/byok-format.md "Limits"). */
const RECOVERABLE_DAYS = 90;
const RECOVERY = { recoveryLevel: 'Recoverable+Purgeable', recoverableDays: RECOVERABLE_DAYS };
const seconds = () => Math.floor(Date.now() / 1000);

const keyNotFound = (id: string) =>
  new ServiceError(
    404,
    'KeyNotFound',
    `A key with (name/id) ${id} was not found in this key vault. If you recently deleted this key you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182`,
  );

/** The HSM's keys, every version with its real key material, and soft-deleted keys until purged. */
export class KeyStore {
  /** Key names are case-insensitive in Key Vault: the map is keyed by the lower-cased name. */
  private readonly entries = new Map<string, KeyEntry>();

  constructor(readonly baseUrl: string) {}

  kid(key: Pick<KeyVersion, 'name' | 'version'>): string {
    return `${this.baseUrl}/keys/${key.name}/${key.version}`;
  }

  add(name: string, material: KeyMaterial, options: NewKeyOptions): KeyVersion {
    const entry = this.entries.get(name.toLowerCase()) ?? { versions: [] };
    if (entry.deleted) {
      throw new ServiceError(
        409,
        'Conflict',
        `Key ${name} is currently in a deleted but recoverable state, and its name cannot be reused; in this state, the key can only be recovered or purged.`,
        { code: 'ObjectIsDeletedButRecoverable' },
      );
    }
    const now = seconds();
    const version: KeyVersion = {
      name: entry.versions[0]?.name ?? name,
      version: newVersion(),
      material,
      keyOps: options.keyOps,
      attributes: {
        enabled: options.enabled ?? true,
        nbf: options.nbf,
        exp: options.exp,
        created: now,
        updated: now,
        exportable: options.exportable ?? false,
      },
      ...(options.tags ? { tags: options.tags } : {}),
      ...(options.releasePolicy ? { releasePolicy: options.releasePolicy } : {}),
    };
    entry.versions.push(version);
    this.entries.set(name.toLowerCase(), entry);
    return version;
  }

  /** A live key's version, the latest when `version` is empty. */
  get(name: string, version = ''): KeyVersion {
    const versions = this.live(name)?.versions ?? [];
    const found = version ? versions.find((v) => v.version === version.toLowerCase()) : versions.at(-1);
    if (!found) throw keyNotFound(version ? `${name}/${version}` : name);
    return found;
  }

  versions(name: string): KeyVersion[] {
    const entry = this.live(name);
    if (!entry) throw keyNotFound(name);
    return [...entry.versions];
  }

  /** The latest version of every live key. */
  latest(): KeyVersion[] {
    return [...this.entries.values()].filter((e) => !e.deleted).flatMap((e) => e.versions.slice(-1));
  }

  delete(name: string): KeyVersion {
    const entry = this.live(name);
    if (!entry) throw keyNotFound(name);
    const deletedDate = seconds();
    entry.deleted = { deletedDate, scheduledPurgeDate: deletedDate + RECOVERABLE_DAYS * 86400 };
    return this.deletedLatest(name);
  }

  deletedLatest(name: string): KeyVersion {
    const entry = this.entries.get(name.toLowerCase());
    const latest = entry?.deleted ? entry.versions.at(-1) : undefined;
    if (!latest) throw new ServiceError(404, 'KeyNotFound', `Deleted Key not found: ${name}`);
    return latest;
  }

  deletedNames(): KeyVersion[] {
    return [...this.entries.values()].filter((e) => e.deleted).flatMap((e) => e.versions.slice(-1));
  }

  purge(name: string): void {
    this.deletedLatest(name);
    this.entries.delete(name.toLowerCase());
  }

  recover(name: string): KeyVersion {
    const latest = this.deletedLatest(name);
    const entry = this.entries.get(name.toLowerCase());
    if (entry) delete entry.deleted;
    return latest;
  }

  /** Every version of every key, soft-deleted ones included, oldest first: for tests to inspect. */
  all(): Array<{ key: KeyVersion; deleted: boolean }> {
    return [...this.entries.values()].flatMap((e) =>
      e.versions.map((key) => ({ key, deleted: e.deleted !== undefined })),
    );
  }

  /** The KeyBundle JSON: public members only. */
  bundle(key: KeyVersion): Record<string, unknown> {
    return {
      key: { kid: this.kid(key), kty: key.material.kty, key_ops: key.keyOps, ...publicJwk(key.material) },
      attributes: { ...key.attributes, ...RECOVERY },
      ...(key.tags ? { tags: key.tags } : {}),
      ...(key.releasePolicy ? { release_policy: key.releasePolicy } : {}),
    };
  }

  deletedBundle(key: KeyVersion): Record<string, unknown> {
    return { ...this.bundle(key), ...this.deletedFields(key) };
  }

  /** A KeyItem of a list answer: the versioned kid for `/versions`, the bare key id for `/keys`. */
  item(key: KeyVersion, versioned: boolean): Record<string, unknown> {
    const kid = versioned ? this.kid(key) : `${this.baseUrl}/keys/${key.name}`;
    return { kid, attributes: { ...key.attributes, ...RECOVERY }, ...(key.tags ? { tags: key.tags } : {}) };
  }

  deletedItem(key: KeyVersion): Record<string, unknown> {
    return { ...this.item(key, false), ...this.deletedFields(key) };
  }

  private deletedFields(key: KeyVersion): Record<string, unknown> {
    const deleted = this.entries.get(key.name.toLowerCase())?.deleted;
    return {
      recoveryId: `${this.baseUrl}/deletedkeys/${key.name}`,
      deletedDate: deleted?.deletedDate,
      scheduledPurgeDate: deleted?.scheduledPurgeDate,
    };
  }

  private live(name: string): KeyEntry | undefined {
    const entry = this.entries.get(name.toLowerCase());
    return entry && !entry.deleted ? entry : undefined;
  }
}
