import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sidecarPath } from '../byok/sidecar.js';
import { keyListDigest } from '../batch/list-digest.js';
import { artifactListName, readKeyList, type KeyListEntry } from '../batch/key-list.js';
import { ConfigurationError } from '../errors.js';
import { withHsmSession } from '../hsm/session.js';
import { specToGenerate } from '../inputs/target.js';
import { describeTarget } from '../keys/target.js';
import type { Logger } from '../logger.js';
import type { WrapKeysRequest } from '../requests/wrap-keys.js';
import { checkJobOutputs } from './job-outputs.js';
import { failedKey, keysFailed, resultsOutput, resultsTable, type KeyResult } from './key-results.js';
import type { OperationResult } from './report.js';
import {
  describeToken,
  prepareKek,
  startWrapSession,
  wrapTarget,
  type WrapSession,
  type WrapSessionOptions,
} from './wrap-session.js';

export interface WrapKeysResult extends OperationResult {
  results: KeyResult[];
  /** Every .byok and sidecar, and the list, for one artifact; empty when a key failed. */
  files: string[];
}

/**
 * Wraps every key of the list in one PKCS#11 session: the KEK checked and the RFC 5649 mechanism probed and
 * known-answer tested once, each key found (or generated) and wrapped under the same KEK into `<name>.byok` and its
 * sidecar. One key's failure is recorded and the others go on; the binding digest is given only when all succeeded.
 */
export async function wrapKeys(
  request: WrapKeysRequest,
  options: WrapSessionOptions & { keyListFile?: string },
  logger: Logger,
): Promise<WrapKeysResult> {
  const file = request.keyList ?? options.keyListFile;
  if (file === undefined)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "key-list" is required',
      'Set "key-list" to the key list file',
    );
  checkJobOutputs(
    { 'kek-fingerprint': request.kek.fingerprint, 'key-list-sha256': request.keyListSha256 },
    request.requireJobOutputs,
    logger,
  );
  const list = await readKeyList('key-list', file, request.keyListSha256);
  const kek = await prepareKek({ ...request, requireJobOutputs: false }, options, logger);
  const outputDir = resolve(request.outputDir);
  await mkdir(outputDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(
      'OUTPUT_NOT_WRITABLE',
      `Input "output-dir": cannot create ${outputDir} (${error.code ?? 'error'})`,
      'Set "output-dir" to a writable folder in the workspace',
    );
  });
  const started = Date.now();
  return withHsmSession({ ...request.hsm, pin: options.pin }, logger, async (hsm) => {
    const session = startWrapSession(hsm, request, kek, options, logger);
    const results: KeyResult[] = [];
    const warnings = new Set<string>();
    for (const entry of list.entries) {
      const { result, warned } = await wrapEntry(session, entry, outputDir, logger);
      results.push(result);
      for (const warning of warned) warnings.add(warning);
    }
    const listCopy = join(outputDir, artifactListName(list.file));
    const failure = keysFailed(
      results,
      'nothing was uploaded for the import',
      'Fix what the results table says for each of them and run the wrap again (every key is wrapped again)',
    );
    if (!failure) await writeFile(listCopy, list.bytes);
    const digest = failure
      ? undefined
      : keyListDigest(
          results.map((r) => ({
            name: r.key,
            byokDigest: r.byokDigest ?? '',
            ...(r.fingerprint || r.keyCheckValue ? { check: r.fingerprint ?? r.keyCheckValue } : {}),
          })),
        );
    const files = failure ? [] : [...list.entries.flatMap((e) => byokPaths(outputDir, e.name)), listCopy];
    const failed = results.filter((r) => r.status === 'failed').length;
    logger.info(`Wrapped ${results.length - failed} of ${results.length} keys in ${Date.now() - started} ms`);
    return {
      results,
      files,
      ...(failure ? { failure } : {}),
      outputs: {
        results: resultsOutput(results),
        'key-list-digest': digest ?? '',
        'key-list-sha256': list.sha256,
        'byok-dir': outputDir,
        'key-count': results.length,
        'failed-count': failed,
      },
      report: {
        title: failed
          ? `Wrapped ${results.length - failed} of ${results.length} keys; ${failed} failed`
          : `Wrapped ${results.length} keys for BYOK`,
        rows: [
          ['Token', describeToken(hsm.token)],
          ['KEK', kek.kid],
          ['KEK fingerprint', kek.fingerprint],
          [
            'Mechanism',
            `${session.mechanism}, known-answer test: ${session.kwp.verification} (once for the list)`,
          ],
          ['Key list', `${list.file} (${list.sha256})`],
          ['Key list digest (name, .byok digest, fingerprint per key)', digest],
          ['Output folder', outputDir],
        ],
        tables: [resultsTable(results, 'HSM key (label, id)')],
        notes: [...warnings].map((w) => `Warning: ${w}`),
      },
    };
  });
}

function byokPaths(outputDir: string, name: string): [string, string] {
  const byok = join(outputDir, `${name}.byok`);
  return [byok, sidecarPath(byok)];
}

/** One key of the list; a failure becomes its result, and leaves no file of this key behind. */
async function wrapEntry(
  session: WrapSession,
  entry: KeyListEntry,
  outputDir: string,
  logger: Logger,
): Promise<{ result: KeyResult; warned: string[] }> {
  const [byokFile, sidecarFile] = byokPaths(outputDir, entry.name);
  await Promise.all([rm(byokFile, { force: true }), rm(sidecarFile, { force: true })]);
  const { type } = entry.target;
  const identity = { label: entry.label, ...(entry.id ? { keyId: entry.id.toString('hex') } : {}) };
  try {
    const wrapped = await wrapTarget(
      session,
      {
        label: entry.label,
        ...(entry.id ? { id: entry.id } : {}),
        generate: entry.generate,
        ...(type ? { request: { ...entry.target, type } } : {}),
        // A listed key that exists is wrapped again, never generated twice: that is what lets a rerun converge.
        ifExists: 'use',
      },
      byokFile,
      logger,
    );
    const result: KeyResult = {
      key: entry.name,
      status: 'wrapped',
      type: wrapped.key.description,
      label: wrapped.key.label,
      ...(wrapped.key.id ? { keyId: wrapped.key.id } : {}),
      ...(wrapped.publicKeyFingerprint ? { fingerprint: wrapped.publicKeyFingerprint } : {}),
      ...(wrapped.keyCheckValue ? { keyCheckValue: wrapped.keyCheckValue } : {}),
      byokDigest: wrapped.byokDigest,
    };
    return { result, warned: wrapped.warnings };
  } catch (error) {
    await Promise.all([rm(byokFile, { force: true }), rm(sidecarFile, { force: true })]);
    const result = failedKey(entry.name, error, {
      ...identity,
      ...(type ? { type: describeTarget(specToGenerate({ ...entry.target, type }, entry.name)) } : {}),
    });
    logger.warning(`Key "${entry.name}" (label "${entry.label}") was not wrapped: ${result.reason}`);
    return { result, warned: [] };
  }
}
