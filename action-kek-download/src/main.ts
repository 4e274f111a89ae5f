import { readExportKekRequest } from '../../shared/src/requests/export-kek.js';
import { actionInputs } from '../../shared/src/action/inputs.js';
import { runAction } from '../../shared/src/action/run.js';

// The inputs are read and checked first; the work (sign-in, vault, artifact) loads only for a step that passes.
await runAction(async () => {
  const request = readExportKekRequest(actionInputs);
  const { exportKekStep } = await import('./work.js');
  return exportKekStep(request);
});
