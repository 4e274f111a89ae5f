import { createKek } from '../../shared/src/operations/create-kek.js';
import type { CreateKekRequest } from '../../shared/src/requests/create-kek.js';
import { actionAzureAccess } from '../../shared/src/action/azure.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';

/** The KEK, its inputs checked (main.ts). */
export async function createKekStep(request: CreateKekRequest): Promise<void> {
  const result = await createKek(request, await actionAzureAccess(), actionLogger);
  setOutputs(result.outputs);
  await writeSummary(result.report);
}
