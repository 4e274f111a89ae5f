import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 23356:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_requests_export_kek_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(72946);
/* harmony import */ var _shared_src_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(47013);
/* harmony import */ var _shared_src_action_run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(77471);



// The inputs are read and checked first; the work (sign-in, vault, artifact) loads only for a step that passes.
await (0,_shared_src_action_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .C)(async () => {
    const request = (0,_shared_src_requests_export_kek_js__WEBPACK_IMPORTED_MODULE_0__/* .readExportKekRequest */ .p)(_shared_src_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .actionInputs */ .e);
    const { exportKekStep } = await __nccwpck_require__.e(/* import() */ 28).then(__nccwpck_require__.bind(__nccwpck_require__, 67028));
    return exportKekStep(request);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 32139:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   V9: () => (/* binding */ getIDToken),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   pq: () => (/* binding */ info)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(89635);

// @actions/core's own modules, by file: its exports map offers only the entry (lib/core.js), and the entry imports
// its OIDC client (with @actions/http-client and undici, ~0.9 MiB) and its platform module (@actions/exec) before
// any line runs. Each action reads inputs and writes workflow commands on every path; only a sign-in needs OIDC.

/**
 * The part of @actions/core that byok uses, loaded so that a step pays only for what its path needs. The workflow
 * commands are @actions/core's own code; the functions below are the entry's one-line bindings of them
 * (lib/core.js, 3.x), kept to the same behaviour (test/unit/action-core.test.ts compares them with the entry's).
 * The file commands (outputs, the step summary) are in core-files.ts; the OIDC token request loads the whole entry,
 * on first use.
 */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setSecret(secret) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('add-mask', {}, secret);
}
function debug(message) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
function warning(message) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('warning', {}, message);
}
function setFailed(message) {
    process.exitCode = 1;
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('error', {}, message);
}
async function getIDToken(audience) {
    const core = await Promise.all(/* import() */[__nccwpck_require__.e(287), __nccwpck_require__.e(553)]).then(__nccwpck_require__.bind(__nccwpck_require__, 85287));
    return core.getIDToken(audience);
}


/***/ }),

/***/ 47013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ actionInputs)
/* harmony export */ });
/* unused harmony export secret */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(32139);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(79331);


/**
 * The action's inputs as @actions/core reads them (INPUT_<NAME>, trimmed; the runner fills in action.yml defaults,
 * so an empty value means the workflow left an optional input unset). The rules that check them are the library's
 * (shared/src/inputs/rules.ts), shared with the command line.
 */
const actionInputs = {
    get: (name) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined,
};
/** A secret input (or environment variable), masked before anything else can print it. */
function secret(name, environmentVariable) {
    const value = actionInputs.get(name) ??
        (environmentVariable ? process.env[environmentVariable] || undefined : undefined);
    if (value !== undefined)
        registerSecret(value);
    return value;
}


/***/ }),

/***/ 77471:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction),
/* harmony export */   v: () => (/* binding */ actionLogger)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(32139);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(33904);
/* harmony import */ var _secret_forms_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(46785);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(79331);




/**
 * Text as byok prints it: scrubbed of registered secrets, and control characters shown as \xNN so that a value
 * echoed from an input or a file cannot colour or rewrite the log. Newlines stay for @actions/core to escape in
 * commands (errors, debug); an info line is written raw, so there a newline, which could start a workflow
 * command such as ::add-mask::, becomes a space.
 */
function shown(text) {
    return (0,_secret_forms_js__WEBPACK_IMPORTED_MODULE_3__/* .visibleControls */ .xx)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(text));
}
/** The library's Logger on the runner's log, every line scrubbed of registered secrets. */
const actionLogger = {
    debug: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(shown(message)),
    info: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(shown(message).replace(/\n/g, ' ')),
    warning: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(shown(message)),
};
/**
 * Runs an action's body. A ByokError (a configuration error or a refusal byok understands) becomes one
 * `::error::` line (message, hint, code) and exit 1; anything else is reported as internal, its stack under
 * debug. Both are scrubbed of secrets, the environment's credentials registered before the body runs.
 */
async function runAction(body) {
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerEnvironmentSecrets */ .QQ)();
    try {
        await body();
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ByokError */ .i) {
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(shown(`${error.oneLine} [${error.code}]`));
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(shown(error.stack ?? ''));
        }
        else {
            const message = error instanceof Error ? error.message : String(error);
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(shown(`Internal error: ${message.replace(/\s*\n\s*/g, ' ')}. Rerun with debug logging and report it if it persists`));
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(shown(error instanceof Error ? (error.stack ?? '') : ''));
        }
    }
}


/***/ }),

/***/ 79331:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QQ: () => (/* binding */ registerEnvironmentSecrets),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(32139);
/* harmony import */ var _secret_forms_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(46785);


const secrets = new Set();
/**
 * Masks a secret in the runner's log and remembers it, so that messages byok prints itself (errors from
 * libraries included) are scrubbed too: the runner's masking matches exact strings only and does not exist
 * outside the runner. Derived forms that could be printed (base64, URL encoding) are registered as well.
 */
function registerSecret(value) {
    for (const form of (0,_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .secretForms */ .eo)(value)) {
        if (secrets.has(form))
            continue;
        secrets.add(form);
        _core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(form);
    }
}
/**
 * Credentials the runner or the workflow put in the environment. byok never prints them, but a library's error
 * can (an OIDC or artifact service repeating the request's bearer token), so they are scrubbed like inputs.
 */
const ENVIRONMENT_SECRETS = [
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'AZURE_CLIENT_SECRET',
    'AZURE_CLIENT_CERTIFICATE_PASSWORD',
    'AZURE_PASSWORD',
];
function registerEnvironmentSecrets() {
    for (const name of ENVIRONMENT_SECRETS)
        registerSecret(process.env[name] ?? '');
}
function scrub(text) {
    return (0,_secret_forms_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubSecrets */ .Zg)(text, secrets);
}


/***/ }),

/***/ 67797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   nc: () => (/* binding */ VAULT_KINDS),
/* harmony export */   s7: () => (/* binding */ vaultOfHost),
/* harmony export */   sC: () => (/* binding */ azVault),
/* harmony export */   uT: () => (/* binding */ VAULT_CAPABILITIES),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/* unused harmony exports vaultOfKeyId, checkVaultTakes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33904);

/** The two services byok imports into: Azure Key Vault Managed HSM, and Key Vault Premium (HSM-backed keys). */
const VAULT_KINDS = ['managedhsm', 'vault'];
const VAULT_CAPABILITIES = {
    managedhsm: {
        title: 'Managed HSM',
        domains: [
            'managedhsm.azure.net',
            'managedhsm.azure.cn',
            'managedhsm.usgovcloudapi.net',
            'managedhsm.microsoftazure.de',
        ],
        keyTypes: ['RSA', 'EC', 'oct'],
        azFlag: '--hsm-name',
        purger: 'a Managed HSM Crypto Officer',
        limits: 'a Managed HSM creates 1 key per second and serves 1100 reads per second',
    },
    vault: {
        title: 'Key Vault Premium',
        domains: ['vault.azure.net', 'vault.azure.cn', 'vault.usgovcloudapi.net', 'vault.microsoftazure.de'],
        keyTypes: ['RSA', 'EC'],
        azFlag: '--vault-name',
        purger: 'an identity with the purge key permission (access policy) or the Key Vault Crypto Officer role',
        limits: 'a Key Vault creates 10 HSM keys per 10 seconds and serves 250 to 2000 other HSM-key operations per 10 seconds',
    },
};
/** What a vault host says of itself (NAME.managedhsm.azure.net, NAME.vault.azure.cn, …); undefined for others. */
function vaultOfHost(hostname) {
    const host = hostname.toLowerCase();
    for (const kind of VAULT_KINDS) {
        for (const domain of VAULT_CAPABILITIES[kind].domains) {
            const name = host.endsWith(`.${domain}`) ? host.slice(0, -domain.length - 1) : undefined;
            if (name && /^[a-z0-9][a-z0-9-]{1,22}[a-z0-9]$/.test(name))
                return { kind, name, resource: `https://${domain}` };
        }
    }
    return undefined;
}
/** The vault a key id (a KEK's kid) belongs to: its origin, and its kind when the host tells. */
function vaultOfKeyId(kid) {
    const host = vaultOfHost(hostOf(kid));
    return { url: new URL(kid).origin, ...(host ? { kind: host.kind } : {}) };
}
/** The kind a vault is known to be, from its host when nothing else said. */
function kindOf(vault) {
    return vault.kind ?? vaultOfHost(hostOf(vault.url))?.kind;
}
/**
 * How `az keyvault` commands name the vault: --hsm-name NAME or --vault-name NAME, with the name from its host or a
 * placeholder. A vault of unknown kind is taken for a Managed HSM, byok's first target.
 */
function azVault(vault) {
    const kind = kindOf(vault) ?? 'managedhsm';
    const name = vaultOfHost(hostOf(vault.url))?.name ?? (kind === 'vault' ? 'VAULT' : 'HSM');
    return `${VAULT_CAPABILITIES[kind].azFlag} ${name}`;
}
/** The host part of a vault or key URL, or '' when it is none. */
function hostOf(url) {
    try {
        return new URL(url ?? '').hostname;
    }
    catch {
        return '';
    }
}
const KEY_TYPE_NAMES = { RSA: 'RSA', EC: 'EC', oct: 'AES (oct-HSM)' };
/**
 * Refuses, before any request, a key type the vault's kind does not import. A vault of unknown kind (a private
 * endpoint or loopback address without `vault-kind`) is left to the service to judge.
 */
function checkVaultTakes(vault, keyType, subject) {
    if (vault.kind === undefined)
        return;
    const capabilities = VAULT_CAPABILITIES[vault.kind];
    if (capabilities.keyTypes.includes(keyType))
        return;
    throw new ConfigurationError('TARGET_TYPE_UNSUPPORTED', `${subject} is an ${KEY_TYPE_NAMES[keyType]} key, which ${capabilities.title} ${vault.url} cannot import; it imports ${capabilities.keyTypes.map((t) => KEY_TYPE_NAMES[t]).join(' and ')} keys`, keyType === 'oct'
        ? 'AES keys go into a Managed HSM (hsm-name): import this key there, or bring an RSA or EC key to this vault'
        : `Bring a key of a type ${capabilities.title} imports`);
}


/***/ }),

/***/ 17375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ resolveVault),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33904);
/* harmony import */ var _vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(67797);


/** hsm-name / vault-name: 3-24 letters, digits and hyphens, starting with a letter (Azure's naming rule). */
const RESOURCE_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/;
function isLoopbackHost(hostname) {
    return (hostname === 'localhost' ||
        hostname === '[::1]' ||
        hostname === '::1' ||
        /^127(\.\d{1,3}){3}$/.test(hostname));
}
/** The vault named by exactly one of hsm-name, vault-name or vault-url, and its kind (host, else vault-kind). */
function resolveVault(options) {
    const target = vaultAddress(options);
    const fromHost = (0,_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .vaultOfHost */ .s7)(new URL(target.url).hostname)?.kind;
    const chosen = options.vaultKind === 'auto' ? undefined : options.vaultKind;
    if (chosen && fromHost && chosen !== fromHost) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('VAULT_INPUT_INVALID', `Input "vault-kind" is ${chosen}, but ${target.url} is a ${_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .VAULT_CAPABILITIES */ .uT[fromHost].title}`, 'Leave "vault-kind" at auto for a vault named by its Azure host; it is for hosts that do not tell (private endpoints)');
    }
    const kind = chosen ?? fromHost;
    return { ...target, ...(kind ? { kind } : {}) };
}
function vaultAddress(options) {
    const given = ['hsm-name', 'vault-name', 'vault-url'].filter((_, i) => [options.hsmName, options.vaultName, options.vaultUrl][i] !== undefined);
    if (given.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('VAULT_INPUT_INVALID', given.length === 0
            ? 'No vault given'
            : `Inputs ${given.map((g) => `"${g}"`).join(' and ')} are both set`, 'Set exactly one of "hsm-name" (Managed HSM), "vault-name" (Key Vault Premium) or "vault-url"');
    }
    for (const [input, name] of [
        ['hsm-name', options.hsmName],
        ['vault-name', options.vaultName],
    ]) {
        if (name !== undefined && !RESOURCE_NAME.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('VAULT_INPUT_INVALID', `Input "${input}" is ${JSON.stringify(name.slice(0, 80))}; expected 3-24 letters, digits and hyphens`, `Set "${input}" to the resource's name, not its URL`);
        }
    }
    if (options.hsmName)
        return { url: `https://${options.hsmName.toLowerCase()}.managedhsm.azure.net`, loopback: false };
    if (options.vaultName)
        return { url: `https://${options.vaultName.toLowerCase()}.vault.azure.net`, loopback: false };
    let url;
    try {
        url = new URL(options.vaultUrl);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('VAULT_INPUT_INVALID', `Input "vault-url" is not a URL`, 'Set "vault-url" to https://HOST');
    }
    if (url.protocol !== 'https:' ||
        url.username ||
        url.password ||
        url.search ||
        url.hash ||
        (url.pathname !== '/' && url.pathname !== '')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('VAULT_INPUT_INVALID', `Input "vault-url" must be a bare https origin, got ${JSON.stringify(url.href.slice(0, 120))}`, 'Set "vault-url" to https://HOST[:PORT]');
    }
    return { url: url.origin, loopback: isLoopbackHost(url.hostname) };
}


/***/ }),

/***/ 33904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ ByokError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony export ERROR_CODES */
/**
 * Every error code byok reports, one entry each. Codes are stable: users and tests match them, and each has a section
 * in docs/troubleshooting.md (a test holds that).
 */
const ERROR_CODES = (/* unused pure expression or super */ null && ([
    // Inputs and files
    'INPUT_INVALID',
    'INPUT_REQUIRED',
    'USAGE',
    'FILE_NOT_FOUND',
    'FILE_NOT_REGULAR',
    'FILE_TOO_LARGE',
    'OUTPUT_NOT_WRITABLE',
    'CONFIRMATION_REFUSED',
    'DEMO_FAILED',
    'JOB_OUTPUT_MISSING',
    // Vault address and sign-in
    'VAULT_INPUT_INVALID',
    'AUTH_INPUT_INVALID',
    'AUTH_UNAVAILABLE',
    'AUTH_FAILED',
    'AUTH_TENANT_MISMATCH',
    'OIDC_UNAVAILABLE',
    'OIDC_TOKEN_FAILED',
    // Answers of the vault
    'FORBIDDEN',
    'CONFLICT',
    'REFUSED',
    'NOT_FOUND',
    'THROTTLED',
    'SERVICE_ERROR',
    'KEY_STATE',
    // The KEK
    'KEK_TYPE_INVALID',
    'KEK_NOT_HSM',
    'KEK_SIZE_INVALID',
    'KEK_OPS_INVALID',
    'KEK_DISABLED',
    'KEK_EXPIRED',
    'KEK_NOT_YET_VALID',
    'KEK_EXISTS',
    'KEK_NOT_REUSABLE',
    'KEK_NAME_DELETED',
    'KEK_ID_INVALID',
    'KEK_OTHER_VAULT',
    'KEK_FILE_NOT_FOUND',
    'KEK_NOT_FOUND',
    'KEK_ID_MISMATCH',
    'KEK_METADATA_INVALID',
    'KEK_FINGERPRINT_MISMATCH',
    'PEM_INVALID',
    'PEM_PRIVATE_KEY',
    'PEM_CERTIFICATE',
    // The .byok file and its sidecar
    'BYOK_INVALID',
    'BYOK_NOT_FOUND',
    'BYOK_KID_MISMATCH',
    'BYOK_CIPHERTEXT_LENGTH',
    'BYOK_TAMPERED',
    'AES_KEY_SIZE',
    'SIDECAR_INVALID',
    'KEY_TYPE_UNKNOWN',
    'KEY_TYPE_UNSUPPORTED',
    'PUBLIC_KEY_MISMATCH',
    'KEY_CHECK_MISMATCH',
    // Import
    'KEY_EXISTS',
    'IMPORT_UNCONFIRMED',
    'IMPORTED_KEY_MISMATCH',
    'KCV_UNSUPPORTED',
    'RELEASE_POLICY_INVALID',
    'APPROVALS_UNAVAILABLE',
    'APPROVAL_MISSING',
    'APPROVAL_SELF',
    // Many keys in one ceremony
    'KEY_LIST_INVALID',
    'KEY_LIST_TAMPERED',
    'KEY_LIST_MISMATCH',
    'KEYS_FAILED',
    // The on-premises HSM
    'HSM_MODULE_NOT_FOUND',
    'HSM_MODULE_INVALID',
    'PKCS11_BINDING_UNAVAILABLE',
    'HSM_TOKEN_NOT_FOUND',
    'HSM_TOKEN_AMBIGUOUS',
    'HSM_TOKEN_NOT_PRESENT',
    'HSM_TOKEN_READ_ONLY',
    'HSM_TOKEN_FULL',
    'HSM_SLOT_INVALID',
    'HSM_PIN_INCORRECT',
    'HSM_PIN_LOCKED',
    'HSM_PIN_EXPIRED',
    'HSM_PIN_NOT_INITIALIZED',
    'HSM_LOGIN_FAILED',
    'HSM_NOT_LOGGED_IN',
    'HSM_KEY_NOT_EXTRACTABLE',
    'HSM_KEY_NOT_WRAPPABLE',
    'HSM_KEY_USE_NOT_PERMITTED',
    'HSM_MECHANISM_UNSUPPORTED',
    'HSM_KWP_UNSUPPORTED',
    'HSM_KWP_UNVERIFIABLE',
    'HSM_KWP_KNOWN_ANSWER_FAILED',
    'HSM_KWP_ALIGNED_ONLY',
    'HSM_EC_POINT_INVALID',
    'HSM_CALL_FAILED',
    'HSM_FAILED',
    'TARGET_NOT_FOUND',
    'TARGET_AMBIGUOUS',
    'TARGET_EXISTS',
    'TARGET_TYPE_UNSUPPORTED',
    'TARGET_TYPE_MISMATCH',
    'TARGET_SIZE_UNSUPPORTED',
    'TARGET_CURVE_UNSUPPORTED',
    'TARGET_NOT_EXTRACTABLE',
    'TARGET_NEEDS_TRUSTED_WRAP',
    'TARGET_PUBLIC_KEY_MISSING',
    'WRAP_NATIVE_UNSUPPORTED',
    'WRAP_OAEP_LENGTH',
    // Artifacts between jobs
    'ARTIFACT_RUNTIME_MISSING',
    'ARTIFACT_NOT_FOUND',
    'ARTIFACT_UNSUPPORTED',
    'ARTIFACT_EXISTS',
    'ARTIFACT_ACCESS_DENIED',
    'ARTIFACT_SERVICE_FAILED',
    'ARTIFACT_FILES_INVALID',
    'ARTIFACT_TAMPERED',
]));
/**
 * One error type for the whole library. `code` is stable (tests and users can match it), `hint` says what to do.
 * A ConfigurationError is the user's to fix (bad input, wrong PIN, missing role): the front end prints one line
 * without a stack. Any other error is internal and gets its stack under debug.
 */
class ByokError extends Error {
    name = 'ByokError';
    code;
    hint;
    constructor(code, message, hint, options) {
        super(message, options);
        this.code = code;
        this.hint = hint;
    }
    /** The message and the hint, on one line. */
    get oneLine() {
        const text = this.hint ? `${this.message}. ${this.hint}` : this.message;
        return text.replace(/\s*\n\s*/g, ' ');
    }
}
class ConfigurationError extends ByokError {
    name = 'ConfigurationError';
}


/***/ }),

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   WK: () => (/* binding */ inputsFrom),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   _A: () => (/* binding */ tags),
/* harmony export */   bg: () => (/* binding */ validity),
/* harmony export */   cX: () => (/* binding */ versionedKeyId),
/* harmony export */   hl: () => (/* binding */ ckaId),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   xT: () => (/* binding */ keyName),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony exports invalid, required, duration, date, KEY_NAME_PATTERN, keyFingerprint, keyCheckValue, slotId, mechanism, refuseInputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33904);
/* harmony import */ var _keys_key_id_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(43589);



/** An InputSource over plain values (the command line's flags, tests). */
function inputsFrom(values) {
    return { get: (name) => (values[name] === '' ? undefined : values[name]) };
}
function invalid(name, value, expected) {
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "${name}" is ${JSON.stringify(shown)}; expected ${expected}`, `Set "${name}" to ${expected}`);
}
function optional(inputs, name) {
    const value = inputs.get(name);
    return value === '' ? undefined : value;
}
function required(inputs, name) {
    const value = optional(inputs, name);
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('INPUT_REQUIRED', `Input "${name}" is required`, `Set "${name}"`);
    return value;
}
function choice(inputs, name, values, fallback) {
    const value = optional(inputs, name) ?? fallback;
    if (value === undefined)
        return required(inputs, name);
    const match = values.find((v) => v.toLowerCase() === value.toLowerCase());
    if (match === undefined)
        throw invalid(name, value, `one of ${values.join(', ')}`);
    return match;
}
function boolean(inputs, name, fallback) {
    const value = optional(inputs, name);
    if (value === undefined)
        return fallback;
    if (/^true$/i.test(value))
        return true;
    if (/^false$/i.test(value))
        return false;
    throw invalid(name, value, 'true or false');
}
/** A whole number from `allowed`; `fallback` when unset (required when there is none). */
function integer(inputs, name, allowed, fallback) {
    const value = optional(inputs, name);
    if (value === undefined) {
        if (fallback === undefined)
            required(inputs, name);
        return fallback;
    }
    const number = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
    if (!allowed.includes(number))
        throw invalid(name, value, `one of ${allowed.join(', ')}`);
    return number;
}
const UNIT_SECONDS = { m: 60, h: 3600, d: 86400 };
/** A duration such as 30m, 24h or 7d, in seconds. */
function duration(inputs, name, max = { seconds: 3650 * 86400, text: '3650d' }) {
    const value = optional(inputs, name);
    if (value === undefined)
        return undefined;
    const match = /^(\d{1,5})([mhd])$/.exec(value);
    const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2]] : 0;
    if (!match || seconds <= 0 || seconds > max.seconds)
        throw invalid(name, value, `a duration like 30m, 24h or 7d (at most ${max.text})`);
    return seconds;
}
/** An instant: ISO 8601 date or date-time. */
function date(inputs, name) {
    const value = optional(inputs, name);
    if (value === undefined)
        return undefined;
    const time = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
        ? Date.parse(value)
        : NaN;
    if (Number.isNaN(time))
        throw invalid(name, value, 'an ISO 8601 date such as 2027-01-31 or 2027-01-31T12:00:00Z');
    return new Date(time);
}
/** not-before and expires, in that order when both are given. */
function validity(inputs, names = { notBefore: 'not-before', expires: 'expires' }) {
    const notBefore = date(inputs, names.notBefore);
    const expiresOn = date(inputs, names.expires);
    if (notBefore && expiresOn && notBefore >= expiresOn) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "${names.notBefore}" is not earlier than "${names.expires}"`, `Set "${names.notBefore}" before "${names.expires}"`);
    }
    return { ...(notBefore ? { notBefore } : {}), ...(expiresOn ? { expiresOn } : {}) };
}
/** A Key Vault key name: 1-127 letters, digits and hyphens. */
const KEY_NAME_PATTERN = /^[0-9a-zA-Z-]{1,127}$/;
function keyName(inputs, name, fallback) {
    const value = optional(inputs, name) ?? fallback ?? required(inputs, name);
    if (!KEY_NAME_PATTERN.test(value))
        throw invalid(name, value, 'a key name of 1-127 letters, digits and hyphens');
    return value;
}
/** A versioned key id https://HOST/keys/NAME/VERSION, as action-kek-create outputs it. */
function versionedKeyId(inputs, name) {
    const value = optional(inputs, name);
    if (value !== undefined && !(0,_keys_key_id_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersionedKeyId */ .p)(value))
        throw invalid(name, value, 'a versioned key id https://HOST/keys/NAME/VERSION');
    return value;
}
/** A public key fingerprint as byok prints it: sha256:<64 lowercase hex>. */
function keyFingerprint(inputs, name) {
    const value = optional(inputs, name);
    if (value !== undefined && !FINGERPRINT_PATTERN.test(value))
        throw invalid(name, value, 'sha256:<64 lowercase hex>, as a byok step prints it');
    return value;
}
/** byok's key check value of an AES key, as the wrap job outputs it: 32 lowercase hex digits. */
function keyCheckValue(inputs, name) {
    const value = optional(inputs, name);
    if (value !== undefined && !KEY_CHECK_PATTERN.test(value))
        throw invalid(name, value, "32 lowercase hex digits, the wrap job's key-check-value output");
    return value;
}
/** A comma or newline separated list, trimmed, empty items dropped. */
function list(inputs, name) {
    const value = optional(inputs, name);
    if (value === undefined)
        return undefined;
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
/** Tags as `key=value` lines (or comma separated); Key Vault allows 15 tags, names up to 512 and values 256 chars. */
function tags(inputs, name) {
    const items = list(inputs, name);
    if (items === undefined)
        return undefined;
    const result = {};
    for (const item of items) {
        const at = item.indexOf('=');
        const key = at > 0 ? item.slice(0, at).trim() : '';
        const value = at > 0 ? item.slice(at + 1).trim() : '';
        if (!key || key.length > 512 || value.length > 256 || /[\p{Cc}]/u.test(item)) {
            throw invalid(name, item, 'tags as key=value, one per line (keys up to 512 and values up to 256 printable characters)');
        }
        if (key in result)
            throw invalid(name, item, 'each tag key once');
        result[key] = value;
    }
    if (Object.keys(result).length > 15)
        throw invalid(name, `${Object.keys(result).length} tags`, 'at most 15 tags');
    return result;
}
/** A PKCS#11 CKA_ID as hex (input "key-id"). */
function ckaId(inputs, name) {
    const value = optional(inputs, name);
    if (value === undefined)
        return undefined;
    if (!/^([0-9a-fA-F]{2}){1,64}$/.test(value))
        throw invalid(name, value, 'the CKA_ID as hex (2-128 hex digits), or nothing');
    return Buffer.from(value, 'hex');
}
/** A PKCS#11 slot number, decimal or 0x hex. */
function slotId(inputs, name) {
    const value = optional(inputs, name);
    if (value !== undefined && !/^(\d{1,20}|0x[0-9a-f]{1,16})$/i.test(value))
        throw invalid(name, value, 'a slot number (decimal or 0x hex), or use "token-label"');
    return value;
}
/** A PKCS#11 CKA_LABEL: 1-256 printable characters (a control character would reach every log line naming it). */
function label(inputs, name) {
    const value = required(inputs, name);
    if (value.length > 256 || /\p{Cc}/u.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "${name}" must be 1-256 printable characters`, `Set "${name}" to the CKA_LABEL of the key`);
    return value;
}
/** A mechanism number, 0x hex or decimal; `auto` (undefined) lets byok probe and test. */
function mechanism(inputs, name, examples) {
    const text = optional(inputs, name) ?? 'auto';
    if (/^auto$/i.test(text))
        return undefined;
    const value = /^0x[0-9a-f]{1,8}$/i.test(text)
        ? Number.parseInt(text.slice(2), 16)
        : /^\d{1,10}$/.test(text)
            ? Number(text)
            : NaN;
    if (!Number.isSafeInteger(value) || value <= 0 || value > 0xffffffff)
        throw invalid(name, text, `auto or a mechanism number such as ${examples}`);
    return value;
}
/**
 * Inputs that do not apply in a mode (a key list replaces the single key's inputs). The runner passes an input's
 * action.yml default when the workflow sets none, so each must be unset or equal to its default (given in `names`).
 */
function refuseInputs(inputs, names, because, hint) {
    const set = Object.entries(names).filter(([name, fallback]) => {
        const value = optional(inputs, name);
        return value !== undefined && value.toLowerCase() !== fallback?.toLowerCase();
    });
    if (set.length > 0)
        throw new ConfigurationError('INPUT_INVALID', `Input${set.length > 1 ? 's' : ''} ${set.map(([name]) => `"${name}"`).join(', ')} ${set.length > 1 ? 'are' : 'is'} set; ${because}`, hint);
}


/***/ }),

/***/ 14036:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ KEK_METADATA_FILE),
/* harmony export */   fA: () => (/* binding */ serializeKekMetadata)
/* harmony export */ });
/* unused harmony export parseKekMetadata */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33904);




const KEK_METADATA_FILE = 'byok-kek.json';
function serializeKekMetadata(metadata) {
    return `${JSON.stringify(metadata, null, 2)}\n`;
}
/** Reads byok-kek.json strictly: every field typed, nothing taken on trust. */
function parseKekMetadata(text, source) {
    const invalid = (problem) => new ConfigurationError('KEK_METADATA_INVALID', `${source}: ${problem}`, 'Use the byok-kek.json that action-kek-download wrote, or remove it and give kek-id');
    const m = parseJsonObject(text, invalid);
    if (typeof m.kid !== 'string' || !parseVersionedKeyId(m.kid)) {
        throw invalid('"kid" is not a versioned key id');
    }
    if (typeof m.fingerprint !== 'string' || !FINGERPRINT_PATTERN.test(m.fingerprint))
        throw invalid('"fingerprint" is not sha256:<64 hex>');
    if (typeof m.keySize !== 'number' || ![2048, 3072, 4096].includes(m.keySize))
        throw invalid('"keySize" is not 2048, 3072 or 4096');
    if (typeof m.vaultUrl !== 'string' || !/^https:\/\//.test(m.vaultUrl))
        throw invalid('"vaultUrl" is not an https URL');
    if (m.expiresOn !== undefined &&
        (typeof m.expiresOn !== 'string' || Number.isNaN(Date.parse(m.expiresOn)))) {
        throw invalid('"expiresOn" is not a date');
    }
    return {
        kid: m.kid,
        fingerprint: m.fingerprint,
        keySize: m.keySize,
        vaultUrl: m.vaultUrl,
        ...(m.expiresOn === undefined ? {} : { expiresOn: m.expiresOn }),
    };
}


/***/ }),

/***/ 43589:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ parseVersionedKeyId)
/* harmony export */ });
/** A versioned key id as the service writes it: https://HOST/keys/NAME/VERSION (docs/byok-format.md "REST"). */
const VERSIONED_KEY_ID = /^(https:\/\/[^/\s]+)\/keys\/([0-9a-zA-Z-]{1,127})\/([0-9a-fA-F]{32})$/;
/** Splits a versioned key id; undefined when the text is not one. */
function parseVersionedKeyId(kid) {
    const match = VERSIONED_KEY_ID.exec(kid);
    if (!match)
        return undefined;
    const base = match[1];
    return {
        // Normalised (case, default port) when the host parses, so it compares with a vault URL.
        origin: URL.canParse(base) ? new URL(base).origin : base.toLowerCase(),
        name: match[2],
        version: match[3],
    };
}


/***/ }),

/***/ 78043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ credentialInputs),
/* harmony export */   z: () => (/* binding */ vaultInput)
/* harmony export */ });
/* harmony import */ var _azure_vault_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17375);
/* harmony import */ var _azure_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(67797);
/* harmony import */ var _inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74810);



/** The vault named by hsm-name / vault-name / vault-url (exactly one), of the kind its host or vault-kind says. */
function vaultInput(inputs) {
    return (0,_azure_vault_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveVault */ .$)({
        hsmName: (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, 'hsm-name'),
        vaultName: (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, 'vault-name'),
        vaultUrl: (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, 'vault-url'),
        vaultKind: (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(inputs, 'vault-kind', ['auto', ..._azure_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .VAULT_KINDS */ .nc], 'auto'),
    });
}
/** How to sign in: client-id + tenant-id (GitHub OIDC in a workflow), or the environment's credential. */
function credentialInputs(inputs) {
    return {
        clientId: (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, 'client-id'),
        tenantId: (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, 'tenant-id'),
        audience: (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, 'audience') ?? 'api://AzureADTokenExchange',
        authorityHost: (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, 'authority-host'),
    };
}


/***/ }),

/***/ 72946:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ readExportKekRequest)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(33904);
/* harmony import */ var _inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74810);
/* harmony import */ var _kek_metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(14036);
/* harmony import */ var _azure_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(78043);





/** The inputs of action-kek-download / `byok kek download`, checked before any request. */
function readExportKekRequest(inputs) {
    const kid = (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .versionedKeyId */ .cX)(inputs, 'kek-id');
    const path = (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, 'path') ?? 'KEKforBYOK.publickey.pem';
    const keyList = (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, 'key-list');
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path) === _kek_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .KEK_METADATA_FILE */ .B0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "path" is ${JSON.stringify(path)}, the name of the ${_kek_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .KEK_METADATA_FILE */ .B0} written beside the PEM`, 'Set "path" to a .pem file name such as KEKforBYOK.publickey.pem');
    return {
        vault: (0,_azure_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .vaultInput */ .z)(inputs),
        ...(kid === undefined ? { name: (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .keyName */ .xT)(inputs, 'kek-name', 'KEKforBYOK') } : { kid }),
        path,
        ...(keyList === undefined ? {} : { keyList }),
    };
}


/***/ }),

/***/ 46785:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   xx: () => (/* binding */ visibleControls)
/* harmony export */ });
/**
 * The forms in which a secret could be printed: itself, base64, base64url and URL-encoded. Masking matches exact
 * strings only, so each form is registered (BYOK's rule: derived forms of a secret are masked too, or never printed).
 */
function secretForms(value) {
    if (value.length === 0)
        return [];
    return [
        value,
        Buffer.from(value).toString('base64'),
        Buffer.from(value).toString('base64url'),
        encodeURIComponent(value),
    ];
}
/** `text` with every occurrence of every secret replaced by ***. */
function scrubSecrets(text, secrets) {
    let result = text;
    for (const secret of secrets)
        result = result.split(secret).join('***');
    return result;
}
/** Control characters (but newlines) shown as \xNN, so that a value echoed from input cannot rewrite the terminal. */
function visibleControls(text) {
    return text.replace(/[^\P{Cc}\n]/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 89635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ issueCommand),
/* harmony export */   s: () => (/* binding */ issue)
/* harmony export */ });
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(70857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4679);


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ toCommandValue),
/* harmony export */   k: () => (/* binding */ toCommandProperties)
/* harmony export */ });
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(23356);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
