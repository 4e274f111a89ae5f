import { ensureKek } from '../azure/kek.js';
import { createKeyClient, type AzureAccess } from '../azure/key-client.js';
import { fingerprint } from '../crypto/public-key.js';
import { readKeyList, type KeyList } from '../batch/key-list.js';
import type { TargetInputs } from '../inputs/target.js';
import { kekSize } from '../kek/rules.js';
import type { Logger } from '../logger.js';
import type { CreateKekRequest } from '../requests/create-kek.js';
import type { OperationResult, ReportTable } from './report.js';

/** Creates the KEK (RSA-HSM, key_ops exactly [import]) or reuses the current valid version. */
export async function createKek(
  request: CreateKekRequest,
  access: AzureAccess,
  logger: Logger,
): Promise<OperationResult> {
  // Every listed key is checked by the rules the wrap and the import run, before any KEK exists.
  const list = request.keyList === undefined ? undefined : await readKeyList('key-list', request.keyList);
  const client = await createKeyClient(request.vault, access.credential, logger, access.tuning);
  const { kek, created } = await ensureKek(client, request, logger);
  const kekFingerprint = fingerprint(kek.publicKey);
  return {
    outputs: {
      'kek-id': kek.kid,
      'kek-fingerprint': kekFingerprint,
      created,
      ...(list ? { 'key-list-sha256': list.sha256 } : {}),
    },
    report: {
      title: `KEK ${created ? 'created' : 'reused'}: ${kek.name}`,
      rows: [
        ['Vault', request.vault.url],
        ['KEK id', kek.kid],
        ['KEK fingerprint (SHA-256 of SPKI)', kekFingerprint],
        ['Type', `${kek.kty} ${kekSize(kek)}, key_ops [${kek.keyOps.join(', ')}]`],
        ['Expires', kek.expiresOn?.toISOString() ?? 'never'],
        ['Key to import (checked first)', describeRequested(request.target)],
        [
          'Keys to import (checked first)',
          list ? `${list.entries.length} in ${list.file} (${list.sha256})` : undefined,
        ],
      ],
      ...(list ? { tables: [listTable(list)] } : {}),
      notes: [
        'Compare the KEK fingerprint with the one the wrap step shows before it wraps (across the air gap too).',
      ],
    },
  };
}

/** Every key of the list as the kek job's reviewer reads it: the fingerprints follow in the wrap job's summary. */
function listTable(list: KeyList): ReportTable {
  return {
    columns: ['Key', 'Type', 'HSM key (label, id)', 'Generate', 'Key ops'],
    rows: list.entries.map((entry) => [
      entry.name,
      describeKind(entry.target),
      `${entry.label}${entry.id ? ` (id ${entry.id.toString('hex')})` : ''}`,
      entry.generate ? 'yes' : 'no',
      entry.target.keyOps?.join(', ') ?? 'all the type allows',
    ]),
  };
}

function describeRequested(target: CreateKekRequest['target']): string | undefined {
  if (!target) return undefined;
  return `${target.name ?? 'unnamed'}: ${describeKind(target)}${target.keyOps ? `, key_ops [${target.keyOps.join(', ')}]` : ''}`;
}

function describeKind(target: TargetInputs): string {
  return target.type === 'EC'
    ? `EC ${target.curve ?? 'P-256'}`
    : target.type
      ? `${target.type === 'oct' ? 'AES' : 'RSA'}${target.size ? `-${target.size}` : ''}`
      : 'type not given';
}
