import { readWrapKeyRequest } from '../../shared/src/requests/wrap-key.js';
import { readWrapKeysRequest } from '../../shared/src/requests/wrap-keys.js';
import { usesKeyList } from '../../shared/src/requests/key-list-mode.js';
import { actionInputs } from '../../shared/src/action/inputs.js';
import { actionPin } from '../../shared/src/action/pin.js';
import { runAction } from '../../shared/src/action/run.js';

// The inputs are read and checked first; the work (artifacts, the HSM) loads only for a step that passes.
await runAction(async () => {
  const pin = actionPin();
  if (usesKeyList(actionInputs)) {
    const request = readWrapKeysRequest(actionInputs);
    const { wrapList } = await import('./work.js');
    return wrapList(request, pin);
  }
  const request = readWrapKeyRequest(actionInputs);
  const { wrapOne } = await import('./work.js');
  return wrapOne(request, pin);
});
