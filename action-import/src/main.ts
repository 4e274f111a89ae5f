import { byokFileIn } from '../../shared/src/byok/wrapped-key.js';
import {
  importWrappedKey,
  readImportWrappedKeyRequest,
} from '../../shared/src/operations/import-wrapped-key.js';
import {
  importWrappedKeys,
  readImportWrappedKeysRequest,
} from '../../shared/src/operations/import-wrapped-keys.js';
import { keyListIn, usesKeyList } from '../../shared/src/operations/key-list-mode.js';
import { approvalGate } from '../../shared/src/action/approvals.js';
import { filesFromArtifact } from '../../shared/src/action/artifacts.js';
import { actionAzureAccess } from '../../shared/src/action/azure.js';
import { actionInputs } from '../../shared/src/action/inputs.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger, runAction } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';

await runAction(async () => {
  if (usesKeyList(actionInputs)) return importList();
  const request = readImportWrappedKeyRequest(actionInputs);
  // The approval of this job's own environment in this run, before any file arrives or the vault is touched.
  const approvedBy = await approvalGate();
  const byok = await filesFromArtifact('byok-file', 'byok-artifact', { exclusive: true });
  const result = await importWrappedKey(request, await actionAzureAccess(), actionLogger, {
    ...(byok.files ? { byokFile: byokFileIn(byok.files, byok.source) } : {}),
  });
  setOutputs(result.outputs);
  await writeSummary(result.report, [...byok.rows, approvedBy]);
});

/** A key list: every key after the one approval; the action fails, after its summary, when any key failed. */
async function importList(): Promise<void> {
  const request = readImportWrappedKeysRequest(actionInputs);
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
