import { exportKek, readExportKekRequest } from '../../shared/src/operations/export-kek.js';
import { artifactName, artifactRows, uploadNamedArtifact } from '../../shared/src/action/artifacts.js';
import { actionAzureAccess } from '../../shared/src/action/azure.js';
import { actionInputs } from '../../shared/src/action/inputs.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger, runAction } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';

await runAction(async () => {
  const request = readExportKekRequest(actionInputs);
  const upload = artifactName('artifact-name');
  const result = await exportKek(request, await actionAzureAccess(), actionLogger);
  const files = [result.pemPath, result.metadataPath, ...(result.keyListPath ? [result.keyListPath] : [])];
  const artifact = await uploadNamedArtifact(upload, files);
  setOutputs({ ...result.outputs, 'artifact-id': artifact?.artifactId });
  await writeSummary(result.report, artifactRows(upload, artifact));
});
