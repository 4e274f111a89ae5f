import { readImportWrappedKeyRequest } from '../../shared/src/requests/import-wrapped-key.js';
import { readImportWrappedKeysRequest } from '../../shared/src/requests/import-wrapped-keys.js';
import { usesKeyList } from '../../shared/src/requests/key-list-mode.js';
import { actionInputs } from '../../shared/src/action/inputs.js';
import { runAction } from '../../shared/src/action/run.js';

// The inputs are read and checked first; the work (approval, artifact, vault) loads only for a step that passes.
await runAction(async () => {
  if (usesKeyList(actionInputs)) {
    const request = readImportWrappedKeysRequest(actionInputs);
    const { importList } = await import('./work.js');
    return importList(request);
  }
  const request = readImportWrappedKeyRequest(actionInputs);
  const { importOne } = await import('./work.js');
  return importOne(request);
});
