import { exportKek } from '../../shared/src/operations/export-kek.js';
import type { ExportKekRequest } from '../../shared/src/requests/export-kek.js';
import { artifactName, artifactRows, uploadNamedArtifact } from '../../shared/src/action/artifacts.js';
import { actionAzureAccess } from '../../shared/src/action/azure.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';

/** The KEK's public key and metadata, uploaded as the named artifact; its inputs checked (main.ts). */
export async function exportKekStep(request: ExportKekRequest): Promise<void> {
  const upload = artifactName('artifact-name');
  const result = await exportKek(request, await actionAzureAccess(), actionLogger);
  const files = [result.pemPath, result.metadataPath, ...(result.keyListPath ? [result.keyListPath] : [])];
  const artifact = await uploadNamedArtifact(upload, files);
  setOutputs({ ...result.outputs, 'artifact-id': artifact?.artifactId });
  await writeSummary(result.report, artifactRows(upload, artifact));
}
