import { basename, join, dirname } from 'node:path';
import { getKek } from '../../shared/src/azure/kek.js';
import { fingerprint, toSpkiPem } from '../../shared/src/crypto/public-key.js';
import { ConfigurationError } from '../../shared/src/errors.js';
import { writeOutputFile } from '../../shared/src/files/input-files.js';
import { KEK_METADATA_FILE, serializeKekMetadata } from '../../shared/src/kek/metadata.js';
import { kekSize } from '../../shared/src/kek/rules.js';
import { artifactRows, uploadNamedArtifact } from '../../shared/src/action/artifacts.js';
import { keyClientFromInputs, vaultFromInputs } from '../../shared/src/action/azure.js';
import { keyName, optional, versionedKeyId } from '../../shared/src/action/inputs.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger, runAction } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';

await runAction(async () => {
  const vault = vaultFromInputs();
  const kid = versionedKeyId('kek-id');
  const name = kid === undefined ? keyName('kek-name', 'KEKforBYOK') : undefined;
  const path = optional('path') ?? 'KEKforBYOK.publickey.pem';
  if (basename(path) === KEK_METADATA_FILE)
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input "path" is ${JSON.stringify(path)}, the name of the ${KEK_METADATA_FILE} written beside the PEM`,
      'Set "path" to a .pem file name such as KEKforBYOK.publickey.pem',
    );
  const artifactName = optional('artifact-name');
  const client = await keyClientFromInputs(vault);
  const kek = await getKek(client, { name, kid }, actionLogger);
  const kekFingerprint = fingerprint(kek.publicKey);
  const pemPath = await writeOutputFile('path', path, toSpkiPem(kek.publicKey));
  const metadataPath = await writeOutputFile(
    'path',
    join(dirname(path), KEK_METADATA_FILE),
    serializeKekMetadata({
      kid: kek.kid,
      fingerprint: kekFingerprint,
      keySize: kekSize(kek),
      vaultUrl: vault.url,
      ...(kek.expiresOn ? { expiresOn: kek.expiresOn.toISOString() } : {}),
    }),
  );
  const artifact = await uploadNamedArtifact(artifactName, [pemPath, metadataPath]);
  setOutputs({
    'kek-id': kek.kid,
    'kek-fingerprint': kekFingerprint,
    path: pemPath,
    'artifact-id': artifact?.artifactId,
  });
  await writeSummary(`KEK public key downloaded: ${kek.name}`, [
    ['Vault', vault.url],
    ['KEK id', kek.kid],
    ['KEK fingerprint (SHA-256 of SPKI)', kekFingerprint],
    [
      'Checked',
      `${kek.kty} ${kekSize(kek)}, key_ops [import], enabled, ${kek.expiresOn ? `expires ${kek.expiresOn.toISOString()}` : 'no expiry'}`,
    ],
    ['Files', `${pemPath}, ${metadataPath}`],
    ...(artifact && artifactName ? artifactRows(artifactName, artifact) : []),
  ]);
});
