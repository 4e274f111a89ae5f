import { keyListIn } from '../../shared/src/batch/key-list.js';
import { kekPemIn } from '../../shared/src/kek/wrap-kek.js';
import { wrapKey } from '../../shared/src/operations/wrap-key.js';
import { wrapKeys } from '../../shared/src/operations/wrap-keys.js';
import { fileBaseOf, type WrapKeyRequest } from '../../shared/src/requests/wrap-key.js';
import type { WrapKeysRequest } from '../../shared/src/requests/wrap-keys.js';
import {
  artifactName,
  artifactRows,
  filesFromArtifact,
  uploadNamedArtifact,
} from '../../shared/src/action/artifacts.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';
import packageJson from '../../package.json' with { type: 'json' };

const tool = `byok action-wrap ${packageJson.version}`;

/** One key, its inputs checked and its PIN masked (main.ts). */
export async function wrapOne(request: WrapKeyRequest, pin: string): Promise<void> {
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
}

/** A key list: every key in one session, one artifact for all of them, uploaded only when every key was wrapped. */
export async function wrapList(request: WrapKeysRequest, pin: string): Promise<void> {
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
