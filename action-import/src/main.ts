import { byokFileIn } from '../../shared/src/byok/wrapped-key.js';
import {
  importWrappedKey,
  readImportWrappedKeyRequest,
} from '../../shared/src/operations/import-wrapped-key.js';
import { approvalGate } from '../../shared/src/action/approvals.js';
import { fileFromArtifact } from '../../shared/src/action/artifacts.js';
import { actionAzureAccess } from '../../shared/src/action/azure.js';
import { actionInputs } from '../../shared/src/action/inputs.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger, runAction } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';

await runAction(async () => {
  const request = readImportWrappedKeyRequest(actionInputs);
  // The approval of this job's own environment in this run, before any file arrives or the vault is touched.
  const approvedBy = await approvalGate();
  const byok = await fileFromArtifact('byok-file', 'byok-artifact', byokFileIn, { exclusive: true });
  const result = await importWrappedKey(request, await actionAzureAccess(), actionLogger, {
    ...(byok.path ? { byokFile: byok.path } : {}),
  });
  setOutputs(result.outputs);
  await writeSummary(result.report, [...byok.rows, approvedBy]);
});
