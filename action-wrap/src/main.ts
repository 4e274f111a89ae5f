import { kekPemIn } from '../../shared/src/kek/wrap-kek.js';
import { fileBaseOf, readWrapKeyRequest, wrapKey } from '../../shared/src/operations/wrap-key.js';
import {
  artifactName,
  artifactRows,
  fileFromArtifact,
  uploadNamedArtifact,
} from '../../shared/src/action/artifacts.js';
import { actionInputs } from '../../shared/src/action/inputs.js';
import { actionPin } from '../../shared/src/action/pin.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger, runAction } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';
import packageJson from '../../package.json' with { type: 'json' };

await runAction(async () => {
  const pin = actionPin();
  const request = readWrapKeyRequest(actionInputs);
  const upload = artifactName('byok-artifact', `byok-${fileBaseOf(request.key.label)}`);
  const kek = await fileFromArtifact('kek-file', 'kek-artifact', kekPemIn);
  const result = await wrapKey(
    request,
    { pin, tool: `byok action-wrap ${packageJson.version}`, ...(kek.path ? { kekFile: kek.path } : {}) },
    actionLogger,
  );
  const artifact = await uploadNamedArtifact(upload, [result.byokFile, result.sidecarFile]);
  setOutputs({ ...result.outputs, 'artifact-id': artifact?.artifactId });
  await writeSummary(result.report, [...kek.rows, ...artifactRows(upload, artifact)]);
});
