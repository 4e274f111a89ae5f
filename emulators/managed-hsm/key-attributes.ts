import { badParameter } from './http.js';
import type { NewKeyOptions } from './keys-store.js';
import { parseReleasePolicy } from './release-policy.js';

/** True for 7.3-preview, 7.3 and later, and the date-named versions: where `exportable` exists (AKV.SKR.1001). */
function hasExportable(apiVersion: string): boolean {
  const seven = /^7\.(\d+)/.exec(apiVersion);
  return seven ? Number(seven[1]) >= 3 : true;
}

/**
 * `attributes`, `tags` and `release_policy` of a create or import body. An exportable key needs a release policy,
 * and only an exportable key may have one: the service's answers AKV.SKR.1001, .1004 and .1005 (recorded in the
 * Azure SDK tests; REST "KeyAttributes.exportable").
 */
export function keyOptionsOf(
  body: Record<string, unknown>,
  apiVersion: string,
): Omit<NewKeyOptions, 'keyOps'> {
  const attributes = (body.attributes ?? {}) as Record<string, unknown>;
  if (typeof attributes !== 'object' || Array.isArray(attributes))
    throw badParameter('attributes must be an object');
  const time = (name: 'nbf' | 'exp') => {
    const value = attributes[name];
    if (value !== undefined && value !== null && !Number.isInteger(value))
      throw badParameter(`attributes.${name} must be a time in unix seconds`);
    return (value ?? undefined) as number | undefined;
  };
  const flag = (name: 'enabled' | 'exportable') => {
    const value = attributes[name];
    if (value !== undefined && value !== null && typeof value !== 'boolean')
      throw badParameter(`attributes.${name} must be a boolean`);
    return (value ?? undefined) as boolean | undefined;
  };
  const tags = body.tags as Record<string, string> | undefined;
  if (
    tags !== undefined &&
    (typeof tags !== 'object' || Object.values(tags).some((v) => typeof v !== 'string'))
  )
    throw badParameter('tags must be an object of strings');
  const exportable = flag('exportable') === true;
  if (exportable && !hasExportable(apiVersion))
    throw badParameter(
      "AKV.SKR.1001: The exportable attribute is only supported with premium vaults and API version >= '7.3-preview'.",
    );
  const policy = body.release_policy ?? undefined;
  if (exportable && policy === undefined)
    throw badParameter('AKV.SKR.1004: Exportable keys must have release policy.');
  if (!exportable && policy !== undefined)
    throw badParameter('AKV.SKR.1005: Non-exportable keys must not have release policy.');
  return {
    enabled: flag('enabled'),
    nbf: time('nbf'),
    exp: time('exp'),
    ...(tags ? { tags } : {}),
    ...(exportable ? { exportable, releasePolicy: parseReleasePolicy(policy) } : {}),
  };
}
