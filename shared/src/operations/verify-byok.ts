import { existsSync } from 'node:fs';
import { MAX_BYOK_BYTES, parseByok } from '../byok/file.js';
import { sidecarPath } from '../byok/sidecar.js';
import { validateByokForKek } from '../byok/validate.js';
import { checkAgainstJobOutputs, fileDigest, readWrappedKey } from '../byok/wrapped-key.js';
import { readInputFile } from '../files/input-files.js';
import { readWrapKek } from '../kek/wrap-kek.js';
import { KEK_SIZES } from '../kek/rules.js';
import type { Logger } from '../logger.js';
import type { VerifyByokRequest } from '../requests/verify-byok.js';
import type { OperationResult } from './report.js';

/**
 * Checks a .byok offline, as the import job will before it sends anything: the format, the sidecar against the file
 * (digest, kid, public key), the KEK (fingerprint, kid, modulus length against the ciphertext) and the expected
 * public key. Refuses with the import job's own errors; answers what was checked.
 */
export async function verifyByok(request: VerifyByokRequest, logger: Logger): Promise<OperationResult> {
  const bytes = await readInputFile('byok-file', request.byokFile, MAX_BYOK_BYTES);
  const byok = parseByok(bytes, request.byokFile);
  const hasSidecar = existsSync(sidecarPath(request.byokFile));
  const wrapped = await readWrappedKey({
    path: request.byokFile,
    // Without a sidecar the type only matters for the report.
    keyType: request.keyType === 'auto' && !hasSidecar ? 'RSA' : request.keyType,
  });
  const checked = ['format (schema, kid, alg dir, enc CKM_RSA_AES_KEY_WRAP, ciphertext encoding)'];
  if (wrapped.sidecar) checked.push('the sidecar describes this file (digest, kid, public key)');

  let kekFingerprint = wrapped.sidecar?.kekFingerprint ?? request.kekFingerprint;
  let kekBits: number[] = [...KEK_SIZES];
  if (request.kekFile) {
    const kek = await readWrapKek(
      {
        file: request.kekFile,
        kid: byok.kid,
        ...(request.kekFingerprint ? { fingerprint: request.kekFingerprint } : {}),
      },
      logger,
    );
    kekFingerprint = kek.fingerprint;
    kekBits = [kek.size];
    checked.push(`the KEK ${request.kekFile} is the one the file names (${kek.fingerprint})`);
  }
  checkAgainstJobOutputs(wrapped, {
    ...(kekFingerprint ? { kekFingerprint } : {}),
    publicKeyFingerprint: request.publicKeyFingerprint,
    byokDigest: request.byokDigest,
    keyCheckValue: request.keyCheckValue,
  });
  if (request.byokDigest) checked.push('the digest you gave');
  if (request.keyCheckValue) checked.push('the key check value you gave');
  if (request.kekFingerprint) checked.push('the KEK fingerprint you gave');
  if (request.publicKeyFingerprint) checked.push('the public-key fingerprint you gave');
  // With the KEK, its modulus length must split the ciphertext; without it, one of the KEK sizes must.
  const fits = kekBits.filter((bits) => {
    try {
      validateByokForKek(byok, { kid: byok.kid, modulusBytes: bits / 8 }, request.byokFile);
      return true;
    } catch (error) {
      if (kekBits.length === 1) throw error;
      return false;
    }
  });
  if (fits.length === 0)
    validateByokForKek(byok, { kid: byok.kid, modulusBytes: (kekBits[0] as number) / 8 }, request.byokFile);
  checked.push(
    `ciphertext length ${byok.ciphertext.length} = RSA-OAEP (RSA-${fits.join('/')}) + AES key wrap`,
  );
  logger.debug(`Verified ${request.byokFile}: ${checked.join('; ')}`);

  const sidecar = wrapped.sidecar;
  const digest = fileDigest(bytes);
  return {
    outputs: {
      kid: byok.kid,
      'key-type': wrapped.keyType,
      'kek-fingerprint': kekFingerprint,
      'public-key-fingerprint': sidecar?.publicKeyFingerprint,
      'key-check-value': sidecar?.keyCheckValue,
      'byok-digest': digest,
    },
    report: {
      title: `Verified ${request.byokFile}`,
      rows: [
        ['KEK id', byok.kid],
        ['KEK fingerprint', kekFingerprint ?? 'not known: give --kek-file or --kek-fingerprint'],
        ['Key type', sidecar ? wrapped.keyType : 'not recorded (no sidecar)'],
        ['Public key fingerprint', sidecar?.publicKeyFingerprint],
        ['Key check value', sidecar?.keyCheckValue],
        ['BYOK digest', digest],
        ['Generator', byok.generator],
      ],
      notes: [`Checked: ${checked.join('; ')}.`],
    },
  };
}
