export const id = 660;
export const ids = [660];
export const modules = {

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ translateAzureError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   jO: () => (/* binding */ isDeletedNameConflict)
/* harmony export */ });
/* unused harmony export serviceErrorCode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67797);


function isRestError(error) {
    return error instanceof Error && (error.name === 'RestError' || 'statusCode' in error);
}
/** The service's error code, e.g. KeyNotFound, when the error came from the Key Vault data plane. */
function serviceErrorCode(error) {
    return isRestError(error) ? error.code : undefined;
}
function isNotFound(error) {
    return isRestError(error) && error.statusCode === 404;
}
/**
 * Turns a data-plane or credential failure into one line that says what happened to which object and what to do.
 * A 403 names what the caller lacks, the fix for the vault's kind (a Managed HSM role, a Key Vault access policy or
 * Azure RBAC role) and the caller's object id. `vault` is the vault asked, when the caller knows it (its kind
 * included); else the request's URL tells what it can.
 */
function translateAzureError(error, action, vault) {
    // byok's own error may arrive wrapped by @azure/identity (e.g. a failed OIDC token request inside MSAL).
    for (let inner = error; inner instanceof Error; inner = inner.cause) {
        if (inner instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ByokError */ .i)
            return inner;
    }
    const message = error instanceof Error ? error.message.split('\n')[0]?.trim() : String(error);
    const otherTenant = /not configured to acquire tokens for tenant ([0-9a-zA-Z.-]+)/.exec(message ?? '')?.[1];
    if (otherTenant) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('AUTH_TENANT_MISMATCH', `Could not ${action}: the vault belongs to tenant ${otherTenant}, not to the one the credential signs in to`, `Set "tenant-id" to ${otherTenant} and use an app registration (client-id) of that tenant`, { cause: error });
    }
    if (error instanceof Error && error.name === 'CredentialUnavailableError') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('AUTH_UNAVAILABLE', `Could not ${action}: no Azure credential available (${message})`, 'Set "client-id" and "tenant-id" for GitHub OIDC (with permissions: id-token: write), or run azure/login first', { cause: error });
    }
    if (error instanceof Error && error.name === 'AuthenticationError') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('AUTH_FAILED', `Could not ${action}: Azure sign-in failed (${message})`, 'Check "client-id", "tenant-id" and the federated credential subject (repo:OWNER/REPO:environment:NAME)', { cause: error });
    }
    if (!isRestError(error))
        return error instanceof Error ? error : new Error(message);
    const where = {
        url: vault?.url ?? error.request?.url,
        ...(vault?.kind ? { kind: vault.kind } : {}),
    };
    const status = error.statusCode;
    const detail = `${action}: ${error.code ?? 'HTTP ' + status} (${message})`;
    if (status === 401) {
        const resource = (0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .vaultOfHost */ .s7)((0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .hostOf */ .w4)(where.url))?.resource;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('AUTH_FAILED', `Not authenticated to ${detail}`, `Check the credential inputs and the vault address${resource ? ` (the vault takes tokens for ${resource})` : ''}`, { cause: error });
    }
    if (status === 403 && /not allowed on an? (disabled|expired|not yet valid) key/i.test(message ?? '')) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEY_STATE', `The vault refused to ${detail}`, 'Enable the key or use one inside its validity window (for a KEK: action-kek-create with if-exists: rotate)', { cause: error });
    }
    if (status === 403)
        return forbidden(error, action, message ?? '', where);
    if (status === 409)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('CONFLICT', `Could not ${detail}`, `A deleted key keeps its name until it is purged: purge it (${_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .VAULT_CAPABILITIES */ .uT[(0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(where) ?? 'managedhsm'].purger}) or choose another name`, { cause: error });
    if (status === 400)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('REFUSED', `The vault refused to ${detail}`, 'Fix what the message names and run the job again', { cause: error });
    if (status === 429) {
        const kind = (0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(where);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ByokError */ .i('THROTTLED', `The vault kept throttling after retries with back-off: could not ${detail}`, `Another workload is using the vault's request budget${kind ? ` (${_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .VAULT_CAPABILITIES */ .uT[kind].limits})` : ''}; run the job again later`, { cause: error });
    }
    if (status === 404)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('NOT_FOUND', `Could not ${detail}`, 'Check the name and the vault', {
            cause: error,
        });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ByokError */ .i('SERVICE_ERROR', `Could not ${detail}`, 'The service failed after retries; run the job again later', { cause: error });
}
/** The error bodies, outermost first, as the SDK deserialized them into `details`. */
function innerErrors(error) {
    const found = [];
    let next = error.details?.error;
    while (next && typeof next === 'object' && found.length < 5) {
        found.push(next);
        next = next.innerError ?? next.innererror;
    }
    return found;
}
/** True when a create or import met a name held by a soft-deleted key (409, docs/byok-format.md "Limits"). */
function isDeletedNameConflict(error) {
    return isRestError(error) && error.statusCode === 409;
}
/**
 * A 403 from Managed HSM local RBAC, a Key Vault access policy ("does not have keys import permission on key vault
 * 'NAME;…'") or Azure RBAC (innererror ForbiddenByRbac). What the service's message names (data action, permission,
 * object id, vault) goes into the hint (docs/byok-format.md "Authentication"); a bare 403 gets the fix for the
 * vault's kind.
 */
function forbidden(error, action, firstLine, vault) {
    const bodies = innerErrors(error);
    const text = [error.message, ...bodies.map((b) => b.message ?? '')].join(' ');
    const dataAction = /Microsoft\.KeyVault\/(?:managedHsm|vaults)\/[A-Za-z/]+/i.exec(text)?.[0];
    const objectId = /\boid=([0-9a-f-]{36})/i.exec(text)?.[1];
    const policy = /does not have keys (\w+) permission on key vault '([^;']+)/i.exec(text);
    const azureRbac = bodies.some((b) => b.code === 'ForbiddenByRbac') || /\/vaults\//i.test(dataAction ?? '');
    const who = objectId ? `identity ${objectId}` : 'the workflow identity';
    const assignee = objectId ?? 'OBJECT_ID';
    const refuse = (lacks, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('FORBIDDEN', `Not allowed to ${action}${lacks}`, hint, { cause: error });
    const lacks = dataAction ? `: ${who} lacks the data action ${dataAction}` : ` (${firstLine})`;
    const rbacRole = `the "Key Vault Crypto Officer" role on the vault (az role assignment create --role "Key Vault Crypto Officer" --assignee-object-id ${assignee} --scope VAULT_RESOURCE_ID)`;
    const setPolicy = (permission, name) => `az keyvault set-policy --name ${name} --object-id ${assignee} --key-permissions ${[...new Set(['get', permission])].join(' ')}`;
    if (policy) {
        const [, permission = 'get', name = 'VAULT'] = policy;
        return refuse(`: ${who} has no keys ${permission} permission in the access policy of key vault ${name}`, `Add it to the access policy (${setPolicy(permission, name)}; set-policy replaces the identity's key permissions, so list every one it needs)`);
    }
    if (azureRbac)
        return refuse(lacks, `Assign ${who} ${rbacRole}`);
    const kind = /\/managedHsm\//i.test(dataAction ?? '') ? 'managedhsm' : (0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(vault);
    if (kind === 'vault') {
        const name = (0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .vaultOfHost */ .s7)((0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .hostOf */ .w4)(vault.url))?.name ?? 'VAULT';
        return refuse(lacks, `Give ${who} the key permissions in the vault's access policy (${setPolicy('import', name)}), or, on a vault with Azure RBAC, ${rbacRole}`);
    }
    // Purging is the officer's; every operation byok performs is the Crypto User's.
    const role = /deletedKeys\/delete$/i.test(dataAction ?? '')
        ? 'Managed HSM Crypto Officer'
        : 'Managed HSM Crypto User';
    return refuse(lacks, `Assign ${who} the "${role}" role on /keys (az keyvault role assignment create ${(0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .azVault */ .sC)({ ...vault, kind: 'managedhsm' })} --role "${role}" --assignee-object-id ${assignee} --scope /keys)`);
}


/***/ }),

/***/ 75292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ IMPORT_PATH),
/* harmony export */   GP: () => (/* binding */ withImportIdentity),
/* harmony export */   tI: () => (/* binding */ idempotentImportPolicy)
/* harmony export */ });
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96686);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33904);


/**
 * Announced imports by `origin/keys/name` (Key Vault names are case-insensitive). The SDK's operation options
 * carry no per-request value down to a policy (the modular client rebuilds the tracing context and drops custom
 * headers from the typed options), so the import is announced here around the call.
 */
const announced = new Map();
const importKey = (url, name) => `${url.origin}/keys/${name}`.toLowerCase();
/** `PUT` on this path is an import (docs/byok-format.md "REST"). */
const IMPORT_PATH = /^\/keys\/([0-9a-zA-Z-]{1,127})\/?$/;
/** Runs `send` (the import call) with its identity announced to the policy. */
async function withImportIdentity(vaultUrl, name, identity, send) {
    const key = importKey(new URL(vaultUrl), name);
    announced.set(key, identity);
    try {
        return await send();
    }
    finally {
        announced.delete(key);
    }
}
/** The GET that asks the vault for the key's current version, signed like the import it stands in for. */
function currentVersionRequest(request, create) {
    const headers = create.createHttpHeaders({ accept: 'application/json' });
    for (const name of ['authorization', 'user-agent']) {
        const value = request.headers.get(name);
        if (value)
            headers.set(name, value);
    }
    return create.createPipelineRequest({
        url: request.url,
        method: 'GET',
        headers,
        timeout: request.timeout,
        ...(request.abortSignal ? { abortSignal: request.abortSignal } : {}),
        ...(request.agent ? { agent: request.agent } : {}),
        ...(request.tlsSettings ? { tlsSettings: request.tlsSettings } : {}),
        ...(request.proxySettings ? { proxySettings: request.proxySettings } : {}),
    });
}
function samePublicKey(bundle, expected) {
    const jwk = bundle.key;
    if (!jwk?.kty || jwk.kty.startsWith('oct'))
        return false;
    return (0,_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_0__/* .publicKeyFromJwk */ .vt)({ ...jwk, kty: jwk.kty }).equals(expected);
}
/**
 * Runs inside the SDK's retry loop (perRetry), innermost, so it sees every attempt of an announced import. After an
 * attempt that may have landed (no answer, or a 5xx), the next attempt first reads the key:
 * - not there, or still the version it replaces: nothing landed, the import is sent again;
 * - a new version with the announced public key: that is this import, and its bundle is the import's answer
 *   (GET and import both answer a KeyBundle);
 * - a new version and no public key to compare (AES, or no sidecar): fail closed, naming the version, rather than
 *   import twice (a duplicate AES version is harmless, but its owner should know and decide).
 * The key vault authentication policy signs before the retry loop, so the GET carries the import's own token.
 */
async function idempotentImportPolicy(logger) {
    const pipeline = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.bind(__webpack_require__, 49711));
    const mayHaveLanded = new WeakSet();
    async function landedImport(request, next, name, identity) {
        logger.debug(`Import of key "${name}" may have landed: reading the key before sending it again`);
        const current = await next(currentVersionRequest(request, pipeline));
        if (current.status === 404)
            return undefined;
        if (current.status !== 200)
            return { ...current, request };
        const bundle = JSON.parse(current.bodyAsText ?? '{}');
        const kid = bundle.key?.kid ?? '';
        if (kid.toLowerCase() === identity.replaces?.toLowerCase())
            return undefined;
        if (identity.publicKey) {
            if (!samePublicKey(bundle, identity.publicKey))
                return undefined;
            logger.info(`The answer to importing key "${name}" was lost, but ${kid} holds this key: it is not imported again`);
            return { ...current, request };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ByokError */ .i('IMPORT_UNCONFIRMED', `The answer to importing key "${name}" was lost and ${kid} has appeared since; with no public key recorded for this key (AES, or a .byok without its sidecar) it cannot be told apart, so it is not imported again`, `Check the key's versions (az keyvault key list-versions --hsm-name HSM --name ${name}): if ${kid} is this import the work is done, otherwise run the import again`);
    }
    return {
        name: 'byokIdempotentImport',
        async sendRequest(request, next) {
            const url = new URL(request.url);
            const name = IMPORT_PATH.exec(url.pathname)?.[1];
            const identity = name && request.method === 'PUT' ? announced.get(importKey(url, name)) : undefined;
            if (!name || !identity)
                return next(request);
            if (mayHaveLanded.has(request)) {
                const answer = await landedImport(request, next, name, identity);
                if (answer)
                    return answer;
                logger.debug(`Key "${name}" does not hold this import yet: sending it again`);
                mayHaveLanded.delete(request);
            }
            try {
                const response = await next(request);
                if (response.status >= 500)
                    mayHaveLanded.add(request);
                return response;
            }
            catch (error) {
                mayHaveLanded.add(request);
                throw error;
            }
        },
    };
}


/***/ }),

/***/ 94066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ retireKek),
/* harmony export */   NO: () => (/* binding */ kekReader),
/* harmony export */   kL: () => (/* binding */ ensureKek),
/* harmony export */   wJ: () => (/* binding */ getKek)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _kek_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13206);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3844);
/* harmony import */ var _key_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15462);
/* harmony import */ var _vault_kinds_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67797);
/* harmony import */ var _keys_key_id_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43589);
/* harmony import */ var _key_bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23589);







async function createKek(client, options, logger) {
    logger.info(`Creating KEK ${options.name} (RSA-HSM ${options.size}, key_ops [import])`);
    try {
        const key = await client.createRsaKey(options.name, {
            hsm: true,
            keySize: options.size,
            keyOps: ['import'],
            ...(options.expiresIn ? { expiresOn: new Date(Date.now() + options.expiresIn * 1000) } : {}),
        });
        return (0,_key_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .toKek */ .f)(key);
    }
    catch (error) {
        const vault = (0,_key_client_js__WEBPACK_IMPORTED_MODULE_3__/* .vaultOf */ ._)(client);
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isDeletedNameConflict */ .jO)(error)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_NAME_DELETED', `Cannot create KEK "${options.name}" in ${client.vaultUrl}: the name is held by a deleted key (soft delete keeps it until it is purged)`, `Purge it as ${_vault_kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .VAULT_CAPABILITIES */ .uT[(0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .kindOf */ .I)(vault) ?? 'managedhsm'].purger} (az keyvault key purge ${(0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .azVault */ .sC)(vault)} --name ${options.name}), wait until its retention ends, or set another "kek-name"`, { cause: error });
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .translateAzureError */ .I4)(error, `create KEK "${options.name}"`, vault);
    }
}
/** A disabled key cannot even be read (403), so its state comes from the refusal; a retired KEK is one. */
function kekDisabled(id, hint, cause) {
    const service = cause instanceof Error ? cause.message.split('\n')[0]?.trim() : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_DISABLED', `KEK ${id} is disabled (${service}); action-import "kek-after-import: disable" retires a KEK after its import`, hint, { cause });
}
const isDisabledRefusal = (error) => error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ByokError */ .i && error.code === 'KEY_STATE' && /disabled/i.test(error.message);
/**
 * Creates the KEK, or reuses the current version when it is a valid KEK so that a rerun converges.
 * An existing key that is not a valid KEK is never silently replaced: `rotate` makes a new version on purpose.
 */
async function ensureKek(client, options, logger) {
    if (options.ifExists === 'rotate')
        return { kek: await createKek(client, options, logger), created: true };
    let existing;
    try {
        existing = (0,_key_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .toKek */ .f)(await client.getKey(options.name));
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(error)) {
            const translated = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .translateAzureError */ .I4)(error, `read KEK "${options.name}"`, (0,_key_client_js__WEBPACK_IMPORTED_MODULE_3__/* .vaultOf */ ._)(client));
            if (isDisabledRefusal(translated))
                throw kekDisabled(`"${options.name}"`, 'Set "if-exists: rotate" to create a new KEK version, enable this one again, or choose another "kek-name"', error);
            throw translated;
        }
    }
    if (!existing)
        return { kek: await createKek(client, options, logger), created: true };
    if (options.ifExists === 'fail') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_EXISTS', `Key "${options.name}" already exists (${existing.kid})`, 'Set "if-exists" to reuse or rotate, or choose another "kek-name"');
    }
    try {
        (0,_kek_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKek */ .yO)(existing);
    }
    catch (error) {
        const reason = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_NOT_REUSABLE', `Existing key "${options.name}" cannot be reused: ${reason}`, 'Set "if-exists: rotate" to create a new KEK version, or choose another "kek-name"');
    }
    logger.info(`Reusing KEK ${existing.kid}`);
    return { kek: existing, created: false };
}
/** Reads a KEK by name (current version) or versioned id, from this vault only, and checks it. */
async function getKek(client, ref, logger) {
    let name = ref.name;
    let version;
    if (ref.kid !== undefined) {
        const parsed = (0,_keys_key_id_js__WEBPACK_IMPORTED_MODULE_6__/* .parseVersionedKeyId */ .p)(ref.kid);
        if (!parsed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_ID_INVALID', `${JSON.stringify(ref.kid.slice(0, 200))} is not a versioned key id`, 'Give https://HOST/keys/NAME/VERSION, as action-kek-create outputs it');
        if (parsed.origin !== new URL(client.vaultUrl).origin) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_OTHER_VAULT', `KEK ${ref.kid} belongs to ${parsed.origin}, not to ${client.vaultUrl}`, "The KEK must live in the vault that imports the key: wrap again with this vault's KEK");
        }
        ({ name, version } = parsed);
    }
    logger.debug(`Reading KEK ${name}${version ? `/${version}` : ''}`);
    let kek;
    try {
        kek = (0,_key_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .toKek */ .f)(await client.getKey(name, version ? { version } : {}));
    }
    catch (error) {
        const translated = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .translateAzureError */ .I4)(error, `read KEK "${ref.kid ?? name}"`, (0,_key_client_js__WEBPACK_IMPORTED_MODULE_3__/* .vaultOf */ ._)(client));
        if (isDisabledRefusal(translated))
            throw kekDisabled(ref.kid ?? `"${name}"`, `Enable the key again if it should still serve (az keyvault key set-attributes ${(0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .azVault */ .sC)((0,_key_client_js__WEBPACK_IMPORTED_MODULE_3__/* .vaultOf */ ._)(client))} --name ${name}${version ? ` --version ${version}` : ''} --enabled true), or make a new KEK (action-kek-create with if-exists: rotate) and wrap the key again under it`, error);
        throw translated;
    }
    (0,_kek_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKek */ .yO)(kek);
    return kek;
}
/**
 * Retires the KEK once it has done its job. Disable acts on the version the .byok named; delete acts on the whole
 * key (Key Vault deletes no single version) and soft delete then holds the name until it is purged.
 * Answers what was done, for the summary.
 */
async function retireKek(client, kek, mode, logger) {
    if (mode === 'keep')
        return `kept: usable for further imports${kek.expiresOn ? ` until ${kek.expiresOn.toISOString()}` : ''}`;
    const version = (0,_keys_key_id_js__WEBPACK_IMPORTED_MODULE_6__/* .parseVersionedKeyId */ .p)(kek.kid)?.version;
    try {
        if (mode === 'disable') {
            logger.info(`Disabling KEK ${kek.kid}`);
            await client.updateKeyProperties(kek.name, version ?? '', { enabled: false });
            return `disabled (version ${version}); it can be enabled again`;
        }
        logger.info(`Deleting KEK "${kek.name}" (all versions; soft delete)`);
        await client.beginDeleteKey(kek.name);
        return `deleted (soft delete): the name "${kek.name}" stays taken until it is purged or its retention ends`;
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .translateAzureError */ .I4)(error, `${mode} KEK ${kek.kid} after the import (the key itself is imported)`, (0,_key_client_js__WEBPACK_IMPORTED_MODULE_3__/* .vaultOf */ ._)(client));
    }
}
/** Reads each distinct KEK once, however many .byok files name it and however many imports ask at once. */
function kekReader(client, logger) {
    const read = new Map();
    return (kid) => {
        const key = kid.toLowerCase();
        let kek = read.get(key);
        if (!kek) {
            kek = getKek(client, { kid }, logger);
            read.set(key, kek);
        }
        return kek;
    };
}


/***/ }),

/***/ 23589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ toKek),
/* harmony export */   k: () => (/* binding */ publicKeyOf)
/* harmony export */ });
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96686);

const b64url = (bytes) => bytes ? Buffer.from(bytes).toString('base64url') : undefined;
/** The public key of an RSA or EC key the vault returned. */
function publicKeyOf(key) {
    const jwk = key.key ?? {};
    return (0,_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_0__/* .publicKeyFromJwk */ .vt)({
        kty: String(jwk.kty),
        n: b64url(jwk.n),
        e: b64url(jwk.e),
        crv: jwk.crv,
        x: b64url(jwk.x),
        y: b64url(jwk.y),
    });
}
function toKek(key) {
    return {
        kid: key.id ?? '',
        name: key.name,
        kty: String(key.keyType),
        keyOps: (key.keyOperations ?? []).map(String),
        enabled: key.properties.enabled ?? true,
        ...(key.properties.notBefore ? { notBefore: key.properties.notBefore } : {}),
        ...(key.properties.expiresOn ? { expiresOn: key.properties.expiresOn } : {}),
        publicKey: publicKeyOf(key),
    };
}


/***/ }),

/***/ 15462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ createKeyClient),
  _: () => (/* binding */ vaultOf)
});

// EXTERNAL MODULE: ./shared/src/azure/idempotent-import.ts
var idempotent_import = __webpack_require__(75292);
;// CONCATENATED MODULE: ./shared/src/azure/throttling.ts

/**
 * Key Vault and Managed HSM answer 429 Throttled without a Retry-After header (docs/byok-format.md "Limits"), which the
 * SDK's own retry policy leaves alone. This strategy covers exactly that case with the back-off Microsoft advises
 * (1, 2, 4, 8, 16 s: 31 s at most in all) and leaves everything else to the SDK.
 */
const THROTTLE_RETRIES = 5;
const THROTTLE_BASE_DELAY_MS = 1000;
/** What the SDK's own throttling strategy honours. */
const RETRY_AFTER_HEADERS = ['retry-after', 'retry-after-ms', 'x-ms-retry-after-ms'];
function throttledWithoutRetryAfter(baseDelayMs, debug) {
    return {
        name: 'byokThrottledWithoutRetryAfter',
        retry({ response, responseError, retryCount }) {
            const request = response?.request ?? responseError?.request;
            const what = request ? `${request.method} ${new URL(request.url).pathname}` : 'A request';
            const status = response?.status;
            if (status === 429 && !RETRY_AFTER_HEADERS.some((name) => response?.headers.has(name))) {
                const delay = baseDelayMs * 2 ** retryCount;
                debug(`${what} throttled (429 without Retry-After); retry ${retryCount + 1} of ${THROTTLE_RETRIES} in ${delay} ms`);
                return { retryAfterInMs: delay };
            }
            // Every attempt passes here, so the SDK's own retries show in the debug log as well.
            if (responseError || (status !== undefined && (status >= 500 || status === 429)))
                debug(`${what} failed (${responseError?.code ?? status}); left to the SDK's retry policy`);
            return { skipStrategy: true };
        },
    };
}
async function throttlingPolicy(debug, baseDelayMs = THROTTLE_BASE_DELAY_MS) {
    const { retryPolicy } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.bind(__webpack_require__, 49711));
    return retryPolicy([throttledWithoutRetryAfter(baseDelayMs, debug)], { maxRetries: THROTTLE_RETRIES });
}
/** The wait a throttled answer asks for, in ms (Retry-After in seconds, or the -ms headers); undefined when none. */
function retryAfterMs(headers) {
    for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
        const value = Number(headers.get(name));
        if (headers.get(name) !== undefined && Number.isFinite(value))
            return value;
    }
    const text = headers.get('retry-after');
    if (text === undefined)
        return undefined;
    const seconds = Number(text);
    if (Number.isFinite(seconds))
        return seconds * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/**
 * Holds every attempt of an import (`PUT /keys/{name}`), retries included, until the batch's pace lets it go
 * (shared/src/batch/adaptive-rate.ts): a retry takes a slot like a first attempt, so it never crowds out another.
 */
function importPacePolicy(pace) {
    return {
        name: 'byokImportPace',
        async sendRequest(request, next) {
            const name = request.method === 'PUT' ? idempotent_import/* IMPORT_PATH */.Ey.exec(new URL(request.url).pathname)?.[1] : undefined;
            if (name)
                await pace(name);
            return next(request);
        },
    };
}
/**
 * Tells a caller about every 429 the vault answers, whether or not a retry follows, so that a batch can slow down
 * (shared/src/batch/adaptive-rate.ts). Innermost in the pipeline: it sees each attempt, retries included.
 */
function throttleSignalPolicy(onThrottled) {
    return {
        name: 'byokThrottleSignal',
        async sendRequest(request, next) {
            const response = await next(request);
            if (response.status === 429)
                onThrottled(retryAfterMs(response.headers));
            return response;
        },
    };
}

;// CONCATENATED MODULE: ./shared/src/azure/key-client.ts


/** The vault each client of createKeyClient was made for: its kind travels with it to every message. */
const vaults = new WeakMap();
/** The vault a client talks to, its kind included when the caller knew it (a client made elsewhere: its URL). */
function vaultOf(client) {
    return vaults.get(client) ?? { url: client.vaultUrl };
}
/**
 * The Key Vault client for one vault. Challenge-resource verification (the request host must end with the
 * challenge's resource host) stays on for every real vault and is turned off for a loopback emulator only.
 * byok's policies run inside the SDK's retry loop, the idempotent import (and a batch's pace and throttle signal)
 * innermost so they see every attempt.
 */
async function createKeyClient(vault, credential, logger, tuning = {}) {
    const { KeyClient } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(745)]).then(__webpack_require__.bind(__webpack_require__, 49745));
    const debug = (message) => logger.debug(message);
    const client = new KeyClient(vault.url, credential, {
        disableChallengeResourceVerification: vault.loopback,
        userAgentOptions: { userAgentPrefix: 'byok' },
        ...(tuning.tlsOptions ? { tlsOptions: tuning.tlsOptions } : {}),
        additionalPolicies: [
            { policy: await throttlingPolicy(debug, tuning.throttleBaseDelayMs), position: 'perRetry' },
            { policy: await (0,idempotent_import/* idempotentImportPolicy */.tI)(logger), position: 'perRetry' },
            ...(tuning.paceImport
                ? [{ policy: importPacePolicy(tuning.paceImport), position: 'perRetry' }]
                : []),
            ...(tuning.onThrottled
                ? [{ policy: throttleSignalPolicy(tuning.onThrottled), position: 'perRetry' }]
                : []),
        ],
    });
    vaults.set(client, vault);
    return client;
}


/***/ }),

/***/ 96686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ toSpkiPem),
/* harmony export */   J3: () => (/* binding */ readPublicKeyPem),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   vt: () => (/* binding */ publicKeyFromJwk)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33904);


/** SubjectPublicKeyInfo PEM, byte for byte what `az keyvault key download` writes. */
function toSpkiPem(key) {
    return key.export({ type: 'spki', format: 'pem' }).toString();
}
/** `sha256:<hex>` over the SPKI DER: stable across PEM line endings and JWK encodings of one key. */
function fingerprint(key) {
    const der = key.export({ type: 'spki', format: 'der' });
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('hex')}`;
}
/** Public key from base64url JWK members, as Key Vault returns them. */
function publicKeyFromJwk(jwk) {
    const kty = jwk.kty.replace(/-HSM$/, '');
    if (kty === 'RSA')
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
    if (kty === 'EC') {
        const crv = jwk.crv === 'P-256K' ? 'secp256k1' : jwk.crv;
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: { kty: 'EC', crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('KEY_TYPE_UNSUPPORTED', `a ${jwk.kty} key has no public key to read`);
}
/**
 * Reads a PEM that must hold exactly one public key. A certificate or a private key is refused with a message
 * that names the file, since either one is a sign that the wrong file was picked up. `wanted` says, in the hint,
 * which public key belongs there.
 */
function readPublicKeyPem(text, source, wanted = 'the KEK public key that action-kek-download wrote') {
    const labels = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]);
    if (labels.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('PEM_INVALID', `${source} is not a PEM file`, `Give ${wanted} (-----BEGIN PUBLIC KEY-----)`);
    }
    if (labels.some((l) => l?.includes('PRIVATE KEY'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('PEM_PRIVATE_KEY', `${source} holds a private key, not a public key`, `Remove it from the workflow at once and give ${wanted} (-----BEGIN PUBLIC KEY-----)`);
    }
    if (labels.some((l) => l === 'CERTIFICATE')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('PEM_CERTIFICATE', `${source} holds a certificate, not a public key`, `Give ${wanted} (-----BEGIN PUBLIC KEY-----)`);
    }
    if (labels.length !== 1 || (labels[0] !== 'PUBLIC KEY' && labels[0] !== 'RSA PUBLIC KEY')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('PEM_INVALID', `${source} must hold exactly one public key, found: ${labels.join(', ')}`, `Give ${wanted}`);
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: text, format: 'pem' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('PEM_INVALID', `${source} holds a PEM public key that cannot be read`, `Give ${wanted}, unchanged`, { cause: error });
    }
}


/***/ }),

/***/ 36749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ checkOutputPath),
/* harmony export */   BF: () => (/* binding */ writeOutputFile),
/* harmony export */   GZ: () => (/* binding */ notWritable),
/* harmony export */   jH: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33904);




/**
 * Reads a file named by an input, refusing directories, missing files and files larger than `maxBytes`
 * with a message that names the input.
 */
async function readInputFile(input, path, maxBytes) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(full).catch(() => undefined);
    if (!info)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('FILE_NOT_FOUND', `Input "${input}": ${path} does not exist`, `Set "${input}" to an existing file (relative paths start at the workspace)`);
    if (!info.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('FILE_NOT_REGULAR', `Input "${input}": ${path} is not a regular file`, `Set "${input}" to a file, not a directory`);
    if (info.size > maxBytes)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('FILE_TOO_LARGE', `Input "${input}": ${path} is ${info.size} bytes, more than the ${maxBytes} such a file can be`, `Check that "${input}" names the right file`);
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(full);
}
/**
 * Refuses, before any work is done, an output path that is a directory or whose folder could not be made or written
 * (the nearest folder of it that exists must be a writable directory). Nothing is created.
 */
async function checkOutputPath(input, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(full).catch(() => undefined))?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('FILE_NOT_REGULAR', `Input "${input}": ${path} is a directory`, `Set "${input}" to a file path`);
    let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(full);
    let info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined);
    while (!info && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder) !== folder) {
        folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder);
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined);
    }
    const problem = !info?.isDirectory()
        ? 'ENOTDIR'
        : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(folder, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK).then(() => undefined, (error) => error.code ?? 'error');
    if (problem)
        throw notWritable(input, path, problem);
}
/** An output that could not be written, named by its input, with the fix. */
function notWritable(input, path, code, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('OUTPUT_NOT_WRITABLE', `Input "${input}": cannot write ${path} (${code})`, `Set "${input}" to a writable file path in the workspace`, cause === undefined ? undefined : { cause });
}
/** Writes a file named by an input, creating its folder; a directory or an unwritable path is refused. */
async function writeOutputFile(input, path, content) {
    await checkOutputPath(input, path);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(full), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(full, content);
    }
    catch (error) {
        throw notWritable(input, path, error.code ?? 'error', error);
    }
    return full;
}


/***/ })

};
