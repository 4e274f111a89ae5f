import type { KeyPermission } from './access-policy.js';
import { ServiceError } from './http.js';

/** The Managed HSM local RBAC roles the emulator models (docs/byok-format.md "Authentication"). */
export const ROLES = [
  'Managed HSM Crypto User',
  'Managed HSM Crypto Officer',
  'Managed HSM Crypto Auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** Data actions, without the `Microsoft.KeyVault/managedHsm/` prefix. */
export type DataAction =
  | 'keys/read/action'
  | 'keys/write/action'
  | 'keys/create'
  | 'keys/import/action'
  | 'keys/encrypt/action'
  | 'keys/delete'
  | 'keys/deletedKeys/read/action'
  | 'keys/deletedKeys/recover/action'
  | 'keys/deletedKeys/delete';

const GRANTS: Record<Role, readonly DataAction[]> = {
  'Managed HSM Crypto User': [
    'keys/read/action',
    'keys/write/action',
    'keys/create',
    'keys/import/action',
    'keys/encrypt/action',
    'keys/delete',
    'keys/deletedKeys/read/action',
    'keys/deletedKeys/recover/action',
  ],
  // The officer manages the lifecycle but never creates, imports or reads keys.
  'Managed HSM Crypto Officer': [
    'keys/deletedKeys/read/action',
    'keys/deletedKeys/recover/action',
    'keys/deletedKeys/delete',
  ],
  'Managed HSM Crypto Auditor': ['keys/read/action', 'keys/deletedKeys/read/action'],
};

/** Who called, as the data plane learnt it from the bearer token. */
export interface Principal {
  appid: string;
  oid: string;
  tid: string;
  iss: string;
  /** Managed HSM local RBAC. */
  roles: readonly Role[];
  /** Key Vault access policy. */
  keyPermissions: readonly KeyPermission[];
}

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/** Refuses with the 403 the service gives a caller whose roles lack `action` on `scope` (e.g. `/keys/NAME`). */
export function authorize(principal: Principal, action: DataAction, scope: string): void {
  if (principal.roles.some((role) => GRANTS[role].includes(action))) return;
  const full = `Microsoft.KeyVault/managedHsm/${action}`;
  throw new ServiceError(
    403,
    'Forbidden',
    `Operation not allowed. Caller does not have permission to perform action '${full}' on resource '${scope}'. ` +
      `Caller: appid=${principal.appid};oid=${principal.oid};iss=${principal.iss}`,
    { code: 'AccessDenied', message: `Not authorized to access ${full} on '${scope}'` },
  );
}
