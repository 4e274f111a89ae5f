import { ServiceError } from './http.js';
import type { DataAction, Principal } from './rbac.js';

/** Key permissions of a Key Vault access policy (the `--key-permissions` of `az keyvault set-policy`). */
export const KEY_PERMISSIONS = [
  'get',
  'list',
  'update',
  'create',
  'import',
  'delete',
  'recover',
  'backup',
  'restore',
  'purge',
  'encrypt',
  'decrypt',
  'wrapKey',
  'unwrapKey',
  'sign',
  'verify',
  'release',
] as const;
export type KeyPermission = (typeof KEY_PERMISSIONS)[number];

/** What a registered client holds unless a test says otherwise: all a key manager needs, purge excepted. */
export const DEFAULT_KEY_PERMISSIONS: readonly KeyPermission[] = KEY_PERMISSIONS.filter((p) => p !== 'purge');

/** The access-policy permission each data-plane route needs (the Managed HSM data action it also maps to). */
const PERMISSION_OF: Record<DataAction, KeyPermission> = {
  'keys/read/action': 'get',
  'keys/write/action': 'update',
  'keys/create': 'create',
  'keys/import/action': 'import',
  'keys/encrypt/action': 'encrypt',
  'keys/delete': 'delete',
  'keys/deletedKeys/read/action': 'get',
  'keys/deletedKeys/recover/action': 'recover',
  'keys/deletedKeys/delete': 'purge',
};

export function isKeyPermission(value: unknown): value is KeyPermission {
  return (KEY_PERMISSIONS as readonly unknown[]).includes(value);
}

/**
 * Refuses what the caller's access policy lacks with the answer Key Vault gives (403 Forbidden, innererror
 * AccessDenied): "The user, group or application '…' does not have keys import permission on key vault
 * 'NAME;location=…'", with Microsoft's help link. Lists need `list`, single reads `get`.
 */
export function authorizeByAccessPolicy(
  principal: Principal,
  action: DataAction,
  listing: boolean,
  vaultName: string,
): void {
  const needed: KeyPermission = listing ? 'list' : PERMISSION_OF[action];
  if (principal.keyPermissions.includes(needed)) return;
  throw new ServiceError(
    403,
    'Forbidden',
    `The user, group or application 'appid=${principal.appid};oid=${principal.oid};iss=${principal.iss}' does not have keys ${needed} permission on key vault '${vaultName};location=local'. ` +
      'For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287',
    { code: 'AccessDenied' },
  );
}
