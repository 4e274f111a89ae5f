import { ConfigurationError } from '../errors.js';
import type { TargetKeyType } from '../keys/target.js';
import type { Logger } from '../logger.js';
import { ckrOf, hsmCall, isCkr } from './errors.js';
import {
  CKM_AES_KEY_WRAP_KWP,
  CKM_AES_KEY_WRAP_PAD,
  CKM_VENDOR_THALES_AES_KWP,
  mechanismName,
  type Handle,
} from './pkcs11.js';
import type { HsmSession } from './session.js';

/**
 * Which PKCS#11 mechanism is AES key wrap with padding (RFC 5649) on this token. The number differs between HSMs
 * and 0x210A means RFC 5649 on some tokens and PKCS#7 + RFC 3394 on others (docs/byok-format.md "PKCS#11 facts"), so a mechanism is
 * trusted only after a known-answer test on throw-away session keys of known value: the aligned RFC 5649 vector
 * under AES-256 and the unaligned 20- and 7-byte vectors under AES-192.
 */
export const KWP_CANDIDATES = [
  CKM_AES_KEY_WRAP_PAD,
  CKM_AES_KEY_WRAP_KWP,
  CKM_VENDOR_THALES_AES_KWP,
] as const;

const VECTORS = {
  kek256: '5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a85840df6e29b02af1',
  kek192: '5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8',
  aligned: {
    key: 'kek256',
    plain: 'afbeb0f07dfbf5419200f2ccb50bb24aafbeb0f07dfbf5419200f2ccb50bb24a',
    wrapped: '340068e5236ceb5aaca068695fe28266a2dd7b75bdfc46a53f3e4f8c8052f41bd905f3571d04e0f7',
  },
  unaligned: [
    {
      key: 'kek192',
      plain: 'c37b7e6492584340bed12207808941155068f738',
      wrapped: '138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a',
    },
    { key: 'kek192', plain: '466f7250617369', wrapped: 'afbeb0f07dfbf5419200f2ccb50bb24f' },
  ],
} as const;

export type KwpVerification = 'rfc5649' | 'aligned-only' | 'unverified';

export interface KwpSelection {
  mechanism: number;
  verification: KwpVerification;
  /** Why the mechanism could not be verified, when it could not. */
  reason?: string;
}

interface KnownAnswer {
  aligned: boolean;
  unaligned: boolean;
  detail: string;
}

class KnownValueKeysRefused extends Error {}

/** Runs the known-answer test for one mechanism. Throws KnownValueKeysRefused when the token refuses known-value keys. */
export function knownAnswerTest(hsm: HsmSession, mechanism: number): KnownAnswer {
  const { p11, lib, session } = hsm;
  const created: Handle[] = [];
  const secretKey = (hex: string, keyType: number, wrapping: boolean): Handle => {
    try {
      const handle = lib.C_CreateObject(session, [
        { type: p11.CKA_CLASS, value: p11.CKO_SECRET_KEY },
        { type: p11.CKA_KEY_TYPE, value: keyType },
        { type: p11.CKA_TOKEN, value: false },
        { type: p11.CKA_PRIVATE, value: true },
        { type: p11.CKA_VALUE, value: Buffer.from(hex, 'hex') },
        ...(wrapping
          ? [
              { type: p11.CKA_WRAP, value: true },
              { type: p11.CKA_EXTRACTABLE, value: false },
            ]
          : [
              { type: p11.CKA_EXTRACTABLE, value: true },
              { type: p11.CKA_SENSITIVE, value: false },
            ]),
      ]);
      created.push(hsm.track(handle));
      return handle;
    } catch (error) {
      throw new KnownValueKeysRefused(
        ckrOf(error)?.name ?? (error instanceof Error ? error.message : String(error)),
      );
    }
  };
  const run = (
    vector: { key: 'kek256' | 'kek192'; plain: string; wrapped: string },
    keys: Record<string, Handle>,
  ): string | undefined => {
    const plain = secretKey(vector.plain, p11.CKK_GENERIC_SECRET, false);
    try {
      const out = lib.C_WrapKey(
        session,
        { mechanism },
        keys[vector.key] as Handle,
        plain,
        Buffer.alloc(vector.plain.length + 64),
      );
      const hex = out.toString('hex');
      return hex === vector.wrapped
        ? undefined
        : `${vector.plain.length / 2} bytes gave ${hex.slice(0, 8)}… instead of ${vector.wrapped.slice(0, 8)}…`;
    } catch (error) {
      return `${vector.plain.length / 2} bytes: ${ckrOf(error)?.name ?? String(error)}`;
    }
  };
  try {
    const keys = {
      kek256: secretKey(VECTORS.kek256, p11.CKK_AES, true),
      kek192: secretKey(VECTORS.kek192, p11.CKK_AES, true),
    };
    const alignedProblem = run(VECTORS.aligned, keys);
    const unalignedProblems = VECTORS.unaligned
      .map((v) => run(v, keys))
      .filter((p): p is string => p !== undefined);
    return {
      aligned: alignedProblem === undefined,
      unaligned: unalignedProblems.length === 0,
      detail: [alignedProblem, ...unalignedProblems].filter(Boolean).join('; '),
    };
  } finally {
    for (const handle of created) hsm.destroy(handle, 'a known-answer test key', true);
  }
}

/**
 * What the token offers for C_WrapKey, by PKCS#11 name where the binding knows it: a refusal lists it, so the reader
 * sees at once whether any RFC 5649 mechanism is there under another number (openCryptoki's soft token has none).
 */
function wrapMechanismsOffered(hsm: HsmSession, listed: readonly number[]): string {
  const names = new Map<number, string>();
  for (const [name, value] of Object.entries(hsm.p11))
    if (name.startsWith('CKM_') && typeof value === 'number' && !names.has(value)) names.set(value, name);
  const offered = listed
    .filter((m) => supportsWrap(hsm, m))
    .map((m) => {
      const known = mechanismName(m);
      const name = names.get(m);
      return name && !known.includes(' ') ? `${name} (${known})` : known;
    });
  return offered.length > 0 ? offered.join(', ') : 'none';
}

function supportsWrap(hsm: HsmSession, mechanism: number): boolean {
  try {
    return (hsm.lib.C_GetMechanismInfo(hsm.slot, mechanism).flags & hsm.p11.CKF_WRAP) !== 0;
  } catch (error) {
    if (isCkr(error, 'CKR_MECHANISM_INVALID')) return false;
    throw error;
  }
}

function refuseAligned(
  hsm: HsmSession,
  mechanism: number,
  detail: string,
  explicit: boolean,
): ConfigurationError {
  return new ConfigurationError(
    'HSM_KWP_KNOWN_ANSWER_FAILED',
    `${explicit ? 'Input "kwp-mechanism": ' : ''}${mechanismName(mechanism)} on token "${hsm.token.label}" fails the RFC 5649 known-answer test (${detail}); it is not AES key wrap with padding, and Azure would reject the file`,
    explicit
      ? 'Set "kwp-mechanism" to the RFC 5649 mechanism of this token (often 0x210A, 0x210B or 0x80000171), or to auto'
      : 'Set "kwp-mechanism" to this token\'s RFC 5649 mechanism from its vendor\'s documentation',
  );
}

/**
 * Picks and verifies the RFC 5649 mechanism: `explicit` is checked as given; otherwise the candidates the token
 * lists for wrapping are tested in order, and the first that passes everything (else the first that passes the
 * aligned vector) wins.
 */
export function selectKwpMechanism(
  hsm: HsmSession,
  explicit: number | undefined,
  logger: Logger,
): KwpSelection {
  const name = `token "${hsm.token.label}"`;
  const listMechanisms = () =>
    hsmCall(`Listing the mechanisms of ${name}`, () => hsm.lib.C_GetMechanismList(hsm.slot));
  if (explicit !== undefined) {
    if (!supportsWrap(hsm, explicit)) {
      throw new ConfigurationError(
        'HSM_KWP_UNSUPPORTED',
        `Input "kwp-mechanism": ${name} does not offer ${mechanismName(explicit)} for wrapping; it wraps with ${wrapMechanismsOffered(hsm, listMechanisms())}`,
        'Set "kwp-mechanism" to auto, or to a mechanism the token lists',
      );
    }
    try {
      const answer = knownAnswerTest(hsm, explicit);
      if (!answer.aligned) throw refuseAligned(hsm, explicit, answer.detail, true);
      logger.info(
        `${mechanismName(explicit)} passes the RFC 5649 known-answer test${answer.unaligned ? '' : ' for aligned lengths only'}`,
      );
      return {
        mechanism: explicit,
        verification: answer.unaligned ? 'rfc5649' : 'aligned-only',
        ...(answer.unaligned ? {} : { reason: answer.detail }),
      };
    } catch (error) {
      if (!(error instanceof KnownValueKeysRefused)) throw error;
      const reason = `${name} refuses session keys of known value (${error.message}), so ${mechanismName(explicit)} could not be checked against the RFC 5649 vectors`;
      logger.warning(`${reason}; using it unverified because kwp-mechanism is set explicitly`);
      return { mechanism: explicit, verification: 'unverified', reason };
    }
  }
  const mechanisms = listMechanisms();
  const listed = new Set(mechanisms);
  const candidates = KWP_CANDIDATES.filter((m) => listed.has(m) && supportsWrap(hsm, m));
  if (candidates.length === 0) {
    throw new ConfigurationError(
      'HSM_KWP_UNSUPPORTED',
      `Input "kwp-mechanism": ${name} offers none of ${KWP_CANDIDATES.map(mechanismName).join(', ')} for wrapping, so it cannot do AES key wrap with padding (RFC 5649); it wraps with ${wrapMechanismsOffered(hsm, mechanisms)}`,
      'If the token has an RFC 5649 mechanism under another number, set "kwp-mechanism" to it; otherwise wrap on an HSM that has one, or with the vendor\'s BYOK tool',
    );
  }
  const results: Array<{ mechanism: number; answer: KnownAnswer }> = [];
  for (const mechanism of candidates) {
    let answer: KnownAnswer;
    try {
      answer = knownAnswerTest(hsm, mechanism);
    } catch (error) {
      if (!(error instanceof KnownValueKeysRefused)) throw error;
      throw new ConfigurationError(
        'HSM_KWP_UNVERIFIABLE',
        `Input "kwp-mechanism": ${name} refuses session keys of known value (${error.message}), so byok cannot tell which of ${candidates.map(mechanismName).join(', ')} is RFC 5649`,
        'Set "kwp-mechanism" explicitly to the RFC 5649 mechanism from the HSM vendor documentation; it is then used unverified',
      );
    }
    logger.debug(
      `Known-answer test of ${mechanismName(mechanism)}: aligned ${answer.aligned ? 'pass' : 'fail'}, unaligned ${answer.unaligned ? 'pass' : 'fail'} ${answer.detail}`,
    );
    if (answer.aligned && answer.unaligned) {
      logger.info(
        `AES key wrap with padding: ${mechanismName(mechanism)} (passes the RFC 5649 known-answer test)`,
      );
      return { mechanism, verification: 'rfc5649' };
    }
    results.push({ mechanism, answer });
  }
  const partial = results.find((r) => r.answer.aligned);
  if (partial) {
    logger.info(
      `AES key wrap with padding: ${mechanismName(partial.mechanism)} (passes the RFC 5649 known-answer test for aligned lengths only)`,
    );
    return { mechanism: partial.mechanism, verification: 'aligned-only', reason: partial.answer.detail };
  }
  const first = results[0] as { mechanism: number; answer: KnownAnswer };
  throw refuseAligned(
    hsm,
    first.mechanism,
    results.map((r) => `${mechanismName(r.mechanism)}: ${r.answer.detail}`).join('; '),
    false,
  );
}

/**
 * The padding decision for one target, made before anything is generated or wrapped: a mechanism that passed only the
 * aligned known answers zero-pads what it wraps to a multiple of 8 bytes (SoftHSM 2.6.1 does, for every symmetric
 * wrap, and takes no IV parameter), so an RSA or EC PKCS#8 may arrive followed by up to 7 zero bytes where BYOK's
 * specification has the PKCS#8 encoding itself. Refused unless `allowPadded` (input "allow-padded-kwp", for rehearsal
 * HSMs); then `padded` is true and the sidecar records it. AES keys (16, 24 or 32 bytes) are always exact.
 */
export function kwpPadding(
  selection: KwpSelection,
  targetType: TargetKeyType,
  allowPadded: boolean,
  tokenLabel: string,
): { padded: boolean; warning?: string } {
  if (selection.verification !== 'aligned-only' || targetType === 'oct') return { padded: false };
  const mechanism = mechanismName(selection.mechanism);
  const what = `${mechanism} on token "${tokenLabel}" zero-pads what it wraps to a multiple of 8 bytes before RFC 5649 (its known answers fail for unaligned lengths: ${selection.reason ?? 'unaligned vectors'})`;
  if (!allowPadded)
    throw new ConfigurationError(
      'HSM_KWP_ALIGNED_ONLY',
      `${what}, so this ${targetType} key's PKCS#8 would reach Azure followed by up to 7 zero bytes instead of exactly the PKCS#8 BYOK specifies; nothing was generated or wrapped`,
      'Wrap on an HSM whose RFC 5649 mechanism passes the known-answer test (set "kwp-mechanism" if it has the right one under another number); on a rehearsal HSM such as SoftHSM set "allow-padded-kwp: true", and the file is marked as padded. AES keys are not affected',
    );
  return {
    padded: true,
    warning: `allow-padded-kwp: ${what}; the PKCS#8 inside this ${targetType} .byok may be followed by up to 7 zero bytes, which a strict vault refuses. The sidecar records it: use the file for rehearsals only`,
  };
}
