import { randomBytes } from 'node:crypto';
import { describeTarget, type TargetKeySpec } from '../keys/target.js';
import type { Logger } from '../logger.js';
import { hsmCall } from './errors.js';
import { findObjects, readAttribute } from './objects.js';
import type { Handle, Template } from './pkcs11.js';
import { EC_PARAMS } from './public-key.js';
import type { HsmSession } from './session.js';

/** Persistent objects a generation created, so a failed run can remove them again. */
export interface GeneratedKey {
  handle: Handle;
  objects: Handle[];
  id: Buffer;
}

/**
 * The label a key carries while it is being generated. Both halves of a pair are created under it and take the real
 * label only once the pair is whole: the public half first, then the private half, whose relabelling is the single
 * step that makes the key exist under `label`. So a run killed at any point (SIGKILL, power loss) leaves either a
 * whole key under `label` or objects that this label names as unfinished, which the next generation removes.
 */
export function provisionalLabel(label: string): string {
  return `byok generating: ${label}`;
}

/**
 * Removes what an interrupted generation of `label` left: every object under the provisional label, and a public
 * half that already took the real label while its private half did not (same CKA_ID, no private key under `label`).
 */
function removeUnfinished(hsm: HsmSession, label: string, logger: Logger): void {
  const { p11 } = hsm;
  const what = `objects left by an interrupted generation of "${label}"`;
  const unfinished = findObjects(hsm, [{ type: p11.CKA_LABEL, value: provisionalLabel(label) }], what);
  if (unfinished.length === 0) return;
  const halves = unfinished.flatMap((handle) => {
    const id = readAttribute(hsm, handle, p11.CKA_ID, what);
    if (!id || id.length === 0) return [];
    const byId = (cls: number) =>
      findObjects(
        hsm,
        [
          { type: p11.CKA_CLASS, value: cls },
          { type: p11.CKA_LABEL, value: label },
          { type: p11.CKA_ID, value: id },
        ],
        what,
      );
    return byId(p11.CKO_PRIVATE_KEY).length === 0 ? byId(p11.CKO_PUBLIC_KEY) : [];
  });
  for (const handle of [...unfinished, ...halves])
    hsmCall(`Removing ${what}`, () => hsm.lib.C_DestroyObject(hsm.session, handle));
  logger.warning(
    `Removed ${unfinished.length + halves.length} object(s) that an interrupted generation of "${label}" left on token "${hsm.token.label}"`,
  );
}

/**
 * Generates the target inside the HSM: persistent (CKA_TOKEN), private, sensitive, and extractable (it must leave
 * the HSM wrapped), with the label and a CKA_ID (given, or 16 fresh random bytes) on both halves of a pair.
 * AES keys also get CKA_ENCRYPT so a key check value can be computed (sidecar `keyCheckValue`).
 *
 * All or nothing: what an interrupted earlier run left is removed first, the key is created under its provisional
 * label, and a failure before it is whole destroys what was created. Until the session ends, a SIGINT or SIGTERM
 * removes the key too (the run that made it never finished).
 */
export function generateTarget(
  hsm: HsmSession,
  spec: TargetKeySpec,
  label: string,
  id: Buffer | undefined,
  logger: Logger,
): GeneratedKey {
  const { p11, lib, session } = hsm;
  removeUnfinished(hsm, label, logger);
  const keyId = id ?? randomBytes(16);
  const common: Template = [
    { type: p11.CKA_TOKEN, value: true },
    { type: p11.CKA_LABEL, value: provisionalLabel(label) },
    { type: p11.CKA_ID, value: keyId },
  ];
  const secret: Template = [
    ...common,
    { type: p11.CKA_PRIVATE, value: true },
    { type: p11.CKA_SENSITIVE, value: true },
    { type: p11.CKA_EXTRACTABLE, value: true },
  ];
  const context = `Generating ${describeTarget(spec)} key "${label}" on token "${hsm.token.label}"`;
  const started = Date.now();
  let result: GeneratedKey;
  if (spec.type === 'oct') {
    const handle = hsmCall(context, () =>
      lib.C_GenerateKey(session, { mechanism: p11.CKM_AES_KEY_GEN }, [
        { type: p11.CKA_CLASS, value: p11.CKO_SECRET_KEY },
        { type: p11.CKA_KEY_TYPE, value: p11.CKK_AES },
        { type: p11.CKA_VALUE_LEN, value: spec.size / 8 },
        ...secret,
        { type: p11.CKA_ENCRYPT, value: true },
        { type: p11.CKA_DECRYPT, value: true },
      ]),
    );
    result = { handle, objects: [handle], id: keyId };
  } else {
    const rsa = spec.type === 'RSA';
    const publicTemplate: Template = [
      ...common,
      { type: p11.CKA_CLASS, value: p11.CKO_PUBLIC_KEY },
      { type: p11.CKA_PRIVATE, value: false },
      { type: p11.CKA_VERIFY, value: true },
      ...(rsa
        ? [
            { type: p11.CKA_MODULUS_BITS, value: spec.size },
            { type: p11.CKA_PUBLIC_EXPONENT, value: Buffer.from([1, 0, 1]) },
            { type: p11.CKA_ENCRYPT, value: true },
          ]
        : [{ type: p11.CKA_EC_PARAMS, value: EC_PARAMS[spec.curve] }]),
    ];
    const privateTemplate: Template = [
      ...secret,
      { type: p11.CKA_CLASS, value: p11.CKO_PRIVATE_KEY },
      { type: p11.CKA_SIGN, value: true },
      ...(rsa ? [{ type: p11.CKA_DECRYPT, value: true }] : []),
    ];
    const mechanism = rsa ? p11.CKM_RSA_PKCS_KEY_PAIR_GEN : p11.CKM_EC_KEY_PAIR_GEN;
    const pair = hsmCall(context, () =>
      lib.C_GenerateKeyPair(session, { mechanism }, publicTemplate, privateTemplate),
    );
    result = { handle: pair.privateKey, objects: [pair.privateKey, pair.publicKey], id: keyId };
  }
  hsm.removeIfInterrupted(result.objects, `the key "${label}" this run was generating`);
  try {
    // The public half first: the private half taking the real label is what makes the key exist under it.
    for (const handle of [...result.objects].reverse())
      hsmCall(context, () =>
        lib.C_SetAttributeValue(session, handle, [{ type: p11.CKA_LABEL, value: label }]),
      );
  } catch (error) {
    removeGenerated(hsm, result, label, logger);
    throw error;
  }
  logger.info(
    `Generated ${describeTarget(spec)} key "${label}" (id ${keyId.toString('hex')}) on token "${hsm.token.label}" in ${Date.now() - started} ms`,
  );
  return result;
}

/** Removes a key this run generated, when the run fails after generating it (a failed run leaves no new key). */
export function removeGenerated(
  hsm: HsmSession,
  generated: GeneratedKey,
  label: string,
  logger: Logger,
): void {
  for (const handle of generated.objects) {
    try {
      hsm.lib.C_DestroyObject(hsm.session, handle);
    } catch (error) {
      logger.warning(
        `Could not remove the key "${label}" generated by this failed run: ${error instanceof Error ? error.message : String(error)}; remove it by hand`,
      );
    }
  }
  logger.info(`Removed the key "${label}" generated by this run, since the run failed`);
}
