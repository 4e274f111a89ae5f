import { authorizeByAccessPolicy } from './access-policy.js';
import { authenticate, type DataPlaneAuth } from './auth.js';
import { encrypt } from './crypto-ops.js';
import { throttledReply, type Faults } from './faults.js';
import { badParameter, jsonBody, objectField, ServiceError, type Reply, type Request } from './http.js';
import { keyOptionsOf } from './key-attributes.js';
import { checkKind, importMaterial } from './key-import.js';
import { generateMaterial, hsmKty, keyOpsFor } from './key-material.js';
import type { RsaKeyPool } from './key-pool.js';
import type { KeyStore, KeyVersion } from './keys-store.js';
import { authorize, type DataAction } from './rbac.js';
import { tolerating, type Tolerance, type Tolerates } from './tolerances.js';
import type { Vault, Vaults } from './vaults.js';

export interface DataPlane {
  vaults: Vaults;
  auth: DataPlaneAuth;
  faults: Faults;
  tolerate: readonly Tolerance[];
  /** RSA keys for create, generated ahead; none: each create generates its own. */
  pool?: RsaKeyPool;
}

interface Call {
  req: Request;
  name: string;
  /** The path segment after the name: a version, `versions`, `create`, `recover`, or empty. */
  rest: string;
  vault: Vault;
  store: KeyStore;
  apiVersion: string;
  tolerates: Tolerates;
  pool?: RsaKeyPool;
}

interface Route {
  method: string;
  path: RegExp;
  action: DataAction;
  /** A list answer: Key Vault access policies grant it with `list`, not `get`. */
  lists?: boolean;
  handle: (call: Call) => Reply | Promise<Reply>;
}

/** API versions 7.0 on, previews included, and the date-named ones from 2025 (docs/byok-format.md "REST"). */
const API_VERSION = /^(7\.\d+(-preview(\.\d+)?)?|20(2[5-9]|[3-9]\d)-\d\d-\d\d(-preview)?)$/;
const KEY_NAME = /^[0-9a-zA-Z-]{1,127}$/;
const MAX_PAGE = 25;

const ok = (body: unknown): Reply => ({ status: 200, body });

const ROUTES: Route[] = [
  {
    method: 'GET',
    path: /^\/keys\/?$/,
    action: 'keys/read/action',
    lists: true,
    handle: ({ req, store }) =>
      page(
        req,
        store.latest().map((k) => store.item(k, false)),
      ),
  },
  { method: 'POST', path: /^\/keys\/([^/]+)\/(create)$/, action: 'keys/create', handle: create },
  { method: 'PUT', path: /^\/keys\/([^/]+)\/?()$/, action: 'keys/import/action', handle: importKey },
  {
    method: 'GET',
    path: /^\/keys\/([^/]+)\/(versions)$/,
    action: 'keys/read/action',
    lists: true,
    handle: ({ req, name, store }) =>
      page(
        req,
        store.versions(name).map((k) => store.item(k, true)),
      ),
  },
  {
    method: 'POST',
    path: /^\/keys\/([^/]+)\/([^/]*)\/encrypt$/,
    action: 'keys/encrypt/action',
    handle: ({ req, name, rest, store }) => {
      const key = store.get(name, rest);
      return encrypt(key, store.kid(key), jsonBody(req));
    },
  },
  { method: 'GET', path: /^\/keys\/([^/]+)\/?([^/]*)$/, action: 'keys/read/action', handle: getKey },
  { method: 'PATCH', path: /^\/keys\/([^/]+)\/?([^/]*)$/, action: 'keys/write/action', handle: update },
  {
    method: 'DELETE',
    path: /^\/keys\/([^/]+)\/?()$/,
    action: 'keys/delete',
    handle: ({ name, store }) => ok(store.deletedBundle(store.delete(name))),
  },
  {
    method: 'GET',
    path: /^\/deletedkeys\/?$/,
    action: 'keys/deletedKeys/read/action',
    lists: true,
    handle: ({ req, store }) =>
      page(
        req,
        store.deletedNames().map((k) => store.deletedItem(k)),
      ),
  },
  {
    method: 'GET',
    path: /^\/deletedkeys\/([^/]+)\/?()$/,
    action: 'keys/deletedKeys/read/action',
    handle: ({ name, store }) => ok(store.deletedBundle(store.deletedLatest(name))),
  },
  {
    method: 'DELETE',
    path: /^\/deletedkeys\/([^/]+)\/?()$/,
    action: 'keys/deletedKeys/delete',
    handle: ({ name, store }) => {
      store.purge(name);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    path: /^\/deletedkeys\/([^/]+)\/(recover)$/,
    action: 'keys/deletedKeys/recover/action',
    handle: ({ name, store }) => ok(store.bundle(store.recover(name))),
  },
];

/**
 * The Key Vault keys data plane of the vault the Host header names; undefined for paths that are not its own.
 * `note` records what the service would log (a tolerance used).
 */
export async function handleDataPlane(
  req: Request,
  plane: DataPlane,
  note: (line: string) => void,
): Promise<Reply | undefined> {
  const path = req.url.pathname;
  if (!/^\/(keys|deletedkeys)(\/|$)/.test(path)) return undefined;
  const vault = plane.vaults.forHost(req.headers.host);
  if (!vault) throw new ServiceError(404, 'NotFound', `No vault answers at ${String(req.headers.host)}`);
  const apiVersion = req.url.searchParams.get('api-version');
  if (!apiVersion) throw badParameter('The api-version query parameter is required');
  if (!API_VERSION.test(apiVersion))
    throw badParameter(
      `The specified version (${apiVersion}) is not recognized. Consider using the latest supported version (2025-07-01).`,
    );
  const principal = authenticate(req, plane.auth, vault.capabilities.resource);
  const route = ROUTES.find((r) => r.method === req.method && r.path.test(path));
  if (!route)
    throw new ServiceError(501, 'NotImplemented', `The emulator does not implement ${req.method} ${path}`);
  const [, name = '', rest = ''] = route.path.exec(path) ?? [];
  const decodedName = decodeURIComponent(name);
  if (name && !KEY_NAME.test(decodedName))
    throw badParameter(
      `The key name ${JSON.stringify(decodedName)} is not valid: use 1-127 characters among 0-9, a-z, A-Z and -`,
    );
  if (vault.capabilities.authorization === 'local-rbac')
    authorize(principal, route.action, name ? `/keys/${decodedName}` : '/keys');
  else authorizeByAccessPolicy(principal, route.action, route.lists === true, vault.name);
  // Limits count what the HSM processes: the unauthenticated first attempt of the challenge never gets here.
  if (plane.faults.throttled(req.method, path)) return throttledReply();
  return route.handle({
    req,
    name: decodedName,
    rest,
    vault,
    store: vault.store,
    apiVersion,
    tolerates: tolerating(plane.tolerate, note),
    ...(plane.pool ? { pool: plane.pool } : {}),
  });
}

/** A list answer `{value, nextLink}`, at most `maxresults` (≤ 25) items a page, resumed by `$skiptoken`. */
function page(req: Request, items: unknown[]): Reply {
  const max = Number(req.url.searchParams.get('maxresults') ?? MAX_PAGE);
  if (!Number.isInteger(max) || max < 1 || max > MAX_PAGE)
    throw badParameter(`maxresults must be an integer between 1 and ${MAX_PAGE}`);
  const skip = Number(req.url.searchParams.get('$skiptoken') ?? 0);
  if (!Number.isInteger(skip) || skip < 0) throw badParameter('The $skiptoken is not valid');
  let nextLink: string | null = null;
  if (skip + max < items.length) {
    const next = new URL(req.url.pathname, req.url);
    next.search = new URLSearchParams({
      'api-version': req.url.searchParams.get('api-version') ?? '',
      $skiptoken: String(skip + max),
      maxresults: String(max),
    }).toString();
    nextLink = next.toString();
  }
  return ok({ value: items.slice(skip, skip + max), nextLink });
}

async function create({ req, name, vault, store, apiVersion, tolerates, pool }: Call): Promise<Reply> {
  const body = jsonBody(req);
  if (body.kty === undefined) throw badParameter('The key type (kty) is required');
  const kty = hsmKty(body.kty, false);
  checkKind(kty, vault, tolerates);
  const options = { ...keyOptionsOf(body, apiVersion), keyOps: keyOpsFor(kty, body.key_ops) };
  if (options.keyOps.includes('import') && kty !== 'RSA-HSM')
    throw badParameter('Only an RSA-HSM key can be a key exchange key (key_ops ["import"])');
  const material = await generateMaterial(kty, body.key_size, body.crv, pool);
  return ok(store.bundle(store.add(name, material, options)));
}

function importKey({ req, name, vault, store, apiVersion, tolerates }: Call): Reply {
  const body = jsonBody(req);
  if (body.key === undefined) throw badParameter('The key to import (key) is required');
  const jwk = objectField(body.key, 'The property "key"');
  const options = keyOptionsOf(body, apiVersion);
  const material = importMaterial(jwk, body.Hsm, vault, tolerates);
  return ok(
    store.bundle(store.add(name, material, { ...options, keyOps: keyOpsFor(material.kty, jwk.key_ops) })),
  );
}

function readable(key: KeyVersion): KeyVersion {
  if (!key.attributes.enabled)
    throw new ServiceError(403, 'Forbidden', 'Operation get is not allowed on a disabled key.');
  return key;
}

function getKey({ name, rest, store }: Call): Reply {
  return ok(store.bundle(readable(store.get(name, rest))));
}

/** PATCH: enabled, nbf, exp, tags and key_ops; exportability and release policies are set at creation only. */
function update({ req, name, rest, store, apiVersion }: Call): Reply {
  const key = store.get(name, rest);
  const body = jsonBody(req);
  const { enabled, nbf, exp, tags } = keyOptionsOf({ ...body, release_policy: undefined }, apiVersion);
  if (body.key_ops !== undefined) key.keyOps = keyOpsFor(key.material.kty, body.key_ops);
  const attributes = (body.attributes ?? {}) as Record<string, unknown>;
  if (enabled !== undefined) key.attributes.enabled = enabled;
  if ('nbf' in attributes) key.attributes.nbf = nbf;
  if ('exp' in attributes) key.attributes.exp = exp;
  if (tags) key.tags = tags;
  key.attributes.updated = Math.floor(Date.now() / 1000);
  return ok(store.bundle(key));
}
