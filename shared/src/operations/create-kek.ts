import { ensureKek, type EnsureKekOptions } from '../azure/kek.js';
import { createKeyClient, type AzureAccess } from '../azure/key-client.js';
import type { VaultTarget } from '../azure/vault.js';
import { fingerprint } from '../crypto/public-key.js';
import { choice, duration, integer, keyName, type InputSource } from '../inputs/rules.js';
import { KEK_SIZES, kekSize } from '../kek/rules.js';
import type { Logger } from '../logger.js';
import { vaultInput } from './azure-inputs.js';
import type { OperationResult } from './report.js';

export interface CreateKekRequest extends EnsureKekOptions {
  vault: VaultTarget;
}

/** The inputs of action-kek-create / `byok kek create`, checked before any request. */
export function readCreateKekRequest(inputs: InputSource): CreateKekRequest {
  return {
    vault: vaultInput(inputs),
    name: keyName(inputs, 'kek-name', 'KEKforBYOK'),
    size: integer(inputs, 'key-size', KEK_SIZES, 4096),
    expiresIn: duration(inputs, 'expires-in'),
    ifExists: choice(inputs, 'if-exists', ['reuse', 'rotate', 'fail'] as const, 'reuse'),
  };
}

/** Creates the KEK (RSA-HSM, key_ops exactly [import]) or reuses the current valid version. */
export async function createKek(
  request: CreateKekRequest,
  access: AzureAccess,
  logger: Logger,
): Promise<OperationResult> {
  const client = await createKeyClient(request.vault, access.credential, logger, access.tuning);
  const { kek, created } = await ensureKek(client, request, logger);
  const kekFingerprint = fingerprint(kek.publicKey);
  return {
    outputs: { 'kek-id': kek.kid, 'kek-fingerprint': kekFingerprint, created },
    report: {
      title: `KEK ${created ? 'created' : 'reused'}: ${kek.name}`,
      rows: [
        ['Vault', request.vault.url],
        ['KEK id', kek.kid],
        ['KEK fingerprint (SHA-256 of SPKI)', kekFingerprint],
        ['Type', `${kek.kty} ${kekSize(kek)}, key_ops [${kek.keyOps.join(', ')}]`],
        ['Expires', kek.expiresOn?.toISOString() ?? 'never'],
      ],
      notes: [
        'Compare the KEK fingerprint with the one the wrap step shows before it wraps (across the air gap too).',
      ],
    },
  };
}
