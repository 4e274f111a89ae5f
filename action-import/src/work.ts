import { keyListIn } from '../../shared/src/batch/key-list.js';
import { byokFileIn } from '../../shared/src/byok/wrapped-key.js';
import { importWrappedKey } from '../../shared/src/operations/import-wrapped-key.js';
import { importWrappedKeys } from '../../shared/src/operations/import-wrapped-keys.js';
import type { ImportWrappedKeyRequest } from '../../shared/src/requests/import-wrapped-key.js';
import type { ImportWrappedKeysRequest } from '../../shared/src/requests/import-wrapped-keys.js';
import { approvalGate } from '../../shared/src/action/approvals.js';
import { filesFromArtifact } from '../../shared/src/action/artifacts.js';
import { actionAzureAccess } from '../../shared/src/action/azure.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';

/** One key, its inputs checked (main.ts). */
export async function importOne(request: ImportWrappedKeyRequest): Promise<void> {
  // The approval of this job's own environment in this run, before any file arrives or the vault is touched.
  const approvedBy = await approvalGate();
  const byok = await filesFromArtifact('byok-file', 'byok-artifact', { exclusive: true });
  const result = await importWrappedKey(request, await actionAzureAccess(), actionLogger, {
    ...(byok.files ? { byokFile: byokFileIn(byok.files, byok.source) } : {}),
  });
  setOutputs(result.outputs);
  await writeSummary(result.report, [...byok.rows, approvedBy]);
}

/** A key list: every key after the one approval; the action fails, after its summary, when any key failed. */
export async function importList(request: ImportWrappedKeysRequest): Promise<void> {
  const approvedBy = await approvalGate();
  // The wrap job's artifact carries the .byok files, their sidecars and the list, bound by job outputs.
  const byok = await filesFromArtifact('byok-dir', 'byok-artifact', { exclusive: true });
  const result = await importWrappedKeys(request, await actionAzureAccess(), actionLogger, {
    ...(byok.dir ? { byokDir: byok.dir } : {}),
    ...(byok.files && !request.keyList ? { keyListFile: keyListIn(byok.files, byok.source) } : {}),
  });
  setOutputs(result.outputs);
  await writeSummary(result.report, [...byok.rows, approvedBy]);
  if (result.failure) throw result.failure;
}
