import { dirname, join } from 'node:path';
import { artifactListName, readKeyList } from '../batch/key-list.js';
import { getKek } from '../azure/kek.js';
import { createKeyClient, type AzureAccess } from '../azure/key-client.js';
import { fingerprint, toSpkiPem } from '../crypto/public-key.js';
import { writeOutputFile } from '../files/input-files.js';
import { KEK_METADATA_FILE, serializeKekMetadata } from '../kek/metadata.js';
import { kekSize } from '../kek/rules.js';
import type { Logger } from '../logger.js';
import type { ExportKekRequest } from '../requests/export-kek.js';
import type { OperationResult } from './report.js';

export interface ExportKekResult extends OperationResult {
  pemPath: string;
  metadataPath: string;
  /** The copy of the key list, when one was given. */
  keyListPath?: string;
}

/**
 * Reads and checks the KEK, and writes its public key as `az keyvault key download` does (SPKI PEM) with the KEK
 * metadata the wrap step reads beside it (versioned id, fingerprint, size, vault, expiry).
 */
export async function exportKek(
  request: ExportKekRequest,
  access: AzureAccess,
  logger: Logger,
): Promise<ExportKekResult> {
  const list = request.keyList === undefined ? undefined : await readKeyList('key-list', request.keyList);
  const client = await createKeyClient(request.vault, access.credential, logger, access.tuning);
  const kek = await getKek(client, { name: request.name, kid: request.kid }, logger);
  const kekFingerprint = fingerprint(kek.publicKey);
  const pemPath = await writeOutputFile('path', request.path, toSpkiPem(kek.publicKey));
  const metadataPath = await writeOutputFile(
    'path',
    join(dirname(request.path), KEK_METADATA_FILE),
    serializeKekMetadata({
      kid: kek.kid,
      fingerprint: kekFingerprint,
      keySize: kekSize(kek),
      vaultUrl: request.vault.url,
      ...(kek.expiresOn ? { expiresOn: kek.expiresOn.toISOString() } : {}),
    }),
  );
  const keyListPath = list
    ? await writeOutputFile('key-list', join(dirname(request.path), artifactListName(list.file)), list.bytes)
    : undefined;
  return {
    pemPath,
    metadataPath,
    ...(keyListPath ? { keyListPath } : {}),
    outputs: {
      'kek-id': kek.kid,
      'kek-fingerprint': kekFingerprint,
      path: pemPath,
      ...(list ? { 'key-list-sha256': list.sha256 } : {}),
    },
    report: {
      title: `KEK public key downloaded: ${kek.name}`,
      rows: [
        ['Vault', request.vault.url],
        ['KEK id', kek.kid],
        ['KEK fingerprint (SHA-256 of SPKI)', kekFingerprint],
        [
          'Checked',
          `${kek.kty} ${kekSize(kek)}, key_ops [import], enabled, ${kek.expiresOn ? `expires ${kek.expiresOn.toISOString()}` : 'no expiry'}`,
        ],
        ['Files', [pemPath, metadataPath, keyListPath].filter(Boolean).join(', ')],
        ['Key list', list ? `${list.entries.length} keys (${list.sha256})` : undefined],
      ],
      notes: [],
    },
  };
}
