import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { serializeByok } from '../byok/file.js';
import { serializeSidecar, sidecarPath, type ByokSidecar } from '../byok/sidecar.js';
import { fingerprint, toSpkiPem } from '../crypto/public-key.js';
import { ConfigurationError } from '../errors.js';
import { notWritable } from '../files/input-files.js';
import { generateTarget, removeGenerated, type GeneratedKey } from '../hsm/generate.js';
import { checkVaultTakes, vaultOfKeyId } from '../azure/vault-kinds.js';
import { kwpPadding, selectKwpMechanism, type KwpSelection } from '../hsm/kwp.js';
import { mechanismName } from '../hsm/pkcs11.js';
import type { HsmSession, TokenDescription } from '../hsm/session.js';
import { findTarget, inspectTarget, notFound } from '../hsm/target.js';
import { aesKeyCheckValue, chooseWrapMechanism, wrapComposed } from '../hsm/wrap.js';
import { specToGenerate } from '../inputs/target.js';
import { readWrapKek, type WrapKek } from '../kek/wrap-kek.js';
import { describeTarget, type TargetKeySpec, type TargetKeyType } from '../keys/target.js';
import type { Logger } from '../logger.js';
import type { WrapChoice, WrapKekInput, WrapTarget } from '../requests/wrap-key.js';
import { checkJobOutputs } from './job-outputs.js';

/**
 * What a wrap of one key and a wrap of a whole list share: the KEK checked before the HSM is opened, the mechanisms
 * chosen once per session (the RFC 5649 probe and known-answer test), and the wrap of one key into its .byok and
 * sidecar, which removes a key it generated when its own wrap fails.
 */

export interface WrapSessionOptions {
  /** Tool name and version for the generator string, e.g. "byok action-wrap 1.0.0". */
  tool: string;
  /** The user PIN (never logged). */
  pin: string;
  /** The KEK file when the request names none (the front end fetched it). */
  kekFile?: string;
  /** Shown the KEK before the HSM is opened; throws to stop (the command line asks a person to compare). */
  confirmKek?: (kek: WrapKek) => Promise<void>;
  now?: () => Date;
}

/** Reads and checks the KEK the wrap is for, and lets the front end confirm it, before the HSM is opened. */
export async function prepareKek(
  input: WrapKekInput,
  options: WrapSessionOptions,
  logger: Logger,
): Promise<WrapKek> {
  const file = input.kek.file ?? options.kekFile;
  if (file === undefined)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "kek-file" is required',
      'Set "kek-file" to the KEK PEM',
    );
  checkJobOutputs({ 'kek-fingerprint': input.kek.fingerprint }, input.requireJobOutputs, logger);
  const now = options.now ?? (() => new Date());
  const kek = await readWrapKek({ ...input.kek, file, now: now() }, logger);
  await options.confirmKek?.(kek);
  return kek;
}

/** A session's choices, made once: every key of the session is wrapped the same way under the same KEK. */
export interface WrapSession {
  hsm: HsmSession;
  kek: WrapKek;
  kwp: KwpSelection;
  allowPaddedKwp: boolean;
  /** The vault the KEK belongs to: what key types it takes. */
  vault: ReturnType<typeof vaultOfKeyId>;
  /** e.g. `CKM_RSA_AES_KEY_WRAP (composed: CKM_RSA_PKCS_OAEP SHA-1 + CKM_AES_KEY_WRAP_PAD)`. */
  mechanism: string;
  generator: string;
  now: () => Date;
  /** Warnings about the session itself (an unverified mechanism), for every key's report. */
  warnings: string[];
  /** Warnings already logged in this session: a list's keys share them, the log shows each once. */
  logged: Set<string>;
}

export function startWrapSession(
  hsm: HsmSession,
  choice: WrapChoice,
  kek: WrapKek,
  options: Pick<WrapSessionOptions, 'tool' | 'now'>,
  logger: Logger,
): WrapSession {
  const wrapMechanism = chooseWrapMechanism(hsm, choice.wrapMechanism, logger);
  logger.info(`Checking the RFC 5649 mechanism of token "${hsm.token.label}" with known answers`);
  const kwp = selectKwpMechanism(hsm, choice.kwpMechanism, logger);
  const warnings =
    kwp.verification === 'unverified' && kwp.reason
      ? [`${kwp.reason}; used unverified because kwp-mechanism is set explicitly`]
      : [];
  return {
    hsm,
    kek,
    kwp,
    allowPaddedKwp: choice.allowPaddedKwp,
    vault: vaultOfKeyId(kek.kid),
    mechanism: `CKM_RSA_AES_KEY_WRAP (${wrapMechanism}: CKM_RSA_PKCS_OAEP SHA-1 + ${mechanismName(kwp.mechanism)})`,
    generator: `${options.tool}; ${hsm.token.manufacturer} ${hsm.token.model} firmware ${hsm.token.firmware}`,
    now: options.now ?? (() => new Date()),
    warnings,
    logged: new Set(),
  };
}

/** One key wrapped: its files and the facts the import job checks. */
export interface WrappedTarget {
  byokFile: string;
  sidecarFile: string;
  keyType: TargetKeyType;
  key: { label: string; id: string; description: string; generated: boolean };
  publicKeyFingerprint?: string;
  /** AES: byok's check value (16 bytes, binding) and the traditional 3-byte KCV for people. */
  keyCheckValue?: string;
  kcv?: string;
  /** The RFC 5649 mechanism zero-pads, so the PKCS#8 may be followed by zero bytes (allow-padded-kwp). */
  paddedKwp: boolean;
  byokDigest: string;
  /** Warnings about this key (and the session's). */
  warnings: string[];
  timings: { generateMs: number; wrapMs: number };
}

/**
 * Finds (or generates) the key, checks it, wraps it under the KEK inside the HSM and writes `byokFile` and its
 * sidecar. A key this call generated is removed again when the rest of its wrap fails.
 */
export async function wrapTarget(
  session: WrapSession,
  target: WrapTarget,
  byokFile: string,
  logger: Logger,
): Promise<WrappedTarget> {
  const { hsm, kek } = session;
  const warnings = [...session.warnings];
  const warn = (text: string) => {
    warnings.push(text);
    if (!session.logged.has(text)) logger.warning(text);
    session.logged.add(text);
  };
  const spec =
    target.generate && target.request ? specToGenerate(target.request, 'The requested key') : undefined;
  const { label, id } = target;
  /** What this session refuses of a key type (the vault's kind, the token's padding): before anything is generated. */
  const refusals = (type: TargetKeyType, subject: string) => {
    checkVaultTakes(session.vault, type, subject);
    return kwpPadding(session.kwp, type, session.allowPaddedKwp, hsm.token.label);
  };
  let handle = findTarget(hsm, label, id);
  let generated: GeneratedKey | undefined;
  let generateMs = 0;
  if (handle && target.generate && target.ifExists === 'fail') {
    throw new ConfigurationError(
      'TARGET_EXISTS',
      `Input "key-label": a key labelled "${label}" already exists on token "${hsm.token.label}" and if-exists is fail`,
      'Set if-exists: use to wrap the existing key, or choose another key-label',
    );
  }
  if (!handle) {
    if (!target.generate) throw notFound(hsm, label, id);
    refusals((spec as TargetKeySpec).type, `The key "${label}" to generate`);
    const t = Date.now();
    logger.info(`Generating ${describeTarget(spec as TargetKeySpec)} key "${label}" in the HSM`);
    generated = generateTarget(hsm, spec as TargetKeySpec, label, id, logger);
    generateMs = Date.now() - t;
    handle = generated.handle;
  } else if (target.generate) {
    logger.info(
      `A key labelled "${label}" already exists on token "${hsm.token.label}"; if-exists is use, so it is wrapped again (no second key)`,
    );
  }

  try {
    const found = inspectTarget(hsm, handle, spec ?? target.request);
    const description = describeTarget(found.spec);
    const targetName = `key "${label}" (${description})`;
    const { padded, warning } = refusals(found.spec.type, targetName);
    if (warning) warn(warning);
    const checks = found.canEncrypt ? aesKeyCheckValue(hsm, found.handle, targetName) : undefined;
    if (found.spec.type === 'oct' && !checks)
      logger.info(`${targetName} does not allow CKA_ENCRYPT, so no key check value is recorded`);

    const t = Date.now();
    const ciphertext = wrapComposed(
      hsm,
      found.handle,
      targetName,
      kek.publicKey,
      session.kwp.mechanism,
      logger,
    );
    const wrapMs = Date.now() - t;
    logger.info(`Wrapped ${targetName} under KEK ${kek.kid} in ${wrapMs} ms (${ciphertext.length} bytes)`);

    const byokText = serializeByok({ kid: kek.kid, ciphertext, generator: session.generator });
    const byokDigest = `sha256:${createHash('sha256').update(byokText, 'utf8').digest('hex')}`;
    const publicKeyFingerprint = found.publicKey ? fingerprint(found.publicKey) : undefined;
    const { label: tokenLabel, manufacturer, model, serialNumber, firmware } = hsm.token;
    const sidecar: ByokSidecar = {
      kid: kek.kid,
      keyType: found.spec.type,
      keyLabel: found.label,
      keyId: found.id,
      ...(found.spec.type === 'EC' ? { curve: found.spec.curve } : { keySize: found.spec.size }),
      ...(found.publicKey ? { publicKey: toSpkiPem(found.publicKey), publicKeyFingerprint } : {}),
      ...(checks ? { keyCheckValue: checks.binding } : {}),
      ...(padded ? { paddedKwp: true } : {}),
      kekFingerprint: kek.fingerprint,
      byokDigest,
      token: { label: tokenLabel, manufacturer, model, serialNumber, firmware },
      mechanism: session.mechanism,
      createdAt: session.now().toISOString(),
      generator: session.generator,
    };
    const sidecarFile = sidecarPath(byokFile);
    try {
      await mkdir(dirname(byokFile), { recursive: true });
      await writeFile(byokFile, byokText, 'utf8');
      await writeFile(sidecarFile, serializeSidecar(sidecar), 'utf8');
    } catch (error) {
      throw notWritable('output', byokFile, (error as NodeJS.ErrnoException).code ?? String(error), error);
    }
    logger.info(`Wrote ${byokFile} and ${sidecarFile}`);
    return {
      byokFile,
      sidecarFile,
      keyType: found.spec.type,
      key: { label: found.label, id: found.id, description, generated: generated !== undefined },
      ...(publicKeyFingerprint ? { publicKeyFingerprint } : {}),
      ...(checks ? { keyCheckValue: checks.binding, kcv: checks.kcv } : {}),
      paddedKwp: padded,
      byokDigest,
      warnings,
      timings: { generateMs, wrapMs },
    };
  } catch (error) {
    if (generated) removeGenerated(hsm, generated, label, logger);
    throw error;
  }
}

/** The token as reports show it. */
export function describeToken(token: TokenDescription): string {
  return `${token.label} (${token.manufacturer} ${token.model}, serial ${token.serialNumber}, firmware ${token.firmware})`;
}
