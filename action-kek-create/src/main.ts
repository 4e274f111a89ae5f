import { readCreateKekRequest } from '../../shared/src/requests/create-kek.js';
import { actionInputs } from '../../shared/src/action/inputs.js';
import { runAction } from '../../shared/src/action/run.js';

// The inputs are read and checked first; the work (sign-in, vault) loads only for a step that passes.
await runAction(async () => {
  const request = readCreateKekRequest(actionInputs);
  const { createKekStep } = await import('./work.js');
  return createKekStep(request);
});
