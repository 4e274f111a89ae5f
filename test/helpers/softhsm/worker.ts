import { silentLogger } from '../../../shared/src/logger.js';
import { withHsmSession, type HsmSession } from '../../../shared/src/hsm/session.js';
import { ByokError } from '../../../shared/src/errors.js';
import {
  createAesKey,
  createKeyPair,
  describeObjects,
  destroyObjects,
  encryptInHsm,
  readPublicKeyPem,
  relabelObjects,
} from './keys.js';
import { scenarios } from './scenarios.js';

/**
 * The SoftHSM helper process (forked by client.ts with SOFTHSM2_CONF in its environment). Each message names an
 * operation; each runs in a fresh session (module → token → login → ... → finalize), as action-wrap does.
 */
interface Request {
  id: number;
  op: string;
  args: unknown;
}

const ops: Record<string, (hsm: HsmSession, args: never) => unknown> = {
  listObjects: (hsm) => describeObjects(hsm),
  createAesKey,
  createKeyPair,
  relabelObjects,
  destroyObjects,
  readPublicKeyPem: (hsm, args: { label: string }) => readPublicKeyPem(hsm, args.label),
  encrypt: (hsm, args: { label: string; block: string }) => encryptInHsm(hsm, args.label, args.block),
  ...scenarios,
};

const session = {
  module: process.env.BYOK_SOFTHSM_MODULE as string,
  tokenLabel: process.env.BYOK_SOFTHSM_LABEL as string,
  pin: process.env.BYOK_SOFTHSM_PIN as string,
};

process.on('message', (message: Request) => {
  const op = ops[message.op];
  void (async () => {
    try {
      if (!op) throw new Error(`unknown operation ${message.op}`);
      const result = await withHsmSession(session, silentLogger, async (hsm) =>
        op(hsm, message.args as never),
      );
      process.send?.({ id: message.id, result });
    } catch (error) {
      const e = error as Error;
      process.send?.({
        id: message.id,
        error: {
          name: e.name,
          message: e.message,
          code: error instanceof ByokError ? error.code : undefined,
          hint: error instanceof ByokError ? error.hint : undefined,
        },
      });
    }
  })();
});
process.send?.({ ready: true });
