import { ensureKek } from '../../shared/src/azure/kek.js';
import { fingerprint } from '../../shared/src/crypto/public-key.js';
import { KEK_SIZES, kekSize } from '../../shared/src/kek/rules.js';
import { keyClientFromInputs, vaultFromInputs } from '../../shared/src/action/azure.js';
import { choice, duration, integer, keyName } from '../../shared/src/action/inputs.js';
import { setOutputs } from '../../shared/src/action/outputs.js';
import { actionLogger, runAction } from '../../shared/src/action/run.js';
import { writeSummary } from '../../shared/src/action/summary.js';

await runAction(async () => {
  const vault = vaultFromInputs();
  const options = {
    name: keyName('kek-name', 'KEKforBYOK'),
    size: integer('key-size', KEK_SIZES, 4096) as (typeof KEK_SIZES)[number],
    expiresIn: duration('expires-in'),
    ifExists: choice('if-exists', ['reuse', 'rotate', 'fail'], 'reuse'),
  };
  const client = await keyClientFromInputs(vault);
  const { kek, created } = await ensureKek(client, options, actionLogger);
  const kekFingerprint = fingerprint(kek.publicKey);
  setOutputs({ 'kek-id': kek.kid, 'kek-fingerprint': kekFingerprint, created });
  await writeSummary(`KEK ${created ? 'created' : 'reused'}: ${kek.name}`, [
    ['Vault', vault.url],
    ['KEK id', kek.kid],
    ['KEK fingerprint (SHA-256 of SPKI)', kekFingerprint],
    ['Type', `${kek.kty} ${kekSize(kek)}, key_ops [${kek.keyOps.join(', ')}]`],
    ['Expires', kek.expiresOn?.toISOString() ?? 'never'],
  ]);
});
