import { createPublicKey } from 'node:crypto';
import { fingerprint } from '../../../shared/src/crypto/public-key.js';
import { ByokError } from '../../../shared/src/errors.js';
import type { Logger } from '../../../shared/src/logger.js';
import { knownAnswerTest, selectKwpMechanism } from '../../../shared/src/hsm/kwp.js';
import type { HsmSession } from '../../../shared/src/hsm/session.js';
import { findTarget, inspectTarget } from '../../../shared/src/hsm/target.js';
import { aesKeyCheckValue, chooseWrapMechanism, wrapComposed } from '../../../shared/src/hsm/wrap.js';
import type { WrapMechanismChoice } from '../../../shared/src/hsm/wrap-choice.js';
import { describeObjects } from './keys.js';

/**
 * Library steps run against a real token inside the helper process, for unit tests: each reports what it did and
 * how many session objects were left in the same session afterwards (the transient-object rule).
 */
function sessionObjects(hsm: HsmSession): number {
  return describeObjects(hsm).filter((o) => !o.persistent).length;
}

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    logger: {
      debug: () => {},
      info: (m) => lines.push(`info: ${m}`),
      warning: (m) => lines.push(`warning: ${m}`),
    },
  };
}

function failure(error: unknown): { message: string; code?: string } {
  return {
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof ByokError ? { code: error.code } : {}),
  };
}

export const scenarios = {
  knownAnswer(hsm: HsmSession, args: { mechanism: number }) {
    const answer = knownAnswerTest(hsm, args.mechanism);
    return { answer, sessionObjects: sessionObjects(hsm) };
  },
  selectKwp(hsm: HsmSession, args: { explicit?: number }) {
    const { logger, lines } = capture();
    try {
      return {
        selection: selectKwpMechanism(hsm, args.explicit, logger),
        lines,
        sessionObjects: sessionObjects(hsm),
      };
    } catch (error) {
      return { error: failure(error), lines, sessionObjects: sessionObjects(hsm) };
    }
  },
  chooseWrap(hsm: HsmSession, args: { choice: WrapMechanismChoice }) {
    const { logger } = capture();
    try {
      return { mechanism: chooseWrapMechanism(hsm, args.choice, logger) };
    } catch (error) {
      return { error: failure(error) };
    }
  },
  /** Wraps the key labelled label under the KEK; reports the blob or the error and the leftover session objects. */
  wrap(hsm: HsmSession, args: { label: string; kekPem: string; mechanism: number }) {
    const { logger } = capture();
    try {
      const handle = findTarget(hsm, args.label);
      if (!handle) throw new Error(`no key ${args.label}`);
      const blob = wrapComposed(
        hsm,
        handle,
        args.label,
        createPublicKey(args.kekPem),
        args.mechanism,
        logger,
      );
      return { blob: blob.toString('hex'), sessionObjects: sessionObjects(hsm) };
    } catch (error) {
      return { error: failure(error), sessionObjects: sessionObjects(hsm) };
    }
  },
  inspect(hsm: HsmSession, args: { label: string; id?: string }) {
    try {
      const handle = findTarget(hsm, args.label, args.id ? Buffer.from(args.id, 'hex') : undefined);
      if (!handle) return { found: false };
      const target = inspectTarget(hsm, handle);
      return {
        found: true,
        spec: target.spec,
        id: target.id,
        canEncrypt: target.canEncrypt,
        ...(target.publicKey ? { publicKeyFingerprint: fingerprint(target.publicKey) } : {}),
        ...(target.canEncrypt ? { keyCheckValue: aesKeyCheckValue(hsm, handle, args.label).binding } : {}),
      };
    } catch (error) {
      return { error: failure(error) };
    }
  },
};
