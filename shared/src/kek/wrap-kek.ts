import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { fingerprint, readPublicKeyPem } from '../crypto/public-key.js';
import { ConfigurationError } from '../errors.js';
import { parseVersionedKeyId } from '../keys/key-id.js';
import { FINGERPRINT_PATTERN } from '../keys/patterns.js';
import { KEK_METADATA_FILE, parseKekMetadata, type KekMetadata } from './metadata.js';
import { KEK_SIZES } from './rules.js';
import type { Logger } from '../logger.js';

/** The KEK a wrap is for: its public key from the PEM, its versioned id, and where they came from. */
export interface WrapKek {
  kid: string;
  publicKey: KeyObject;
  fingerprint: string;
  size: number;
  file: string;
  metadataFile?: string;
}

export interface KekFileOptions {
  /** The KEK public key PEM (input "kek-file"); byok-kek.json is read from the same folder when present. */
  file: string;
  /** Versioned KEK id (input "kek-id"); else from byok-kek.json. */
  kid?: string;
  /** sha256:<hex> the kek job reported (input "kek-fingerprint"). */
  fingerprint?: string;
  now?: Date;
}

/** An RSA-4096 public key PEM is about 800 bytes, byok-kek.json a few hundred: anything larger is the wrong file. */
const MAX_KEK_FILE_BYTES = 64 * 1024;

async function readCapped(path: string): Promise<Buffer> {
  const { size } = await stat(path);
  if (size > MAX_KEK_FILE_BYTES) {
    throw new ConfigurationError(
      'FILE_TOO_LARGE',
      `Input "kek-file": ${path} is ${size} bytes, more than the ${MAX_KEK_FILE_BYTES} a KEK file can be`,
      'Give the KEK public key PEM and byok-kek.json that action-kek-download wrote',
    );
  }
  return readFile(path);
}

/**
 * Reads and checks the KEK before the HSM is touched: an RSA 2048/3072/4096 public key, byok-kek.json (when beside
 * it) describing this same key, one agreed kid, and the fingerprint the kek job reported. Works on any folder, so a
 * caller that downloaded the kek artifact passes its path.
 */
export async function readWrapKek(options: KekFileOptions, logger: Logger): Promise<WrapKek> {
  const file = options.file;
  let pem: string;
  try {
    pem = (await readCapped(file)).toString('utf8');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      'KEK_FILE_NOT_FOUND',
      `Input "kek-file": ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      'Give the KEK public key PEM that action-kek-download wrote (download the kek artifact first)',
      { cause: error },
    );
  }
  const publicKey = readPublicKeyPem(pem, `Input "kek-file": ${file}`);
  const size = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (publicKey.asymmetricKeyType !== 'rsa') {
    throw new ConfigurationError(
      'KEK_TYPE_INVALID',
      `Input "kek-file": ${file} holds an ${String(publicKey.asymmetricKeyType).toUpperCase()} public key; a KEK must be RSA 2048, 3072 or 4096`,
      'Give the public key of the KEK created by action-kek-create',
    );
  }
  if (!(KEK_SIZES as readonly number[]).includes(size)) {
    throw new ConfigurationError(
      'KEK_SIZE_INVALID',
      `Input "kek-file": ${file} holds an RSA-${size} public key; a KEK must be RSA 2048, 3072 or 4096`,
      'Give the public key of the KEK created by action-kek-create',
    );
  }
  const actual = fingerprint(publicKey);
  if (options.fingerprint !== undefined) {
    if (!FINGERPRINT_PATTERN.test(options.fingerprint)) {
      throw new ConfigurationError(
        'INPUT_INVALID',
        `Input "kek-fingerprint" is ${JSON.stringify(options.fingerprint.slice(0, 80))}; expected sha256:<64 lowercase hex>`,
        'Pass the kek-fingerprint output of action-kek-create or action-kek-download',
      );
    }
    if (options.fingerprint !== actual) {
      throw new ConfigurationError(
        'KEK_FINGERPRINT_MISMATCH',
        `Input "kek-fingerprint": ${file} has fingerprint ${actual}, not ${options.fingerprint}; the KEK file was changed or swapped in transit`,
        'Stop and find out why: download the KEK public key again from the vault and compare fingerprints',
      );
    }
  }
  const metadataFile = join(dirname(file), KEK_METADATA_FILE);
  let metadata: KekMetadata | undefined;
  if (existsSync(metadataFile)) {
    metadata = parseKekMetadata(
      (await readCapped(metadataFile)).toString('utf8'),
      `Input "kek-file": ${metadataFile}`,
    );
    if (metadata.fingerprint !== actual) {
      throw new ConfigurationError(
        'KEK_FINGERPRINT_MISMATCH',
        `Input "kek-file": ${metadataFile} describes KEK ${metadata.fingerprint}, but ${file} has fingerprint ${actual}`,
        'The two files do not belong together; download the kek artifact again',
      );
    }
    if (options.now && metadata.expiresOn && Date.parse(metadata.expiresOn) <= options.now.getTime()) {
      throw new ConfigurationError(
        'KEK_EXPIRED',
        `Input "kek-file": the KEK ${metadata.kid} expired at ${metadata.expiresOn} (${metadataFile}); the vault refuses imports under it`,
        'Create a new KEK version with action-kek-create and wrap again',
      );
    }
  }
  if (options.kid !== undefined && !parseVersionedKeyId(options.kid)) {
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input "kek-id" is ${JSON.stringify(options.kid.slice(0, 200))}; expected a versioned key id https://HOST/keys/NAME/VERSION`,
      'Pass the kek-id output of action-kek-create (it includes the version)',
    );
  }
  if (options.kid !== undefined && metadata && options.kid.toLowerCase() !== metadata.kid.toLowerCase()) {
    throw new ConfigurationError(
      'KEK_ID_MISMATCH',
      `Input "kek-id" is ${options.kid}, but ${metadataFile} says the KEK is ${metadata.kid}`,
      'Give the kek-id of the KEK whose public key is in kek-file, or leave kek-id empty to take it from byok-kek.json',
    );
  }
  const kid = options.kid ?? metadata?.kid;
  if (kid === undefined) {
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      `Input "kek-id" is required: there is no ${KEK_METADATA_FILE} beside ${file}`,
      'Pass the kek-id output of action-kek-create, or download the whole kek artifact (kek.pem + byok-kek.json)',
    );
  }
  logger.info(`KEK ${kid}: RSA-${size}, ${actual}${options.fingerprint ? ' (matches kek-fingerprint)' : ''}`);
  return { kid, publicKey, fingerprint: actual, size, file, ...(metadata ? { metadataFile } : {}) };
}

/** The one PEM among files that arrived together (the kek artifact). */
export function kekPemIn(files: string[], source: string): string {
  const found = files.filter((file) => file.endsWith('.pem'));
  if (found.length !== 1) {
    throw new ConfigurationError(
      'KEK_NOT_FOUND',
      `${source} holds ${found.length} PEM files; expected exactly one`,
      'Give the artifact that action-kek-download uploaded, or set "kek-file"',
    );
  }
  return found[0] as string;
}
