#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 25324:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ consoleAzureAccess)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(33904);
// EXTERNAL MODULE: ./shared/src/azure/vault.ts
var vault = __nccwpck_require__(17375);
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
    const identity = await Promise.all(/* import() */[__nccwpck_require__.e(711), __nccwpck_require__.e(563)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25563));
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

// EXTERNAL MODULE: ./shared/src/console/run.ts + 1 modules
var run = __nccwpck_require__(49059);
// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __nccwpck_require__(74810);
;// CONCATENATED MODULE: ./cli/src/azure.ts




/**
 * The command line signs in with the environment's credential (DefaultAzureCredential: AZURE_CLIENT_ID with a
 * secret or certificate, workload or managed identity, `az login`); there is no GitHub OIDC outside a workflow.
 * Issued tokens are scrubbed from everything printed; the SDK's own log goes to --verbose output.
 */
async function consoleAzureAccess(inputs, logger) {
    const { AzureLogger } = await __nccwpck_require__.e(/* import() */ 567).then(__nccwpck_require__.bind(__nccwpck_require__, 7567));
    AzureLogger.log = (...args) => logger.debug((0,external_node_util_.format)(...args));
    const credential = await createCredential({
        audience: 'api://AzureADTokenExchange',
        authorityHost: (0,rules/* optional */.lq)(inputs, 'authority-host'),
    });
    const registering = {
        getToken: async (scopes, options) => {
            const token = await credential.getToken(scopes, options);
            if (token)
                (0,run/* registerConsoleSecret */.lc)(token.token);
            return token;
        },
    };
    return { credential: registering };
}


/***/ }),

/***/ 73619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ FINGERPRINT_FLAGS),
/* harmony export */   BK: () => (/* binding */ helpText),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   PG: () => (/* binding */ VAULT_FLAGS),
/* harmony export */   Uk: () => (/* binding */ renderer),
/* harmony export */   Vc: () => (/* binding */ inputsOf)
/* harmony export */ });
/* unused harmony export COMMON_FLAGS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(33904);
/* harmony import */ var _shared_src_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74810);



const COMMON_FLAGS = {
    json: {
        input: 'json',
        boolean: true,
        description: 'print the result as JSON on stdout (progress stays on stderr)',
    },
    verbose: {
        input: 'verbose',
        boolean: true,
        description: 'print debug lines and, on an internal error, its stack',
    },
    help: { input: 'help', boolean: true, description: 'show this help' },
};
/** The flags of the Azure commands: which vault, and the Entra authority (credentials come from the environment). */
const VAULT_FLAGS = {
    'hsm-name': { input: 'hsm-name', description: 'Managed HSM name (https://NAME.managedhsm.azure.net)' },
    'vault-name': { input: 'vault-name', description: 'Key Vault Premium name (https://NAME.vault.azure.net)' },
    'vault-url': {
        input: 'vault-url',
        description: 'vault URL (sovereign cloud, private endpoint, the emulator)',
    },
    'vault-kind': {
        input: 'vault-kind',
        description: 'auto (from the host, default), managedhsm or vault: for a --vault-url whose host does not tell',
    },
    'authority-host': {
        input: 'authority-host',
        description: 'Entra authority host (default: Azure public cloud; AZURE_AUTHORITY_HOST is honoured)',
    },
};
/** What the kek job and `byok wrap` printed, for the commands that check a .byok against them. */
const FINGERPRINT_FLAGS = {
    'kek-fingerprint': {
        input: 'kek-fingerprint',
        description: "the KEK fingerprint from the kek job's summary",
    },
    'public-key-fingerprint': {
        input: 'public-key-fingerprint',
        description: 'the public-key fingerprint `byok wrap` printed (RSA, EC)',
    },
    'key-check-value': {
        input: 'key-check-value',
        description: 'the key check value `byok wrap` printed (AES)',
    },
    'byok-digest': { input: 'byok-digest', description: 'the byok-digest `byok wrap` printed' },
};
function usage(message) {
    return new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('USAGE', message, 'Run the command with --help for its flags and an example');
}
/** Shows the library's input names as this command's flags: `Input "key-type"` → `Option --kty`. */
function renderer(command) {
    const flagOf = new Map();
    if (command.positional)
        flagOf.set(command.positional.input, command.positional.name);
    for (const [flag, spec] of Object.entries(command.flags))
        flagOf.set(spec.input, `--${flag}`);
    flagOf.set('pin', 'PKCS11_PIN');
    return (text) => text
        .replace(/Inputs? "([a-z0-9-]+)"/g, (match, name) => flagOf.has(name) ? `Option ${flagOf.get(name)}` : match)
        .replace(/"([a-z0-9-]+)"/g, (match, name) => flagOf.get(name) ?? match);
}
/** Parses argv strictly: an unknown flag, a missing value or a stray argument is a usage error, never a stack. */
function parseCommandLine(command, argv) {
    const all = { ...withInputNames(command.flags), ...COMMON_FLAGS };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: Object.fromEntries(Object.entries(all).map(([flag, spec]) => [flag, { type: spec.boolean ? 'boolean' : 'string' }])),
            allowPositionals: command.positional !== undefined,
            strict: true,
        });
    }
    catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(text)?.[1];
        if (unknown) {
            const guess = closest(unknown.replace(/^-+/, ''), Object.keys(all));
            throw usage(`unknown flag ${unknown}${guess ? ` (did you mean --${guess}?)` : ''}`);
        }
        const needsValue = /Option '(?:-\w, )?(--[^ ']+)[^']*' argument missing/.exec(text)?.[1];
        if (needsValue)
            throw usage(`flag ${needsValue} needs a value`);
        const extra = /Unexpected argument '([^']+)'/.exec(text)?.[1];
        if (extra)
            throw usage(`unexpected argument ${JSON.stringify(extra)}`);
        throw usage(text.split('.')[0]);
    }
    for (const [flag, spec] of Object.entries(command.flags)) {
        if (flag === spec.input || parsed.values[spec.input] === undefined)
            continue;
        if (parsed.values[flag] !== undefined)
            throw usage(`--${flag} and --${spec.input} are the same flag; give it once`);
        parsed.values[flag] = parsed.values[spec.input];
    }
    const positionals = parsed.positionals;
    if (command.positional && positionals.length > 1)
        throw usage(`one ${command.positional.name} only, got ${positionals.length}`);
    return { ...parsed.values, ...(positionals[0] === undefined ? {} : { _: positionals[0] }) };
}
/** Every flag also answers to its input's name (--key-type for --kty), as the action inputs are called. */
function withInputNames(flags) {
    const all = { ...flags };
    for (const spec of Object.values(flags))
        all[spec.input] ??= spec;
    return all;
}
/** The parsed flags as library inputs. */
function inputsOf(command, flags) {
    const values = {};
    for (const [flag, spec] of Object.entries(command.flags)) {
        const value = flags[flag];
        values[spec.input] = typeof value === 'boolean' ? String(value) : value;
    }
    if (command.positional)
        values[command.positional.input] = flags._;
    return (0,_shared_src_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .inputsFrom */ .WK)(values);
}
/** Edit distance 1-2 suggestions for a mistyped flag. */
function closest(typed, names) {
    const distance = (a, b) => {
        const row = Array.from({ length: b.length + 1 }, (_, i) => i);
        for (let i = 1; i <= a.length; i++) {
            let previous = row[0];
            row[0] = i;
            for (let j = 1; j <= b.length; j++) {
                const current = row[j];
                row[j] = Math.min(current + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.length];
    };
    const ranked = names.map((name) => ({ name, d: distance(typed, name) })).sort((x, y) => x.d - y.d);
    const best = ranked[0];
    return best && best.d <= 2
        ? best.name
        : names.find((name) => name.startsWith(typed) || typed.startsWith(name));
}
function helpText(command) {
    const all = { ...command.flags, ...COMMON_FLAGS };
    const width = Math.max(...Object.keys(all).map((flag) => flag.length)) + 2;
    return [
        `byok ${command.name} ${command.usage}`,
        '',
        command.summary,
        command.online
            ? 'Needs the network (the vault and Entra ID).'
            : 'Works offline: it makes no network connection.',
        '',
        'Flags:',
        ...Object.entries(all).map(([flag, spec]) => `  --${flag.padEnd(width)}${spec.boolean ? '         ' : '<value>  '}${spec.description}${spec.input !== flag && flag in command.flags ? ` (also --${spec.input})` : ''}`),
        '',
        'Example:',
        `  ${command.example}`,
        '',
        'Exit codes: 0 done, 1 refused or failed (the message says why and what to do), 2 usage error.',
    ].join('\n');
}


/***/ }),

/***/ 26378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ demo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(33904);
/* harmony import */ var _shared_src_inputs_target_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(40364);





/** What to generate, checked before any emulator starts: a bad size is refused before the KEK exists. */
function demoTarget(inputs) {
    const target = (0,_shared_src_inputs_target_js__WEBPACK_IMPORTED_MODULE_4__/* .targetInputs */ .l)(inputs, { type: 'key-type', size: 'key-size', curve: 'curve' }, { fallback: 'RSA' });
    const type = target.type ?? 'RSA';
    return type === 'EC'
        ? { type, curve: target.curve ?? 'P-256' }
        : { type, size: target.size ?? (type === 'RSA' ? 3072 : 256) };
}
/** The repository checkout this bundle lives in: the demo runs the action bundles beside it. */
function repositoryRoot() {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), '..', '..');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'action-wrap', 'dist', 'index.js')))
        throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('INPUT_INVALID', `byok demo runs the action bundles of a byok checkout, and ${root} is not one`, 'Run it from a clone of the repository: npm ci && npm run demo');
    return root;
}
/**
 * `byok demo`: the embedded default. The whole ceremony on this machine, as a workflow run of three jobs: both
 * emulators, a throw-away SoftHSM2 token, the four action bundles run as the Actions runner runs them.
 */
const demo = {
    name: 'demo',
    brief: 'the whole ceremony on this machine (emulators + SoftHSM2)',
    usage: '[--kty RSA|EC|oct] [--size N] [--curve P-256]',
    summary: 'Runs the whole ceremony here against the Managed HSM and artifact service emulators and a throw-away SoftHSM2 token (kek, wrap and import jobs), and prints what each job showed.',
    online: false,
    flags: {
        kty: { input: 'key-type', description: 'RSA (default), EC or oct' },
        size: { input: 'key-size', description: 'RSA 2048/3072 (default)/4096 or AES 128/192/256 (default)' },
        curve: { input: 'curve', description: 'EC curve: P-256 (default), P-384, P-521 or P-256K' },
    },
    example: 'npm run demo -- --kty EC --curve P-384',
    async run({ inputs, console }) {
        const target = demoTarget(inputs);
        const root = repositoryRoot();
        const { runDemo } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(549), __nccwpck_require__.e(496)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45496));
        const result = await runDemo(root, target, (text) => (console.json ? process.stderr : process.stdout).write(`${text}\n`));
        if (result.failed) {
            const code = /\[([A-Z0-9_]+)\]$/.exec(result.failed.error)?.[1];
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ByokError */ .i(_shared_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ERROR_CODES */ .OQ.includes(code ?? '') ? code : 'DEMO_FAILED', `demo: job ${result.failed.job} (${result.failed.action}) failed: ${result.failed.error.replace(/ \[[A-Z0-9_]+\]$/, '')}`);
        }
        return {
            outputs: { 'key-id': result.keyId, 'kek-id': result.kekId },
            report: { title: `demo: imported ${result.keyId}`, rows: [], notes: [] },
        };
    },
};


/***/ }),

/***/ 60077:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ importCommand)
});

// EXTERNAL MODULE: ./shared/src/azure/vault-kinds.ts
var vault_kinds = __nccwpck_require__(67797);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(33904);
// EXTERNAL MODULE: ./shared/src/inputs/release-policy.ts
var release_policy = __nccwpck_require__(32295);
// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __nccwpck_require__(74810);
// EXTERNAL MODULE: ./shared/src/inputs/target.ts
var target = __nccwpck_require__(40364);
// EXTERNAL MODULE: ./shared/src/requests/azure-inputs.ts
var azure_inputs = __nccwpck_require__(78043);
;// CONCATENATED MODULE: ./shared/src/requests/import-wrapped-key.ts






/** The inputs of action-import / `byok import`, checked before any file is read or request sent. */
function readImportWrappedKeyRequest(inputs) {
    (0,rules/* refuseInputs */.gJ)(inputs, { 'byok-dir': undefined }, 'it applies to a key list only', 'Set "byok-file" for one key, or set "key-list"');
    const { type, curve, keyOps } = (0,target/* targetInputs */.l)(inputs, { type: 'key-type', curve: 'curve', ops: 'key-ops' }, { auto: true });
    const byokFile = (0,rules/* optional */.lq)(inputs, 'byok-file');
    const keyTags = (0,rules/* tags */._A)(inputs, 'tags');
    const kekFingerprint = (0,rules/* keyFingerprint */.yy)(inputs, 'kek-fingerprint');
    const publicKeyFingerprint = (0,rules/* keyFingerprint */.yy)(inputs, 'public-key-fingerprint');
    const byokDigest = (0,rules/* keyFingerprint */.yy)(inputs, 'byok-digest');
    const keyCheckValue = (0,rules/* keyCheckValue */.hi)(inputs, 'key-check-value');
    const vault = (0,azure_inputs/* vaultInput */.z)(inputs);
    if (type)
        (0,vault_kinds/* checkVaultTakes */.vM)(vault, type, 'Input "key-type"');
    const exportable = (0,rules/* boolean */.zM)(inputs, 'exportable', false);
    const releasePolicy = (0,release_policy/* releasePolicyInput */.O)(inputs, 'release-policy');
    // The service's own rule (AKV.SKR.1004 / .1005), refused here before anything is sent.
    if (exportable && !releasePolicy)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "release-policy" is required: an exportable key needs a release policy', 'Set "release-policy" to the secure key release policy (a JSON file, or the JSON itself), or set "exportable: false"');
    if (!exportable && releasePolicy)
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', 'Input "release-policy" is set but "exportable" is not true: only an exportable key takes a release policy', 'Set "exportable: true" to make the key exportable under this policy, or remove "release-policy"');
    return {
        vault,
        name: (0,rules/* keyName */.xT)(inputs, 'key-name'),
        ...(byokFile === undefined ? {} : { byokFile }),
        keyType: type ?? 'auto',
        ...(curve ? { curve } : {}),
        ...(keyOps ? { keyOps } : {}),
        enabled: (0,rules/* boolean */.zM)(inputs, 'enabled', true),
        ...(0,rules/* validity */.bg)(inputs),
        ...(keyTags ? { tags: keyTags } : {}),
        ifExists: (0,rules/* choice */.Yq)(inputs, 'if-exists', ['converge', 'new-version'], 'converge'),
        kekAfterImport: (0,rules/* choice */.Yq)(inputs, 'kek-after-import', ['keep', 'disable', 'delete'], 'keep'),
        ...(kekFingerprint ? { kekFingerprint } : {}),
        ...(publicKeyFingerprint ? { publicKeyFingerprint } : {}),
        ...(byokDigest ? { byokDigest } : {}),
        ...(keyCheckValue ? { keyCheckValue } : {}),
        requireJobOutputs: (0,rules/* boolean */.zM)(inputs, 'require-job-outputs', false),
        ...(releasePolicy ? { exportable: { releasePolicy } } : {}),
    };
}

;// CONCATENATED MODULE: ./shared/src/requests/import-wrapped-keys.ts


/** The single key's inputs, which a key list replaces, with the defaults action.yml gives them. */
const SINGLE_KEY_INPUTS = {
    'key-name': undefined,
    'byok-file': undefined,
    'key-type': 'auto',
    curve: undefined,
    'key-ops': undefined,
    enabled: 'true',
    'not-before': undefined,
    expires: undefined,
    tags: undefined,
    // A list imports keys that are not exportable: a release policy is one key's decision, not a migration's.
    exportable: 'false',
    'release-policy': undefined,
    'if-exists': 'converge',
    'public-key-fingerprint': undefined,
    'byok-digest': undefined,
    'key-check-value': undefined,
};
/** The inputs of action-import / `byok import` with a key list, checked before any file is read or request sent. */
function readImportWrappedKeysRequest(inputs) {
    (0,rules/* refuseInputs */.gJ)(inputs, SINGLE_KEY_INPUTS, 'with key-list, each key takes it from the list (the key-list-digest binds every .byok)', 'Give each key its name, key-ops, tags, dates and if-exists in the key list (docs/key-list.md), or leave key-list empty');
    const keyList = (0,rules/* optional */.lq)(inputs, 'key-list');
    const byokDir = (0,rules/* optional */.lq)(inputs, 'byok-dir');
    const keyListSha256 = (0,rules/* keyFingerprint */.yy)(inputs, 'key-list-sha256');
    const keyListDigest = (0,rules/* keyFingerprint */.yy)(inputs, 'key-list-digest');
    const kekFingerprint = (0,rules/* keyFingerprint */.yy)(inputs, 'kek-fingerprint');
    return {
        vault: (0,azure_inputs/* vaultInput */.z)(inputs),
        ...(keyList === undefined ? {} : { keyList }),
        ...(keyListSha256 ? { keyListSha256 } : {}),
        ...(keyListDigest ? { keyListDigest } : {}),
        ...(kekFingerprint ? { kekFingerprint } : {}),
        ...(byokDir === undefined ? {} : { byokDir }),
        kekAfterImport: (0,rules/* choice */.Yq)(inputs, 'kek-after-import', ['keep', 'disable', 'delete'], 'keep'),
        requireJobOutputs: (0,rules/* boolean */.zM)(inputs, 'require-job-outputs', false),
    };
}

// EXTERNAL MODULE: ./shared/src/requests/key-list-mode.ts
var key_list_mode = __nccwpck_require__(98720);
// EXTERNAL MODULE: ./shared/src/console/run.ts + 1 modules
var run = __nccwpck_require__(49059);
// EXTERNAL MODULE: ./cli/src/azure.ts + 1 modules
var azure = __nccwpck_require__(25324);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __nccwpck_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/import.ts






/** `byok import`: az keyvault key import --byok-file, with the import job's checks before and after. */
const importCommand = {
    name: 'import',
    brief: 'import a .byok into the vault and verify the imported key',
    usage: '--hsm-name NAME --name KEY --byok-file FILE.byok [flags]',
    summary: 'Checks the .byok against its KEK in the vault and the fingerprints you give, imports it, and verifies the imported key against what the source HSM recorded.',
    online: true,
    flags: {
        ...command/* VAULT_FLAGS */.PG,
        name: { input: 'key-name', description: 'name of the key in the vault' },
        'byok-file': {
            input: 'byok-file',
            description: 'the .byok (its sidecar <file>.json is read when present)',
        },
        kty: {
            input: 'key-type',
            description: 'auto (the sidecar, else read from the file; default), RSA, EC or oct',
        },
        curve: { input: 'curve', description: 'EC curve, for a .byok without a sidecar' },
        ops: { input: 'key-ops', description: 'key operations, comma separated (default: all the type allows)' },
        tags: { input: 'tags', description: 'tags, key=value, comma separated' },
        exportable: {
            input: 'exportable',
            description: 'true: exportable under --policy (secure key release); false (default)',
        },
        policy: {
            input: 'release-policy',
            description: 'release policy of an exportable key: JSON, or a JSON file (path or @path)',
        },
        enabled: { input: 'enabled', description: 'true (default) or false' },
        'not-before': { input: 'not-before', description: 'not usable before this date (ISO 8601)' },
        expires: { input: 'expires', description: 'expiry date (ISO 8601)' },
        'if-exists': { input: 'if-exists', description: 'converge (default) or new-version' },
        'kek-after-import': {
            input: 'kek-after-import',
            description: 'keep (default), disable or delete the KEK',
        },
        ...command/* FINGERPRINT_FLAGS */.BJ,
        'key-list': {
            input: 'key-list',
            description: 'a key list (YAML or JSON, docs/key-list.md): import every key it names from --byok-dir',
        },
        'byok-dir': {
            input: 'byok-dir',
            description: 'with --key-list: the folder `byok wrap --key-list` wrote',
        },
        'key-list-digest': {
            input: 'key-list-digest',
            description: 'with --key-list: the key-list-digest `byok wrap` printed; binds every .byok',
        },
        'key-list-sha256': {
            input: 'key-list-sha256',
            description: "with --key-list: the kek job's key-list-sha256; the list must be that file",
        },
    },
    example: 'byok import --hsm-name contoso-mhsm --name release-signing --byok-file release-signing.byok --kek-fingerprint sha256:… --public-key-fingerprint sha256:…',
    async run({ inputs, console }) {
        const logger = (0,run/* consoleLogger */.kS)(console);
        if ((0,key_list_mode/* usesKeyList */.C)(inputs)) {
            const request = readImportWrappedKeysRequest(inputs);
            const { importWrappedKeys } = await Promise.all(/* import() */[__nccwpck_require__.e(660), __nccwpck_require__.e(863), __nccwpck_require__.e(955)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5955));
            return importWrappedKeys(request, await (0,azure/* consoleAzureAccess */.T)(inputs, logger), logger);
        }
        const request = readImportWrappedKeyRequest(inputs);
        const { importWrappedKey } = await Promise.all(/* import() */[__nccwpck_require__.e(660), __nccwpck_require__.e(863)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6863));
        return importWrappedKey(request, await (0,azure/* consoleAzureAccess */.T)(inputs, logger), logger);
    },
};


/***/ }),

/***/ 76721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ kekCreate),
  O: () => (/* binding */ kekDownload)
});

// EXTERNAL MODULE: ./shared/src/azure/vault-kinds.ts
var vault_kinds = __nccwpck_require__(67797);
// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __nccwpck_require__(74810);
// EXTERNAL MODULE: ./shared/src/inputs/target.ts
var inputs_target = __nccwpck_require__(40364);
// EXTERNAL MODULE: ./shared/src/kek/rules.ts
var kek_rules = __nccwpck_require__(13206);
// EXTERNAL MODULE: ./shared/src/requests/azure-inputs.ts
var azure_inputs = __nccwpck_require__(78043);
;// CONCATENATED MODULE: ./shared/src/requests/create-kek.ts





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
    const target = (0,inputs_target/* targetInputs */.l)(inputs, TARGET_NAMES);
    const targetName = (0,rules/* optional */.lq)(inputs, 'target-key-name') === undefined ? undefined : (0,rules/* keyName */.xT)(inputs, 'target-key-name');
    if (target.type)
        (0,inputs_target/* specToGenerate */.W)({ ...target, type: target.type }, 'Input "target-key-size": the key to import');
    const vault = (0,azure_inputs/* vaultInput */.z)(inputs);
    if (target.type)
        (0,vault_kinds/* checkVaultTakes */.vM)(vault, target.type, 'Input "target-key-type": the key to import');
    const named = target.type !== undefined || targetName !== undefined;
    return {
        ...(named ? { target: { ...target, ...(targetName ? { name: targetName } : {}) } } : {}),
        ...(keyList === undefined ? {} : { keyList }),
        vault,
        name: (0,rules/* keyName */.xT)(inputs, 'kek-name', 'KEKforBYOK'),
        size: (0,rules/* integer */.nd)(inputs, 'key-size', kek_rules/* KEK_SIZES */.JJ, 4096),
        expiresIn: (0,rules/* duration */.p0)(inputs, 'expires-in'),
        ifExists: (0,rules/* choice */.Yq)(inputs, 'if-exists', ['reuse', 'rotate', 'fail'], 'reuse'),
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(33904);
// EXTERNAL MODULE: ./shared/src/kek/metadata.ts
var metadata = __nccwpck_require__(14036);
;// CONCATENATED MODULE: ./shared/src/requests/export-kek.ts





/** The inputs of action-kek-download / `byok kek download`, checked before any request. */
function readExportKekRequest(inputs) {
    const kid = (0,rules/* versionedKeyId */.cX)(inputs, 'kek-id');
    const path = (0,rules/* optional */.lq)(inputs, 'path') ?? 'KEKforBYOK.publickey.pem';
    const keyList = (0,rules/* optional */.lq)(inputs, 'key-list');
    if ((0,external_node_path_.basename)(path) === metadata/* KEK_METADATA_FILE */.B0)
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "path" is ${JSON.stringify(path)}, the name of the ${metadata/* KEK_METADATA_FILE */.B0} written beside the PEM`, 'Set "path" to a .pem file name such as KEKforBYOK.publickey.pem');
    return {
        vault: (0,azure_inputs/* vaultInput */.z)(inputs),
        ...(kid === undefined ? { name: (0,rules/* keyName */.xT)(inputs, 'kek-name', 'KEKforBYOK') } : { kid }),
        path,
        ...(keyList === undefined ? {} : { keyList }),
    };
}

// EXTERNAL MODULE: ./shared/src/console/run.ts + 1 modules
var run = __nccwpck_require__(49059);
// EXTERNAL MODULE: ./cli/src/azure.ts + 1 modules
var azure = __nccwpck_require__(25324);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __nccwpck_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/kek.ts





/** `byok kek create`: az keyvault key create --kty RSA-HSM --ops import, with byok's KEK checks. */
const kekCreate = {
    name: 'kek create',
    brief: 'create (or reuse) the KEK in the vault: RSA-HSM, key_ops [import]',
    usage: '--hsm-name NAME [--name KEKforBYOK] [--size 4096] [--expires-in 24h] [flags]',
    summary: 'Creates the Key Exchange Key in the vault (RSA-HSM, key_ops exactly [import]), or reuses the current version when it is a valid KEK, and prints its fingerprint.',
    online: true,
    flags: {
        ...command/* VAULT_FLAGS */.PG,
        name: { input: 'kek-name', description: 'name of the KEK (default KEKforBYOK)' },
        size: { input: 'key-size', description: 'RSA size of the KEK: 2048, 3072 or 4096 (default 4096)' },
        'expires-in': { input: 'expires-in', description: 'expire the KEK after this long, e.g. 24h or 7d' },
        'if-exists': { input: 'if-exists', description: 'reuse (default), rotate (new version) or fail' },
        'key-list': {
            input: 'key-list',
            description: 'a key list (docs/key-list.md): check every key it names before the KEK exists',
        },
    },
    example: 'byok kek create --hsm-name contoso-mhsm --name KEKforBYOK --size 4096 --expires-in 24h',
    async run({ inputs, console }) {
        const logger = (0,run/* consoleLogger */.kS)(console);
        const request = readCreateKekRequest(inputs);
        const { createKek } = await Promise.all(/* import() */[__nccwpck_require__.e(660), __nccwpck_require__.e(36)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95036));
        return createKek(request, await (0,azure/* consoleAzureAccess */.T)(inputs, logger), logger);
    },
};
/** `byok kek download`: az keyvault key download --encoding PEM, plus the KEK metadata the wrap reads beside it. */
const kekDownload = {
    name: 'kek download',
    brief: 'write the KEK public key (PEM) and its metadata for the wrap',
    usage: '--hsm-name NAME (--name KEKforBYOK | --kek-id ID) --file KEKforBYOK.publickey.pem [flags]',
    summary: 'Checks the KEK and writes its public key (SPKI PEM, as az keyvault key download does) with its metadata file beside it, for the wrap on the offline host.',
    online: true,
    flags: {
        ...command/* VAULT_FLAGS */.PG,
        name: { input: 'kek-name', description: 'name of the KEK (default KEKforBYOK); its current version' },
        'kek-id': { input: 'kek-id', description: 'versioned KEK id, as `byok kek create` printed it' },
        file: { input: 'path', description: 'where to write the PEM (default KEKforBYOK.publickey.pem)' },
    },
    example: 'byok kek download --hsm-name contoso-mhsm --name KEKforBYOK --file KEKforBYOK.publickey.pem',
    async run({ inputs, console }) {
        const logger = (0,run/* consoleLogger */.kS)(console);
        const request = readExportKekRequest(inputs);
        const { exportKek } = await Promise.all(/* import() */[__nccwpck_require__.e(660), __nccwpck_require__.e(242)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64242));
        return exportKek(request, await (0,azure/* consoleAzureAccess */.T)(inputs, logger), logger);
    },
};


/***/ }),

/***/ 76609:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ verify)
});

// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __nccwpck_require__(74810);
;// CONCATENATED MODULE: ./shared/src/requests/verify-byok.ts

/** The inputs of `byok verify FILE.byok`. */
function readVerifyByokRequest(inputs) {
    const kekFile = (0,rules/* optional */.lq)(inputs, 'kek-file');
    const kekFingerprint = (0,rules/* keyFingerprint */.yy)(inputs, 'kek-fingerprint');
    const publicKeyFingerprint = (0,rules/* keyFingerprint */.yy)(inputs, 'public-key-fingerprint');
    const byokDigest = (0,rules/* keyFingerprint */.yy)(inputs, 'byok-digest');
    const keyCheckValue = (0,rules/* keyCheckValue */.hi)(inputs, 'key-check-value');
    return {
        ...(byokDigest ? { byokDigest } : {}),
        ...(keyCheckValue ? { keyCheckValue } : {}),
        byokFile: (0,rules/* required */.mw)(inputs, 'byok-file'),
        ...(kekFile === undefined ? {} : { kekFile }),
        ...(kekFingerprint ? { kekFingerprint } : {}),
        ...(publicKeyFingerprint ? { publicKeyFingerprint } : {}),
        keyType: (0,rules/* choice */.Yq)(inputs, 'key-type', ['auto', 'RSA', 'EC', 'oct'], 'auto'),
    };
}

// EXTERNAL MODULE: ./shared/src/console/run.ts + 1 modules
var run = __nccwpck_require__(49059);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __nccwpck_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/verify.ts



/** `byok verify FILE.byok`: the import job's local checks, offline. */
const verify = {
    name: 'verify',
    brief: 'check a .byok as the import will, before it goes anywhere',
    usage: 'FILE.byok [--kek-file KEK.pem] [--kek-fingerprint F] [--public-key-fingerprint F] [flags]',
    summary: 'Checks a .byok as the import will before it sends anything: format, the sidecar against the file, the KEK (kid, fingerprint, modulus length against the ciphertext) and the expected public key.',
    online: false,
    positional: { input: 'byok-file', name: 'FILE.byok' },
    flags: {
        'kek-file': { input: 'kek-file', description: 'the KEK public key PEM the file should be wrapped under' },
        ...command/* FINGERPRINT_FLAGS */.BJ,
        kty: { input: 'key-type', description: 'auto (from the sidecar), RSA, EC or oct' },
    },
    example: 'byok verify release-signing.byok --kek-file KEKforBYOK.publickey.pem --kek-fingerprint sha256:…',
    async run({ inputs, console }) {
        const request = readVerifyByokRequest(inputs);
        const { verifyByok } = await __nccwpck_require__.e(/* import() */ 905).then(__nccwpck_require__.bind(__nccwpck_require__, 69905));
        return verifyByok(request, (0,run/* consoleLogger */.kS)(console));
    },
};


/***/ }),

/***/ 71416:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ wrap)
});

// EXTERNAL MODULE: ./shared/src/requests/key-list-mode.ts
var key_list_mode = __nccwpck_require__(98720);
// EXTERNAL MODULE: ./shared/src/azure/vault-kinds.ts
var vault_kinds = __nccwpck_require__(67797);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(33904);
;// CONCATENATED MODULE: ./shared/src/hsm/wrap-choice.ts
/**
 * The values of input "wrap-mechanism" (hsm/wrap.ts chooses by them), apart from the PKCS#11 code so that reading
 * the input loads none of it.
 */
const WRAP_MECHANISMS = ['auto', 'composed', 'native'];

// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __nccwpck_require__(74810);
// EXTERNAL MODULE: ./shared/src/inputs/target.ts
var inputs_target = __nccwpck_require__(40364);
;// CONCATENATED MODULE: ./shared/src/requests/wrap-key.ts





const TARGET_NAMES = { type: 'key-type', size: 'key-size', curve: 'curve' };
/** The HSM and mechanism inputs that a wrap of one key and of a list share. */
function readWrapHsmInputs(inputs) {
    const tokenLabel = (0,rules/* optional */.lq)(inputs, 'token-label');
    const slot = (0,rules/* slotId */.Ql)(inputs, 'slot-id');
    const kekFile = (0,rules/* optional */.lq)(inputs, 'kek-file');
    const kid = (0,rules/* optional */.lq)(inputs, 'kek-id');
    const kekFingerprint = (0,rules/* optional */.lq)(inputs, 'kek-fingerprint');
    return {
        hsm: {
            module: (0,rules/* required */.mw)(inputs, 'pkcs11-module'),
            ...(tokenLabel === undefined ? {} : { tokenLabel }),
            ...(slot === undefined ? {} : { slotId: slot }),
        },
        kek: {
            ...(kekFile === undefined ? {} : { file: kekFile }),
            ...(kid === undefined ? {} : { kid }),
            ...(kekFingerprint === undefined ? {} : { fingerprint: kekFingerprint }),
        },
        kwpMechanism: (0,rules/* mechanism */.qd)(inputs, 'kwp-mechanism', '0x210A, 0x210B or 0x80000171'),
        wrapMechanism: (0,rules/* choice */.Yq)(inputs, 'wrap-mechanism', WRAP_MECHANISMS, 'auto'),
        allowPaddedKwp: (0,rules/* boolean */.zM)(inputs, 'allow-padded-kwp', false),
        requireJobOutputs: (0,rules/* boolean */.zM)(inputs, 'require-job-outputs', false),
    };
}
/** The inputs of action-wrap / `byok wrap` (all but the PIN), checked before the HSM or a file is touched. */
function readWrapKeyRequest(inputs) {
    (0,rules/* refuseInputs */.gJ)(inputs, { 'output-dir': undefined }, 'it applies to a key list only', 'Set "output" for one key, or set "key-list"');
    const keyLabel = (0,rules/* label */.Pf)(inputs, 'key-label');
    const target = (0,inputs_target/* targetInputs */.l)(inputs, TARGET_NAMES);
    const request = target.type ? target : undefined;
    const generate = (0,rules/* boolean */.zM)(inputs, 'generate', false);
    if (generate && request === undefined) {
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "key-type" is required when generate is true', 'Set key-type to RSA, EC or oct (with key-size or curve)');
    }
    if (generate && request)
        (0,inputs_target/* specToGenerate */.W)(request, 'Input "key-size": the requested key');
    const id = (0,rules/* ckaId */.hl)(inputs, 'key-id');
    const shared = readWrapHsmInputs(inputs);
    // The KEK's vault, when its id names a vault host, cannot take every key type: refused before the HSM is opened.
    const kid = shared.kek.kid;
    if (request && kid !== undefined && URL.canParse(kid))
        (0,vault_kinds/* checkVaultTakes */.vM)((0,vault_kinds/* vaultOfKeyId */.ui)(kid), request.type, 'Input "key-type"');
    return {
        ...shared,
        key: {
            label: keyLabel,
            ...(id ? { id } : {}),
            generate,
            ...(request ? { request } : {}),
            ifExists: (0,rules/* choice */.Yq)(inputs, 'if-exists', ['use', 'fail'], 'use'),
        },
        output: (0,rules/* optional */.lq)(inputs, 'output') ?? `${fileBaseOf(keyLabel)}.byok`,
    };
}
/** A key label as a file name part: what is not a letter, digit, dot, dash or underscore becomes a dash. */
function fileBaseOf(keyLabel) {
    return keyLabel.replace(/[^A-Za-z0-9._-]/g, '-');
}

;// CONCATENATED MODULE: ./shared/src/requests/wrap-keys.ts


/** The single key's inputs, which a key list replaces, with the defaults action.yml gives them. */
const SINGLE_KEY_INPUTS = {
    'key-label': undefined,
    'key-id': undefined,
    'key-type': undefined,
    'key-size': undefined,
    curve: undefined,
    generate: 'false',
    'if-exists': 'use',
    output: undefined,
};
/** The inputs of action-wrap / `byok wrap` with a key list, checked before the HSM or a file is touched. */
function readWrapKeysRequest(inputs) {
    (0,rules/* refuseInputs */.gJ)(inputs, SINGLE_KEY_INPUTS, 'with key-list, each key takes it from the list', 'Give each key its label, id, type, size, curve and generate in the key list (docs/key-list.md), or leave key-list empty');
    const keyList = (0,rules/* optional */.lq)(inputs, 'key-list');
    const keyListSha256 = (0,rules/* keyFingerprint */.yy)(inputs, 'key-list-sha256');
    return {
        ...readWrapHsmInputs(inputs),
        ...(keyList === undefined ? {} : { keyList }),
        ...(keyListSha256 ? { keyListSha256 } : {}),
        outputDir: (0,rules/* optional */.lq)(inputs, 'output-dir') ?? 'byok-keys',
    };
}

;// CONCATENATED MODULE: ./shared/src/console/prompt.ts

/**
 * Questions to the person at the terminal, on stderr. A secret is read without echo (raw mode, nothing printed back)
 * so a PIN never appears on screen, in scrollback or in a terminal log; without a terminal there is nobody to ask.
 */
function needsTerminal(what, hint) {
    return new errors/* ConfigurationError */.j1('INPUT_REQUIRED', `${what}, and standard input is not a terminal to ask`, hint);
}
async function askSecret(question, missing) {
    const input = process.stdin;
    if (!input.isTTY)
        throw needsTerminal(missing.what, missing.hint);
    // Echo goes off before the question shows, so nothing typed after it can reach the screen.
    input.setRawMode(true);
    process.stderr.write(question);
    input.resume();
    try {
        return await new Promise((resolve, reject) => {
            let value = '';
            const onData = (chunk) => {
                for (const char of chunk.toString('utf8')) {
                    if (char === '\r' || char === '\n') {
                        input.off('data', onData);
                        return resolve(value);
                    }
                    if (char === '\u0003') {
                        input.off('data', onData);
                        return reject(new errors/* ConfigurationError */.j1('CONFIRMATION_REFUSED', 'Stopped at the PIN prompt (Ctrl-C)'));
                    }
                    if (char === '\u007f' || char === '\b')
                        value = value.slice(0, -1);
                    else if (char >= ' ')
                        value += char;
                }
            };
            input.on('data', onData);
        });
    }
    finally {
        input.setRawMode(false);
        input.pause();
        process.stderr.write('\n');
    }
}
/** A yes/no question; only an explicit yes goes on. */
async function askYes(question, missing) {
    const input = process.stdin;
    if (!input.isTTY)
        throw needsTerminal(missing.what, missing.hint);
    process.stderr.write(`${question} [y/N] `);
    input.resume();
    try {
        const answer = await new Promise((resolve) => input.once('data', (chunk) => resolve(chunk.toString('utf8'))));
        return /^\s*y(es)?\s*$/i.test(answer);
    }
    finally {
        input.pause();
    }
}

// EXTERNAL MODULE: ./shared/src/console/run.ts + 1 modules
var run = __nccwpck_require__(49059);
// EXTERNAL MODULE: ./cli/src/version.ts + 1 modules
var version = __nccwpck_require__(39661);
;// CONCATENATED MODULE: ./cli/src/commands/wrap.ts







/** The user PIN: PKCS11_PIN, else asked without echo. Never a flag: argv is visible to every user in `ps`. */
async function pin() {
    const value = process.env.PKCS11_PIN ||
        (await askSecret('User PIN of the token: ', {
            what: 'PKCS11_PIN is not set',
            hint: 'Set PKCS11_PIN in the environment, or run byok wrap at a terminal to be asked',
        }));
    if (!value)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'The user PIN is empty', 'Give the PIN of the token user');
    (0,run/* registerConsoleSecret */.lc)(value);
    return value;
}
/** Shows the KEK and asks the person at the HSM to compare its fingerprint with the kek job's, unless --yes. */
function confirmKek(yes) {
    return async (kek) => {
        process.stderr.write(`\nKEK to wrap under: ${kek.kid}\nKEK fingerprint:   ${kek.fingerprint}\n`);
        if (yes)
            return;
        const confirmed = await askYes('Is this the fingerprint the kek job showed? Wrap under this KEK?', {
            what: 'The KEK fingerprint needs a person to confirm it',
            hint: 'Compare it with the kek job summary, then run again with --yes (or at a terminal)',
        });
        if (!confirmed)
            throw new errors/* ConfigurationError */.j1('CONFIRMATION_REFUSED', 'The KEK fingerprint was not confirmed; nothing was wrapped', 'Download the KEK again and compare its fingerprint with the kek job summary');
    };
}
/** `byok wrap`: the wrap of action-wrap, on the offline host at the HSM, with no network. */
const wrap = {
    name: 'wrap',
    brief: 'wrap a key inside the HSM under the KEK into a .byok (PKCS#11)',
    usage: '--pkcs11-module LIB --token-label T --key-label L --kek-file KEK.pem --byok-file OUT.byok [flags]',
    summary: 'Finds (or, with --generate, creates) the key in the HSM over PKCS#11 and wraps it there under the KEK (CKM_RSA_AES_KEY_WRAP) into a .byok file and its sidecar. Shows the KEK fingerprint and asks before wrapping (--yes for scripts). The PIN comes from PKCS11_PIN or a prompt without echo, never from a flag.',
    online: false,
    flags: {
        'pkcs11-module': { input: 'pkcs11-module', description: "path of the HSM vendor's PKCS#11 library" },
        'token-label': { input: 'token-label', description: 'label of the token (partition) holding the key' },
        'slot-id': { input: 'slot-id', description: 'slot number, when labels are ambiguous' },
        'key-label': { input: 'key-label', description: 'CKA_LABEL of the key to wrap' },
        'key-id': { input: 'key-id', description: 'CKA_ID of the key, hex' },
        generate: {
            input: 'generate',
            boolean: true,
            description: 'generate the key in the HSM when none has the label',
        },
        kty: {
            input: 'key-type',
            description: 'RSA, EC or oct (AES): what to generate, or what the key must be',
        },
        size: { input: 'key-size', description: 'RSA 2048/3072/4096 or AES 128/192/256' },
        curve: { input: 'curve', description: 'EC curve: P-256, P-384, P-521 or P-256K' },
        'if-exists': {
            input: 'if-exists',
            description: 'with --generate, when the label exists: use (default) or fail',
        },
        'kek-file': {
            input: 'kek-file',
            description: 'the KEK public key PEM from `byok kek download` (its metadata beside it)',
        },
        'kek-id': { input: 'kek-id', description: 'versioned KEK id, when no metadata file is beside the PEM' },
        'kek-fingerprint': {
            input: 'kek-fingerprint',
            description: "the KEK fingerprint from the kek job's summary",
        },
        'kwp-mechanism': {
            input: 'kwp-mechanism',
            description: 'RFC 5649 mechanism: auto (default) or a number like 0x210B',
        },
        'wrap-mechanism': { input: 'wrap-mechanism', description: 'auto (default) or composed' },
        'allow-padded-kwp': {
            input: 'allow-padded-kwp',
            boolean: true,
            description: 'rehearsal HSMs only: wrap RSA/EC even if the token zero-pads before RFC 5649 (SoftHSM); marked in the sidecar',
        },
        'byok-file': {
            input: 'output',
            description: 'the .byok to write (default <key-label>.byok); sidecar at <file>.json',
        },
        'key-list': {
            input: 'key-list',
            description: 'a key list (YAML or JSON, docs/key-list.md): wrap every key it names in one session',
        },
        'key-list-sha256': {
            input: 'key-list-sha256',
            description: "with --key-list: the kek job's key-list-sha256; the list must be that file",
        },
        'output-dir': {
            input: 'output-dir',
            description: 'with --key-list: the folder for <name>.byok and sidecars (default byok-keys)',
        },
        yes: { input: 'yes', boolean: true, description: 'do not ask to confirm the KEK fingerprint (scripts)' },
    },
    example: 'PKCS11_PIN=… byok wrap --pkcs11-module /opt/hsm/lib/libpkcs11.so --token-label signing --key-label release-signing --kek-file KEKforBYOK.publickey.pem --kek-fingerprint sha256:… --byok-file release-signing.byok',
    async run({ inputs, flags, console }) {
        const logger = (0,run/* consoleLogger */.kS)(console);
        const options = { tool: `byok cli ${version/* version */.r}`, confirmKek: confirmKek(flags.yes === true) };
        if ((0,key_list_mode/* usesKeyList */.C)(inputs)) {
            const request = readWrapKeysRequest(inputs);
            const { wrapKeys } = await Promise.all(/* import() */[__nccwpck_require__.e(821), __nccwpck_require__.e(781)]).then(__nccwpck_require__.bind(__nccwpck_require__, 48781));
            const result = await wrapKeys(request, { ...options, pin: await pin() }, logger);
            if (!result.failure)
                result.report.notes.push(`For the import: --kek-fingerprint ${request.kek.fingerprint ?? '(the kek job’s)'} --key-list-digest ${String(result.outputs['key-list-digest'])} --byok-dir ${String(result.outputs['byok-dir'])}.`);
            return result;
        }
        const request = readWrapKeyRequest(inputs);
        const { wrapKey } = await Promise.all(/* import() */[__nccwpck_require__.e(821), __nccwpck_require__.e(278)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97278));
        const result = await wrapKey(request, { ...options, pin: await pin() }, logger);
        const check = result.publicKeyFingerprint
            ? `public-key-fingerprint ${result.publicKeyFingerprint}`
            : `key-check-value ${result.keyCheckValue ?? '(none: the key does not allow encrypt)'}`;
        result.report.notes.push(`For the import: kek-fingerprint ${result.kekFingerprint}, ${check}, byok-digest ${result.byokDigest}.`);
        return result;
    },
};


/***/ }),

/***/ 72913:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_console_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(49059);
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(33904);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73619);
/* harmony import */ var _commands_demo_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(26378);
/* harmony import */ var _commands_import_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(60077);
/* harmony import */ var _commands_kek_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(76721);
/* harmony import */ var _commands_verify_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(76609);
/* harmony import */ var _commands_wrap_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(71416);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(39661);









/** `byok <command>`: the ceremony's steps for a person at a terminal, over the same library as the actions. */
const COMMANDS = [_commands_kek_js__WEBPACK_IMPORTED_MODULE_5__/* .kekCreate */ .m, _commands_kek_js__WEBPACK_IMPORTED_MODULE_5__/* .kekDownload */ .O, _commands_wrap_js__WEBPACK_IMPORTED_MODULE_7__/* .wrap */ .L, _commands_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .verify */ .M, _commands_import_js__WEBPACK_IMPORTED_MODULE_4__/* .importCommand */ .L, _commands_demo_js__WEBPACK_IMPORTED_MODULE_3__/* .demo */ .q];
function overview() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
    return [
        `byok ${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .version */ .r}: bring your own HSM key into Azure Key Vault Managed HSM (and Key Vault Premium)`,
        '',
        'Usage: byok <command> [flags]       byok <command> --help',
        '',
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.online ? 'online ' : 'offline'}  ${c.brief}`),
        '',
        'The air-gapped path: `byok kek create` and `byok kek download` (or the kek job), carry the PEM to the HSM host,',
        '`byok wrap` there with no network, `byok verify`, carry the .byok back, import it behind approval. See docs/offline.md.',
        'Exit codes: 0 done, 1 refused or failed, 2 usage error.',
    ].join('\n');
}
async function main(argv) {
    const plain = {
        json: argv.includes('--json'),
        verbose: argv.includes('--verbose'),
        prefix: 'byok',
        render: (text) => text,
    };
    const words = argv.filter((arg) => !arg.startsWith('-')).slice(0, 2);
    const command = COMMANDS.find((c) => c.name === words.join(' ')) ?? COMMANDS.find((c) => c.name === words[0]);
    if (argv[0] === '--version') {
        process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .version */ .r}\n`);
        return _shared_src_console_run_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
    }
    if (!command) {
        if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
            process.stdout.write(`${overview()}\n`);
            return argv.length === 0 ? _shared_src_console_run_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.usage : _shared_src_console_run_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
        }
        return (0,_shared_src_console_run_js__WEBPACK_IMPORTED_MODULE_0__/* .reportError */ .N7)(new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('USAGE', `unknown command ${JSON.stringify(words.join(' ') || argv[0])}`, `Run byok --help; commands: ${COMMANDS.map((c) => c.name).join(', ')}`), plain);
    }
    const rest = argv.slice(argv.indexOf(command.name.split(' ').at(-1)) + 1);
    const options = { ...plain, prefix: `byok ${command.name}`, render: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .renderer */ .Uk)(command) };
    try {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandLine */ .Du)(command, rest);
        if (flags.help) {
            process.stdout.write(`${(0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .helpText */ .BK)(command)}\n`);
            return _shared_src_console_run_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
        }
        const result = await command.run({ inputs: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .inputsOf */ .Vc)(command, flags), flags, console: options });
        return (0,_shared_src_console_run_js__WEBPACK_IMPORTED_MODULE_0__/* .printResult */ .RS)(result, options);
    }
    catch (error) {
        return (0,_shared_src_console_run_js__WEBPACK_IMPORTED_MODULE_0__/* .reportError */ .N7)(error, options);
    }
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 39661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r: () => (/* binding */ version)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./cli/src/version.ts

const version = package_namespaceObject.rE;


/***/ }),

/***/ 67797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   nc: () => (/* binding */ VAULT_KINDS),
/* harmony export */   s7: () => (/* binding */ vaultOfHost),
/* harmony export */   sC: () => (/* binding */ azVault),
/* harmony export */   uT: () => (/* binding */ VAULT_CAPABILITIES),
/* harmony export */   ui: () => (/* binding */ vaultOfKeyId),
/* harmony export */   vM: () => (/* binding */ checkVaultTakes),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('TARGET_TYPE_UNSUPPORTED', `${subject} is an ${KEY_TYPE_NAMES[keyType]} key, which ${capabilities.title} ${vault.url} cannot import; it imports ${capabilities.keyTypes.map((t) => KEY_TYPE_NAMES[t]).join(' and ')} keys`, keyType === 'oct'
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

/***/ 49059:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ EXIT),
  kS: () => (/* binding */ consoleLogger),
  RS: () => (/* binding */ printResult),
  lc: () => (/* binding */ registerConsoleSecret),
  N7: () => (/* binding */ reportError)
});

// UNUSED EXPORTS: formatReport

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(33904);
;// CONCATENATED MODULE: ./shared/src/secret-forms.ts
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

;// CONCATENATED MODULE: ./shared/src/console/run.ts


const EXIT = { ok: 0, refused: 1, usage: 2 };
const secrets = new Set();
/** Scrubbed from everything the command prints from now on (the PIN). */
function registerConsoleSecret(value) {
    for (const form of secretForms(value))
        secrets.add(form);
}
function shown(text) {
    return visibleControls(scrubSecrets(text, secrets));
}
/** Progress and warnings on stderr, so that stdout holds only the result. */
function consoleLogger(options) {
    const write = (prefix, message) => process.stderr.write(`${prefix}${shown(message).replace(/\n/g, ' ')}\n`);
    return {
        debug: (message) => options.verbose && write('  debug: ', message),
        info: (message) => write('  ', message),
        warning: (message) => write('warning: ', message),
    };
}
/** The report as a person reads it: title, aligned rows, tables in aligned columns, notes. */
function formatReport(report) {
    const rows = report.rows.filter((row) => row[1] !== undefined && row[1] !== '');
    const width = Math.max(0, ...rows.map(([label]) => label.length));
    const tables = (report.tables ?? []).flatMap(({ columns, rows: cells }) => {
        const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
        const line = (values) => `  ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
        return ['', line(columns), ...cells.map(line)];
    });
    return [
        report.title,
        ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
        ...tables,
        ...report.notes.map((note) => `- ${note}`),
    ]
        .map(shown)
        .join('\n');
}
/** Prints the result; one that carries a failure (a list with failed keys) is printed whole, then reported. */
function printResult(result, options) {
    if (options.json) {
        const outputs = Object.fromEntries(Object.entries(result.outputs).filter(([, v]) => v !== undefined));
        const failed = result.failure instanceof errors/* ByokError */.i ? result.failure : undefined;
        const body = {
            ok: result.failure === undefined,
            outputs,
            report: result.report,
            ...(failed ? { error: { code: failed.code, message: options.render(failed.oneLine) } } : {}),
        };
        process.stdout.write(`${shown(JSON.stringify(body, null, 2))}\n`);
    }
    else
        process.stdout.write(`${formatReport(result.report)}\n`);
    return result.failure === undefined ? EXIT.ok : reportError(result.failure, { ...options, json: false });
}
/** One line for a refusal (code and hint, as the actions print them), a stack only with --verbose. */
function reportError(error, options) {
    const known = error instanceof errors/* ByokError */.i;
    const code = known ? error.code : 'INTERNAL';
    const message = known
        ? options.render(error.oneLine)
        : `Internal error: ${error instanceof Error ? error.message : String(error)}. Rerun with --verbose and report it if it persists`;
    if (options.json) {
        const body = { ok: false, error: { code, message } };
        process.stdout.write(`${shown(JSON.stringify(body, null, 2))}\n`);
    }
    process.stderr.write(`${options.prefix}: ${shown(message.replace(/\s*\n\s*/g, ' '))} [${code}]\n`);
    if (options.verbose && error instanceof Error && error.stack)
        process.stderr.write(`${shown(error.stack)}\n`);
    return known && code === 'USAGE' ? EXIT.usage : EXIT.refused;
}


/***/ }),

/***/ 33904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OQ: () => (/* binding */ ERROR_CODES),
/* harmony export */   i: () => (/* binding */ ByokError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * Every error code byok reports, one entry each. Codes are stable: users and tests match them, and each has a section
 * in docs/troubleshooting.md (a test holds that).
 */
const ERROR_CODES = [
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
];
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

/***/ 32295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ releasePolicyInput),
/* harmony export */   a: () => (/* binding */ checkReleasePolicy)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33904);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74810);


function releasePolicyInput(inputs, name) {
    const value = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(inputs, name)?.trim();
    if (value === undefined || value === '')
        return undefined;
    if (!value.startsWith('{'))
        return { file: value.replace(/^@/, '') };
    const source = `Input "${name}"`;
    checkReleasePolicy(value, source);
    return { text: value, source };
}
/** Members compared without regard to case, as Azure Policy (whose grammar secure key release follows) reads them. */
function member(object, name) {
    const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : object[key];
}
const OPERATORS = ['equals', 'notEquals', 'less', 'lessOrEquals', 'greater', 'greaterOrEquals', 'exists'];
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The first fault of a condition list (`at` names where), or undefined. */
function conditionsProblem(list, at) {
    if (!Array.isArray(list) || list.length === 0)
        return `${at} is not a non-empty array of conditions`;
    for (const [i, item] of list.entries()) {
        const where = `${at}[${i}]`;
        if (!isObject(item))
            return `${where} is not an object`;
        const groups = ['anyOf', 'allOf'].filter((g) => member(item, g) !== undefined);
        if (groups.length > 0) {
            if (groups.length > 1 || member(item, 'claim') !== undefined)
                return `${where} must be one claim condition, or one anyOf or allOf`;
            const problem = conditionsProblem(member(item, groups[0]), `${where}.${groups[0]}`);
            if (problem)
                return problem;
            continue;
        }
        if (typeof member(item, 'claim') !== 'string')
            return `${where} has no "claim"`;
        const operators = OPERATORS.filter((op) => member(item, op) !== undefined);
        if (operators.length !== 1)
            return `${where} needs exactly one operator (${OPERATORS.join(', ')})`;
        const operand = member(item, operators[0]);
        if (!['string', 'number', 'boolean'].includes(typeof operand))
            return `${where}.${operators[0]} is not a string, number or boolean`;
    }
    return undefined;
}
/**
 * A secure key release policy in Microsoft's documented grammar (Key Vault and Managed HSM "secure key release
 * policy grammar", docs/byok-format.md): `{"version": "1.0.0", "anyOf": [{"authority": "https://…", "anyOf" | "allOf":
 * [conditions]}]}`, a condition being `{"claim": NAME, OPERATOR: value}` or a nested anyOf / allOf.
 */
function checkReleasePolicy(text, source) {
    const refuse = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('RELEASE_POLICY_INVALID', `${source}: the release policy ${problem}`, 'Give a secure key release policy in the documented grammar: {"version": "1.0.0", "anyOf": [{"authority": "https://<attestation host>/", "allOf": [{"claim": "…", "equals": "…"}]}]}');
    let policy;
    try {
        policy = JSON.parse(text);
    }
    catch {
        throw refuse('is not JSON');
    }
    if (!isObject(policy))
        throw refuse('is not a JSON object');
    if (member(policy, 'version') !== '1.0.0')
        throw refuse('has no "version": "1.0.0"');
    const authorities = member(policy, 'anyOf');
    if (!Array.isArray(authorities) || authorities.length === 0)
        throw refuse('has no "anyOf" list of authorities');
    for (const [i, authority] of authorities.entries()) {
        const at = `anyOf[${i}]`;
        if (!isObject(authority))
            throw refuse(`${at} is not an object`);
        const url = member(authority, 'authority');
        if (typeof url !== 'string' || !URL.canParse(url) || new URL(url).protocol !== 'https:')
            throw refuse(`${at}.authority is not an https URL`);
        const groups = ['anyOf', 'allOf'].filter((g) => member(authority, g) !== undefined);
        if (groups.length !== 1)
            throw refuse(`${at} needs exactly one of anyOf, allOf`);
        const problem = conditionsProblem(member(authority, groups[0]), `${at}.${groups[0]}`);
        if (problem)
            throw refuse(problem);
    }
}


/***/ }),

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   Ql: () => (/* binding */ slotId),
/* harmony export */   WK: () => (/* binding */ inputsFrom),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   _A: () => (/* binding */ tags),
/* harmony export */   bg: () => (/* binding */ validity),
/* harmony export */   cX: () => (/* binding */ versionedKeyId),
/* harmony export */   gJ: () => (/* binding */ refuseInputs),
/* harmony export */   hi: () => (/* binding */ keyCheckValue),
/* harmony export */   hl: () => (/* binding */ ckaId),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   qd: () => (/* binding */ mechanism),
/* harmony export */   xT: () => (/* binding */ keyName),
/* harmony export */   yy: () => (/* binding */ keyFingerprint),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony exports invalid, date, KEY_NAME_PATTERN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33904);
/* harmony import */ var _keys_key_id_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(43589);
/* harmony import */ var _keys_patterns_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9125);



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
    if (value !== undefined && !_keys_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .FINGERPRINT_PATTERN */ .o.test(value))
        throw invalid(name, value, 'sha256:<64 lowercase hex>, as a byok step prints it');
    return value;
}
/** byok's key check value of an AES key, as the wrap job outputs it: 32 lowercase hex digits. */
function keyCheckValue(inputs, name) {
    const value = optional(inputs, name);
    if (value !== undefined && !_keys_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_CHECK_PATTERN */ .g.test(value))
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input${set.length > 1 ? 's' : ''} ${set.map(([name]) => `"${name}"`).join(', ')} ${set.length > 1 ? 'are' : 'is'} set; ${because}`, hint);
}


/***/ }),

/***/ 40364:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ specToGenerate),
/* harmony export */   l: () => (/* binding */ targetInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33904);
/* harmony import */ var _keys_target_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(75851);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74810);



const ALL_KEY_OPS = [...new Set(Object.values(_keys_target_js__WEBPACK_IMPORTED_MODULE_1__/* .KEY_OPS */ .NP).flat())];
function targetInputs(inputs, names, options = {}) {
    const types = options.auto
        ? ['auto', 'RSA', 'EC', 'oct', 'AES']
        : ['RSA', 'EC', 'oct', 'AES'];
    const given = (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, names.type) === undefined ? options.fallback : (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(inputs, names.type, types);
    const type = given === 'auto' || given === undefined ? undefined : given === 'AES' ? 'oct' : given;
    const curve = (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, names.curve) === undefined ? undefined : (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(inputs, names.curve, _keys_target_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGET_EC_CURVES */ .Eu);
    const sizeText = names.size === undefined ? undefined : (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lq)(inputs, names.size);
    if (type !== undefined && type !== 'EC' && curve !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "${names.curve}" does not apply to ${type} keys`, `Remove ${names.curve}, or set ${names.type}: EC`);
    if (sizeText !== undefined && names.size !== undefined) {
        if (type === 'EC')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "${names.size}" does not apply to EC keys`, `Remove ${names.size} and set ${names.curve}`);
        if (type === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "${names.size}" needs "${names.type}"`, `Set ${names.type} to RSA or oct`);
    }
    const size = sizeText === undefined || names.size === undefined
        ? undefined
        : (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(inputs, names.size, type === 'RSA' ? _keys_target_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGET_RSA_SIZES */ .Ss : _keys_target_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGET_AES_SIZES */ .V8);
    const keyOps = names.ops === undefined ? undefined : (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(inputs, names.ops);
    if (keyOps !== undefined && names.ops !== undefined) {
        const problem = type === undefined ? unknownOps(keyOps) : (0,_keys_target_js__WEBPACK_IMPORTED_MODULE_1__/* .keyOpsProblem */ .Ty)(type, keyOps);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "${names.ops}" has ${problem}`, `Set "${names.ops}" to some of ${(type ? _keys_target_js__WEBPACK_IMPORTED_MODULE_1__/* .KEY_OPS */ .NP[type] : ALL_KEY_OPS).join(', ')}`);
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
        ? { type: 'EC', curve: target.curve ?? _keys_target_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CURVE */ .Qs }
        : { type: target.type, size: target.size ?? _keys_target_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SIZE */ ._7[target.type] };
    (0,_keys_target_js__WEBPACK_IMPORTED_MODULE_1__/* .checkTargetSpec */ .T3)(spec, subject);
    return spec;
}


/***/ }),

/***/ 69857:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ parseJsonObject)
/* harmony export */ });
/** Parses text that must hold one JSON object; `invalid` builds the caller's error for its own file. */
function parseJsonObject(text, invalid) {
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        throw invalid('is not valid JSON');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw invalid('is not a JSON object');
    return json;
}


/***/ }),

/***/ 14036:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ KEK_METADATA_FILE),
/* harmony export */   Si: () => (/* binding */ parseKekMetadata),
/* harmony export */   fA: () => (/* binding */ serializeKekMetadata)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33904);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(69857);
/* harmony import */ var _keys_key_id_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(43589);
/* harmony import */ var _keys_patterns_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9125);




const KEK_METADATA_FILE = 'byok-kek.json';
function serializeKekMetadata(metadata) {
    return `${JSON.stringify(metadata, null, 2)}\n`;
}
/** Reads byok-kek.json strictly: every field typed, nothing taken on trust. */
function parseKekMetadata(text, source) {
    const invalid = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_METADATA_INVALID', `${source}: ${problem}`, 'Use the byok-kek.json that action-kek-download wrote, or remove it and give kek-id');
    const m = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonObject */ .d)(text, invalid);
    if (typeof m.kid !== 'string' || !(0,_keys_key_id_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersionedKeyId */ .p)(m.kid)) {
        throw invalid('"kid" is not a versioned key id');
    }
    if (typeof m.fingerprint !== 'string' || !_keys_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .FINGERPRINT_PATTERN */ .o.test(m.fingerprint))
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

/***/ 13206:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ KEK_SIZES),
/* harmony export */   Nx: () => (/* binding */ kekSize),
/* harmony export */   yO: () => (/* binding */ checkKek)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33904);

const KEK_SIZES = [2048, 3072, 4096];
function kekSize(kek) {
    return kek.publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
}
/**
 * The rules the service applies to a KEK at import time (docs/byok-format.md): RSA-HSM 2048/3072/4096, key_ops exactly
 * ["import"], enabled, inside its nbf/exp window. Checking them first turns a late import failure into an early,
 * precise one.
 */
function checkKek(kek, now = new Date()) {
    const fix = 'Create a KEK with action-kek-create (RSA-HSM, key_ops ["import"]) or name a valid one';
    if (kek.kty !== 'RSA-HSM' && kek.kty !== 'RSA') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_TYPE_INVALID', `${kek.kid} is a ${kek.kty} key; a KEK must be RSA-HSM`, fix);
    }
    if (kek.kty !== 'RSA-HSM') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_NOT_HSM', `${kek.kid} is a software-protected RSA key; a KEK must be RSA-HSM`, fix);
    }
    const size = kekSize(kek);
    if (!KEK_SIZES.includes(size)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_SIZE_INVALID', `${kek.kid} is RSA-${size}; a KEK must be RSA 2048, 3072 or 4096`, fix);
    }
    if (kek.keyOps.length !== 1 || kek.keyOps[0] !== 'import') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_OPS_INVALID', `${kek.kid} allows [${kek.keyOps.join(', ')}]; a KEK must allow exactly [import]`, fix);
    }
    if (!kek.enabled) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_DISABLED', `${kek.kid} is disabled`, 'Enable it, or create a new KEK with action-kek-create (if-exists: rotate)');
    }
    if (kek.expiresOn && kek.expiresOn.getTime() <= now.getTime()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_EXPIRED', `${kek.kid} expired at ${kek.expiresOn.toISOString()}`, 'Create a new KEK version with action-kek-create (if-exists: rotate)');
    }
    if (kek.notBefore && kek.notBefore.getTime() > now.getTime()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_NOT_YET_VALID', `${kek.kid} is not valid before ${kek.notBefore.toISOString()}`, 'Wait until then or create a new KEK version');
    }
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

/***/ 9125:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ KEY_CHECK_PATTERN),
/* harmony export */   o: () => (/* binding */ FINGERPRINT_PATTERN)
/* harmony export */ });
/**
 * The text forms of what binds a key across jobs, checked in inputs and files before anything is computed: kept
 * apart from the crypto that computes them (crypto/public-key.ts, keys/key-check-value.ts), so that checking an
 * input loads no node:crypto.
 */
/** A fingerprint or digest as byok prints it: `sha256:<64 lowercase hex>`. */
const FINGERPRINT_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** byok's key check value of an AES key (keys/key-check-value.ts): 32 lowercase hex digits. */
const KEY_CHECK_PATTERN = /^[0-9a-f]{32}$/;


/***/ }),

/***/ 75851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ TARGET_EC_CURVES),
/* harmony export */   HE: () => (/* binding */ nodeCurveName),
/* harmony export */   NP: () => (/* binding */ KEY_OPS),
/* harmony export */   Qs: () => (/* binding */ DEFAULT_CURVE),
/* harmony export */   Ss: () => (/* binding */ TARGET_RSA_SIZES),
/* harmony export */   T3: () => (/* binding */ checkTargetSpec),
/* harmony export */   Ty: () => (/* binding */ keyOpsProblem),
/* harmony export */   V8: () => (/* binding */ TARGET_AES_SIZES),
/* harmony export */   _7: () => (/* binding */ DEFAULT_SIZE),
/* harmony export */   dZ: () => (/* binding */ hsmKty),
/* harmony export */   ff: () => (/* binding */ describeTarget)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33904);

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('TARGET_SIZE_UNSUPPORTED', `${subject} is RSA-${spec.size}; Azure imports RSA 2048, 3072 or 4096`, 'Use an RSA key of 2048 bits or more');
    }
    if (spec.type === 'oct' && !TARGET_AES_SIZES.includes(spec.size)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('TARGET_SIZE_UNSUPPORTED', `${subject} is AES-${spec.size}; a Managed HSM imports AES 128, 192 or 256`, 'Use an AES key of 128, 192 or 256 bits');
    }
    if (spec.type === 'EC' && !TARGET_EC_CURVES.includes(spec.curve)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('TARGET_CURVE_UNSUPPORTED', `${subject} is on curve ${String(spec.curve)}; Azure imports P-256, P-384, P-521 or P-256K`, 'Use one of those curves');
    }
}


/***/ }),

/***/ 78043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ vaultInput)
/* harmony export */ });
/* unused harmony export credentialInputs */
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
        clientId: optional(inputs, 'client-id'),
        tenantId: optional(inputs, 'tenant-id'),
        audience: optional(inputs, 'audience') ?? 'api://AzureADTokenExchange',
        authorityHost: optional(inputs, 'authority-host'),
    };
}


/***/ }),

/***/ 98720:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ usesKeyList)
/* harmony export */ });
/* harmony import */ var _inputs_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74810);

/**
 * Whether the inputs name a key list, or a job output that binds one (the list then travels in an artifact): any of
 * them puts the step in list mode, so that a binding given without its list is never silently ignored.
 */
function usesKeyList(inputs) {
    return ['key-list', 'key-list-sha256', 'key-list-digest'].some((name) => (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(inputs, name) !== undefined);
}


/***/ }),

/***/ 71757:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./native/pkcs11.cjs");

/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 54601:
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

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

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
/******/ var __webpack_exports__ = __nccwpck_require__(72913);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
