import { createKek, readCreateKekRequest } from '../../shared/src/operations/create-kek.js';
import { actionAzureAccess } from '../../shared/src/action/azure.js';
import { actionInputs } from '../../shared/src/action/inputs.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger, runAction } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';

await runAction(async () => {
  const request = readCreateKekRequest(actionInputs);
  const result = await createKek(request, await actionAzureAccess(), actionLogger);
  setOutputs(result.outputs);
  await writeSummary(result.report);
});
