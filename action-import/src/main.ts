import { importByok, type ImportIfExists } from '../../shared/src/azure/import-key.js';
import type { KekAfterImport } from '../../shared/src/azure/kek.js';
import { byokFileIn, checkAgainstJobOutputs, readWrappedKey } from '../../shared/src/byok/wrapped-key.js';
import { fingerprint } from '../../shared/src/crypto/public-key.js';
import { ConfigurationError } from '../../shared/src/errors.js';
import { TARGET_EC_CURVES, describeTarget } from '../../shared/src/keys/target.js';
import { approvalGate } from '../../shared/src/action/approvals.js';
import { artifactRows, downloadNamedArtifact } from '../../shared/src/action/artifacts.js';
import { keyClientFromInputs, vaultFromInputs } from '../../shared/src/action/azure.js';
import {
  boolean,
  choice,
  date,
  keyFingerprint,
  keyName,
  list,
  optional,
  tags,
} from '../../shared/src/action/inputs.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger, runAction } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';

await runAction(async () => {
  const vault = vaultFromInputs();
  const name = keyName('key-name');
  const keyType = choice('key-type', ['auto', 'RSA', 'EC', 'oct'], 'auto');
  const curve = optional('curve') === undefined ? undefined : choice('curve', TARGET_EC_CURVES);
  const keyOps = list('key-ops');
  const enabled = boolean('enabled', true);
  const notBefore = date('not-before');
  const expiresOn = date('expires');
  if (notBefore && expiresOn && notBefore >= expiresOn) {
    throw new ConfigurationError(
      'INPUT_INVALID',
      'Input "not-before" is not earlier than "expires"',
      'Set "not-before" before "expires"',
    );
  }
  const keyTags = tags('tags');
  const ifExists = choice<ImportIfExists>('if-exists', ['converge', 'new-version'], 'converge');
  const kekAfterImport = choice<KekAfterImport>('kek-after-import', ['keep', 'disable', 'delete'], 'keep');
  const kekFingerprint = keyFingerprint('kek-fingerprint');
  const expectedFingerprint = keyFingerprint('public-key-fingerprint');
  const byokFile = optional('byok-file');
  const byokArtifact = optional('byok-artifact');
  if ((byokFile === undefined) === (byokArtifact === undefined)) {
    throw new ConfigurationError(
      'INPUT_INVALID',
      byokFile
        ? 'Inputs "byok-file" and "byok-artifact" are both set'
        : 'Neither "byok-file" nor "byok-artifact" is set',
      'Set "byok-artifact" to the artifact the wrap job uploaded, or "byok-file" to a .byok path',
    );
  }
  const approvedBy = await approvalGate();
  const artifact = byokArtifact === undefined ? undefined : await downloadNamedArtifact(byokArtifact);
  const path = artifact ? byokFileIn(artifact.files, `artifact "${byokArtifact}"`) : (byokFile as string);
  const wrapped = await readWrappedKey({ path, keyType, ...(curve ? { curve } : {}) });
  checkAgainstJobOutputs(wrapped, { kekFingerprint, publicKeyFingerprint: expectedFingerprint });
  const client = await keyClientFromInputs(vault);
  const result = await importByok(
    client,
    {
      name,
      byok: wrapped.bytes,
      byokSource: wrapped.path,
      keyType: wrapped.keyType,
      ...(wrapped.curve ? { curve: wrapped.curve } : {}),
      ...(keyOps ? { keyOps } : {}),
      enabled,
      ...(notBefore ? { notBefore } : {}),
      ...(expiresOn ? { expiresOn } : {}),
      ...(keyTags ? { tags: keyTags } : {}),
      ifExists,
      ...(kekFingerprint ? { expectedKekFingerprint: kekFingerprint } : {}),
      ...(wrapped.expectedPublicKey ? { expectedPublicKey: wrapped.expectedPublicKey } : {}),
      ...(wrapped.sidecar?.keyCheckValue
        ? { expectedKeyCheckValue: wrapped.sidecar.keyCheckValue, keySize: wrapped.sidecar.keySize }
        : {}),
      kekAfterImport,
    },
    actionLogger,
  );
  const actualKekFingerprint = fingerprint(result.kek.publicKey);

  setOutputs({
    'key-id': result.keyId,
    'public-key-fingerprint': result.publicKeyFingerprint,
    imported: !result.alreadyPresent,
  });
  const target =
    wrapped.keyType === 'EC'
      ? describeTarget({ type: 'EC', curve: wrapped.curve ?? 'P-256' })
      : wrapped.keyType;
  await writeSummary(
    result.alreadyPresent ? `Key already present: ${name}` : `Key imported: ${name}`,
    [
      ['Vault', vault.url],
      ['Key id', result.keyId],
      ['Key type', target],
      ['Public key fingerprint', result.publicKeyFingerprint],
      ['Wrapped under KEK', result.kek.kid],
      ['KEK fingerprint', actualKekFingerprint],
      ['KEK after import', result.kekAfterImport],
      ['BYOK file', wrapped.path],
      ...(artifact && byokArtifact ? artifactRows(byokArtifact, artifact) : []),
      ['BYOK digest', wrapped.sidecar?.byokDigest],
      [
        'Source HSM token',
        wrapped.sidecar
          ? `${wrapped.sidecar.token.label} (${wrapped.sidecar.token.manufacturer} ${wrapped.sidecar.token.model}, serial ${wrapped.sidecar.token.serialNumber})`
          : undefined,
      ],
      approvedBy,
    ],
    [
      'Checked before import: .byok format, KEK valid (RSA-HSM, key_ops [import], enabled, in date), kid and ciphertext length.',
      result.verification,
    ],
  );
});
