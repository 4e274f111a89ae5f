import { kekPemIn } from '../../shared/src/kek/wrap-kek.js';
import { fileBaseOf, readWrapKeyRequest, wrapKey } from '../../shared/src/operations/wrap-key.js';
import { keyListIn, usesKeyList } from '../../shared/src/operations/key-list-mode.js';
import { readWrapKeysRequest, wrapKeys } from '../../shared/src/operations/wrap-keys.js';
import {
  artifactName,
  artifactRows,
  filesFromArtifact,
  uploadNamedArtifact,
} from '../../shared/src/action/artifacts.js';
import { actionInputs } from '../../shared/src/action/inputs.js';
import { actionPin } from '../../shared/src/action/pin.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger, runAction } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';
import packageJson from '../../package.json' with { type: 'json' };

const tool = `byok action-wrap ${packageJson.version}`;

await runAction(async () => {
  const pin = actionPin();
  if (usesKeyList(actionInputs)) return wrapList(pin);
  const request = readWrapKeyRequest(actionInputs);
  const upload = artifactName('byok-artifact', `byok-${fileBaseOf(request.key.label)}`);
  const kek = await filesFromArtifact('kek-file', 'kek-artifact');
  const result = await wrapKey(
    request,
    { pin, tool, ...(kek.files ? { kekFile: kekPemIn(kek.files, kek.source) } : {}) },
    actionLogger,
  );
  const artifact = await uploadNamedArtifact(upload, [result.byokFile, result.sidecarFile]);
  setOutputs({ ...result.outputs, 'artifact-id': artifact?.artifactId });
  await writeSummary(result.report, [...kek.rows, ...artifactRows(upload, artifact)]);
});

/** A key list: every key in one session, one artifact for all of them, uploaded only when every key was wrapped. */
async function wrapList(pin: string): Promise<void> {
  const request = readWrapKeysRequest(actionInputs);
  const upload = artifactName('byok-artifact', 'byok-keys');
  // In the reusable workflow the list arrives with the KEK, bound by the kek job's key-list-sha256 output.
  const kek = await filesFromArtifact('kek-file', 'kek-artifact');
  const result = await wrapKeys(
    request,
    {
      pin,
      tool,
      ...(kek.files ? { kekFile: kekPemIn(kek.files, kek.source) } : {}),
      ...(kek.files && !request.keyList ? { keyListFile: keyListIn(kek.files, kek.source) } : {}),
    },
    actionLogger,
  );
  const artifact = result.failure ? undefined : await uploadNamedArtifact(upload, result.files);
  setOutputs({ ...result.outputs, 'artifact-id': artifact?.artifactId });
  await writeSummary(result.report, [...kek.rows, ...artifactRows(upload, artifact)]);
  if (result.failure) throw result.failure;
}
