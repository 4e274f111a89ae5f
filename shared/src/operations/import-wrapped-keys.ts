import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { currentKey, importByok, type ImportContext } from '../azure/import-key.js';
import { importBudget } from '../azure/import-rate.js';
import { kekReader, retireKek } from '../azure/kek.js';
import { createKeyClient, type AzureAccess, type KeyClient } from '../azure/key-client.js';
import { presentKeyNames } from '../azure/present-keys.js';
import { AdaptiveRate } from '../batch/adaptive-rate.js';
import { mapBounded } from '../batch/bounded.js';
import { readKeyList, type KeyList, type KeyListEntry } from '../batch/key-list.js';
import { keyListDigest } from '../batch/list-digest.js';
import { parseByok } from '../byok/file.js';
import { checkAgainstJobOutputs, fileDigest, readWrappedKey, type WrappedKey } from '../byok/wrapped-key.js';
import { fingerprint } from '../crypto/public-key.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ImportWrappedKeysRequest } from '../requests/import-wrapped-keys.js';
import { describeWrapped, importOptionsFor } from './import-wrapped-key.js';
import { checkJobOutputs } from './job-outputs.js';
import { failedKey, keysFailed, resultsOutput, resultsTable, type KeyResult } from './key-results.js';
import type { OperationResult } from './report.js';

export interface ImportWrappedKeysResult extends OperationResult {
  results: KeyResult[];
}

/** Imports at once, at most; the vault's rate (azure/import-rate.ts) paces them further. */
export const IMPORT_CONCURRENCY = 16;

/**
 * Imports every key of the list after checking, before any request, that the folder holds exactly the list's
 * .byok files as the wrap job wrapped them (key-list-digest) under the kek job's KEK. One token, each distinct KEK
 * read once, one listing of the vault's keys; then the imports at the vault's pace, a key already there with the
 * same public key or check value skipped. One key's failure is recorded and the others go on; the KEK is retired
 * only when every key is in.
 */
export async function importWrappedKeys(
  request: ImportWrappedKeysRequest,
  access: AzureAccess,
  logger: Logger,
  options: { byokDir?: string; keyListFile?: string } = {},
): Promise<ImportWrappedKeysResult> {
  const file = request.keyList ?? options.keyListFile;
  const dir = request.byokDir ?? options.byokDir;
  if (file === undefined || dir === undefined)
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      `Input "${file === undefined ? 'key-list' : 'byok-dir'}" is required`,
      'Set "key-list" to the key list and "byok-dir" to the folder of .byok files (or "byok-artifact")',
    );
  checkJobOutputs(
    {
      'kek-fingerprint': request.kekFingerprint,
      'key-list-sha256': request.keyListSha256,
      'key-list-digest': request.keyListDigest,
    },
    request.requireJobOutputs,
    logger,
  );
  const list = await readKeyList('key-list', file, request.keyListSha256);
  const wrapped = await readListedFiles(list, resolve(dir), request);

  const budget = importBudget(request.vault.url);
  const rate = new AdaptiveRate(budget);
  const costs = new Map(
    wrapped.map((key, i) => [
      list.entries[i]?.name.toLowerCase() ?? '',
      budget.cost(key.keyType === 'auto' ? 'RSA' : key.keyType, key.sidecar?.keySize),
    ]),
  );
  const client = await createKeyClient(request.vault, access.credential, logger, {
    ...access.tuning,
    onThrottled: (ms) => rate.throttle(ms),
    paceImport: (name) => rate.acquire(costs.get(name.toLowerCase()) ?? 1),
  });
  // The KEKs first, one after the other: the first read also signs in, so every later request shares the token.
  const kekOf = kekReader(client, logger);
  const keks = new Map<string, Awaited<ReturnType<typeof kekOf>>>();
  for (const key of wrapped) {
    const { kid } = parseByok(key.bytes, key.path);
    if (!keks.has(kid)) keks.set(kid, await kekOf(kid));
  }
  const present = await presentKeyNames(client, logger);
  const started = Date.now();
  const context: ImportContext = {
    kek: kekOf,
    // A name the listing does not hold is free: no read is spent on it.
    current: (name) =>
      present && !present.has(name.toLowerCase()) ? Promise.resolve(undefined) : currentKey(client, name),
  };
  const results = await mapBounded(list.entries, IMPORT_CONCURRENCY, (entry, i) =>
    importEntry(entry, wrapped[i] as WrappedKey, request.kekFingerprint, { client, context, logger }),
  );
  const seconds = (Date.now() - started) / 1000;
  const failure = keysFailed(
    results,
    `the others are imported; the KEK is kept for the rerun`,
    'Fix what the results table says for each of them and run the import again: keys already imported are skipped',
  );
  const retired = failure
    ? ['kept: some keys are not imported yet']
    : await Promise.all(
        [...keks.values()].map((kek) => retireKek(client, kek, request.kekAfterImport, logger)),
      );
  const count = (status: KeyResult['status']) => results.filter((r) => r.status === status).length;
  logger.info(
    `${count('imported')} imported, ${count('already-present')} already present, ${count('failed')} failed, in ${seconds.toFixed(1)} s (${rate.throttled} throttled answers)`,
  );
  return {
    results,
    ...(failure ? { failure } : {}),
    outputs: {
      results: resultsOutput(results),
      'key-count': results.length,
      'failed-count': count('failed'),
    },
    report: {
      title: `${count('imported')} of ${results.length} keys imported, ${count('already-present')} already present${failure ? `, ${count('failed')} failed` : ''}`,
      rows: [
        ['Vault', request.vault.url],
        ['Key list', `${list.file} (${list.sha256})`],
        [
          `Key list digest (${request.keyListDigest ? 'checked before any import' : 'not given, so not checked'})`,
          keyListDigest(bindingOf(list, wrapped)),
        ],
        ...[...keks.values()].map((kek): [string, string] => [`KEK ${kek.kid}`, fingerprint(kek.publicKey)]),
        ['KEK after import', retired.join('; ')],
        [
          'Pace',
          `${budget.kind}: at most ${budget.perSecond} per second (${rate.throttled} throttled answers, ${rate.perSecond.toFixed(1)}/s at the end)`,
        ],
      ],
      tables: [resultsTable(results, 'Key id')],
      notes: [
        'Checked before any import: the key list against key-list-sha256, every .byok and sidecar against key-list-digest and the KEK fingerprint, and no .byok besides the listed ones.',
      ],
    },
  };
}

function bindingOf(list: KeyList, wrapped: WrappedKey[]) {
  return list.entries.map((entry, i) => {
    const sidecar = wrapped[i]?.sidecar;
    const check = sidecar?.publicKeyFingerprint ?? sidecar?.keyCheckValue;
    return {
      name: entry.name,
      byokDigest: fileDigest(wrapped[i]?.bytes ?? Buffer.alloc(0)),
      ...(check ? { check } : {}),
    };
  });
}

/**
 * Everything checked locally, for the whole list at once: each listed key's .byok and sidecar (digest, kid, type),
 * no other .byok in the folder, the KEK fingerprint, and the list's binding digest. Any fault refuses the batch.
 */
async function readListedFiles(
  list: KeyList,
  dir: string,
  request: ImportWrappedKeysRequest,
): Promise<WrappedKey[]> {
  const files = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(
      'FILE_NOT_FOUND',
      `Input "byok-dir": ${dir} cannot be read (${error.code ?? 'error'})`,
      'Set "byok-dir" to the folder the wrap wrote (or "byok-artifact" to its artifact)',
    );
  });
  const listed = new Set(list.entries.map((e) => `${e.name}.byok`));
  const extra = files.filter((f) => f.endsWith('.byok') && !listed.has(f));
  if (extra.length > 0)
    throw new ConfigurationError(
      'KEY_LIST_MISMATCH',
      `${dir} holds ${extra.join(', ')}, which the key list ${list.file} does not name; nothing was imported`,
      'A key was added on the way from the wrap job: stop, and find out how',
    );
  const wrapped: WrappedKey[] = [];
  for (const entry of list.entries) {
    const path = join(dir, `${entry.name}.byok`);
    if (!files.includes(`${entry.name}.byok`))
      throw new ConfigurationError(
        'KEY_LIST_MISMATCH',
        `Key "${entry.name}" (line ${entry.line} of ${list.file}) has no ${entry.name}.byok in ${dir}; nothing was imported`,
        'A key was removed on the way from the wrap job, or the wrap ran with another list: run the wrap again',
      );
    const key = await readWrappedKey({
      path,
      keyType: entry.target.type ?? 'auto',
      ...(entry.target.curve ? { curve: entry.target.curve } : {}),
    });
    checkAgainstJobOutputs(key, { kekFingerprint: request.kekFingerprint });
    wrapped.push(key);
  }
  const digest = keyListDigest(bindingOf(list, wrapped));
  if (request.keyListDigest && digest !== request.keyListDigest)
    throw new ConfigurationError(
      'KEY_LIST_MISMATCH',
      `The .byok files in ${dir} give the key list digest ${digest}, not ${request.keyListDigest} (input "key-list-digest"): they are not the ones the wrap job wrapped for ${list.file}; nothing was imported`,
      'A .byok or its sidecar was changed or swapped on its way from the wrap job: stop, and find out how',
    );
  return wrapped;
}

async function importEntry(
  entry: KeyListEntry,
  wrapped: WrappedKey,
  kekFingerprint: string | undefined,
  { client, context, logger }: { client: KeyClient; context: ImportContext; logger: Logger },
): Promise<KeyResult> {
  const type = describeWrapped(wrapped);
  try {
    const result = await importByok(
      client,
      importOptionsFor(wrapped, {
        name: entry.name,
        ...(entry.target.keyOps ? { keyOps: entry.target.keyOps } : {}),
        enabled: entry.enabled,
        ...(entry.notBefore ? { notBefore: entry.notBefore } : {}),
        ...(entry.expiresOn ? { expiresOn: entry.expiresOn } : {}),
        ...(entry.tags ? { tags: entry.tags } : {}),
        ifExists: entry.ifExists,
        ...(kekFingerprint ? { kekFingerprint } : {}),
        keyCheckSource: "the sidecar, bound by the wrap job's key-list-digest output",
        kekAfterImport: 'keep',
      }),
      logger,
      context,
    );
    return {
      key: entry.name,
      status: result.alreadyPresent ? 'already-present' : 'imported',
      type,
      keyId: result.keyId,
      ...(result.publicKeyFingerprint ? { fingerprint: result.publicKeyFingerprint } : {}),
      ...(wrapped.sidecar?.keyCheckValue ? { keyCheckValue: wrapped.sidecar.keyCheckValue } : {}),
      byokDigest: fileDigest(wrapped.bytes),
    };
  } catch (error) {
    const result = failedKey(entry.name, error, { type, byokDigest: fileDigest(wrapped.bytes) });
    logger.warning(`Key "${entry.name}" was not imported: ${result.reason}`);
    return result;
  }
}
