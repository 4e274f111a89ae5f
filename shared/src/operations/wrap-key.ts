import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { serializeByok } from '../byok/file.js';
import { serializeSidecar, sidecarPath, type ByokSidecar } from '../byok/sidecar.js';
import { fingerprint, toSpkiPem } from '../crypto/public-key.js';
import { ConfigurationError } from '../errors.js';
import { generateTarget, removeGenerated, type GeneratedKey } from '../hsm/generate.js';
import { alignedOnlyWarning, selectKwpMechanism, type KwpVerification } from '../hsm/kwp.js';
import { mechanismName } from '../hsm/pkcs11.js';
import { withHsmSession, type SessionOptions, type TokenDescription } from '../hsm/session.js';
import { findTarget, inspectTarget, notFound } from '../hsm/target.js';
import {
  aesKeyCheckValue,
  chooseWrapMechanism,
  WRAP_MECHANISMS,
  wrapComposed,
  type WrapMechanismChoice,
} from '../hsm/wrap.js';
import {
  boolean,
  choice,
  ckaId,
  label as labelInput,
  mechanism as mechanismInput,
  optional,
  required,
  slotId,
  type InputSource,
} from '../inputs/rules.js';
import { readWrapKek, type KekFileOptions, type WrapKek } from '../kek/wrap-kek.js';
import { specToGenerate, targetInputs, type TargetInputs } from '../inputs/target.js';
import { describeTarget, type TargetKeySpec, type TargetKeyType } from '../keys/target.js';
import type { Logger } from '../logger.js';
import { checkJobOutputs } from './job-outputs.js';
import type { OperationResult } from './report.js';

export interface WrapKeyRequest {
  hsm: Omit<SessionOptions, 'pin'>;
  key: {
    /** CKA_LABEL (input "key-label"). */
    label: string;
    /** CKA_ID (input "key-id", hex). */
    id?: Buffer;
    generate: boolean;
    /**
     * Required to generate (size defaults to RSA 2048 / AES 256, curve to P-256); for an existing key, what is
     * given must match it.
     */
    request?: TargetRequest;
    ifExists: 'use' | 'fail';
  };
  /** The KEK public key PEM; undefined when it is to come from the kek artifact (the action's `kek-artifact`). */
  kek: Omit<KekFileOptions, 'file'> & { file?: string };
  /** RFC 5649 mechanism number; undefined = auto (probe and known-answer test). */
  kwpMechanism?: number;
  wrapMechanism: WrapMechanismChoice;
  /** Path of the .byok to write; the sidecar goes to `<output>.json`. */
  output: string;
  /** The kek job's fingerprint must be given (the reusable workflow); else its absence is a warning. */
  requireJobOutputs: boolean;
}

export interface WrapKeyOptions {
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

export interface WrapKeyResult extends OperationResult {
  byokFile: string;
  sidecarFile: string;
  kid: string;
  kekFingerprint: string;
  keyType: TargetKeyType;
  key: { label: string; id: string; description: string; generated: boolean };
  publicKeyFingerprint?: string;
  /** AES: byok's check value (16 bytes, binding) and the traditional 3-byte KCV for people. */
  keyCheckValue?: string;
  kcv?: string;
  token: TokenDescription;
  mechanism: string;
  kwpVerification: KwpVerification;
  generator: string;
  byokDigest: string;
  warnings: string[];
  timings: { generateMs: number; wrapMs: number; totalMs: number };
}

/** What to generate, or what an existing key must be (key-type / key-size / curve). */
export type TargetRequest = TargetInputs & { type: TargetKeyType };

const TARGET_NAMES = { type: 'key-type', size: 'key-size', curve: 'curve' };

/** The inputs of action-wrap / `byok wrap` (all but the PIN), checked before the HSM or a file is touched. */
export function readWrapKeyRequest(inputs: InputSource): WrapKeyRequest {
  const keyLabel = labelInput(inputs, 'key-label');
  const target = targetInputs(inputs, TARGET_NAMES);
  const request = target.type ? (target as TargetRequest) : undefined;
  const generate = boolean(inputs, 'generate', false);
  if (generate && request === undefined) {
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "key-type" is required when generate is true',
      'Set key-type to RSA, EC or oct (with key-size or curve)',
    );
  }
  if (generate && request) specToGenerate(request, 'Input "key-size": the requested key');
  const id = ckaId(inputs, 'key-id');
  const tokenLabel = optional(inputs, 'token-label');
  const slot = slotId(inputs, 'slot-id');
  const kekFile = optional(inputs, 'kek-file');
  const kid = optional(inputs, 'kek-id');
  const kekFingerprint = optional(inputs, 'kek-fingerprint');
  return {
    hsm: {
      module: required(inputs, 'pkcs11-module'),
      ...(tokenLabel === undefined ? {} : { tokenLabel }),
      ...(slot === undefined ? {} : { slotId: slot }),
    },
    key: {
      label: keyLabel,
      ...(id ? { id } : {}),
      generate,
      ...(request ? { request } : {}),
      ifExists: choice(inputs, 'if-exists', ['use', 'fail'] as const, 'use'),
    },
    kek: {
      ...(kekFile === undefined ? {} : { file: kekFile }),
      ...(kid === undefined ? {} : { kid }),
      ...(kekFingerprint === undefined ? {} : { fingerprint: kekFingerprint }),
    },
    kwpMechanism: mechanismInput(inputs, 'kwp-mechanism', '0x210A, 0x210B or 0x80000171'),
    wrapMechanism: choice(inputs, 'wrap-mechanism', WRAP_MECHANISMS, 'auto'),
    output: optional(inputs, 'output') ?? `${fileBaseOf(keyLabel)}.byok`,
    requireJobOutputs: boolean(inputs, 'require-job-outputs', false),
  };
}

/** A key label as a file name part: what is not a letter, digit, dot, dash or underscore becomes a dash. */
export function fileBaseOf(keyLabel: string): string {
  return keyLabel.replace(/[^A-Za-z0-9._-]/g, '-');
}

/**
 * The whole wrap: check the KEK, open the token, verify the RFC 5649 mechanism, find (or generate) the target, wrap
 * it under the KEK inside the HSM, write the .byok and its sidecar. A key generated by a run that then fails is
 * removed again; every session object is destroyed and the session released in any case.
 */
export async function wrapKey(
  request: WrapKeyRequest,
  options: WrapKeyOptions,
  logger: Logger,
): Promise<WrapKeyResult> {
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  const spec =
    request.key.generate && request.key.request
      ? specToGenerate(request.key.request, 'The requested key')
      : undefined;
  const file = request.kek.file ?? options.kekFile;
  if (file === undefined)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "kek-file" is required',
      'Set "kek-file" to the KEK PEM',
    );
  checkJobOutputs({ 'kek-fingerprint': request.kek.fingerprint }, request.requireJobOutputs, logger);
  const kek = await readWrapKek({ ...request.kek, file, now: now() }, logger);
  await options.confirmKek?.(kek);
  const byokFile = resolve(request.output);
  const id = request.key.id;
  const warnings: string[] = [];
  const warn = (text: string) => {
    warnings.push(text);
    logger.warning(text);
  };

  return withHsmSession({ ...request.hsm, pin: options.pin }, logger, async (hsm) => {
    const wrapMechanism = chooseWrapMechanism(hsm, request.wrapMechanism, logger);
    logger.info(`Checking the RFC 5649 mechanism of token "${hsm.token.label}" with known answers`);
    const kwp = selectKwpMechanism(hsm, request.kwpMechanism, logger);
    if (kwp.verification === 'unverified' && kwp.reason)
      warnings.push(`${kwp.reason}; used unverified because kwp-mechanism is set explicitly`);

    const { label } = request.key;
    let handle = findTarget(hsm, label, id);
    let generated: GeneratedKey | undefined;
    let generateMs = 0;
    if (handle && request.key.generate && request.key.ifExists === 'fail') {
      throw new ConfigurationError(
        'TARGET_EXISTS',
        `Input "key-label": a key labelled "${label}" already exists on token "${hsm.token.label}" and if-exists is fail`,
        'Set if-exists: use to wrap the existing key, or choose another key-label',
      );
    }
    if (!handle) {
      if (!request.key.generate) throw notFound(hsm, label, id);
      const t = Date.now();
      logger.info(`Generating ${describeTarget(spec as TargetKeySpec)} key "${label}" in the HSM`);
      generated = generateTarget(hsm, spec as TargetKeySpec, label, id, logger);
      generateMs = Date.now() - t;
      handle = generated.handle;
    } else if (request.key.generate) {
      logger.info(
        `A key labelled "${label}" already exists on token "${hsm.token.label}"; if-exists is use, so it is wrapped again (no second key)`,
      );
    }

    try {
      const target = inspectTarget(hsm, handle, spec ?? request.key.request);
      const description = describeTarget(target.spec);
      const targetName = `key "${label}" (${description})`;
      const aligned = alignedOnlyWarning(kwp, target.spec.type);
      if (aligned) warn(aligned);
      const checks = target.canEncrypt ? aesKeyCheckValue(hsm, target.handle, targetName) : undefined;
      const keyCheckValue = checks?.binding;
      if (target.spec.type === 'oct' && !keyCheckValue)
        logger.info(`${targetName} does not allow CKA_ENCRYPT, so no key check value is recorded`);

      const t = Date.now();
      const ciphertext = wrapComposed(hsm, target.handle, targetName, kek.publicKey, kwp.mechanism, logger);
      const wrapMs = Date.now() - t;
      logger.info(`Wrapped ${targetName} under KEK ${kek.kid} in ${wrapMs} ms (${ciphertext.length} bytes)`);

      const generator = `${options.tool}; ${hsm.token.manufacturer} ${hsm.token.model} firmware ${hsm.token.firmware}`;
      const byokText = serializeByok({ kid: kek.kid, ciphertext, generator });
      const byokDigest = `sha256:${createHash('sha256').update(byokText, 'utf8').digest('hex')}`;
      const mechanism = `CKM_RSA_AES_KEY_WRAP (${wrapMechanism}: CKM_RSA_PKCS_OAEP SHA-1 + ${mechanismName(kwp.mechanism)})`;
      const publicKeyFingerprint = target.publicKey ? fingerprint(target.publicKey) : undefined;
      const { label: tokenLabel, manufacturer, model, serialNumber, firmware } = hsm.token;
      const sidecar: ByokSidecar = {
        kid: kek.kid,
        keyType: target.spec.type,
        keyLabel: target.label,
        keyId: target.id,
        ...(target.spec.type === 'EC' ? { curve: target.spec.curve } : { keySize: target.spec.size }),
        ...(target.publicKey ? { publicKey: toSpkiPem(target.publicKey), publicKeyFingerprint } : {}),
        ...(keyCheckValue ? { keyCheckValue } : {}),
        kekFingerprint: kek.fingerprint,
        byokDigest,
        token: { label: tokenLabel, manufacturer, model, serialNumber, firmware },
        mechanism,
        createdAt: now().toISOString(),
        generator,
      };
      const sidecarFile = sidecarPath(byokFile);
      try {
        await mkdir(dirname(byokFile), { recursive: true });
        await writeFile(byokFile, byokText, 'utf8');
        await writeFile(sidecarFile, serializeSidecar(sidecar), 'utf8');
      } catch (error) {
        throw new ConfigurationError(
          'OUTPUT_NOT_WRITABLE',
          `Input "output": cannot write ${byokFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
          'Choose a writable path, e.g. a file name in the workspace',
          { cause: error },
        );
      }
      logger.info(`Wrote ${byokFile} and ${sidecarFile}`);
      return withReport({
        byokFile,
        sidecarFile,
        kid: kek.kid,
        kekFingerprint: kek.fingerprint,
        keyType: target.spec.type,
        key: { label: target.label, id: target.id, description, generated: generated !== undefined },
        ...(publicKeyFingerprint ? { publicKeyFingerprint } : {}),
        ...(checks ? { keyCheckValue: checks.binding, kcv: checks.kcv } : {}),
        token: hsm.token,
        mechanism,
        kwpVerification: kwp.verification,
        generator,
        byokDigest,
        warnings,
        timings: { generateMs, wrapMs, totalMs: Date.now() - started },
      });
    } catch (error) {
      if (generated) removeGenerated(hsm, generated, label, logger);
      throw error;
    }
  });
}

/** The outputs the import job checks, and what the wrap job's reviewer (or the person at the HSM) reads. */
function withReport(result: Omit<WrapKeyResult, 'outputs' | 'report'>): WrapKeyResult {
  const { token, key } = result;
  return {
    ...result,
    outputs: {
      'byok-file': result.byokFile,
      'sidecar-file': result.sidecarFile,
      'key-type': result.keyType,
      'public-key-fingerprint': result.publicKeyFingerprint ?? '',
      'key-check-value': result.keyCheckValue ?? '',
      'byok-digest': result.byokDigest,
    },
    report: {
      title: `Wrapped ${key.description} key "${key.label}" for BYOK`,
      rows: [
        [
          'Token',
          `${token.label} (${token.manufacturer} ${token.model}, serial ${token.serialNumber}, firmware ${token.firmware})`,
        ],
        [
          'Key',
          `${key.label} (${key.description}, id ${key.id || 'none'}${key.generated ? ', generated by this run' : ''})`,
        ],
        ['Public key fingerprint', result.publicKeyFingerprint],
        ['Key check value (AES, 16 bytes)', result.keyCheckValue],
        ['KCV (AES-ECB of zeros, 3 bytes, for people)', result.kcv],
        ['KEK', result.kid],
        ['KEK fingerprint', result.kekFingerprint],
        ['Mechanism', `${result.mechanism}, known-answer test: ${result.kwpVerification}`],
        ['.byok', `${result.byokFile} (${result.byokDigest})`],
        ['Sidecar', result.sidecarFile],
      ],
      notes: result.warnings.map((w) => `Warning: ${w}`),
    },
  };
}
