import { createHash, type KeyObject } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { fingerprint, readPublicKeyPem } from '../crypto/public-key.js';
import { ConfigurationError } from '../errors.js';
import { readInputFile } from '../files/input-files.js';
import type { EcCurve, TargetKeyType } from '../keys/target.js';
import { MAX_BYOK_BYTES, parseByok } from './file.js';
import { parseSidecar, sidecarPath, type ByokSidecar } from './sidecar.js';

export interface WrappedKey {
  bytes: Buffer;
  path: string;
  sidecar?: ByokSidecar;
  /** `auto`: no sidecar says it, so it is read from the file once the KEK size is known (keyTypeOfCiphertext). */
  keyType: TargetKeyType | 'auto';
  curve?: EcCurve;
  /** The target's public key as recorded in the source HSM (RSA/EC with a sidecar). */
  expectedPublicKey?: KeyObject;
}

/** sha256:<hex> of a file's bytes, the digest the sidecar records for the .byok. */
export function fileDigest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The one .byok among files that arrived together (an artifact). */
export function byokFileIn(files: string[], source: string): string {
  const found = files.filter((file) => file.endsWith('.byok'));
  if (found.length !== 1) {
    throw new ConfigurationError(
      'BYOK_NOT_FOUND',
      `${source} holds ${found.length} .byok files; expected exactly one`,
      'Give the artifact that action-wrap uploaded, or set "byok-file"',
    );
  }
  return found[0] as string;
}

async function readSidecar(byokPath: string): Promise<ByokSidecar | undefined> {
  const path = sidecarPath(byokPath);
  if (!(await stat(path).catch(() => undefined))?.isFile()) return undefined;
  return parseSidecar((await readInputFile('byok-file', path, MAX_BYOK_BYTES)).toString('utf8'), path);
}

/**
 * Reads a .byok and, when present, its sidecar. The sidecar must describe exactly this file (digest and kid);
 * its public key is checked against its own fingerprint. An explicit type that contradicts the sidecar is refused;
 * `keyType: auto` without a sidecar stays auto.
 */
export async function readWrappedKey(options: {
  path: string;
  keyType: TargetKeyType | 'auto';
  curve?: EcCurve;
}): Promise<WrappedKey> {
  const bytes = await readInputFile('byok-file', options.path, MAX_BYOK_BYTES);
  const byok = parseByok(bytes, options.path);
  const sidecar = await readSidecar(options.path);
  if (!sidecar) {
    return {
      bytes,
      path: options.path,
      keyType: options.keyType,
      ...(options.curve ? { curve: options.curve } : {}),
    };
  }
  const source = sidecarPath(options.path);
  if (sidecar.byokDigest !== fileDigest(bytes)) {
    throw new ConfigurationError(
      'BYOK_TAMPERED',
      `${options.path} does not match the digest its sidecar recorded (${sidecar.byokDigest})`,
      'The file changed after the wrap step wrote it: run the wrap job again and find out who changed it',
    );
  }
  if (sidecar.kid !== byok.kid)
    throw new ConfigurationError(
      'SIDECAR_INVALID',
      `${source} names KEK ${sidecar.kid} but the .byok names ${byok.kid}`,
      'Use the sidecar written with this .byok',
    );
  if (options.keyType !== 'auto' && options.keyType !== sidecar.keyType) {
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input "key-type" is ${options.keyType} but ${source} records a ${sidecar.keyType} key`,
      'Set "key-type: auto" or the type the wrap step recorded',
    );
  }
  if (options.curve && sidecar.curve && options.curve !== sidecar.curve) {
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input "curve" is ${options.curve} but ${source} records ${sidecar.curve}`,
      'Leave "curve" empty to use the recorded curve',
    );
  }
  let expectedPublicKey: KeyObject | undefined;
  if (sidecar.publicKey) {
    expectedPublicKey = readPublicKeyPem(
      sidecar.publicKey,
      `${source} publicKey`,
      'the sidecar exactly as the wrap step wrote it',
    );
    if (fingerprint(expectedPublicKey) !== sidecar.publicKeyFingerprint) {
      throw new ConfigurationError(
        'SIDECAR_INVALID',
        `${source}: publicKey does not match publicKeyFingerprint`,
        'Use the sidecar exactly as the wrap step wrote it',
      );
    }
  }
  return {
    bytes,
    path: options.path,
    sidecar,
    keyType: sidecar.keyType,
    ...(sidecar.curve ? { curve: sidecar.curve as EcCurve } : {}),
    ...(expectedPublicKey ? { expectedPublicKey } : {}),
  };
}

/**
 * The checks against the wrap and kek jobs' outputs, which travel outside the artifact store: a .byok swapped there
 * (with a consistent sidecar and manifest) names another KEK or another public key than the jobs reported.
 */
export function checkAgainstJobOutputs(
  wrapped: WrappedKey,
  outputs: {
    kekFingerprint?: string;
    publicKeyFingerprint?: string;
    byokDigest?: string;
    keyCheckValue?: string;
  },
): void {
  const { sidecar, path } = wrapped;
  if (outputs.keyCheckValue && sidecar?.keyCheckValue !== outputs.keyCheckValue) {
    throw new ConfigurationError(
      'KEY_CHECK_MISMATCH',
      `${path} records the key check value ${sidecar?.keyCheckValue ?? '(none)'}, not ${outputs.keyCheckValue} (input "key-check-value")`,
      'The .byok was swapped on its way from the wrap job: stop, and find out how',
    );
  }
  if (outputs.kekFingerprint && sidecar && sidecar.kekFingerprint !== outputs.kekFingerprint) {
    throw new ConfigurationError(
      'KEK_FINGERPRINT_MISMATCH',
      `${path} was wrapped under KEK ${sidecar.kekFingerprint}, not ${outputs.kekFingerprint} (input "kek-fingerprint")`,
      'The KEK public key was swapped on its way to the HSM: stop, and find out how',
    );
  }
  if (outputs.publicKeyFingerprint && sidecar?.publicKeyFingerprint !== outputs.publicKeyFingerprint) {
    throw new ConfigurationError(
      'PUBLIC_KEY_MISMATCH',
      `${path} holds the key ${sidecar?.publicKeyFingerprint ?? '(no public key recorded)'}, not ${outputs.publicKeyFingerprint} (input "public-key-fingerprint")`,
      'The .byok was swapped on its way from the wrap job: stop, and find out how',
    );
  }
  // Last, so that a swap the fingerprints already name is reported as what it is.
  if (outputs.byokDigest && fileDigest(wrapped.bytes) !== outputs.byokDigest) {
    throw new ConfigurationError(
      'BYOK_TAMPERED',
      `${path} has digest ${fileDigest(wrapped.bytes)}, not ${outputs.byokDigest} (input "byok-digest"): it is not the file the wrap job wrote`,
      'The .byok was changed or swapped on its way from the wrap job: stop, and find out how',
    );
  }
}
