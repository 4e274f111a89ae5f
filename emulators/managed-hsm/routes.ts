import { authenticate, type DataPlaneAuth } from './auth.js';
import { encrypt } from './crypto-ops.js';
import { throttledReply, type Faults } from './faults.js';
import { badParameter, jsonBody, ServiceError, type Reply, type Request } from './http.js';
import { importMaterial } from './key-import.js';
import { generateMaterial, hsmKty, keyOpsFor } from './key-material.js';
import type { KeyStore, KeyVersion, NewKeyOptions } from './keys-store.js';
import { authorize, type DataAction } from './rbac.js';

export interface DataPlane {
  store: KeyStore;
  auth: DataPlaneAuth;
  faults: Faults;
}

interface Call {
  req: Request;
  name: string;
  /** The path segment after the name: a version, `versions`, `create`, `recover`, or empty. */
  rest: string;
  note: (line: string) => void;
}

interface Route {
  method: string;
  path: RegExp;
  action: DataAction;
  handle: (call: Call, plane: DataPlane) => Reply | Promise<Reply>;
}

/** API versions 7.0 on, previews included, and the date-named ones from 2025 (BYOK-SPEC.md "REST"). */
const API_VERSION = /^(7\.\d+(-preview(\.\d+)?)?|20(2[5-9]|[3-9]\d)-\d\d-\d\d(-preview)?)$/;
const KEY_NAME = /^[0-9a-zA-Z-]{1,127}$/;
const MAX_PAGE = 25;

const ok = (body: unknown): Reply => ({ status: 200, body });

const ROUTES: Route[] = [
  {
    method: 'GET',
    path: /^\/keys\/?$/,
    action: 'keys/read/action',
    handle: ({ req }, { store }) =>
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
    handle: ({ req, name }, { store }) =>
      page(
        req,
        store.versions(name).map((k) => store.item(k, true)),
      ),
  },
  {
    method: 'POST',
    path: /^\/keys\/([^/]+)\/([^/]*)\/encrypt$/,
    action: 'keys/encrypt/action',
    handle: ({ req, name, rest }, { store }) => {
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
    handle: ({ name }, { store }) => ok(store.deletedBundle(store.delete(name))),
  },
  {
    method: 'GET',
    path: /^\/deletedkeys\/?$/,
    action: 'keys/deletedKeys/read/action',
    handle: ({ req }, { store }) =>
      page(
        req,
        store.deletedNames().map((k) => store.deletedItem(k)),
      ),
  },
  {
    method: 'GET',
    path: /^\/deletedkeys\/([^/]+)\/?()$/,
    action: 'keys/deletedKeys/read/action',
    handle: ({ name }, { store }) => ok(store.deletedBundle(store.deletedLatest(name))),
  },
  {
    method: 'DELETE',
    path: /^\/deletedkeys\/([^/]+)\/?()$/,
    action: 'keys/deletedKeys/delete',
    handle: ({ name }, { store }) => {
      store.purge(name);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    path: /^\/deletedkeys\/([^/]+)\/(recover)$/,
    action: 'keys/deletedKeys/recover/action',
    handle: ({ name }, { store }) => ok(store.bundle(store.recover(name))),
  },
];

/** The Key Vault keys data plane; undefined for paths that are not its own. */
export async function handleDataPlane(
  req: Request,
  plane: DataPlane,
  note: (line: string) => void,
): Promise<Reply | undefined> {
  const path = req.url.pathname;
  if (!/^\/(keys|deletedkeys)(\/|$)/.test(path)) return undefined;
  const apiVersion = req.url.searchParams.get('api-version');
  if (!apiVersion) throw badParameter('The api-version query parameter is required');
  if (!API_VERSION.test(apiVersion))
    throw badParameter(
      `The specified version (${apiVersion}) is not recognized. Consider using the latest supported version (2025-07-01).`,
    );
  const principal = authenticate(req, plane.auth);
  const route = ROUTES.find((r) => r.method === req.method && r.path.test(path));
  if (!route)
    throw new ServiceError(501, 'NotImplemented', `The emulator does not implement ${req.method} ${path}`);
  const [, name = '', rest = ''] = route.path.exec(path) ?? [];
  const decodedName = decodeURIComponent(name);
  if (name && !KEY_NAME.test(decodedName))
    throw badParameter(
      `The key name ${JSON.stringify(decodedName)} is not valid: use 1-127 characters among 0-9, a-z, A-Z and -`,
    );
  authorize(principal, route.action, name ? `/keys/${decodedName}` : '/keys');
  // Limits count what the HSM processes: the unauthenticated first attempt of the challenge never gets here.
  if (plane.faults.throttled(req.method, path)) return throttledReply();
  return route.handle({ req, name: decodedName, rest, note }, plane);
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

function attributesOf(body: Record<string, unknown>): Omit<NewKeyOptions, 'keyOps'> {
  const attributes = (body.attributes ?? {}) as Record<string, unknown>;
  if (typeof attributes !== 'object') throw badParameter('attributes must be an object');
  const time = (name: 'nbf' | 'exp') => {
    const value = attributes[name];
    if (value !== undefined && value !== null && !Number.isInteger(value))
      throw badParameter(`attributes.${name} must be a time in unix seconds`);
    return (value ?? undefined) as number | undefined;
  };
  if (
    attributes.enabled !== undefined &&
    attributes.enabled !== null &&
    typeof attributes.enabled !== 'boolean'
  )
    throw badParameter('attributes.enabled must be a boolean');
  if (attributes.exportable === true)
    throw badParameter('An exportable key needs a release policy, which this emulator does not model');
  const tags = body.tags as Record<string, string> | undefined;
  if (
    tags !== undefined &&
    (typeof tags !== 'object' || Object.values(tags).some((v) => typeof v !== 'string'))
  )
    throw badParameter('tags must be an object of strings');
  const enabled = (attributes.enabled ?? undefined) as boolean | undefined;
  return { enabled, nbf: time('nbf'), exp: time('exp'), ...(tags ? { tags } : {}) };
}

async function create({ req, name }: Call, { store }: DataPlane): Promise<Reply> {
  const body = jsonBody(req);
  if (body.kty === undefined) throw badParameter('The key type (kty) is required');
  const kty = hsmKty(body.kty);
  const options = { ...attributesOf(body), keyOps: keyOpsFor(kty, body.key_ops) };
  if (options.keyOps.includes('import') && kty !== 'RSA-HSM')
    throw badParameter('Only an RSA-HSM key can be a key exchange key (key_ops ["import"])');
  const material = await generateMaterial(kty, body.key_size, body.crv);
  return ok(store.bundle(store.add(name, material, options)));
}

function importKey({ req, name, note }: Call, { store }: DataPlane): Reply {
  const body = jsonBody(req);
  const key = body.key;
  if (typeof key !== 'object' || key === null || Array.isArray(key))
    throw badParameter('The key to import (key) is required');
  const jwk = key as Record<string, unknown>;
  const material = importMaterial(jwk, store, note);
  const options = { ...attributesOf(body), keyOps: keyOpsFor(material.kty, jwk.key_ops) };
  return ok(store.bundle(store.add(name, material, options)));
}

function readable(key: KeyVersion): KeyVersion {
  if (!key.attributes.enabled)
    throw new ServiceError(403, 'Forbidden', 'Operation get is not allowed on a disabled key.');
  return key;
}

function getKey({ name, rest }: Call, { store }: DataPlane): Reply {
  return ok(store.bundle(readable(store.get(name, rest))));
}

function update({ req, name, rest }: Call, { store }: DataPlane): Reply {
  const key = store.get(name, rest);
  const body = jsonBody(req);
  const { enabled, nbf, exp, tags } = attributesOf(body);
  if (body.key_ops !== undefined) key.keyOps = keyOpsFor(key.material.kty, body.key_ops);
  const attributes = (body.attributes ?? {}) as Record<string, unknown>;
  if (enabled !== undefined) key.attributes.enabled = enabled;
  if ('nbf' in attributes) key.attributes.nbf = nbf;
  if ('exp' in attributes) key.attributes.exp = exp;
  if (tags) key.tags = tags;
  key.attributes.updated = Math.floor(Date.now() / 1000);
  return ok(store.bundle(key));
}
