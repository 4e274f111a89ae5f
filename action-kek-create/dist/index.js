import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6568:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_operations_create_kek_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7460);
/* harmony import */ var _shared_src_action_azure_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5149);
/* harmony import */ var _shared_src_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7013);
/* harmony import */ var _shared_src_action_outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3760);
/* harmony import */ var _shared_src_action_run_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7471);
/* harmony import */ var _shared_src_action_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7406);






await (0,_shared_src_action_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .C)(async () => {
    const request = (0,_shared_src_operations_create_kek_js__WEBPACK_IMPORTED_MODULE_0__/* .readCreateKekRequest */ .d)(_shared_src_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionInputs */ .e);
    const result = await (0,_shared_src_operations_create_kek_js__WEBPACK_IMPORTED_MODULE_0__/* .createKek */ .c)(request, await (0,_shared_src_action_azure_js__WEBPACK_IMPORTED_MODULE_1__/* .actionAzureAccess */ .I)(), _shared_src_action_run_js__WEBPACK_IMPORTED_MODULE_4__/* .actionLogger */ .v);
    (0,_shared_src_action_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutputs */ .n)(result.outputs);
    await (0,_shared_src_action_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSummary */ .S)(result.report);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5149:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ actionAzureAccess)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./shared/src/action/core.ts
var core = __nccwpck_require__(2139);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/azure/vault.ts
var vault = __nccwpck_require__(7375);
;// CONCATENATED MODULE: ./shared/src/azure/credential.ts


function authorityIsLoopback(authorityHost) {
    const host = authorityHost ?? process.env.AZURE_AUTHORITY_HOST;
    if (!host)
        return false;
    try {
        return (0,vault/* isLoopbackHost */.c)(new URL(host).hostname);
    }
    catch {
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Authority host ${JSON.stringify(host.slice(0, 80))} is not a URL`, 'Set "authority-host" to https://login.microsoftonline.com or your cloud\'s authority');
    }
}
/**
 * GitHub OIDC federation when client-id and tenant-id are given (no stored secret); otherwise
 * DefaultAzureCredential (environment, workload identity, managed identity, the azure/login session).
 * Instance discovery goes to login.microsoftonline.com, so it is off for a loopback authority.
 */
async function createCredential(options) {
    const { clientId, tenantId } = options;
    if ((clientId === undefined) !== (tenantId === undefined)) {
        throw new errors/* ConfigurationError */.j1('AUTH_INPUT_INVALID', `Input "${clientId === undefined ? 'client-id' : 'tenant-id'}" is missing`, 'Set both "client-id" and "tenant-id" for OIDC, or neither to use the environment\'s credential');
    }
    const identity = await Promise.all(/* import() */[__nccwpck_require__.e(711), __nccwpck_require__.e(563)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5563));
    const common = {
        ...(options.authorityHost ? { authorityHost: options.authorityHost } : {}),
        disableInstanceDiscovery: authorityIsLoopback(options.authorityHost),
    };
    if (clientId !== undefined && tenantId !== undefined) {
        const getIdToken = options.getIdToken;
        if (!getIdToken)
            throw new errors/* ConfigurationError */.j1('OIDC_UNAVAILABLE', 'No OIDC token source', 'Run inside GitHub Actions with permissions: id-token: write');
        return new identity.ClientAssertionCredential(tenantId, clientId, () => getIdToken(options.audience), common);
    }
    return new identity.DefaultAzureCredential(common);
}

// EXTERNAL MODULE: ./shared/src/operations/azure-inputs.ts
var azure_inputs = __nccwpck_require__(939);
// EXTERNAL MODULE: ./shared/src/action/inputs.ts
var inputs = __nccwpck_require__(7013);
// EXTERNAL MODULE: ./shared/src/action/secrets.ts
var secrets = __nccwpck_require__(9331);
;// CONCATENATED MODULE: ./shared/src/action/azure.ts







/**
 * The Azure SDK logs (AZURE_LOG_LEVEL) go to the step's debug log, scrubbed like everything byok prints, instead of
 * straight to stderr where no secret is masked.
 */
async function routeAzureSdkLog() {
    const { AzureLogger } = await __nccwpck_require__.e(/* import() */ 567).then(__nccwpck_require__.bind(__nccwpck_require__, 7567));
    AzureLogger.log = (...args) => core/* debug */.Yz((0,secrets/* scrub */._I)((0,external_node_util_.format)(...args)));
}
/**
 * The Azure access of an action: signed in with GitHub OIDC (client-id + tenant-id) or the environment's
 * credential. Without `permissions: id-token: write` the runner sets no OIDC request variables: say so before any
 * request. Tokens are registered for scrubbing as they are issued.
 */
async function actionAzureAccess() {
    const options = (0,azure_inputs/* credentialInputs */.H)(inputs/* actionInputs */.e);
    if (options.clientId !== undefined && !process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
        throw new errors/* ConfigurationError */.j1('OIDC_UNAVAILABLE', 'This job cannot request a GitHub OIDC token for "client-id"', 'Add "permissions: id-token: write" to the job');
    }
    await routeAzureSdkLog();
    const credential = await createCredential({ ...options, getIdToken: githubIdToken });
    return { credential: registeringTokens(credential) };
}
/** MSAL asks for the assertion twice per token request; a token younger than this is handed out again. */
const ID_TOKEN_REUSE_MS = 60_000;
let lastIdToken;
/** A GitHub OIDC token, fetched when the exchange needs it (it lives about 5 minutes) and scrubbed from output. */
async function githubIdToken(audience) {
    if (lastIdToken?.audience === audience && Date.now() - lastIdToken.at < ID_TOKEN_REUSE_MS)
        return lastIdToken.token;
    let token;
    try {
        token = await core/* getIDToken */.V9(audience);
    }
    catch (error) {
        throw new errors/* ByokError */.i('OIDC_TOKEN_FAILED', `GitHub did not issue an OIDC token for audience "${audience}" (${error instanceof Error ? error.message : String(error)})`, 'Rerun the job; if it keeps failing, check the job has "permissions: id-token: write" and GitHub\'s status', { cause: error });
    }
    (0,secrets/* registerSecret */.cl)(token);
    lastIdToken = { audience, token, at: Date.now() };
    return token;
}
/** Access tokens are scrubbed too: a service or library error could repeat the Authorization header. */
function registeringTokens(credential) {
    return {
        getToken: async (scopes, options) => {
            const token = await credential.getToken(scopes, options);
            if (token)
                (0,secrets/* registerSecret */.cl)(token.token);
            return token;
        },
    };
}


/***/ }),

/***/ 2139:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   V9: () => (/* binding */ getIDToken),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z: () => (/* reexport safe */ _node_modules_actions_core_lib_summary_js__WEBPACK_IMPORTED_MODULE_3__.z)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9635);
/* harmony import */ var _node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2902);
/* harmony import */ var _node_modules_actions_core_lib_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1170);

// @actions/core's own modules, by file: its exports map offers only the entry (lib/core.js), and the entry imports
// its OIDC client (with @actions/http-client and undici, ~0.9 MiB) and its platform module (@actions/exec) before
// any line runs. Each action reads inputs and writes workflow commands on every path; only a sign-in needs OIDC.


/**
 * The part of @actions/core that byok uses, loaded so that a step pays only for what its path needs. The workflow
 * commands, file commands and step summary are @actions/core's own code; the functions below are the entry's
 * one-line bindings of them (lib/core.js, 3.x), kept to the same behaviour (test/unit/action-core.test.ts
 * compares them with the entry's). The OIDC token request loads the whole entry, on first use.
 */

function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setSecret(secret) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_2__/* .issueFileCommand */ .n)('OUTPUT', (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareKeyValueMessage */ .v)(name, value));
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('set-output', { name }, value);
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
    const core = await __nccwpck_require__.e(/* import() */ 255).then(__nccwpck_require__.bind(__nccwpck_require__, 6255));
    return core.getIDToken(audience);
}


/***/ }),

/***/ 7013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ actionInputs)
/* harmony export */ });
/* unused harmony export secret */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2139);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9331);


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

/***/ 3760:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2139);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9331);


/** Sets step outputs; values are scrubbed so that a secret can never leave through an output. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(String(value)));
    }
}


/***/ }),

/***/ 7471:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction),
/* harmony export */   v: () => (/* binding */ actionLogger)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2139);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _secret_forms_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6785);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9331);




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

/***/ 9331:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QQ: () => (/* binding */ registerEnvironmentSecrets),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2139);
/* harmony import */ var _secret_forms_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6785);


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

/***/ 7406:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2139);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9331);


/** Who ran what: the rows that let a reviewer follow one ceremony across its jobs. */
function runRows() {
    const env = process.env;
    const run = env.GITHUB_RUN_ID
        ? `${env.GITHUB_REPOSITORY ?? ''} run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}`
        : undefined;
    return [
        ['Workflow run', run],
        ['Job', env.GITHUB_JOB],
        ['Actor', env.GITHUB_TRIGGERING_ACTOR ?? env.GITHUB_ACTOR],
    ];
}
/**
 * A step summary as a reviewer reads it: a heading, a two-column table of facts, then notes. Values are shown
 * as code so ids and fingerprints can be compared character by character across jobs.
 */
async function writeSummary(report, extraRows = []) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const { title, notes } = report;
    const rows = [...report.rows, ...extraRows];
    const escape = (text) => text.replace(/[|<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    const code = (value) => (value ? `\`${escape(value).replace(/`/g, "'")}\`` : '');
    const table = [...rows, ...runRows()]
        .filter((row) => row[1] !== undefined && row[1] !== '')
        .map(([label, value]) => `| ${escape(label)} | ${code(value)} |`);
    // A list's tables (one row per key) come after the facts, so the reviewer sees every key before approving.
    const tables = (report.tables ?? []).flatMap((t) => [
        '',
        `| ${t.columns.map(escape).join(' | ')} |`,
        `|${t.columns.map(() => '---').join('|')}|`,
        ...t.rows.map((cells) => `| ${cells.map(code).join(' | ')} |`),
    ]);
    const text = [
        `### ${title}`,
        '',
        '| | |',
        '|---|---|',
        ...table,
        ...tables,
        '',
        ...notes.map((note) => `- ${escape(note)}`),
        '',
    ].join('\n');
    await _core_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(text), true).write();
}


/***/ }),

/***/ 7797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   nc: () => (/* binding */ VAULT_KINDS),
/* harmony export */   s7: () => (/* binding */ vaultOfHost),
/* harmony export */   sC: () => (/* binding */ azVault),
/* harmony export */   uT: () => (/* binding */ VAULT_CAPABILITIES),
/* harmony export */   vM: () => (/* binding */ checkVaultTakes),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/* unused harmony export vaultOfKeyId */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);

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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('TARGET_TYPE_UNSUPPORTED', `${subject} is an ${KEY_TYPE_NAMES[keyType]} key, which ${capabilities.title} ${vault.url} cannot import; it imports ${capabilities.keyTypes.map((t) => KEY_TYPE_NAMES[t]).join(' and ')} keys`, keyType === 'oct'
        ? 'AES keys go into a Managed HSM (hsm-name): import this key there, or bring an RSA or EC key to this vault'
        : `Bring a key of a type ${capabilities.title} imports`);
}


/***/ }),

/***/ 7375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ resolveVault),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7797);


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

/***/ 6686:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   vt: () => (/* binding */ publicKeyFromJwk)
/* harmony export */ });
/* unused harmony exports toSpkiPem, FINGERPRINT_PATTERN, readPublicKeyPem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);


/** SubjectPublicKeyInfo PEM, byte for byte what `az keyvault key download` writes. */
function toSpkiPem(key) {
    return key.export({ type: 'spki', format: 'pem' }).toString();
}
/** `sha256:<hex>` over the SPKI DER: stable across PEM line endings and JWK encodings of one key. */
function fingerprint(key) {
    const der = key.export({ type: 'spki', format: 'der' });
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('hex')}`;
}
const FINGERPRINT_PATTERN = /^sha256:[0-9a-f]{64}$/;
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
        throw new ConfigurationError('PEM_INVALID', `${source} is not a PEM file`, `Give ${wanted} (-----BEGIN PUBLIC KEY-----)`);
    }
    if (labels.some((l) => l?.includes('PRIVATE KEY'))) {
        throw new ConfigurationError('PEM_PRIVATE_KEY', `${source} holds a private key, not a public key`, `Remove it from the workflow at once and give ${wanted} (-----BEGIN PUBLIC KEY-----)`);
    }
    if (labels.some((l) => l === 'CERTIFICATE')) {
        throw new ConfigurationError('PEM_CERTIFICATE', `${source} holds a certificate, not a public key`, `Give ${wanted} (-----BEGIN PUBLIC KEY-----)`);
    }
    if (labels.length !== 1 || (labels[0] !== 'PUBLIC KEY' && labels[0] !== 'RSA PUBLIC KEY')) {
        throw new ConfigurationError('PEM_INVALID', `${source} must hold exactly one public key, found: ${labels.join(', ')}`, `Give ${wanted}`);
    }
    try {
        return createPublicKey({ key: text, format: 'pem' });
    }
    catch (error) {
        throw new ConfigurationError('PEM_INVALID', `${source} holds a PEM public key that cannot be read`, `Give ${wanted}, unchanged`, { cause: error });
    }
}


/***/ }),

/***/ 3904:
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

/***/ 4195:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zM: () => (/* binding */ rules_boolean),
  Yq: () => (/* binding */ choice),
  hl: () => (/* binding */ ckaId),
  p0: () => (/* binding */ duration),
  WK: () => (/* binding */ inputsFrom),
  nd: () => (/* binding */ integer),
  xT: () => (/* binding */ keyName),
  Pf: () => (/* binding */ label),
  p_: () => (/* binding */ list),
  lq: () => (/* binding */ optional),
  gJ: () => (/* binding */ refuseInputs),
  _A: () => (/* binding */ tags),
  bg: () => (/* binding */ validity)
});

// UNUSED EXPORTS: KEY_NAME_PATTERN, date, invalid, keyCheckValue, keyFingerprint, mechanism, required, slotId, versionedKeyId

// EXTERNAL MODULE: ./shared/src/crypto/public-key.ts
var public_key = __nccwpck_require__(6686);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./shared/src/keys/key-check-value.ts

/**
 * byok's key check value of an AES key: AES-ECB(key, B), all 16 bytes, hex, where B is the first 16 bytes of
 * SHA-256("byok key check value v1"). The source HSM computes it with CKM_AES_ECB, the vault with AES-CBC and a zero
 * IV (one block: the same computation). It binds the key: a different key with the same 128-bit value is not found by
 * search. The traditional 3-byte KCV (AES-ECB of a zero block) is for people comparing with vendor tools only; a key
 * that matches it is found by brute force in seconds, so byok never checks with it. B is a constant no protocol
 * encrypts, so publishing AES(key, B) tells nothing about other uses of the key.
 */
const KEY_CHECK_BLOCK = (0,external_node_crypto_.createHash)('sha256')
    .update('byok key check value v1')
    .digest()
    .subarray(0, 16);
const key_check_value_KEY_CHECK_PATTERN = /^[0-9a-f]{32}$/;

;// CONCATENATED MODULE: ./shared/src/inputs/rules.ts




/** An InputSource over plain values (the command line's flags, tests). */
function inputsFrom(values) {
    return { get: (name) => (values[name] === '' ? undefined : values[name]) };
}
function invalid(name, value, expected) {
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    return new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "${name}" is ${JSON.stringify(shown)}; expected ${expected}`, `Set "${name}" to ${expected}`);
}
function optional(inputs, name) {
    const value = inputs.get(name);
    return value === '' ? undefined : value;
}
function required(inputs, name) {
    const value = optional(inputs, name);
    if (value === undefined)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', `Input "${name}" is required`, `Set "${name}"`);
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
function rules_boolean(inputs, name, fallback) {
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
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "${names.notBefore}" is not earlier than "${names.expires}"`, `Set "${names.notBefore}" before "${names.expires}"`);
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
    if (value !== undefined && !parseVersionedKeyId(value))
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
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "${name}" must be 1-256 printable characters`, `Set "${name}" to the CKA_LABEL of the key`);
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
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input${set.length > 1 ? 's' : ''} ${set.map(([name]) => `"${name}"`).join(', ')} ${set.length > 1 ? 'are' : 'is'} set; ${because}`, hint);
}


/***/ }),

/***/ 939:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ credentialInputs),
/* harmony export */   z: () => (/* binding */ vaultInput)
/* harmony export */ });
/* harmony import */ var _azure_vault_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7375);
/* harmony import */ var _azure_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7797);
/* harmony import */ var _inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4195);



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

/***/ 7460:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ create_kek_createKek),
  d: () => (/* binding */ readCreateKekRequest)
});

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
;// CONCATENATED MODULE: ./shared/src/kek/rules.ts

const KEK_SIZES = [2048, 3072, 4096];
function kekSize(kek) {
    return kek.publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
}
/**
 * The rules the service applies to a KEK at import time (docs/byok-format.md): RSA-HSM 2048/3072/4096, key_ops exactly
 * ["import"], enabled, inside its nbf/exp window. Checking them first turns a late import failure into an early,
 * precise one.
 */
function rules_checkKek(kek, now = new Date()) {
    const fix = 'Create a KEK with action-kek-create (RSA-HSM, key_ops ["import"]) or name a valid one';
    if (kek.kty !== 'RSA-HSM' && kek.kty !== 'RSA') {
        throw new errors/* ConfigurationError */.j1('KEK_TYPE_INVALID', `${kek.kid} is a ${kek.kty} key; a KEK must be RSA-HSM`, fix);
    }
    if (kek.kty !== 'RSA-HSM') {
        throw new errors/* ConfigurationError */.j1('KEK_NOT_HSM', `${kek.kid} is a software-protected RSA key; a KEK must be RSA-HSM`, fix);
    }
    const size = kekSize(kek);
    if (!KEK_SIZES.includes(size)) {
        throw new errors/* ConfigurationError */.j1('KEK_SIZE_INVALID', `${kek.kid} is RSA-${size}; a KEK must be RSA 2048, 3072 or 4096`, fix);
    }
    if (kek.keyOps.length !== 1 || kek.keyOps[0] !== 'import') {
        throw new errors/* ConfigurationError */.j1('KEK_OPS_INVALID', `${kek.kid} allows [${kek.keyOps.join(', ')}]; a KEK must allow exactly [import]`, fix);
    }
    if (!kek.enabled) {
        throw new errors/* ConfigurationError */.j1('KEK_DISABLED', `${kek.kid} is disabled`, 'Enable it, or create a new KEK with action-kek-create (if-exists: rotate)');
    }
    if (kek.expiresOn && kek.expiresOn.getTime() <= now.getTime()) {
        throw new errors/* ConfigurationError */.j1('KEK_EXPIRED', `${kek.kid} expired at ${kek.expiresOn.toISOString()}`, 'Create a new KEK version with action-kek-create (if-exists: rotate)');
    }
    if (kek.notBefore && kek.notBefore.getTime() > now.getTime()) {
        throw new errors/* ConfigurationError */.j1('KEK_NOT_YET_VALID', `${kek.kid} is not valid before ${kek.notBefore.toISOString()}`, 'Wait until then or create a new KEK version');
    }
}

// EXTERNAL MODULE: ./shared/src/azure/vault-kinds.ts
var vault_kinds = __nccwpck_require__(7797);
;// CONCATENATED MODULE: ./shared/src/azure/errors.ts


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
function errors_translateAzureError(error, action, vault) {
    // byok's own error may arrive wrapped by @azure/identity (e.g. a failed OIDC token request inside MSAL).
    for (let inner = error; inner instanceof Error; inner = inner.cause) {
        if (inner instanceof errors/* ByokError */.i)
            return inner;
    }
    const message = error instanceof Error ? error.message.split('\n')[0]?.trim() : String(error);
    const otherTenant = /not configured to acquire tokens for tenant ([0-9a-zA-Z.-]+)/.exec(message ?? '')?.[1];
    if (otherTenant) {
        return new errors/* ConfigurationError */.j1('AUTH_TENANT_MISMATCH', `Could not ${action}: the vault belongs to tenant ${otherTenant}, not to the one the credential signs in to`, `Set "tenant-id" to ${otherTenant} and use an app registration (client-id) of that tenant`, { cause: error });
    }
    if (error instanceof Error && error.name === 'CredentialUnavailableError') {
        return new errors/* ConfigurationError */.j1('AUTH_UNAVAILABLE', `Could not ${action}: no Azure credential available (${message})`, 'Set "client-id" and "tenant-id" for GitHub OIDC (with permissions: id-token: write), or run azure/login first', { cause: error });
    }
    if (error instanceof Error && error.name === 'AuthenticationError') {
        return new errors/* ConfigurationError */.j1('AUTH_FAILED', `Could not ${action}: Azure sign-in failed (${message})`, 'Check "client-id", "tenant-id" and the federated credential subject (repo:OWNER/REPO:environment:NAME)', { cause: error });
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
        const resource = (0,vault_kinds/* vaultOfHost */.s7)((0,vault_kinds/* hostOf */.w4)(where.url))?.resource;
        return new errors/* ConfigurationError */.j1('AUTH_FAILED', `Not authenticated to ${detail}`, `Check the credential inputs and the vault address${resource ? ` (the vault takes tokens for ${resource})` : ''}`, { cause: error });
    }
    if (status === 403 && /not allowed on an? (disabled|expired|not yet valid) key/i.test(message ?? '')) {
        return new errors/* ConfigurationError */.j1('KEY_STATE', `The vault refused to ${detail}`, 'Enable the key or use one inside its validity window (for a KEK: action-kek-create with if-exists: rotate)', { cause: error });
    }
    if (status === 403)
        return forbidden(error, action, message ?? '', where);
    if (status === 409)
        return new errors/* ConfigurationError */.j1('CONFLICT', `Could not ${detail}`, `A deleted key keeps its name until it is purged: purge it (${vault_kinds/* VAULT_CAPABILITIES */.uT[(0,vault_kinds/* kindOf */.I)(where) ?? 'managedhsm'].purger}) or choose another name`, { cause: error });
    if (status === 400)
        return new errors/* ConfigurationError */.j1('REFUSED', `The vault refused to ${detail}`, 'Fix what the message names and run the job again', { cause: error });
    if (status === 429) {
        const kind = (0,vault_kinds/* kindOf */.I)(where);
        return new errors/* ByokError */.i('THROTTLED', `The vault kept throttling after retries with back-off: could not ${detail}`, `Another workload is using the vault's request budget${kind ? ` (${vault_kinds/* VAULT_CAPABILITIES */.uT[kind].limits})` : ''}; run the job again later`, { cause: error });
    }
    if (status === 404)
        return new errors/* ConfigurationError */.j1('NOT_FOUND', `Could not ${detail}`, 'Check the name and the vault', {
            cause: error,
        });
    return new errors/* ByokError */.i('SERVICE_ERROR', `Could not ${detail}`, 'The service failed after retries; run the job again later', { cause: error });
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
    const refuse = (lacks, hint) => new errors/* ConfigurationError */.j1('FORBIDDEN', `Not allowed to ${action}${lacks}`, hint, { cause: error });
    const lacks = dataAction ? `: ${who} lacks the data action ${dataAction}` : ` (${firstLine})`;
    const rbacRole = `the "Key Vault Crypto Officer" role on the vault (az role assignment create --role "Key Vault Crypto Officer" --assignee-object-id ${assignee} --scope VAULT_RESOURCE_ID)`;
    const setPolicy = (permission, name) => `az keyvault set-policy --name ${name} --object-id ${assignee} --key-permissions ${[...new Set(['get', permission])].join(' ')}`;
    if (policy) {
        const [, permission = 'get', name = 'VAULT'] = policy;
        return refuse(`: ${who} has no keys ${permission} permission in the access policy of key vault ${name}`, `Add it to the access policy (${setPolicy(permission, name)}; set-policy replaces the identity's key permissions, so list every one it needs)`);
    }
    if (azureRbac)
        return refuse(lacks, `Assign ${who} ${rbacRole}`);
    const kind = /\/managedHsm\//i.test(dataAction ?? '') ? 'managedhsm' : (0,vault_kinds/* kindOf */.I)(vault);
    if (kind === 'vault') {
        const name = (0,vault_kinds/* vaultOfHost */.s7)((0,vault_kinds/* hostOf */.w4)(vault.url))?.name ?? 'VAULT';
        return refuse(lacks, `Give ${who} the key permissions in the vault's access policy (${setPolicy('import', name)}), or, on a vault with Azure RBAC, ${rbacRole}`);
    }
    // Purging is the officer's; every operation byok performs is the Crypto User's.
    const role = /deletedKeys\/delete$/i.test(dataAction ?? '')
        ? 'Managed HSM Crypto Officer'
        : 'Managed HSM Crypto User';
    return refuse(lacks, `Assign ${who} the "${role}" role on /keys (az keyvault role assignment create ${(0,vault_kinds/* azVault */.sC)({ ...vault, kind: 'managedhsm' })} --role "${role}" --assignee-object-id ${assignee} --scope /keys)`);
}

// EXTERNAL MODULE: ./shared/src/crypto/public-key.ts
var public_key = __nccwpck_require__(6686);
;// CONCATENATED MODULE: ./shared/src/azure/idempotent-import.ts


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
    return (0,public_key/* publicKeyFromJwk */.vt)({ ...jwk, kty: jwk.kty }).equals(expected);
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
    const pipeline = await __nccwpck_require__.e(/* import() */ 711).then(__nccwpck_require__.bind(__nccwpck_require__, 9711));
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
        throw new errors/* ByokError */.i('IMPORT_UNCONFIRMED', `The answer to importing key "${name}" was lost and ${kid} has appeared since; with no public key recorded for this key (AES, or a .byok without its sidecar) it cannot be told apart, so it is not imported again`, `Check the key's versions (az keyvault key list-versions --hsm-name HSM --name ${name}): if ${kid} is this import the work is done, otherwise run the import again`);
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
    const { retryPolicy } = await __nccwpck_require__.e(/* import() */ 711).then(__nccwpck_require__.bind(__nccwpck_require__, 9711));
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
            const name = request.method === 'PUT' ? IMPORT_PATH.exec(new URL(request.url).pathname)?.[1] : undefined;
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
function key_client_vaultOf(client) {
    return vaults.get(client) ?? { url: client.vaultUrl };
}
/**
 * The Key Vault client for one vault. Challenge-resource verification (the request host must end with the
 * challenge's resource host) stays on for every real vault and is turned off for a loopback emulator only.
 * byok's policies run inside the SDK's retry loop, the idempotent import (and a batch's pace and throttle signal)
 * innermost so they see every attempt.
 */
async function createKeyClient(vault, credential, logger, tuning = {}) {
    const { KeyClient } = await Promise.all(/* import() */[__nccwpck_require__.e(711), __nccwpck_require__.e(745)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9745));
    const debug = (message) => logger.debug(message);
    const client = new KeyClient(vault.url, credential, {
        disableChallengeResourceVerification: vault.loopback,
        userAgentOptions: { userAgentPrefix: 'byok' },
        ...(tuning.tlsOptions ? { tlsOptions: tuning.tlsOptions } : {}),
        additionalPolicies: [
            { policy: await throttlingPolicy(debug, tuning.throttleBaseDelayMs), position: 'perRetry' },
            { policy: await idempotentImportPolicy(logger), position: 'perRetry' },
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

;// CONCATENATED MODULE: ./shared/src/azure/key-bundle.ts

const b64url = (bytes) => bytes ? Buffer.from(bytes).toString('base64url') : undefined;
/** The public key of an RSA or EC key the vault returned. */
function publicKeyOf(key) {
    const jwk = key.key ?? {};
    return (0,public_key/* publicKeyFromJwk */.vt)({
        kty: String(jwk.kty),
        n: b64url(jwk.n),
        e: b64url(jwk.e),
        crv: jwk.crv,
        x: b64url(jwk.x),
        y: b64url(jwk.y),
    });
}
function key_bundle_toKek(key) {
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

;// CONCATENATED MODULE: ./shared/src/azure/kek.ts







async function createKek(client, options, logger) {
    logger.info(`Creating KEK ${options.name} (RSA-HSM ${options.size}, key_ops [import])`);
    try {
        const key = await client.createRsaKey(options.name, {
            hsm: true,
            keySize: options.size,
            keyOps: ['import'],
            ...(options.expiresIn ? { expiresOn: new Date(Date.now() + options.expiresIn * 1000) } : {}),
        });
        return key_bundle_toKek(key);
    }
    catch (error) {
        const vault = key_client_vaultOf(client);
        if (isDeletedNameConflict(error)) {
            throw new errors/* ConfigurationError */.j1('KEK_NAME_DELETED', `Cannot create KEK "${options.name}" in ${client.vaultUrl}: the name is held by a deleted key (soft delete keeps it until it is purged)`, `Purge it as ${vault_kinds/* VAULT_CAPABILITIES */.uT[(0,vault_kinds/* kindOf */.I)(vault) ?? 'managedhsm'].purger} (az keyvault key purge ${(0,vault_kinds/* azVault */.sC)(vault)} --name ${options.name}), wait until its retention ends, or set another "kek-name"`, { cause: error });
        }
        throw errors_translateAzureError(error, `create KEK "${options.name}"`, vault);
    }
}
/** A disabled key cannot even be read (403), so its state comes from the refusal; a retired KEK is one. */
function kekDisabled(id, hint, cause) {
    const service = cause instanceof Error ? cause.message.split('\n')[0]?.trim() : '';
    return new errors/* ConfigurationError */.j1('KEK_DISABLED', `KEK ${id} is disabled (${service}); action-import "kek-after-import: disable" retires a KEK after its import`, hint, { cause });
}
const isDisabledRefusal = (error) => error instanceof errors/* ByokError */.i && error.code === 'KEY_STATE' && /disabled/i.test(error.message);
/**
 * Creates the KEK, or reuses the current version when it is a valid KEK so that a rerun converges.
 * An existing key that is not a valid KEK is never silently replaced: `rotate` makes a new version on purpose.
 */
async function ensureKek(client, options, logger) {
    if (options.ifExists === 'rotate')
        return { kek: await createKek(client, options, logger), created: true };
    let existing;
    try {
        existing = key_bundle_toKek(await client.getKey(options.name));
    }
    catch (error) {
        if (!isNotFound(error)) {
            const translated = errors_translateAzureError(error, `read KEK "${options.name}"`, key_client_vaultOf(client));
            if (isDisabledRefusal(translated))
                throw kekDisabled(`"${options.name}"`, 'Set "if-exists: rotate" to create a new KEK version, enable this one again, or choose another "kek-name"', error);
            throw translated;
        }
    }
    if (!existing)
        return { kek: await createKek(client, options, logger), created: true };
    if (options.ifExists === 'fail') {
        throw new errors/* ConfigurationError */.j1('KEK_EXISTS', `Key "${options.name}" already exists (${existing.kid})`, 'Set "if-exists" to reuse or rotate, or choose another "kek-name"');
    }
    try {
        rules_checkKek(existing);
    }
    catch (error) {
        const reason = error instanceof errors/* ConfigurationError */.j1 ? error.message : String(error);
        throw new errors/* ConfigurationError */.j1('KEK_NOT_REUSABLE', `Existing key "${options.name}" cannot be reused: ${reason}`, 'Set "if-exists: rotate" to create a new KEK version, or choose another "kek-name"');
    }
    logger.info(`Reusing KEK ${existing.kid}`);
    return { kek: existing, created: false };
}
/** Reads a KEK by name (current version) or versioned id, from this vault only, and checks it. */
async function getKek(client, ref, logger) {
    let name = ref.name;
    let version;
    if (ref.kid !== undefined) {
        const parsed = parseVersionedKeyId(ref.kid);
        if (!parsed)
            throw new ConfigurationError('KEK_ID_INVALID', `${JSON.stringify(ref.kid.slice(0, 200))} is not a versioned key id`, 'Give https://HOST/keys/NAME/VERSION, as action-kek-create outputs it');
        if (parsed.origin !== new URL(client.vaultUrl).origin) {
            throw new ConfigurationError('KEK_OTHER_VAULT', `KEK ${ref.kid} belongs to ${parsed.origin}, not to ${client.vaultUrl}`, "The KEK must live in the vault that imports the key: wrap again with this vault's KEK");
        }
        ({ name, version } = parsed);
    }
    logger.debug(`Reading KEK ${name}${version ? `/${version}` : ''}`);
    let kek;
    try {
        kek = toKek(await client.getKey(name, version ? { version } : {}));
    }
    catch (error) {
        const translated = translateAzureError(error, `read KEK "${ref.kid ?? name}"`, vaultOf(client));
        if (isDisabledRefusal(translated))
            throw kekDisabled(ref.kid ?? `"${name}"`, `Enable the key again if it should still serve (az keyvault key set-attributes ${azVault(vaultOf(client))} --name ${name}${version ? ` --version ${version}` : ''} --enabled true), or make a new KEK (action-kek-create with if-exists: rotate) and wrap the key again under it`, error);
        throw translated;
    }
    checkKek(kek);
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
    const version = parseVersionedKeyId(kek.kid)?.version;
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
        throw translateAzureError(error, `${mode} KEK ${kek.kid} after the import (the key itself is imported)`, vaultOf(client));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./shared/src/files/input-files.ts




/**
 * Reads a file named by an input, refusing directories, missing files and files larger than `maxBytes`
 * with a message that names the input.
 */
async function readInputFile(input, path, maxBytes) {
    const full = (0,external_node_path_.resolve)(path);
    const info = await (0,promises_.stat)(full).catch(() => undefined);
    if (!info)
        throw new errors/* ConfigurationError */.j1('FILE_NOT_FOUND', `Input "${input}": ${path} does not exist`, `Set "${input}" to an existing file (relative paths start at the workspace)`);
    if (!info.isFile())
        throw new errors/* ConfigurationError */.j1('FILE_NOT_REGULAR', `Input "${input}": ${path} is not a regular file`, `Set "${input}" to a file, not a directory`);
    if (info.size > maxBytes)
        throw new errors/* ConfigurationError */.j1('FILE_TOO_LARGE', `Input "${input}": ${path} is ${info.size} bytes, more than the ${maxBytes} such a file can be`, `Check that "${input}" names the right file`);
    return (0,promises_.readFile)(full);
}
/**
 * Refuses, before any work is done, an output path that is a directory or whose folder could not be made or written
 * (the nearest folder of it that exists must be a writable directory). Nothing is created.
 */
async function checkOutputPath(input, path) {
    const full = resolve(path);
    if ((await stat(full).catch(() => undefined))?.isDirectory())
        throw new ConfigurationError('FILE_NOT_REGULAR', `Input "${input}": ${path} is a directory`, `Set "${input}" to a file path`);
    let folder = dirname(full);
    let info = await stat(folder).catch(() => undefined);
    while (!info && dirname(folder) !== folder) {
        folder = dirname(folder);
        info = await stat(folder).catch(() => undefined);
    }
    const problem = !info?.isDirectory()
        ? 'ENOTDIR'
        : await access(folder, constants.W_OK).then(() => undefined, (error) => error.code ?? 'error');
    if (problem)
        throw notWritable(input, path, problem);
}
function notWritable(input, path, code, cause) {
    return new ConfigurationError('OUTPUT_NOT_WRITABLE', `Input "${input}": cannot write ${path} (${code})`, `Set "${input}" to a writable file path in the workspace`, cause === undefined ? undefined : { cause });
}
/** Writes a file named by an input, creating its folder; a directory or an unwritable path is refused. */
async function writeOutputFile(input, path, content) {
    await checkOutputPath(input, path);
    const full = resolve(path);
    try {
        await mkdir(dirname(full), { recursive: true });
        await writeFile(full, content);
    }
    catch (error) {
        throw notWritable(input, path, error.code ?? 'error', error);
    }
    return full;
}

// EXTERNAL MODULE: ./shared/src/inputs/rules.ts + 1 modules
var rules = __nccwpck_require__(4195);
;// CONCATENATED MODULE: ./shared/src/keys/target.ts

/** Target key types Azure imports (docs/byok-format.md "Supported key types"); AES into a Managed HSM only. */
const TARGET_RSA_SIZES = [2048, 3072, 4096];
const TARGET_EC_CURVES = ['P-256', 'P-384', 'P-521', 'P-256K'];
const TARGET_AES_SIZES = [128, 192, 256];
/** Operations each key type may carry in the vault (import is a KEK's alone). */
const KEY_OPS = {
    RSA: ['encrypt', 'decrypt', 'sign', 'verify', 'wrapKey', 'unwrapKey'],
    EC: ['sign', 'verify'],
    oct: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
};
/** What generation picks when the request names no size or curve. */
const DEFAULT_SIZE = { RSA: 2048, oct: 256 };
const DEFAULT_CURVE = 'P-256';
/** The Key Vault `kty` for an HSM-protected key of this type. */
function hsmKty(type) {
    return `${type}-HSM`;
}
/** Node's name for a curve (P-256K is secp256k1). */
function nodeCurveName(curve) {
    return curve === 'P-256K'
        ? 'secp256k1'
        : curve === 'P-256'
            ? 'prime256v1'
            : curve === 'P-384'
                ? 'secp384r1'
                : 'secp521r1';
}
function describeTarget(spec) {
    return spec.type === 'EC'
        ? `EC ${spec.curve}`
        : spec.type === 'RSA'
            ? `RSA-${spec.size}`
            : `AES-${spec.size}`;
}
/** The key operations for a type, or the fault with them: the one rule the kek, wrap and import steps share. */
function keyOpsProblem(type, keyOps) {
    const bad = keyOps.filter((op) => !KEY_OPS[type].includes(op));
    const key = `${type === 'oct' ? 'an AES' : `an ${type}`} key`;
    if (keyOps.length === 0)
        return `no operation for ${key}`;
    if (bad.length > 0)
        return `${bad.join(', ')}, not allowed for ${key}`;
    return undefined;
}
/** Refuses, before any key is touched, what the service would refuse at import. */
function checkTargetSpec(spec, subject) {
    if (spec.type === 'RSA' && !TARGET_RSA_SIZES.includes(spec.size)) {
        throw new errors/* ConfigurationError */.j1('TARGET_SIZE_UNSUPPORTED', `${subject} is RSA-${spec.size}; Azure imports RSA 2048, 3072 or 4096`, 'Use an RSA key of 2048 bits or more');
    }
    if (spec.type === 'oct' && !TARGET_AES_SIZES.includes(spec.size)) {
        throw new errors/* ConfigurationError */.j1('TARGET_SIZE_UNSUPPORTED', `${subject} is AES-${spec.size}; a Managed HSM imports AES 128, 192 or 256`, 'Use an AES key of 128, 192 or 256 bits');
    }
    if (spec.type === 'EC' && !TARGET_EC_CURVES.includes(spec.curve)) {
        throw new errors/* ConfigurationError */.j1('TARGET_CURVE_UNSUPPORTED', `${subject} is on curve ${String(spec.curve)}; Azure imports P-256, P-384, P-521 or P-256K`, 'Use one of those curves');
    }
}

;// CONCATENATED MODULE: ./shared/src/inputs/target.ts



const ALL_KEY_OPS = [...new Set(Object.values(KEY_OPS).flat())];
function targetInputs(inputs, names, options = {}) {
    const types = options.auto
        ? ['auto', 'RSA', 'EC', 'oct', 'AES']
        : ['RSA', 'EC', 'oct', 'AES'];
    const given = (0,rules/* optional */.lq)(inputs, names.type) === undefined ? options.fallback : (0,rules/* choice */.Yq)(inputs, names.type, types);
    const type = given === 'auto' || given === undefined ? undefined : given === 'AES' ? 'oct' : given;
    const curve = (0,rules/* optional */.lq)(inputs, names.curve) === undefined ? undefined : (0,rules/* choice */.Yq)(inputs, names.curve, TARGET_EC_CURVES);
    const sizeText = names.size === undefined ? undefined : (0,rules/* optional */.lq)(inputs, names.size);
    if (type !== undefined && type !== 'EC' && curve !== undefined)
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "${names.curve}" does not apply to ${type} keys`, `Remove ${names.curve}, or set ${names.type}: EC`);
    if (sizeText !== undefined && names.size !== undefined) {
        if (type === 'EC')
            throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "${names.size}" does not apply to EC keys`, `Remove ${names.size} and set ${names.curve}`);
        if (type === undefined)
            throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "${names.size}" needs "${names.type}"`, `Set ${names.type} to RSA or oct`);
    }
    const size = sizeText === undefined || names.size === undefined
        ? undefined
        : (0,rules/* integer */.nd)(inputs, names.size, type === 'RSA' ? TARGET_RSA_SIZES : TARGET_AES_SIZES);
    const keyOps = names.ops === undefined ? undefined : (0,rules/* list */.p_)(inputs, names.ops);
    if (keyOps !== undefined && names.ops !== undefined) {
        const problem = type === undefined ? unknownOps(keyOps) : keyOpsProblem(type, keyOps);
        if (problem)
            throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "${names.ops}" has ${problem}`, `Set "${names.ops}" to some of ${(type ? KEY_OPS[type] : ALL_KEY_OPS).join(', ')}`);
    }
    return {
        ...(type ? { type } : {}),
        ...(size === undefined ? {} : { size }),
        ...(curve ? { curve } : {}),
        ...(keyOps ? { keyOps } : {}),
    };
}
function unknownOps(keyOps) {
    const bad = keyOps.filter((op) => !ALL_KEY_OPS.includes(op));
    if (keyOps.length === 0)
        return 'no operation';
    return bad.length > 0 ? `${bad.join(', ')}, not a key operation` : undefined;
}
/** The full spec to generate, defaults filled in, and checked against what the vault imports. */
function specToGenerate(target, subject) {
    const spec = target.type === 'EC'
        ? { type: 'EC', curve: target.curve ?? DEFAULT_CURVE }
        : { type: target.type, size: target.size ?? DEFAULT_SIZE[target.type] };
    checkTargetSpec(spec, subject);
    return spec;
}

;// CONCATENATED MODULE: ./shared/src/batch/list-fields.ts

function invalid(where, problem, hint) {
    return new errors/* ConfigurationError */.j1('KEY_LIST_INVALID', `${where}: ${problem}`, hint);
}
const TEXT_ONLY = ['name', 'label', 'key-id', 'not-before', 'expires'];
const QUOTE = (field) => `Quote the value of "${field}" so that YAML reads it as text, e.g. "0102"`;
/** Reads the fields of a key list's mappings, naming the file and line in every refusal. */
class FieldReader {
    yaml;
    lines;
    file;
    constructor(yaml, lines, file) {
        this.yaml = yaml;
        this.lines = lines;
        this.file = file;
    }
    lineOf(node) {
        const range = node?.range;
        return range ? this.lines.linePos(range[0]).line : 1;
    }
    at(node) {
        return `Key list ${this.file} line ${this.lineOf(node)}`;
    }
    /** A mapping's values by field name; a field not in `allowed` is refused. */
    pairs(node, allowed, what) {
        const { yaml } = this;
        if (!yaml.isMap(node))
            throw invalid(this.at(node), `${what} is not a mapping of field: value`, 'Follow the format of docs/key-list.md');
        const found = new Map();
        for (const pair of node.items) {
            const key = yaml.isScalar(pair.key) ? String(pair.key.value) : '';
            if (!allowed.includes(key))
                throw invalid(this.at(pair.key), `"${key.slice(0, 40)}" is not a field of ${what}`, `Use only ${allowed.join(', ')}`);
            found.set(key, pair.value ?? pair.key);
        }
        return found;
    }
    fields(node, allowed, what) {
        return Object.fromEntries([...this.pairs(node, allowed, what)].map(([key, value]) => [
            key,
            { text: this.text(value, key, what), line: this.lineOf(value) },
        ]));
    }
    text(node, field, what) {
        const { yaml } = this;
        const where = `${this.at(node)} (${what})`;
        if (yaml.isAlias(node))
            throw invalid(where, `"${field}" is an alias; anchors and aliases are not supported`, 'Write the value out');
        if (field === 'key-ops' && yaml.isSeq(node))
            return node.items.map((item) => this.scalar(item, where, field)).join(',');
        if (field === 'tags') {
            if (!yaml.isMap(node))
                throw invalid(where, '"tags" is not a mapping of tag: value', 'Write tags as a mapping, e.g. tags: { owner: payments }');
            return node.items
                .map((pair) => {
                const name = this.scalar(pair.key, where, field);
                if (!yaml.isScalar(pair.value) || typeof pair.value.value !== 'string')
                    throw invalid(where, `"tags": the value of tag "${name}" is not text`, QUOTE(field));
                return `${name}=${pair.value.value}`;
            })
                .join('\n');
        }
        const text = this.scalar(node, where, field);
        if (TEXT_ONLY.includes(field) && yaml.isScalar(node) && typeof node.value !== 'string')
            throw invalid(where, `"${field}" is ${text}, which YAML reads as a ${typeof node.value}`, QUOTE(field));
        return text;
    }
    scalar(node, where, field) {
        const { yaml } = this;
        if (!yaml.isScalar(node) || node.value === null || typeof node.value === 'object')
            throw invalid(where, `"${field}" has no single value`, `Give "${field}" one value`);
        if (typeof node.value === 'number' && !Number.isSafeInteger(node.value))
            throw invalid(where, `"${field}" is ${node.value}`, QUOTE(field));
        return String(node.value);
    }
}

;// CONCATENATED MODULE: ./shared/src/batch/key-list.ts






/** The service holds 5,000 keys per Managed HSM (docs/byok-format.md "Limits"). */
const MAX_LIST_KEYS = 5000;
const MAX_LIST_BYTES = 4 * 1024 * 1024;
const IDENTITY_FIELDS = ['name', 'label', 'key-id'];
const DEFAULT_FIELDS = [
    'type',
    'size',
    'curve',
    'generate',
    'key-ops',
    'tags',
    'not-before',
    'expires',
    'if-exists',
    'enabled',
];
const ENTRY_FIELDS = [...IDENTITY_FIELDS, ...DEFAULT_FIELDS];
const TOP_FIELDS = ['version', 'defaults', 'keys'];
/** Reads the list named by `input`; with `sha256`, the file must be exactly the one that digest names. */
async function readKeyList(input, path, sha256) {
    const bytes = await readInputFile(input, path, MAX_LIST_BYTES);
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    if (sha256 !== undefined && digest !== sha256)
        throw new errors/* ConfigurationError */.j1('KEY_LIST_TAMPERED', `Input "${input}": ${path} has digest ${digest}, not ${sha256} (input "key-list-sha256"): it is not the list the kek job checked`, 'The key list changed on its way between the jobs: stop, and find out how');
    return { file: path, sha256: digest, bytes, entries: await parseKeyList(bytes.toString('utf8'), path) };
}
/** Parses and checks a key list; `file` names it in messages. */
async function parseKeyList(text, file) {
    const yaml = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lines = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const first = doc.errors[0];
    if (first)
        throw invalid(`Key list ${file} line ${first.linePos?.[0].line ?? 1}`, `not valid YAML or JSON (${first.message.split('\n')[0]?.trim()})`, 'Fix the syntax at that line (docs/key-list.md shows the format)');
    const reader = new FieldReader(yaml, lines, file);
    const top = reader.pairs(doc.contents, TOP_FIELDS, 'the key list');
    const version = top.get('version');
    if (version && reader.text(version, 'version', 'the key list') !== '1')
        throw invalid(reader.at(version), '"version" is not 1', 'Set version: 1, or leave it out');
    const defaultsNode = top.get('defaults');
    const defaults = defaultsNode ? reader.fields(defaultsNode, DEFAULT_FIELDS, 'defaults') : {};
    const keysNode = top.get('keys');
    if (!yaml.isSeq(keysNode) || keysNode.items.length === 0)
        throw invalid(`Key list ${file}`, 'has no "keys" (a list of keys, each with at least a name)', 'Add keys: with one entry per key (docs/key-list.md)');
    if (keysNode.items.length > MAX_LIST_KEYS)
        throw invalid(`Key list ${file}`, `names ${keysNode.items.length} keys`, `Split it: a Managed HSM holds ${MAX_LIST_KEYS} keys`);
    const entries = keysNode.items.map((item) => {
        const name = yaml.isMap(item) ? item.get('name') : undefined;
        const fields = reader.fields(item, ENTRY_FIELDS, typeof name === 'string' ? `key "${name}"` : 'a key');
        // A key of another type than the defaults' keeps none of their size or curve.
        const inherited = { ...defaults };
        if (fields.type)
            for (const field of ['size', 'curve'])
                delete inherited[field];
        return readEntry({ ...inherited, ...fields }, fields, file, reader.lineOf(item));
    });
    refuseDuplicates(entries, file);
    return entries;
}
/** One entry through the single-key rules; their `Input "type"` becomes the file, line and field. */
function readEntry(fields, own, file, entryLine) {
    const name = own.name?.text;
    const subject = (field) => `Key list ${file} line ${(field && fields[field]?.line) || entryLine}${name ? ` (key "${name}")` : ''}`;
    const inputs = (0,rules/* inputsFrom */.WK)(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.text])));
    try {
        if (name === undefined)
            throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "name" is required', 'Give every key its Key Vault name');
        const target = targetInputs(inputs, { type: 'type', size: 'size', curve: 'curve', ops: 'key-ops' });
        const generate = (0,rules/* boolean */.zM)(inputs, 'generate', false);
        if (generate && !target.type)
            throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "type" is required when generate is true', 'Set type to RSA, EC or oct (AES)');
        if (target.type)
            specToGenerate({ ...target, type: target.type }, `${subject(target.type === 'EC' ? 'curve' : 'size')}: the key`);
        const id = (0,rules/* ckaId */.hl)(inputs, 'key-id');
        const keyTags = (0,rules/* tags */._A)(inputs, 'tags');
        return {
            line: entryLine,
            name: (0,rules/* keyName */.xT)(inputs, 'name'),
            label: own.label === undefined ? name : (0,rules/* label */.Pf)(inputs, 'label'),
            ...(id ? { id } : {}),
            target,
            generate,
            enabled: (0,rules/* boolean */.zM)(inputs, 'enabled', true),
            ...(0,rules/* validity */.bg)(inputs),
            ...(keyTags ? { tags: keyTags } : {}),
            ifExists: (0,rules/* choice */.Yq)(inputs, 'if-exists', ['converge', 'new-version'], 'converge'),
        };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1) || !error.message.startsWith('Input '))
            throw error;
        const field = /^Inputs? "([a-z-]+)"/.exec(error.message)?.[1];
        const problem = error.message.replace(/^Inputs? "([a-z-]+)"/, '"$1"');
        throw new errors/* ConfigurationError */.j1(error.code, `${subject(field)}: ${problem}`, error.hint);
    }
}
/** Key Vault names are case-insensitive; one HSM key imported under two names is refused as a likely mistake. */
function refuseDuplicates(entries, file) {
    const names = new Map();
    const sources = new Map();
    for (const entry of entries) {
        const sameName = names.get(entry.name.toLowerCase());
        if (sameName)
            throw invalid(`Key list ${file} line ${entry.line}`, `the key name "${entry.name}" is already used at line ${sameName.line} (Key Vault names ignore case)`, 'Give each key its own name');
        names.set(entry.name.toLowerCase(), entry);
        const source = `${entry.label}\u0000${entry.id?.toString('hex') ?? ''}`;
        const sameKey = sources.get(source);
        if (sameKey)
            throw invalid(`Key list ${file} line ${entry.line} (key "${entry.name}")`, `names the same HSM key as "${sameKey.name}" at line ${sameKey.line} (label "${entry.label}"${entry.id ? `, id ${entry.id.toString('hex')}` : ''})`, 'List each HSM key once');
        sources.set(source, entry);
    }
}
/** The name a key list travels under in byok's artifacts (the kek job's, then the wrap job's). */
function artifactListName(file) {
    return /\.json$/i.test(file) ? 'key-list.json' : 'key-list.yaml';
}
/** The key list among files that arrived together (an artifact). */
function keyListIn(files, source) {
    const found = files.filter((file) => /(^|[/\\])key-list\.(yaml|json)$/.test(file));
    if (found.length !== 1)
        throw new ConfigurationError('KEY_LIST_MISMATCH', `${source} holds ${found.length} key lists (key-list.yaml or key-list.json); expected exactly one`, 'Give the artifact of the job that read the key list (key-list-sha256 names it), or set "key-list"');
    return found[0];
}

// EXTERNAL MODULE: ./shared/src/operations/azure-inputs.ts
var azure_inputs = __nccwpck_require__(939);
;// CONCATENATED MODULE: ./shared/src/operations/create-kek.ts









const TARGET_NAMES = {
    type: 'target-key-type',
    size: 'target-key-size',
    curve: 'target-curve',
    ops: 'target-key-ops',
};
/** The inputs of action-kek-create / `byok kek create`, checked before any request. */
function readCreateKekRequest(inputs) {
    const keyList = (0,rules/* optional */.lq)(inputs, 'key-list');
    if (keyList !== undefined)
        (0,rules/* refuseInputs */.gJ)(inputs, Object.fromEntries([...Object.values(TARGET_NAMES), 'target-key-name'].map((name) => [name, undefined])), 'with key-list, every key of the list is checked', 'Leave the target-* inputs empty: every key of the list is checked');
    // The pre-flight of the whole ceremony: a key the wrap or the import would refuse stops here, before any KEK.
    const target = targetInputs(inputs, TARGET_NAMES);
    const targetName = (0,rules/* optional */.lq)(inputs, 'target-key-name') === undefined ? undefined : (0,rules/* keyName */.xT)(inputs, 'target-key-name');
    if (target.type)
        specToGenerate({ ...target, type: target.type }, 'Input "target-key-size": the key to import');
    const vault = (0,azure_inputs/* vaultInput */.z)(inputs);
    if (target.type)
        (0,vault_kinds/* checkVaultTakes */.vM)(vault, target.type, 'Input "target-key-type": the key to import');
    const named = target.type !== undefined || targetName !== undefined;
    return {
        ...(named ? { target: { ...target, ...(targetName ? { name: targetName } : {}) } } : {}),
        ...(keyList === undefined ? {} : { keyList }),
        vault,
        name: (0,rules/* keyName */.xT)(inputs, 'kek-name', 'KEKforBYOK'),
        size: (0,rules/* integer */.nd)(inputs, 'key-size', KEK_SIZES, 4096),
        expiresIn: (0,rules/* duration */.p0)(inputs, 'expires-in'),
        ifExists: (0,rules/* choice */.Yq)(inputs, 'if-exists', ['reuse', 'rotate', 'fail'], 'reuse'),
    };
}
/** Creates the KEK (RSA-HSM, key_ops exactly [import]) or reuses the current valid version. */
async function create_kek_createKek(request, access, logger) {
    // Every listed key is checked by the rules the wrap and the import run, before any KEK exists.
    const list = request.keyList === undefined ? undefined : await readKeyList('key-list', request.keyList);
    const client = await createKeyClient(request.vault, access.credential, logger, access.tuning);
    const { kek, created } = await ensureKek(client, request, logger);
    const kekFingerprint = (0,public_key/* fingerprint */.Rj)(kek.publicKey);
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
function listTable(list) {
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
function describeRequested(target) {
    if (!target)
        return undefined;
    return `${target.name ?? 'unnamed'}: ${describeKind(target)}${target.keyOps ? `, key_ops [${target.keyOps.join(', ')}]` : ''}`;
}
function describeKind(target) {
    return target.type === 'EC'
        ? `EC ${target.curve ?? 'P-256'}`
        : target.type
            ? `${target.type === 'oct' ? 'AES' : 'RSA'}${target.size ? `-${target.size}` : ''}`
            : 'type not given';
}


/***/ }),

/***/ 6785:
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
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

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
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

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ issueCommand),
/* harmony export */   s: () => (/* binding */ issue)
/* harmony export */ });
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
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

/***/ 2902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ issueFileCommand),
/* harmony export */   v: () => (/* binding */ prepareKeyValueMessage)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6982);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9896);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4679);
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(filePath, `${(0,_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandValue */ .E)(message)}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID()}`;
    const convertedValue = (0,_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandValue */ .E)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}${convertedValue}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map

/***/ }),

/***/ 1170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   yo: () => (/* binding */ markdownSummary),
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports SUMMARY_ENV_VAR, SUMMARY_DOCS_URL */
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9896);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = fs__WEBPACK_IMPORTED_MODULE_1__.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary = _summary;
//# sourceMappingURL=summary.js.map

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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
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
/******/ var __webpack_exports__ = __nccwpck_require__(6568);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
