#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5324:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ consoleAzureAccess)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
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

// EXTERNAL MODULE: ./shared/src/console/run.ts + 1 modules
var run = __nccwpck_require__(9059);
// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __nccwpck_require__(4810);
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

/***/ 3619:
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
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _shared_src_inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4810);



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

/***/ 6378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ demo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3904);
/* harmony import */ var _shared_src_inputs_target_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(364);





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
        const { runDemo } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(549), __nccwpck_require__.e(496)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5496));
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

/***/ 5106:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ importCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./shared/src/byok/file.ts + 1 modules
var byok_file = __nccwpck_require__(5001);
// EXTERNAL MODULE: ./shared/src/byok/validate.ts
var validate = __nccwpck_require__(4357);
// EXTERNAL MODULE: ./shared/src/crypto/public-key.ts
var public_key = __nccwpck_require__(6686);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/kek/rules.ts
var rules = __nccwpck_require__(3206);
// EXTERNAL MODULE: ./shared/src/keys/target.ts
var target = __nccwpck_require__(5851);
// EXTERNAL MODULE: ./shared/src/azure/errors.ts
var azure_errors = __nccwpck_require__(3844);
// EXTERNAL MODULE: ./shared/src/azure/key-client.ts + 1 modules
var key_client = __nccwpck_require__(5462);
// EXTERNAL MODULE: ./shared/src/azure/idempotent-import.ts
var idempotent_import = __nccwpck_require__(5292);
// EXTERNAL MODULE: ./shared/src/azure/kek.ts
var azure_kek = __nccwpck_require__(4066);
// EXTERNAL MODULE: ./shared/src/keys/key-check-value.ts
var key_check_value = __nccwpck_require__(3754);
// EXTERNAL MODULE: ./shared/src/keys/key-id.ts
var key_id = __nccwpck_require__(3589);
;// CONCATENATED MODULE: ./shared/src/azure/key-check-value.ts





const CBC_NO_PADDING = {
    128: 'A128CBC',
    192: 'A192CBC',
    256: 'A256CBC',
};
/**
 * byok's key check value of an AES key in the vault (shared/src/keys/key-check-value.ts), the value the wrap computes
 * in the source HSM. Key Vault offers no ECB, but CBC without padding over a single block with a zero IV is the same
 * computation: zero IV XOR block = block. The key must allow `encrypt`.
 */
async function vaultKeyCheckValue(client, keyId, sizeBits) {
    const algorithm = CBC_NO_PADDING[sizeBits];
    const parsed = (0,key_id/* parseVersionedKeyId */.p)(keyId);
    if (!algorithm || !parsed)
        throw new errors/* ConfigurationError */.j1('KCV_UNSUPPORTED', `Cannot compute a key check value of ${keyId} (AES-${sizeBits})`, 'Key check values are computed for AES-128, AES-192 and AES-256 key versions only');
    // The CryptographyClient shares the KeyClient's pipeline and credential, so it adds no new sign-in.
    const crypto = client.getCryptographyClient(parsed.name, { keyVersion: parsed.version });
    try {
        const { result } = await crypto.encrypt({
            algorithm,
            plaintext: key_check_value/* KEY_CHECK_BLOCK */.T,
            iv: Buffer.alloc(16),
        });
        return Buffer.from(result).subarray(0, 16).toString('hex');
    }
    catch (error) {
        throw (0,azure_errors/* translateAzureError */.I4)(error, `compute the key check value of ${keyId} (${algorithm} encrypt)`, (0,key_client/* vaultOf */._)(client));
    }
}

// EXTERNAL MODULE: ./shared/src/azure/vault-kinds.ts
var vault_kinds = __nccwpck_require__(7797);
// EXTERNAL MODULE: ./shared/src/azure/key-bundle.ts
var key_bundle = __nccwpck_require__(5970);
;// CONCATENATED MODULE: ./shared/src/azure/verify-imported.ts







/** sha256 fingerprint of an RSA or EC key the vault returned; oct keys show no public part. */
function fingerprintOf(key) {
    return key.keyType?.startsWith('oct') ? undefined : (0,public_key/* fingerprint */.Rj)((0,key_bundle/* publicKeyOf */.k)(key));
}
/** Why the vault cannot encrypt with this key version right now, if it cannot (docs/byok-format.md "Limits"). */
function cannotEncrypt(key, vault, now = Date.now()) {
    const { enabled, notBefore, expiresOn } = key.properties;
    if (!(key.keyOperations ?? []).includes('encrypt'))
        return `the imported key does not allow encrypt (key-ops), so the ${vault} cannot compute its key check value`;
    if (enabled === false)
        return 'the imported key is disabled ("enabled: false"), so it cannot encrypt';
    if ((notBefore && notBefore.getTime() > now) || (expiresOn && expiresOn.getTime() <= now))
        return 'the imported key is outside its not-before/expires window, so it cannot encrypt';
    return undefined;
}
/**
 * Whether an AES key in the vault is the one whose check value the source HSM computed; undefined when the vault
 * cannot tell (the key allows no encrypt, or is disabled or out of date).
 */
async function holdsKeyCheckValue(client, key, keyCheckValue, keySize) {
    if (cannotEncrypt(key, ''))
        return undefined;
    return (await vaultKeyCheckValue(client, key.id, keySize)) === keyCheckValue.toLowerCase();
}
function mismatch(client, key, what, actual, recorded) {
    const version = (0,key_id/* parseVersionedKeyId */.p)(key.id ?? '')?.version ?? 'VERSION';
    return new errors/* ByokError */.i('IMPORTED_KEY_MISMATCH', `Imported key ${key.id} has ${what} ${actual}, but the wrap step recorded ${recorded}: the vault holds a different key than the source HSM`, `Disable the imported version now (az keyvault key set-attributes ${(0,vault_kinds/* azVault */.sC)((0,key_client/* vaultOf */._)(client))} --name ${key.name} --version ${version} --enabled false) and investigate the .byok file's origin`);
}
/**
 * Compares the imported key with what the source HSM recorded: the public key for RSA/EC; for AES, a key check
 * value the vault computes, when the key allows encrypt. A mismatch is an error; otherwise the answer is one
 * sentence for the summary: how the key was verified, or why it could not be.
 */
async function verifyImportedKey(client, imported, recorded) {
    if (!imported.keyType?.startsWith('oct')) {
        if (!recorded.publicKeyFingerprint)
            return 'Not verified after import: no public key recorded (no sidecar).';
        const present = fingerprintOf(imported);
        if (present !== recorded.publicKeyFingerprint)
            throw mismatch(client, imported, 'public key', present, recorded.publicKeyFingerprint);
        return 'Verified after import: the imported public key equals the one recorded in the source HSM.';
    }
    const notVerified = (why) => `AES key not verified: ${why}.`;
    if (!recorded.keyCheckValue || !recorded.keySize)
        return notVerified('the wrap step recorded no key check value (no sidecar, or the source key does not allow encrypt)');
    const vault = vault_kinds/* VAULT_CAPABILITIES */.uT[(0,vault_kinds/* kindOf */.I)((0,key_client/* vaultOf */._)(client)) ?? 'managedhsm'].title;
    const reason = cannotEncrypt(imported, vault);
    if (reason)
        return notVerified(reason);
    const kcv = await vaultKeyCheckValue(client, imported.id, recorded.keySize);
    if (kcv !== recorded.keyCheckValue.toLowerCase())
        throw mismatch(client, imported, 'key check value', kcv, recorded.keyCheckValue);
    return `Verified after import: the key check value the ${vault} computed (${kcv}) equals the one computed in the source HSM, as ${recorded.keyCheckSource ?? 'the sidecar'} gives it.`;
}

;// CONCATENATED MODULE: ./shared/src/azure/import-key.ts











function checkKeyOps(keyType, keyOps, input = 'key-ops') {
    const problem = (0,target/* keyOpsProblem */.Ty)(keyType, keyOps);
    if (problem) {
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "${input}" has ${problem}`, `Set "${input}" to some of ${target/* KEY_OPS */.NP[keyType].join(', ')}`);
    }
}
/** One import on its own: every read is made when it is needed. */
function singleImport(client, logger) {
    return { kek: (kid) => (0,azure_kek/* getKek */.wJ)(client, { kid }, logger), current: (name) => currentKey(client, name) };
}
async function currentKey(client, name) {
    try {
        return await client.getKey(name);
    }
    catch (error) {
        if ((0,azure_errors/* isNotFound */.c4)(error))
            return undefined;
        throw (0,azure_errors/* translateAzureError */.I4)(error, `read key "${name}"`, (0,key_client/* vaultOf */._)(client));
    }
}
/**
 * Imports a .byok into the vault after checking it against the KEK its kid names. An existing key with the
 * same public key makes the import a no-op, so a rerun (or a retry whose first answer was lost) converges.
 */
async function importByok(client, options, logger, context = singleImport(client, logger)) {
    if (options.keyType === 'EC' && !options.curve)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "curve" is required for an EC key', 'Set "curve" to P-256, P-384, P-521 or P-256K, or use key-type: auto with the wrap sidecar');
    const keyOps = options.keyOps ?? [...target/* KEY_OPS */.NP[options.keyType]];
    checkKeyOps(options.keyType, keyOps);
    const byok = (0,byok_file/* parseByok */.N$)(options.byok, options.byokSource);
    const kek = options.kek ?? (await context.kek(byok.kid));
    const kekFingerprint = (0,public_key/* fingerprint */.Rj)(kek.publicKey);
    if (options.expectedKekFingerprint && kekFingerprint !== options.expectedKekFingerprint) {
        throw new errors/* ConfigurationError */.j1('KEK_FINGERPRINT_MISMATCH', `Input "kek-fingerprint" is ${options.expectedKekFingerprint}, but KEK ${kek.kid} named by ${options.byokSource} has ${kekFingerprint}`, 'The .byok names a KEK other than the one the kek job made: stop, and find out how');
    }
    (0,validate/* validateByokForKek */.u)(byok, { kid: kek.kid, modulusBytes: (0,rules/* kekSize */.Nx)(kek) / 8 }, options.byokSource);
    const expected = options.expectedPublicKey ? (0,public_key/* fingerprint */.Rj)(options.expectedPublicKey) : undefined;
    const existing = await context.current(options.name);
    if (existing && options.ifExists === 'converge') {
        const present = fingerprintOf(existing);
        const same = expected
            ? present === expected
            : options.expectedKeyCheckValue && options.keySize && existing.keyType?.startsWith('oct')
                ? await holdsKeyCheckValue(client, existing, options.expectedKeyCheckValue, options.keySize)
                : undefined;
        if (same && (existing.properties.exportable === true) !== !!options.exportable) {
            throw new errors/* ConfigurationError */.j1('KEY_EXISTS', `Key "${options.name}" already holds this key (${existing.id}), but ${options.exportable ? 'not exportable' : 'exportable'}, unlike this request`, 'Set "if-exists: new-version" to import it as a new version with the exportability asked for, or set "exportable" as the existing key has it');
        }
        if (same) {
            logger.info(`Key ${existing.id} already holds this key; nothing to import`);
            return {
                keyId: existing.id,
                kek,
                ...(present ? { publicKeyFingerprint: present } : {}),
                alreadyPresent: true,
                verification: expected
                    ? 'Verified: the key already present has the public key recorded in the source HSM.'
                    : 'Verified: the key already present has the key check value computed in the source HSM.',
                kekAfterImport: await (0,azure_kek/* retireKek */.BF)(client, kek, options.kekAfterImport ?? 'keep', logger),
                exportable: exportableOf(existing),
            };
        }
        throw new errors/* ConfigurationError */.j1('KEY_EXISTS', `Key "${options.name}" already exists (${existing.id})${same === false ? ` with a different ${expected ? 'public key' : 'key check value'}` : ' and cannot be compared with this file'}`, 'Set "if-exists: new-version" to import it as a new version, or choose another "key-name"');
    }
    logger.info(`Importing ${options.byokSource} as ${(0,target/* hsmKty */.dZ)(options.keyType)} key "${options.name}" (wrapped for ${kek.kid})`);
    let imported;
    try {
        // A retry whose first attempt landed is recognised by idempotent-import.ts, not imported twice.
        const identity = {
            ...(options.expectedPublicKey ? { publicKey: options.expectedPublicKey } : {}),
            ...(existing?.id ? { replaces: existing.id } : {}),
        };
        imported = await (0,idempotent_import/* withImportIdentity */.GP)(client.vaultUrl, options.name, identity, () => client.importKey(options.name, {
            kty: (0,target/* hsmKty */.dZ)(options.keyType),
            ...(options.curve ? { crv: options.curve } : {}),
            keyOps,
            t: options.byok,
        }, {
            hardwareProtected: true,
            enabled: options.enabled,
            ...(options.notBefore ? { notBefore: options.notBefore } : {}),
            ...(options.expiresOn ? { expiresOn: options.expiresOn } : {}),
            ...(options.tags ? { tags: options.tags } : {}),
            ...(options.exportable
                ? {
                    exportable: true,
                    releasePolicy: { encodedPolicy: new Uint8Array(options.exportable.releasePolicy) },
                }
                : {}),
        }));
    }
    catch (error) {
        throw (0,azure_errors/* translateAzureError */.I4)(error, `import key "${options.name}"`, (0,key_client/* vaultOf */._)(client));
    }
    const present = fingerprintOf(imported);
    const verification = await verifyImportedKey(client, imported, {
        ...(expected ? { publicKeyFingerprint: expected } : {}),
        ...(options.expectedKeyCheckValue ? { keyCheckValue: options.expectedKeyCheckValue } : {}),
        ...(options.keyCheckSource ? { keyCheckSource: options.keyCheckSource } : {}),
        ...(options.keySize ? { keySize: options.keySize } : {}),
    });
    return {
        keyId: imported.id,
        kek,
        ...(present ? { publicKeyFingerprint: present } : {}),
        alreadyPresent: false,
        verification,
        kekAfterImport: await (0,azure_kek/* retireKek */.BF)(client, kek, options.kekAfterImport ?? 'keep', logger),
        exportable: exportableOf(imported),
    };
}
/** What the vault answered about a key's exportability: the summary shows the vault's word, not the request's. */
function exportableOf(key) {
    if (key.properties.exportable !== true)
        return false;
    const policy = key.properties.releasePolicy?.encodedPolicy;
    return policy ? { releasePolicy: Buffer.from(policy) } : {};
}

// EXTERNAL MODULE: ./shared/src/byok/wrapped-key.ts
var wrapped_key = __nccwpck_require__(1456);
// EXTERNAL MODULE: ./shared/src/files/input-files.ts
var input_files = __nccwpck_require__(6749);
// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var inputs_rules = __nccwpck_require__(4810);
;// CONCATENATED MODULE: ./shared/src/inputs/release-policy.ts


function releasePolicyInput(inputs, name) {
    const value = (0,inputs_rules/* optional */.lq)(inputs, name)?.trim();
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
    const refuse = (problem) => new errors/* ConfigurationError */.j1('RELEASE_POLICY_INVALID', `${source}: the release policy ${problem}`, 'Give a secure key release policy in the documented grammar: {"version": "1.0.0", "anyOf": [{"authority": "https://<attestation host>/", "allOf": [{"claim": "…", "equals": "…"}]}]}');
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

// EXTERNAL MODULE: ./shared/src/inputs/target.ts
var inputs_target = __nccwpck_require__(364);
// EXTERNAL MODULE: ./shared/src/operations/azure-inputs.ts
var azure_inputs = __nccwpck_require__(939);
// EXTERNAL MODULE: ./shared/src/operations/job-outputs.ts
var job_outputs = __nccwpck_require__(9166);
;// CONCATENATED MODULE: ./shared/src/operations/import-wrapped-key.ts


















/** The inputs of action-import / `byok import`, checked before any file is read or request sent. */
function readImportWrappedKeyRequest(inputs) {
    (0,inputs_rules/* refuseInputs */.gJ)(inputs, { 'byok-dir': undefined }, 'it applies to a key list only', 'Set "byok-file" for one key, or set "key-list"');
    const { type, curve, keyOps } = (0,inputs_target/* targetInputs */.l)(inputs, { type: 'key-type', curve: 'curve', ops: 'key-ops' }, { auto: true });
    const byokFile = (0,inputs_rules/* optional */.lq)(inputs, 'byok-file');
    const keyTags = (0,inputs_rules/* tags */._A)(inputs, 'tags');
    const kekFingerprint = (0,inputs_rules/* keyFingerprint */.yy)(inputs, 'kek-fingerprint');
    const publicKeyFingerprint = (0,inputs_rules/* keyFingerprint */.yy)(inputs, 'public-key-fingerprint');
    const byokDigest = (0,inputs_rules/* keyFingerprint */.yy)(inputs, 'byok-digest');
    const keyCheckValue = (0,inputs_rules/* keyCheckValue */.hi)(inputs, 'key-check-value');
    const vault = (0,azure_inputs/* vaultInput */.z)(inputs);
    if (type)
        (0,vault_kinds/* checkVaultTakes */.vM)(vault, type, 'Input "key-type"');
    const exportable = (0,inputs_rules/* boolean */.zM)(inputs, 'exportable', false);
    const releasePolicy = releasePolicyInput(inputs, 'release-policy');
    // The service's own rule (AKV.SKR.1004 / .1005), refused here before anything is sent.
    if (exportable && !releasePolicy)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "release-policy" is required: an exportable key needs a release policy', 'Set "release-policy" to the secure key release policy (a JSON file, or the JSON itself), or set "exportable: false"');
    if (!exportable && releasePolicy)
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', 'Input "release-policy" is set but "exportable" is not true: only an exportable key takes a release policy', 'Set "exportable: true" to make the key exportable under this policy, or remove "release-policy"');
    return {
        vault,
        name: (0,inputs_rules/* keyName */.xT)(inputs, 'key-name'),
        ...(byokFile === undefined ? {} : { byokFile }),
        keyType: type ?? 'auto',
        ...(curve ? { curve } : {}),
        ...(keyOps ? { keyOps } : {}),
        enabled: (0,inputs_rules/* boolean */.zM)(inputs, 'enabled', true),
        ...(0,inputs_rules/* validity */.bg)(inputs),
        ...(keyTags ? { tags: keyTags } : {}),
        ifExists: (0,inputs_rules/* choice */.Yq)(inputs, 'if-exists', ['converge', 'new-version'], 'converge'),
        kekAfterImport: (0,inputs_rules/* choice */.Yq)(inputs, 'kek-after-import', ['keep', 'disable', 'delete'], 'keep'),
        ...(kekFingerprint ? { kekFingerprint } : {}),
        ...(publicKeyFingerprint ? { publicKeyFingerprint } : {}),
        ...(byokDigest ? { byokDigest } : {}),
        ...(keyCheckValue ? { keyCheckValue } : {}),
        requireJobOutputs: (0,inputs_rules/* boolean */.zM)(inputs, 'require-job-outputs', false),
        ...(releasePolicy ? { exportable: { releasePolicy } } : {}),
    };
}
/** What the vault is asked for one key: the .byok as read and checked, and the key's own settings. */
function importOptionsFor(wrapped, key) {
    const { sidecar } = wrapped;
    const keyType = key.keyType ?? wrapped.keyType;
    if (keyType === 'auto')
        throw new Error('importOptionsFor: the key type is not known yet');
    return {
        name: key.name,
        byok: wrapped.bytes,
        byokSource: wrapped.path,
        keyType,
        ...(wrapped.curve ? { curve: wrapped.curve } : {}),
        ...(key.keyOps ? { keyOps: key.keyOps } : {}),
        enabled: key.enabled,
        ...(key.notBefore ? { notBefore: key.notBefore } : {}),
        ...(key.expiresOn ? { expiresOn: key.expiresOn } : {}),
        ...(key.tags ? { tags: key.tags } : {}),
        ifExists: key.ifExists,
        ...(key.kekFingerprint ? { expectedKekFingerprint: key.kekFingerprint } : {}),
        ...(wrapped.expectedPublicKey ? { expectedPublicKey: wrapped.expectedPublicKey } : {}),
        ...(sidecar?.keyCheckValue
            ? {
                expectedKeyCheckValue: sidecar.keyCheckValue,
                keySize: sidecar.keySize,
                keyCheckSource: key.keyCheckSource,
            }
            : {}),
        kekAfterImport: key.kekAfterImport,
        ...(key.kek ? { kek: key.kek } : {}),
        ...(key.releasePolicy ? { exportable: { releasePolicy: key.releasePolicy } } : {}),
    };
}
/** RSA-2048, EC P-384, AES-256: what a .byok holds, as its sidecar (or the inputs) record it. */
function describeWrapped(wrapped, keyType = wrapped.keyType) {
    const size = wrapped.sidecar?.keySize;
    if (keyType === 'EC')
        return (0,target/* describeTarget */.ff)({ type: 'EC', curve: wrapped.curve ?? 'P-256' });
    if (keyType === 'auto')
        return 'not recorded';
    return size ? (0,target/* describeTarget */.ff)({ type: keyType, size }) : keyType;
}
/** The release policy's JSON bytes, read from its file and checked when it is one; before any request. */
async function releasePolicyBytes(input) {
    if ('text' in input)
        return Buffer.from(input.text, 'utf8');
    const bytes = await (0,input_files/* readInputFile */.jH)('release-policy', input.file, 64 * 1024);
    checkReleasePolicy(bytes.toString('utf8'), `Input "release-policy": ${input.file}`);
    return bytes;
}
/**
 * The key type of a .byok without a sidecar (a vendor tool's file), read from its length once its KEK is known:
 * said in the log and the summary. An EC key needs "curve", which the file does not tell.
 */
async function keyTypeFromFile(wrapped, client, logger) {
    const byok = (0,byok_file/* parseByok */.N$)(wrapped.bytes, wrapped.path);
    const kek = await (0,azure_kek/* getKek */.wJ)(client, { kid: byok.kid }, logger);
    const modulusBytes = (0,rules/* kekSize */.Nx)(kek) / 8;
    const found = (0,validate/* keyTypeOfCiphertext */.L)(byok, modulusBytes);
    const length = `${byok.ciphertext.length - modulusBytes} bytes of AES key wrap after the RSA-${(0,rules/* kekSize */.Nx)(kek)} part`;
    let note;
    if (found.type === 'oct')
        note = `${length}: the length of a wrapped AES-${found.size} key`;
    else if (found.type === 'EC') {
        if (!wrapped.curve)
            throw new errors/* ConfigurationError */.j1('KEY_TYPE_UNKNOWN', `Input "key-type" is auto and ${wrapped.path} has no sidecar: its ${length} are too few for an RSA key and not an AES length, so it holds an EC key, whose curve the file does not tell`, 'Set "curve" (P-256, P-384, P-521 or P-256K), and "key-type: EC"');
        note = `${length}: too few for RSA and not an AES length, an EC key (curve ${wrapped.curve} as given)`;
    }
    else
        note = `${length}: not an AES or EC length, so RSA, as az keyvault key import assumes`;
    logger.info(`Key type read from ${wrapped.path} (no sidecar): ${found.type} (${note})`);
    return { keyType: found.type, kek, note: `read from the file, no sidecar: ${note}` };
}
/**
 * Checks the .byok (and its sidecar) against the kek and wrap jobs' outputs, imports it under the KEK it names, and
 * verifies the imported key against what the source HSM recorded. Everything that can be checked locally is checked
 * before the first request.
 */
async function importWrappedKey(request, access, logger, options = {}) {
    const path = request.byokFile ?? options.byokFile;
    if (path === undefined)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "byok-file" is required', 'Set "byok-file" to a .byok path');
    const wrapped = await (0,wrapped_key/* readWrappedKey */.p4)({
        path,
        keyType: request.keyType,
        ...(request.curve ? { curve: request.curve } : {}),
    });
    const releasePolicy = request.exportable
        ? await releasePolicyBytes(request.exportable.releasePolicy)
        : undefined;
    const client = await (0,key_client/* createKeyClient */.p)(request.vault, access.credential, logger, access.tuning);
    const fromFile = wrapped.keyType === 'auto' ? await keyTypeFromFile(wrapped, client, logger) : undefined;
    const keyType = fromFile?.keyType ?? wrapped.keyType;
    (0,vault_kinds/* checkVaultTakes */.vM)(request.vault, keyType, path);
    const aes = keyType === 'oct';
    (0,job_outputs/* checkJobOutputs */.i)({
        'kek-fingerprint': request.kekFingerprint,
        'byok-digest': request.byokDigest,
        ...(aes
            ? { 'key-check-value': request.keyCheckValue }
            : { 'public-key-fingerprint': request.publicKeyFingerprint }),
    }, request.requireJobOutputs, logger);
    (0,wrapped_key/* checkAgainstJobOutputs */.Dd)(wrapped, {
        kekFingerprint: request.kekFingerprint,
        publicKeyFingerprint: request.publicKeyFingerprint,
        byokDigest: request.byokDigest,
        keyCheckValue: request.keyCheckValue,
    });
    const { sidecar } = wrapped;
    if (sidecar?.paddedKwp)
        logger.warning(`${path} was wrapped with allow-padded-kwp: its PKCS#8 may be followed by up to 7 zero bytes (the source token zero-pads), which a strict vault refuses. A rehearsal file`);
    const result = await importByok(client, importOptionsFor(wrapped, {
        ...request,
        keyType,
        keyCheckSource: request.keyCheckValue
            ? "the wrap job's key-check-value output"
            : 'only the sidecar (no key-check-value output was given)',
        ...(fromFile ? { kek: fromFile.kek } : {}),
        ...(releasePolicy ? { releasePolicy } : {}),
    }), logger);
    const target = describeWrapped(wrapped, keyType);
    return {
        keyId: result.keyId,
        alreadyPresent: result.alreadyPresent,
        outputs: {
            'key-id': result.keyId,
            'public-key-fingerprint': result.publicKeyFingerprint,
            imported: !result.alreadyPresent,
        },
        report: {
            title: result.alreadyPresent ? `Key already present: ${request.name}` : `Key imported: ${request.name}`,
            rows: [
                ['Vault', request.vault.url],
                ['Key id', result.keyId],
                ['Key type', fromFile ? `${target} (${fromFile.note})` : target],
                ['Public key fingerprint', result.publicKeyFingerprint],
                ['Exportable', describeExportable(result.exportable)],
                ['Wrapped under KEK', result.kek.kid],
                ['KEK fingerprint', (0,public_key/* fingerprint */.Rj)(result.kek.publicKey)],
                ['KEK after import', result.kekAfterImport],
                ['BYOK file', wrapped.path],
                ['BYOK digest', sidecar?.byokDigest],
                [
                    'Plaintext',
                    sidecar?.paddedKwp
                        ? 'PKCS#8 possibly followed by up to 7 zero bytes: wrapped with allow-padded-kwp (a rehearsal file)'
                        : undefined,
                ],
                [
                    'Source HSM token',
                    sidecar
                        ? `${sidecar.token.label} (${sidecar.token.manufacturer} ${sidecar.token.model}, serial ${sidecar.token.serialNumber})`
                        : undefined,
                ],
            ],
            notes: [
                'Checked before import: .byok format, KEK valid (RSA-HSM, key_ops [import], enabled, in date), kid and ciphertext length.',
                result.verification,
            ],
        },
    };
}
/** The vault's word on exportability, with the digest of the release policy it holds. */
function describeExportable(exportable) {
    if (!exportable)
        return 'no';
    const policy = exportable.releasePolicy;
    return policy
        ? `yes, release policy sha256:${(0,external_node_crypto_.createHash)('sha256').update(policy).digest('hex')} (as the vault holds it)`
        : 'yes (the vault shows no release policy)';
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./shared/src/azure/import-rate.ts
const MANAGED_HSM = { kind: 'Managed HSM', perSecond: 10, windowMs: 1000, cost: () => 1 };
const KEY_VAULT = {
    kind: 'Key Vault',
    perSecond: 200,
    windowMs: 10_000,
    cost: (keyType, size) => (keyType !== 'RSA' || !size || size <= 2048 ? 1 : size <= 3072 ? 4 : 8),
};
/** A `*.vault.*` host is a Key Vault; every other one (Managed HSM, a sovereign cloud's, the emulator) is a Managed HSM. */
function importBudget(vaultUrl) {
    return /\.vault\./i.test(new URL(vaultUrl).hostname) ? KEY_VAULT : MANAGED_HSM;
}

;// CONCATENATED MODULE: ./shared/src/azure/present-keys.ts

/**
 * The names of the keys the vault holds, lower-cased (Key Vault names ignore case), from one listing of 25 a page
 * instead of a read per key: a batch then reads only the keys that exist. Undefined when the identity may not list
 * (a role assigned on single keys): the batch then reads each key.
 */
async function presentKeyNames(client, logger) {
    const names = new Set();
    try {
        for await (const properties of client.listPropertiesOfKeys())
            names.add(properties.name.toLowerCase());
    }
    catch (error) {
        const translated = (0,azure_errors/* translateAzureError */.I4)(error, 'list the keys');
        if (translated.code !== 'FORBIDDEN')
            throw translated;
        logger.debug(`${translated.message}: reading each key of the list instead`);
        return undefined;
    }
    logger.debug(`The vault holds ${names.size} keys`);
    return names;
}

;// CONCATENATED MODULE: ./shared/src/batch/adaptive-rate.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** The share of a rate byok paces at. */
const HEADROOM = 0.95;
const GROWTH = 1.1;
/** The longest wait before probing above the vault's limit again, in windows. */
const MAX_HOLD_WINDOWS = 32;
/** The slowest pace: one request every 10 s. */
const MIN_PER_SECOND = 0.1;
class AdaptiveRate {
    options;
    rate;
    next = 0;
    pausedUntil = 0;
    holdUntil = 0;
    holdWindows = 1;
    grownAt = 0;
    starts = [];
    throttles = [];
    clock;
    /** 429 answers seen, retries included. */
    throttled = 0;
    constructor(options) {
        this.options = options;
        this.rate = HEADROOM * options.perSecond;
        this.clock = options.clock ?? systemClock;
    }
    /** The pace now, in cost units per second. */
    get perSecond() {
        return this.rate;
    }
    /** Waits until a request of this cost may start. */
    async acquire(cost = 1) {
        for (;;) {
            const now = this.clock.now();
            this.grow(now);
            const at = Math.max(now, this.next, this.pausedUntil);
            if (at <= now) {
                // Back on schedule after a late timer, so lateness does not add up over a long list; but never closer to the
                // last start than the rate itself allows (HEADROOM of a slot), so no window holds more than the rate.
                const slot = (cost * 1000) / this.rate;
                const scheduled = (now - this.next < slot ? Math.max(this.next, this.pausedUntil) : now) + slot;
                this.next = Math.max(scheduled, now + HEADROOM * slot);
                this.starts.push({ at: now, cost });
                return;
            }
            // Sleep, then look again: a throttle in the meantime may have moved the next slot.
            await this.clock.sleep(at - now);
        }
    }
    /** A 429 arrived (retryAfterMs: the wait it asked for). */
    throttle(retryAfterMs) {
        const now = this.clock.now();
        this.throttled += 1;
        this.throttles.push(now);
        this.forget(now);
        const since = now - this.options.windowMs;
        const started = this.starts.reduce((sum, s) => sum + (s.at > since ? s.cost : 0), 0);
        const accepted = Math.max(0, started - this.throttles.length);
        // With nothing accepted in the window there is nothing to measure (the first request was refused): halve.
        const measured = accepted > 0 ? (HEADROOM * accepted * 1000) / this.options.windowMs : this.rate / 2;
        this.rate = Math.max(MIN_PER_SECOND, Math.min(this.rate, measured));
        this.pausedUntil = Math.max(this.pausedUntil, now + (retryAfterMs ?? 0));
        // Each probe above the vault's limit costs a refused request: wait twice as long before the next one.
        this.holdWindows = Math.min(MAX_HOLD_WINDOWS, this.holdWindows * 2);
        this.holdUntil = now + this.holdWindows * this.options.windowMs;
    }
    grow(now) {
        if (now < this.holdUntil || now - this.grownAt < this.options.windowMs)
            return;
        const ceiling = HEADROOM * this.options.perSecond;
        if (this.rate < ceiling)
            this.rate = Math.min(ceiling, this.rate * GROWTH);
        if (this.rate >= ceiling)
            this.holdWindows = 1;
        this.grownAt = now;
    }
    forget(now) {
        const since = now - this.options.windowMs;
        while (this.starts.length > 0 && this.starts[0].at <= since)
            this.starts.shift();
        while (this.throttles.length > 0 && this.throttles[0] <= since)
            this.throttles.shift();
    }
}

;// CONCATENATED MODULE: ./shared/src/batch/bounded.ts
/** Runs `task` over `items` with at most `limit` at once; results in the order of `items`. */
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            results[i] = await task(items[i], i);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: ./shared/src/batch/key-list.ts + 1 modules
var key_list = __nccwpck_require__(2114);
// EXTERNAL MODULE: ./shared/src/batch/list-digest.ts
var list_digest = __nccwpck_require__(3007);
// EXTERNAL MODULE: ./shared/src/operations/key-results.ts
var key_results = __nccwpck_require__(4802);
;// CONCATENATED MODULE: ./shared/src/operations/import-wrapped-keys.ts




















/** Imports at once, at most; the vault's rate (azure/import-rate.ts) paces them further. */
const IMPORT_CONCURRENCY = 16;
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
    (0,inputs_rules/* refuseInputs */.gJ)(inputs, SINGLE_KEY_INPUTS, 'with key-list, each key takes it from the list (the key-list-digest binds every .byok)', 'Give each key its name, key-ops, tags, dates and if-exists in the key list (docs/key-list.md), or leave key-list empty');
    const keyList = (0,inputs_rules/* optional */.lq)(inputs, 'key-list');
    const byokDir = (0,inputs_rules/* optional */.lq)(inputs, 'byok-dir');
    const keyListSha256 = (0,inputs_rules/* keyFingerprint */.yy)(inputs, 'key-list-sha256');
    const keyListDigest = (0,inputs_rules/* keyFingerprint */.yy)(inputs, 'key-list-digest');
    const kekFingerprint = (0,inputs_rules/* keyFingerprint */.yy)(inputs, 'kek-fingerprint');
    return {
        vault: (0,azure_inputs/* vaultInput */.z)(inputs),
        ...(keyList === undefined ? {} : { keyList }),
        ...(keyListSha256 ? { keyListSha256 } : {}),
        ...(keyListDigest ? { keyListDigest } : {}),
        ...(kekFingerprint ? { kekFingerprint } : {}),
        ...(byokDir === undefined ? {} : { byokDir }),
        kekAfterImport: (0,inputs_rules/* choice */.Yq)(inputs, 'kek-after-import', ['keep', 'disable', 'delete'], 'keep'),
        requireJobOutputs: (0,inputs_rules/* boolean */.zM)(inputs, 'require-job-outputs', false),
    };
}
/**
 * Imports every key of the list after checking, before any request, that the folder holds exactly the list's
 * .byok files as the wrap job wrapped them (key-list-digest) under the kek job's KEK. One token, each distinct KEK
 * read once, one listing of the vault's keys; then the imports at the vault's pace, a key already there with the
 * same public key or check value skipped. One key's failure is recorded and the others go on; the KEK is retired
 * only when every key is in.
 */
async function importWrappedKeys(request, access, logger, options = {}) {
    const file = request.keyList ?? options.keyListFile;
    const dir = request.byokDir ?? options.byokDir;
    if (file === undefined || dir === undefined)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', `Input "${file === undefined ? 'key-list' : 'byok-dir'}" is required`, 'Set "key-list" to the key list and "byok-dir" to the folder of .byok files (or "byok-artifact")');
    (0,job_outputs/* checkJobOutputs */.i)({
        'kek-fingerprint': request.kekFingerprint,
        'key-list-sha256': request.keyListSha256,
        'key-list-digest': request.keyListDigest,
    }, request.requireJobOutputs, logger);
    const list = await (0,key_list/* readKeyList */.M5)('key-list', file, request.keyListSha256);
    const wrapped = await readListedFiles(list, (0,external_node_path_.resolve)(dir), request);
    const budget = importBudget(request.vault.url);
    const rate = new AdaptiveRate(budget);
    const costs = new Map(wrapped.map((key, i) => [
        list.entries[i]?.name.toLowerCase() ?? '',
        budget.cost(key.keyType === 'auto' ? 'RSA' : key.keyType, key.sidecar?.keySize),
    ]));
    const client = await (0,key_client/* createKeyClient */.p)(request.vault, access.credential, logger, {
        ...access.tuning,
        onThrottled: (ms) => rate.throttle(ms),
        paceImport: (name) => rate.acquire(costs.get(name.toLowerCase()) ?? 1),
    });
    // The KEKs first, one after the other: the first read also signs in, so every later request shares the token.
    const kekOf = (0,azure_kek/* kekReader */.NO)(client, logger);
    const keks = new Map();
    for (const key of wrapped) {
        const { kid } = (0,byok_file/* parseByok */.N$)(key.bytes, key.path);
        if (!keks.has(kid))
            keks.set(kid, await kekOf(kid));
    }
    const present = await presentKeyNames(client, logger);
    const started = Date.now();
    const context = {
        kek: kekOf,
        // A name the listing does not hold is free: no read is spent on it.
        current: (name) => present && !present.has(name.toLowerCase()) ? Promise.resolve(undefined) : currentKey(client, name),
    };
    const results = await mapBounded(list.entries, IMPORT_CONCURRENCY, (entry, i) => importEntry(entry, wrapped[i], request.kekFingerprint, { client, context, logger }));
    const seconds = (Date.now() - started) / 1000;
    const failure = (0,key_results/* keysFailed */.It)(results, `the others are imported; the KEK is kept for the rerun`, 'Fix what the results table says for each of them and run the import again: keys already imported are skipped');
    const retired = failure
        ? ['kept: some keys are not imported yet']
        : await Promise.all([...keks.values()].map((kek) => (0,azure_kek/* retireKek */.BF)(client, kek, request.kekAfterImport, logger)));
    const count = (status) => results.filter((r) => r.status === status).length;
    logger.info(`${count('imported')} imported, ${count('already-present')} already present, ${count('failed')} failed, in ${seconds.toFixed(1)} s (${rate.throttled} throttled answers)`);
    return {
        results,
        ...(failure ? { failure } : {}),
        outputs: {
            results: (0,key_results/* resultsOutput */.wH)(results),
            'key-count': results.length,
            'failed-count': count('failed'),
        },
        report: {
            title: `${count('imported')} of ${results.length} keys imported, ${count('already-present')} already present${failure ? `, ${count('failed')} failed` : ''}`,
            rows: [
                ['Vault', request.vault.url],
                ['Key list', `${list.file} (${list.sha256})`],
                [
                    `Key list digest (${request.keyListDigest ? 'checked before any import' : 'not given, so not checked'})`,
                    (0,list_digest/* keyListDigest */.q)(bindingOf(list, wrapped)),
                ],
                ...[...keks.values()].map((kek) => [`KEK ${kek.kid}`, (0,public_key/* fingerprint */.Rj)(kek.publicKey)]),
                ['KEK after import', retired.join('; ')],
                [
                    'Pace',
                    `${budget.kind}: at most ${budget.perSecond} per second (${rate.throttled} throttled answers, ${rate.perSecond.toFixed(1)}/s at the end)`,
                ],
            ],
            tables: [(0,key_results/* resultsTable */.r6)(results, 'Key id')],
            notes: [
                'Checked before any import: the key list against key-list-sha256, every .byok and sidecar against key-list-digest and the KEK fingerprint, and no .byok besides the listed ones.',
            ],
        },
    };
}
function bindingOf(list, wrapped) {
    return list.entries.map((entry, i) => {
        const sidecar = wrapped[i]?.sidecar;
        const check = sidecar?.publicKeyFingerprint ?? sidecar?.keyCheckValue;
        return {
            name: entry.name,
            byokDigest: (0,wrapped_key/* fileDigest */.hd)(wrapped[i]?.bytes ?? Buffer.alloc(0)),
            ...(check ? { check } : {}),
        };
    });
}
/**
 * Everything checked locally, for the whole list at once: each listed key's .byok and sidecar (digest, kid, type),
 * no other .byok in the folder, the KEK fingerprint, and the list's binding digest. Any fault refuses the batch.
 */
async function readListedFiles(list, dir, request) {
    const files = await (0,promises_.readdir)(dir).catch((error) => {
        throw new errors/* ConfigurationError */.j1('FILE_NOT_FOUND', `Input "byok-dir": ${dir} cannot be read (${error.code ?? 'error'})`, 'Set "byok-dir" to the folder the wrap wrote (or "byok-artifact" to its artifact)');
    });
    const listed = new Set(list.entries.map((e) => `${e.name}.byok`));
    const extra = files.filter((f) => f.endsWith('.byok') && !listed.has(f));
    if (extra.length > 0)
        throw new errors/* ConfigurationError */.j1('KEY_LIST_MISMATCH', `${dir} holds ${extra.join(', ')}, which the key list ${list.file} does not name; nothing was imported`, 'A key was added on the way from the wrap job: stop, and find out how');
    const wrapped = [];
    for (const entry of list.entries) {
        const path = (0,external_node_path_.join)(dir, `${entry.name}.byok`);
        if (!files.includes(`${entry.name}.byok`))
            throw new errors/* ConfigurationError */.j1('KEY_LIST_MISMATCH', `Key "${entry.name}" (line ${entry.line} of ${list.file}) has no ${entry.name}.byok in ${dir}; nothing was imported`, 'A key was removed on the way from the wrap job, or the wrap ran with another list: run the wrap again');
        const key = await (0,wrapped_key/* readWrappedKey */.p4)({
            path,
            keyType: entry.target.type ?? 'auto',
            ...(entry.target.curve ? { curve: entry.target.curve } : {}),
        });
        (0,wrapped_key/* checkAgainstJobOutputs */.Dd)(key, { kekFingerprint: request.kekFingerprint });
        wrapped.push(key);
    }
    const digest = (0,list_digest/* keyListDigest */.q)(bindingOf(list, wrapped));
    if (request.keyListDigest && digest !== request.keyListDigest)
        throw new errors/* ConfigurationError */.j1('KEY_LIST_MISMATCH', `The .byok files in ${dir} give the key list digest ${digest}, not ${request.keyListDigest} (input "key-list-digest"): they are not the ones the wrap job wrapped for ${list.file}; nothing was imported`, 'A .byok or its sidecar was changed or swapped on its way from the wrap job: stop, and find out how');
    return wrapped;
}
async function importEntry(entry, wrapped, kekFingerprint, { client, context, logger }) {
    const type = describeWrapped(wrapped);
    try {
        const result = await importByok(client, importOptionsFor(wrapped, {
            name: entry.name,
            ...(entry.target.keyOps ? { keyOps: entry.target.keyOps } : {}),
            enabled: entry.enabled,
            ...(entry.notBefore ? { notBefore: entry.notBefore } : {}),
            ...(entry.expiresOn ? { expiresOn: entry.expiresOn } : {}),
            ...(entry.tags ? { tags: entry.tags } : {}),
            ifExists: entry.ifExists,
            ...(kekFingerprint ? { kekFingerprint } : {}),
            keyCheckSource: "the sidecar, bound by the wrap job's key-list-digest output",
            kekAfterImport: 'keep',
        }), logger, context);
        return {
            key: entry.name,
            status: result.alreadyPresent ? 'already-present' : 'imported',
            type,
            keyId: result.keyId,
            ...(result.publicKeyFingerprint ? { fingerprint: result.publicKeyFingerprint } : {}),
            ...(wrapped.sidecar?.keyCheckValue ? { keyCheckValue: wrapped.sidecar.keyCheckValue } : {}),
            byokDigest: (0,wrapped_key/* fileDigest */.hd)(wrapped.bytes),
        };
    }
    catch (error) {
        const result = (0,key_results/* failedKey */.fU)(entry.name, error, { type, byokDigest: (0,wrapped_key/* fileDigest */.hd)(wrapped.bytes) });
        logger.warning(`Key "${entry.name}" was not imported: ${result.reason}`);
        return result;
    }
}

// EXTERNAL MODULE: ./shared/src/operations/key-list-mode.ts
var key_list_mode = __nccwpck_require__(9424);
// EXTERNAL MODULE: ./shared/src/console/run.ts + 1 modules
var run = __nccwpck_require__(9059);
// EXTERNAL MODULE: ./cli/src/azure.ts + 1 modules
var azure = __nccwpck_require__(5324);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __nccwpck_require__(3619);
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
            return importWrappedKeys(request, await (0,azure/* consoleAzureAccess */.T)(inputs, logger), logger);
        }
        const request = readImportWrappedKeyRequest(inputs);
        return importWrappedKey(request, await (0,azure/* consoleAzureAccess */.T)(inputs, logger), logger);
    },
};


/***/ }),

/***/ 5084:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ kekCreate),
  O: () => (/* binding */ kekDownload)
});

// EXTERNAL MODULE: ./shared/src/azure/kek.ts
var azure_kek = __nccwpck_require__(4066);
// EXTERNAL MODULE: ./shared/src/azure/key-client.ts + 1 modules
var key_client = __nccwpck_require__(5462);
// EXTERNAL MODULE: ./shared/src/azure/vault-kinds.ts
var vault_kinds = __nccwpck_require__(7797);
// EXTERNAL MODULE: ./shared/src/crypto/public-key.ts
var public_key = __nccwpck_require__(6686);
// EXTERNAL MODULE: ./shared/src/batch/key-list.ts + 1 modules
var key_list = __nccwpck_require__(2114);
// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __nccwpck_require__(4810);
// EXTERNAL MODULE: ./shared/src/inputs/target.ts
var inputs_target = __nccwpck_require__(364);
// EXTERNAL MODULE: ./shared/src/kek/rules.ts
var kek_rules = __nccwpck_require__(3206);
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
/** Creates the KEK (RSA-HSM, key_ops exactly [import]) or reuses the current valid version. */
async function createKek(request, access, logger) {
    // Every listed key is checked by the rules the wrap and the import run, before any KEK exists.
    const list = request.keyList === undefined ? undefined : await (0,key_list/* readKeyList */.M5)('key-list', request.keyList);
    const client = await (0,key_client/* createKeyClient */.p)(request.vault, access.credential, logger, access.tuning);
    const { kek, created } = await (0,azure_kek/* ensureKek */.kL)(client, request, logger);
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
                ['Type', `${kek.kty} ${(0,kek_rules/* kekSize */.Nx)(kek)}, key_ops [${kek.keyOps.join(', ')}]`],
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/files/input-files.ts
var input_files = __nccwpck_require__(6749);
// EXTERNAL MODULE: ./shared/src/kek/metadata.ts
var metadata = __nccwpck_require__(4036);
;// CONCATENATED MODULE: ./shared/src/operations/export-kek.ts











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
/**
 * Reads and checks the KEK, and writes its public key as `az keyvault key download` does (SPKI PEM) with the KEK
 * metadata the wrap step reads beside it (versioned id, fingerprint, size, vault, expiry).
 */
async function exportKek(request, access, logger) {
    const list = request.keyList === undefined ? undefined : await (0,key_list/* readKeyList */.M5)('key-list', request.keyList);
    const client = await (0,key_client/* createKeyClient */.p)(request.vault, access.credential, logger, access.tuning);
    const kek = await (0,azure_kek/* getKek */.wJ)(client, { name: request.name, kid: request.kid }, logger);
    const kekFingerprint = (0,public_key/* fingerprint */.Rj)(kek.publicKey);
    const pemPath = await (0,input_files/* writeOutputFile */.BF)('path', request.path, (0,public_key/* toSpkiPem */.Dy)(kek.publicKey));
    const metadataPath = await (0,input_files/* writeOutputFile */.BF)('path', (0,external_node_path_.join)((0,external_node_path_.dirname)(request.path), metadata/* KEK_METADATA_FILE */.B0), (0,metadata/* serializeKekMetadata */.fA)({
        kid: kek.kid,
        fingerprint: kekFingerprint,
        keySize: (0,kek_rules/* kekSize */.Nx)(kek),
        vaultUrl: request.vault.url,
        ...(kek.expiresOn ? { expiresOn: kek.expiresOn.toISOString() } : {}),
    }));
    const keyListPath = list
        ? await (0,input_files/* writeOutputFile */.BF)('key-list', (0,external_node_path_.join)((0,external_node_path_.dirname)(request.path), (0,key_list/* artifactListName */.qy)(list.file)), list.bytes)
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
                    `${kek.kty} ${(0,kek_rules/* kekSize */.Nx)(kek)}, key_ops [import], enabled, ${kek.expiresOn ? `expires ${kek.expiresOn.toISOString()}` : 'no expiry'}`,
                ],
                ['Files', [pemPath, metadataPath, keyListPath].filter(Boolean).join(', ')],
                ['Key list', list ? `${list.entries.length} keys (${list.sha256})` : undefined],
            ],
            notes: [],
        },
    };
}

// EXTERNAL MODULE: ./shared/src/console/run.ts + 1 modules
var run = __nccwpck_require__(9059);
// EXTERNAL MODULE: ./cli/src/azure.ts + 1 modules
var azure = __nccwpck_require__(5324);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __nccwpck_require__(3619);
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
        return exportKek(request, await (0,azure/* consoleAzureAccess */.T)(inputs, logger), logger);
    },
};


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ verify)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./shared/src/byok/file.ts + 1 modules
var file = __nccwpck_require__(5001);
// EXTERNAL MODULE: ./shared/src/byok/sidecar.ts
var byok_sidecar = __nccwpck_require__(1796);
// EXTERNAL MODULE: ./shared/src/byok/validate.ts
var validate = __nccwpck_require__(4357);
// EXTERNAL MODULE: ./shared/src/byok/wrapped-key.ts
var wrapped_key = __nccwpck_require__(1456);
// EXTERNAL MODULE: ./shared/src/files/input-files.ts
var input_files = __nccwpck_require__(6749);
// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __nccwpck_require__(4810);
// EXTERNAL MODULE: ./shared/src/kek/wrap-kek.ts
var wrap_kek = __nccwpck_require__(8213);
// EXTERNAL MODULE: ./shared/src/kek/rules.ts
var kek_rules = __nccwpck_require__(3206);
;// CONCATENATED MODULE: ./shared/src/operations/verify-byok.ts









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
/**
 * Checks a .byok offline, as the import job will before it sends anything: the format, the sidecar against the file
 * (digest, kid, public key), the KEK (fingerprint, kid, modulus length against the ciphertext) and the expected
 * public key. Refuses with the import job's own errors; answers what was checked.
 */
async function verifyByok(request, logger) {
    const bytes = await (0,input_files/* readInputFile */.jH)('byok-file', request.byokFile, file/* MAX_BYOK_BYTES */.lU);
    const byok = (0,file/* parseByok */.N$)(bytes, request.byokFile);
    const hasSidecar = (0,external_node_fs_.existsSync)((0,byok_sidecar/* sidecarPath */.n8)(request.byokFile));
    const wrapped = await (0,wrapped_key/* readWrappedKey */.p4)({
        path: request.byokFile,
        // Without a sidecar the type only matters for the report.
        keyType: request.keyType === 'auto' && !hasSidecar ? 'RSA' : request.keyType,
    });
    const checked = ['format (schema, kid, alg dir, enc CKM_RSA_AES_KEY_WRAP, ciphertext encoding)'];
    if (wrapped.sidecar)
        checked.push('the sidecar describes this file (digest, kid, public key)');
    let kekFingerprint = wrapped.sidecar?.kekFingerprint ?? request.kekFingerprint;
    let kekBits = [...kek_rules/* KEK_SIZES */.JJ];
    if (request.kekFile) {
        const kek = await (0,wrap_kek/* readWrapKek */.i)({
            file: request.kekFile,
            kid: byok.kid,
            ...(request.kekFingerprint ? { fingerprint: request.kekFingerprint } : {}),
        }, logger);
        kekFingerprint = kek.fingerprint;
        kekBits = [kek.size];
        checked.push(`the KEK ${request.kekFile} is the one the file names (${kek.fingerprint})`);
    }
    (0,wrapped_key/* checkAgainstJobOutputs */.Dd)(wrapped, {
        ...(kekFingerprint ? { kekFingerprint } : {}),
        publicKeyFingerprint: request.publicKeyFingerprint,
        byokDigest: request.byokDigest,
        keyCheckValue: request.keyCheckValue,
    });
    if (request.byokDigest)
        checked.push('the digest you gave');
    if (request.keyCheckValue)
        checked.push('the key check value you gave');
    if (request.kekFingerprint)
        checked.push('the KEK fingerprint you gave');
    if (request.publicKeyFingerprint)
        checked.push('the public-key fingerprint you gave');
    // With the KEK, its modulus length must split the ciphertext; without it, one of the KEK sizes must.
    const fits = kekBits.filter((bits) => {
        try {
            (0,validate/* validateByokForKek */.u)(byok, { kid: byok.kid, modulusBytes: bits / 8 }, request.byokFile);
            return true;
        }
        catch (error) {
            if (kekBits.length === 1)
                throw error;
            return false;
        }
    });
    if (fits.length === 0)
        (0,validate/* validateByokForKek */.u)(byok, { kid: byok.kid, modulusBytes: kekBits[0] / 8 }, request.byokFile);
    checked.push(`ciphertext length ${byok.ciphertext.length} = RSA-OAEP (RSA-${fits.join('/')}) + AES key wrap`);
    logger.debug(`Verified ${request.byokFile}: ${checked.join('; ')}`);
    const sidecar = wrapped.sidecar;
    const digest = (0,wrapped_key/* fileDigest */.hd)(bytes);
    return {
        outputs: {
            kid: byok.kid,
            'key-type': wrapped.keyType,
            'kek-fingerprint': kekFingerprint,
            'public-key-fingerprint': sidecar?.publicKeyFingerprint,
            'key-check-value': sidecar?.keyCheckValue,
            'byok-digest': digest,
        },
        report: {
            title: `Verified ${request.byokFile}`,
            rows: [
                ['KEK id', byok.kid],
                ['KEK fingerprint', kekFingerprint ?? 'not known: give --kek-file or --kek-fingerprint'],
                ['Key type', sidecar ? wrapped.keyType : 'not recorded (no sidecar)'],
                ['Public key fingerprint', sidecar?.publicKeyFingerprint],
                ['Key check value', sidecar?.keyCheckValue],
                ['BYOK digest', digest],
                ['Generator', byok.generator],
            ],
            notes: [`Checked: ${checked.join('; ')}.`],
        },
    };
}

// EXTERNAL MODULE: ./shared/src/console/run.ts + 1 modules
var run = __nccwpck_require__(9059);
// EXTERNAL MODULE: ./cli/src/command.ts
var command = __nccwpck_require__(3619);
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
    run: ({ inputs, console }) => verifyByok(readVerifyByokRequest(inputs), (0,run/* consoleLogger */.kS)(console)),
};


/***/ }),

/***/ 3825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ wrap)
});

// EXTERNAL MODULE: ./shared/src/operations/key-list-mode.ts
var key_list_mode = __nccwpck_require__(9424);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/files/input-files.ts
var input_files = __nccwpck_require__(6749);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./shared/src/hsm/errors.ts

function ckrOf(error) {
    if (!(error instanceof Error))
        return undefined;
    const match = /(CKR_[A-Z0-9_]+)(?::(\d+))?/.exec(error.message);
    if (!match)
        return undefined;
    const own = error.code;
    const code = match[2] !== undefined ? Number(match[2]) : typeof own === 'number' ? own : NaN;
    return { name: match[1], code };
}
function isCkr(error, ...names) {
    const ckr = ckrOf(error);
    return ckr !== undefined && names.includes(ckr.name);
}
const PIN_HINT = 'Check the "pin" input (or the PKCS11_PIN secret it can come from); repeated wrong PINs can lock the token';
const EXPLANATIONS = {
    CKR_PIN_INCORRECT: {
        code: 'HSM_PIN_INCORRECT',
        problem: 'the PIN is wrong',
        hint: PIN_HINT,
    },
    CKR_PIN_INVALID: {
        code: 'HSM_PIN_INCORRECT',
        problem: 'the token refuses the PIN (invalid characters)',
        hint: PIN_HINT,
    },
    CKR_PIN_LEN_RANGE: {
        code: 'HSM_PIN_INCORRECT',
        problem: 'the PIN is too short or too long for this token',
        hint: PIN_HINT,
    },
    CKR_PIN_LOCKED: {
        code: 'HSM_PIN_LOCKED',
        problem: 'the user PIN is locked',
        hint: 'Ask the HSM security officer to unlock or reset the user PIN',
    },
    CKR_PIN_EXPIRED: {
        code: 'HSM_PIN_EXPIRED',
        problem: 'the user PIN has expired',
        hint: 'Change the user PIN with the HSM vendor tool and update the secret',
    },
    CKR_USER_PIN_NOT_INITIALIZED: {
        code: 'HSM_PIN_NOT_INITIALIZED',
        problem: 'the token has no user PIN yet',
        hint: 'Initialize the user PIN with the HSM vendor tool (SoftHSM: softhsm2-util --init-token --pin)',
    },
    CKR_USER_TYPE_INVALID: {
        code: 'HSM_LOGIN_FAILED',
        problem: 'the token refuses a user login',
        hint: 'Use a token that has a normal user (CKU_USER)',
    },
    CKR_TOKEN_NOT_PRESENT: {
        code: 'HSM_TOKEN_NOT_PRESENT',
        problem: 'the token is not present',
        hint: 'Check that the HSM is connected and the slot holds the token',
    },
    CKR_DEVICE_REMOVED: {
        code: 'HSM_TOKEN_NOT_PRESENT',
        problem: 'the token was removed',
        hint: 'Check the connection to the HSM and run the job again',
    },
    CKR_TOKEN_NOT_RECOGNIZED: {
        code: 'HSM_TOKEN_NOT_PRESENT',
        problem: 'the module does not recognize the token',
        hint: 'Check "pkcs11-module": it must be the library of this HSM',
    },
    CKR_SLOT_ID_INVALID: {
        code: 'HSM_SLOT_INVALID',
        problem: 'the slot does not exist',
        hint: 'Check "slot-id", or name the token with "token-label"',
    },
    CKR_TOKEN_WRITE_PROTECTED: {
        code: 'HSM_TOKEN_READ_ONLY',
        problem: 'the token is write-protected',
        hint: 'Use a writable token, or wrap an existing key (generate: false)',
    },
    CKR_SESSION_READ_ONLY: {
        code: 'HSM_TOKEN_READ_ONLY',
        problem: 'the session is read-only',
        hint: 'Use a writable token',
    },
    CKR_DEVICE_MEMORY: {
        code: 'HSM_TOKEN_FULL',
        problem: 'the token has no room left',
        hint: 'Free space on the token and run the job again',
    },
    CKR_KEY_UNEXTRACTABLE: {
        code: 'HSM_KEY_NOT_EXTRACTABLE',
        problem: 'the key is not extractable (CKA_EXTRACTABLE false)',
        hint: 'A key can only leave the HSM wrapped if it was created extractable: create it with CKA_EXTRACTABLE true (generate: true does)',
    },
    CKR_KEY_NOT_WRAPPABLE: {
        code: 'HSM_KEY_NOT_WRAPPABLE',
        problem: 'the token cannot wrap this key with this mechanism',
        hint: 'Check the key type and the wrap mechanism (kwp-mechanism)',
    },
    CKR_KEY_FUNCTION_NOT_PERMITTED: {
        code: 'HSM_KEY_USE_NOT_PERMITTED',
        problem: "the key's attributes do not permit this operation",
        hint: 'Check the attributes of the key in the HSM',
    },
    CKR_MECHANISM_INVALID: {
        code: 'HSM_MECHANISM_UNSUPPORTED',
        problem: 'the token does not support this mechanism',
        hint: 'Set "kwp-mechanism" to the RFC 5649 mechanism of this token, or leave it at auto',
    },
    CKR_MECHANISM_PARAM_INVALID: {
        code: 'HSM_MECHANISM_UNSUPPORTED',
        problem: 'the token does not accept the parameters of this mechanism',
        hint: 'The token may not support RSA-OAEP with SHA-1, which Azure requires',
    },
    CKR_WRAPPING_KEY_TYPE_INCONSISTENT: {
        code: 'HSM_MECHANISM_UNSUPPORTED',
        problem: 'the wrapping key does not fit this mechanism',
        hint: 'Check "kwp-mechanism"',
    },
    CKR_USER_NOT_LOGGED_IN: {
        code: 'HSM_NOT_LOGGED_IN',
        problem: 'the session is not logged in',
        hint: 'Check the "pin" input',
    },
};
/**
 * The byok error for a failed PKCS#11 call. `context` names what was being done and on which object, e.g.
 * `Logging in to token "ci"`. Known user-fixable codes become ConfigurationErrors; others are HSM_CALL_FAILED with
 * the CKR name in the message, so the log says exactly what the token answered.
 */
function hsmError(error, context) {
    if (error instanceof errors/* ByokError */.i)
        return error;
    const ckr = ckrOf(error);
    if (!ckr) {
        const message = error instanceof Error ? error.message : String(error);
        return new errors/* ByokError */.i('HSM_FAILED', `${context} failed: ${message}`, 'Rerun with debug logging; check the PKCS#11 module and the HSM', { cause: error });
    }
    const known = EXPLANATIONS[ckr.name];
    if (known) {
        // Every explained return value is the user's to fix (PIN, token, key attributes, mechanism).
        return new errors/* ConfigurationError */.j1(known.code, `${context} failed: ${known.problem} (${ckr.name})`, known.hint, {
            cause: error,
        });
    }
    return new errors/* ByokError */.i('HSM_CALL_FAILED', `${context} failed: the token answered ${ckr.name}`, 'Check the HSM logs; rerun with debug logging and report it if the token is healthy', {
        cause: error,
    });
}
/** Runs one PKCS#11 call; a failure becomes a byok error that names `context`. */
function hsmCall(context, call) {
    try {
        return call();
    }
    catch (error) {
        throw hsmError(error, context);
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./shared/src/hsm/native-binding.ts



/**
 * Which pkcs11js binding a bundle carries. Native code is per platform, so every bundle that reaches an HSM holds
 * one binary per supported host beside its JavaScript, `native/<platform>-<arch>/pkcs11.node`, listed in
 * `native/manifest.json` (docs/hsm-hosts.md). Run from source (tests, tsx scripts) there is no `native/` beside
 * the code and pkcs11js loads the binding `npm ci` put in its own build directory.
 */
const NATIVE_DIR = 'native';
function platformKey(platform = process.platform, arch = process.arch) {
    return `${platform}-${arch}`;
}
/** The platforms `<bundleDir>/native/manifest.json` lists; undefined when the code does not run from a bundle. */
function bundledPlatforms(bundleDir) {
    const manifest = (0,external_node_path_.join)(bundleDir, NATIVE_DIR, 'manifest.json');
    if (!(0,external_node_fs_.existsSync)(manifest))
        return undefined;
    const { binaries } = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
    return Object.keys(binaries ?? {}).sort();
}
/** Stops, before pkcs11js tries to load native code, when the bundle in `bundleDir` has none for `host`. */
function checkNativeBinding(bundleDir, host = platformKey()) {
    const platforms = bundledPlatforms(bundleDir);
    if (platforms === undefined)
        return;
    const file = (0,external_node_path_.join)(bundleDir, NATIVE_DIR, host, 'pkcs11.node');
    if (platforms.includes(host) && (0,external_node_fs_.existsSync)(file))
        return;
    throw new errors/* ConfigurationError */.j1('PKCS11_BINDING_UNAVAILABLE', `The PKCS#11 binding is not built for this host (${host}): this copy of byok carries ${platforms.length > 0 ? platforms.join(', ') : 'none'}${platforms.includes(host) ? `, but ${NATIVE_DIR}/${host}/pkcs11.node is missing` : ''}`, `Run the HSM step on one of those hosts, or build the binding on this one: npm ci && npm run build:native && ` +
        'npm run bundle in a byok checkout, then use that checkout (docs/hsm-hosts.md)');
}

;// CONCATENATED MODULE: ./shared/src/hsm/pkcs11.ts



let binding;
async function load() {
    checkNativeBinding((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)));
    const module = await __nccwpck_require__.e(/* import() */ 902).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2902, 23));
    return (module.default ?? module);
}
function loadPkcs11() {
    binding ??= load();
    return binding;
}
/** Numbers pkcs11js does not export (PKCS#11 2.40 / 3.0, vendor headers). */
const CKM_RSA_AES_KEY_WRAP = 0x1054;
const CKM_AES_KEY_WRAP = 0x2109;
/** RFC 5649 on SoftHSM; on some tokens PKCS#7 padding + RFC 3394 (docs/byok-format.md "PKCS#11 facts"): always known-answer tested. */
const CKM_AES_KEY_WRAP_PAD = 0x210a;
/** PKCS#11 3.0 CKM_AES_KEY_WRAP_KWP. */
const CKM_AES_KEY_WRAP_KWP = 0x210b;
/** Thales Luna CKM_AES_KWP (vendor-defined). */
const CKM_VENDOR_THALES_AES_KWP = 0x80000171;
/** CK_RSA_PKCS_OAEP_PARAMS.source: the label is given in pSourceData (here empty). */
const CKZ_DATA_SPECIFIED = 1;
/** `0x210A`-style name of a mechanism number, with the PKCS#11 name when byok knows it. */
function mechanismName(mechanism) {
    const hex = `0x${mechanism.toString(16).toUpperCase().padStart(4, '0')}`;
    const names = {
        [CKM_RSA_AES_KEY_WRAP]: 'CKM_RSA_AES_KEY_WRAP',
        [CKM_AES_KEY_WRAP]: 'CKM_AES_KEY_WRAP',
        [CKM_AES_KEY_WRAP_PAD]: 'CKM_AES_KEY_WRAP_PAD',
        [CKM_AES_KEY_WRAP_KWP]: 'CKM_AES_KEY_WRAP_KWP',
        [CKM_VENDOR_THALES_AES_KWP]: 'CKM_AES_KWP (Thales)',
    };
    return names[mechanism] ? `${names[mechanism]} (${hex})` : hex;
}
/** A slot id as a number string (SoftHSM ids are 32-bit; CK_ULONG is 64-bit on linux-x64). */
function slotIdOf(slot) {
    return slot.length >= 8 ? slot.readBigUInt64LE(0).toString() : slot.readUInt32LE(0).toString();
}
function trimPadded(text) {
    return text.replace(/[\s\0]+$/, '').trim();
}

;// CONCATENATED MODULE: ./shared/src/hsm/session.ts




const INTERRUPTS = ['SIGINT', 'SIGTERM'];
/**
 * Runs `cleanup` and exits when the process is told to stop while the session is open. Node delivers a signal to
 * a listener between two JavaScript tasks, never inside a PKCS#11 call (they are synchronous), so the cleanup
 * never races a call in flight. Returns the function that removes the listeners again.
 */
function onInterrupt(cleanup) {
    const listener = (signal) => {
        cleanup(signal);
        process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    for (const signal of INTERRUPTS)
        process.once(signal, listener);
    return () => {
        for (const signal of INTERRUPTS)
            process.removeListener(signal, listener);
    };
}
function describeToken(info, slot) {
    return {
        label: trimPadded(info.label),
        manufacturer: trimPadded(info.manufacturerID),
        model: trimPadded(info.model),
        serialNumber: trimPadded(info.serialNumber),
        firmware: `${info.firmwareVersion.major}.${info.firmwareVersion.minor}`,
        slotId: slotIdOf(slot),
    };
}
function parseSlotId(text) {
    if (!/^(\d{1,20}|0x[0-9a-f]{1,16})$/i.test(text)) {
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "slot-id" is ${JSON.stringify(text.slice(0, 40))}; expected a slot number (decimal or 0x hex)`, 'Set "slot-id" to a slot number, or use "token-label"');
    }
    return BigInt(text);
}
function loadModule(p11, path) {
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        throw new errors/* ConfigurationError */.j1('HSM_MODULE_NOT_FOUND', `Input "pkcs11-module": ${path} does not exist on this runner`, "Give the path of the HSM vendor's PKCS#11 library (SoftHSM2: /usr/lib/softhsm/libsofthsm2.so; install it with apt-get install softhsm2)");
    }
    const lib = new p11.PKCS11();
    try {
        lib.load(path);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1('HSM_MODULE_INVALID', `Input "pkcs11-module": ${path} cannot be loaded as a PKCS#11 library (${error instanceof Error ? error.message : String(error)})`, 'Give the PKCS#11 library of the HSM (a .so built for linux-x64)', { cause: error });
    }
    return lib;
}
function findSlot(p11, lib, options) {
    const slots = hsmCall('Listing the slots of the PKCS#11 module', () => lib.C_GetSlotList(true));
    const tokens = slots
        .map((slot) => ({
        slot,
        info: hsmCall(`Reading the token in slot ${slotIdOf(slot)}`, () => lib.C_GetTokenInfo(slot)),
    }))
        .filter((token) => (token.info.flags & p11.CKF_TOKEN_INITIALIZED) !== 0);
    const found = tokens.length === 0
        ? 'no initialized token'
        : tokens.map((t) => `"${trimPadded(t.info.label)}" (slot ${slotIdOf(t.slot)})`).join(', ');
    const wanted = options.slotId === undefined ? undefined : parseSlotId(options.slotId);
    const matches = tokens.filter((t) => (options.tokenLabel === undefined || trimPadded(t.info.label) === options.tokenLabel) &&
        (wanted === undefined || BigInt(slotIdOf(t.slot)) === wanted));
    const asked = [
        options.tokenLabel === undefined ? '' : `token-label "${options.tokenLabel}"`,
        options.slotId === undefined ? '' : `slot-id ${options.slotId}`,
    ]
        .filter(Boolean)
        .join(' and ');
    if (!asked) {
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "token-label" or "slot-id" is required', `Name the token; this module has ${found}`);
    }
    if (matches.length === 0) {
        const input = options.tokenLabel !== undefined ? 'token-label' : 'slot-id';
        throw new errors/* ConfigurationError */.j1('HSM_TOKEN_NOT_FOUND', `Input "${input}": no token with ${asked}; the module has ${found}`, 'Check the token label (case and spaces matter) or the slot id, and that the HSM is reachable from this runner');
    }
    if (matches.length > 1) {
        throw new errors/* ConfigurationError */.j1('HSM_TOKEN_AMBIGUOUS', `Input "token-label": ${matches.length} tokens are labelled "${options.tokenLabel}": ${found}`, 'Add "slot-id" to pick one');
    }
    return matches[0];
}
/**
 * Opens module → token → read/write session → user login, runs `body`, and always releases everything in
 * `finally`, success or failure: tracked session objects destroyed, logout, close session, finalize, unload
 * (docs/design.md "Rules"). Tolerates CKR_CRYPTOKI_ALREADY_INITIALIZED and CKR_USER_ALREADY_LOGGED_IN,
 * and then leaves finalizing and logging out to whoever did them.
 */
async function withHsmSession(options, logger, body) {
    const p11 = await loadPkcs11();
    const lib = loadModule(p11, options.module);
    let initialized = false;
    let session;
    let loggedIn = false;
    const tracked = [];
    const interruptible = [];
    let released = false;
    // Listening from the start: a signal that came while no listener existed would end the process on the spot.
    const stopListening = onInterrupt((signal) => {
        logger.warning(`${signal}: the run was stopped; removing what it created and closing the session`);
        for (const { handle, what } of interruptible.splice(0)) {
            try {
                lib.C_DestroyObject(session, handle);
                logger.info(`Removed ${what}`);
            }
            catch (error) {
                logger.warning(`Could not remove ${what}: ${hsmError(error, 'C_DestroyObject').message}`);
            }
        }
        release();
    });
    try {
        try {
            lib.C_Initialize();
            initialized = true;
        }
        catch (error) {
            if (!isCkr(error, 'CKR_CRYPTOKI_ALREADY_INITIALIZED'))
                throw hsmError(error, `Initializing the PKCS#11 module ${options.module}`);
            logger.debug('PKCS#11 module already initialized in this process');
        }
        const { slot, info } = findSlot(p11, lib, options);
        const token = describeToken(info, slot);
        const name = `token "${token.label}" (slot ${token.slotId})`;
        logger.info(`Using ${name}: ${token.manufacturer} ${token.model}, serial ${token.serialNumber}, firmware ${token.firmware}`);
        session = hsmCall(`Opening a session on ${name}`, () => lib.C_OpenSession(slot, p11.CKF_RW_SESSION | p11.CKF_SERIAL_SESSION));
        const opened = session;
        try {
            lib.C_Login(opened, p11.CKU_USER, options.pin);
            loggedIn = true;
        }
        catch (error) {
            if (!isCkr(error, 'CKR_USER_ALREADY_LOGGED_IN'))
                throw hsmError(error, `Logging in to ${name} with input "pin"`);
            logger.debug(`Already logged in to ${name}`);
        }
        const hsm = {
            p11,
            lib,
            slot,
            session: opened,
            token,
            track(handle) {
                tracked.push(handle);
                return handle;
            },
            destroy(handle, what, quiet = false) {
                const at = tracked.findIndex((h) => h.equals(handle));
                if (at >= 0)
                    tracked.splice(at, 1);
                try {
                    lib.C_DestroyObject(opened, handle);
                    if (!quiet)
                        logger.debug(`Destroyed ${what}`);
                }
                catch (error) {
                    logger.warning(`Could not destroy ${what}: ${hsmError(error, 'C_DestroyObject').message}; it is a session object and ends with the session`);
                }
            },
            removeIfInterrupted(handles, what) {
                interruptible.push(...handles.map((handle) => ({ handle, what })));
            },
        };
        return await body(hsm);
    }
    finally {
        stopListening();
        release();
    }
    /** Session objects destroyed, logout, close, finalize, unload; once, whether the body ended or a signal came. */
    function release() {
        if (released)
            return;
        released = true;
        const quietly = (what, call) => {
            try {
                call();
            }
            catch (error) {
                logger.debug(`${what}: ${error instanceof Error ? error.message : String(error)}`);
            }
        };
        if (session !== undefined) {
            const opened = session;
            for (const handle of tracked.splice(0))
                quietly('Destroying a session object', () => lib.C_DestroyObject(opened, handle));
            if (loggedIn)
                quietly('C_Logout', () => lib.C_Logout(opened));
            quietly('C_CloseSession', () => lib.C_CloseSession(opened));
        }
        if (initialized)
            quietly('C_Finalize', () => lib.C_Finalize());
        quietly('Unloading the PKCS#11 module', () => lib.close());
    }
}

// EXTERNAL MODULE: ./shared/src/azure/vault-kinds.ts
var vault_kinds = __nccwpck_require__(7797);
// EXTERNAL MODULE: ./shared/src/keys/key-check-value.ts
var key_check_value = __nccwpck_require__(3754);
;// CONCATENATED MODULE: ./shared/src/hsm/wrap.ts




const WRAP_MECHANISMS = ['auto', 'composed', 'native'];
/** Whether the token offers CKM_RSA_AES_KEY_WRAP (0x1054) for wrapping. */
function tokenHasNativeRsaAesKeyWrap(hsm) {
    try {
        return (hsm.lib.C_GetMechanismInfo(hsm.slot, CKM_RSA_AES_KEY_WRAP).flags & hsm.p11.CKF_WRAP) !== 0;
    }
    catch (error) {
        if (isCkr(error, 'CKR_MECHANISM_INVALID'))
            return false;
        throw error;
    }
}
/**
 * `wrap-mechanism`: the single-mechanism form CKM_RSA_AES_KEY_WRAP needs CK_RSA_AES_KEY_WRAP_PARAMS, a struct that
 * holds a pointer to the OAEP parameters, which pkcs11js 2.1.7 cannot pass (docs/byok-format.md). `native` is therefore
 * refused with that explanation, and `auto` always composes the same result from CKM_RSA_PKCS_OAEP and the RFC 5649
 * mechanism, which the spec accepts as equivalent. Decided here, documented in action-wrap/README.md.
 */
function chooseWrapMechanism(hsm, choice, logger) {
    const native = tokenHasNativeRsaAesKeyWrap(hsm);
    logger.debug(`Token "${hsm.token.label}" ${native ? 'offers' : 'does not offer'} ${mechanismName(CKM_RSA_AES_KEY_WRAP)}`);
    if (choice === 'native') {
        throw new errors/* ConfigurationError */.j1('WRAP_NATIVE_UNSUPPORTED', `Input "wrap-mechanism": native ${mechanismName(CKM_RSA_AES_KEY_WRAP)} is not available: ${native ? `token "${hsm.token.label}" offers it, but` : `token "${hsm.token.label}" does not offer it, and`} the PKCS#11 binding cannot pass its CK_RSA_AES_KEY_WRAP_PARAMS`, 'Set wrap-mechanism to auto or composed: the composed wrap (RSA-OAEP of a transient AES key + RFC 5649) gives the same bytes and the key still never leaves the HSM in the clear');
    }
    if (native && choice === 'auto')
        logger.info(`Token offers ${mechanismName(CKM_RSA_AES_KEY_WRAP)}; using the equivalent composed wrap (see the action README)`);
    return 'composed';
}
/** Imports the KEK public key as a session object that may wrap (CKA_TOKEN false, CKA_WRAP true). */
function importKek(hsm, kek) {
    const { p11, lib, session } = hsm;
    const jwk = kek.export({ format: 'jwk' });
    const handle = hsmCall(`Importing the KEK public key into token "${hsm.token.label}" as a session object`, () => lib.C_CreateObject(session, [
        { type: p11.CKA_CLASS, value: p11.CKO_PUBLIC_KEY },
        { type: p11.CKA_KEY_TYPE, value: p11.CKK_RSA },
        { type: p11.CKA_TOKEN, value: false },
        { type: p11.CKA_PRIVATE, value: false },
        { type: p11.CKA_WRAP, value: true },
        { type: p11.CKA_ENCRYPT, value: false },
        { type: p11.CKA_VERIFY, value: false },
        { type: p11.CKA_LABEL, value: 'byok transient KEK' },
        { type: p11.CKA_MODULUS, value: Buffer.from(jwk.n, 'base64url') },
        { type: p11.CKA_PUBLIC_EXPONENT, value: Buffer.from(jwk.e, 'base64url') },
    ]));
    return hsm.track(handle);
}
/** A transient AES-256 key generated in the HSM: session object, may wrap, extractable so the KEK can wrap it. */
function transientAesKey(hsm) {
    const { p11, lib, session } = hsm;
    const handle = hsmCall(`Generating the transient AES-256 key in token "${hsm.token.label}"`, () => lib.C_GenerateKey(session, { mechanism: p11.CKM_AES_KEY_GEN }, [
        { type: p11.CKA_CLASS, value: p11.CKO_SECRET_KEY },
        { type: p11.CKA_KEY_TYPE, value: p11.CKK_AES },
        { type: p11.CKA_VALUE_LEN, value: 32 },
        { type: p11.CKA_TOKEN, value: false },
        { type: p11.CKA_PRIVATE, value: true },
        { type: p11.CKA_SENSITIVE, value: true },
        { type: p11.CKA_EXTRACTABLE, value: true },
        { type: p11.CKA_WRAP, value: true },
        { type: p11.CKA_ENCRYPT, value: false },
        { type: p11.CKA_DECRYPT, value: false },
        { type: p11.CKA_LABEL, value: 'byok transient AES' },
    ]));
    return hsm.track(handle);
}
/**
 * CKM_RSA_AES_KEY_WRAP composed in the HSM (docs/byok-format.md "The wrapped blob"): RSA-OAEP-SHA1(KEK, transient AES
 * key) || RFC 5649 wrap of the target under the transient key. Both session objects are destroyed in finally.
 */
function wrapComposed(hsm, target, targetName, kek, kwpMechanism, logger) {
    const { p11, lib, session } = hsm;
    const modulusBytes = (kek.asymmetricKeyDetails?.modulusLength ?? 0) / 8;
    let aesKey;
    let kekHandle;
    try {
        aesKey = transientAesKey(hsm);
        const transient = aesKey;
        const wrappedTarget = hsmCall(`Wrapping ${targetName} with ${mechanismName(kwpMechanism)} under the transient AES key`, () => lib.C_WrapKey(session, { mechanism: kwpMechanism }, transient, target, Buffer.alloc(16 * 1024)));
        kekHandle = importKek(hsm, kek);
        const oaep = {
            type: p11.CK_PARAMS_RSA_OAEP,
            hashAlg: p11.CKM_SHA_1,
            mgf: p11.CKG_MGF1_SHA1,
            source: CKZ_DATA_SPECIFIED,
        };
        const wrapping = kekHandle;
        const wrappedAes = hsmCall(`Wrapping the transient AES key under the KEK with CKM_RSA_PKCS_OAEP (SHA-1)`, () => lib.C_WrapKey(session, { mechanism: p11.CKM_RSA_PKCS_OAEP, parameter: oaep }, wrapping, transient, Buffer.alloc(modulusBytes + 16)));
        if (wrappedAes.length !== modulusBytes) {
            throw new errors/* ConfigurationError */.j1('WRAP_OAEP_LENGTH', `The token's RSA-OAEP wrap is ${wrappedAes.length} bytes, not the KEK modulus length ${modulusBytes}`, 'The token does not implement RSA-OAEP as Azure expects');
        }
        logger.debug(`Wrapped ${targetName}: ${wrappedAes.length} bytes RSA-OAEP + ${wrappedTarget.length} bytes AES-KWP`);
        return Buffer.concat([wrappedAes, wrappedTarget]);
    }
    finally {
        if (kekHandle)
            hsm.destroy(kekHandle, 'the KEK session object');
        if (aesKey)
            hsm.destroy(aesKey, 'the transient AES key');
    }
}
/**
 * The check values of an AES target, computed in the HSM in one AES-ECB operation over two blocks: byok's binding
 * check value (docs/byok-format.md "Key check values": AES of KEY_CHECK_BLOCK, 16 bytes) and the traditional 3-byte
 * KCV (AES of a zero block) for people. Only for keys that allow CKA_ENCRYPT.
 */
function aesKeyCheckValue(hsm, key, keyName) {
    const { p11, lib, session } = hsm;
    return hsmCall(`Computing the key check value of ${keyName} (AES-ECB in the HSM)`, () => {
        lib.C_EncryptInit(session, { mechanism: p11.CKM_AES_ECB }, key);
        const out = lib.C_Encrypt(session, Buffer.concat([Buffer.alloc(16), key_check_value/* KEY_CHECK_BLOCK */.T]), Buffer.alloc(48));
        return { kcv: out.subarray(0, 3).toString('hex'), binding: out.subarray(16, 32).toString('hex') };
    });
}

// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __nccwpck_require__(4810);
// EXTERNAL MODULE: ./shared/src/inputs/target.ts
var inputs_target = __nccwpck_require__(364);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./shared/src/byok/file.ts + 1 modules
var file = __nccwpck_require__(5001);
// EXTERNAL MODULE: ./shared/src/byok/sidecar.ts
var byok_sidecar = __nccwpck_require__(1796);
// EXTERNAL MODULE: ./shared/src/crypto/public-key.ts
var public_key = __nccwpck_require__(6686);
// EXTERNAL MODULE: ./shared/src/keys/target.ts
var keys_target = __nccwpck_require__(5851);
;// CONCATENATED MODULE: ./shared/src/hsm/objects.ts

/** Small readers over PKCS#11 objects, shared by target lookup, the wrap and the test helpers. */
function findObjects(hsm, template, what, max = 1000) {
    const { lib, session } = hsm;
    hsmCall(`Searching ${what}`, () => lib.C_FindObjectsInit(session, template));
    try {
        return hsmCall(`Searching ${what}`, () => lib.C_FindObjects(session, max));
    }
    finally {
        try {
            lib.C_FindObjectsFinal(session);
        }
        catch {
            // nothing to release if the search already ended
        }
    }
}
/**
 * One attribute, or undefined when the object does not have it or keeps it secret. Attributes are read one at a
 * time because a template with one sensitive attribute fails as a whole.
 */
function readAttribute(hsm, handle, type, what) {
    try {
        const [result] = hsm.lib.C_GetAttributeValue(hsm.session, handle, [{ type }]);
        return result?.value;
    }
    catch (error) {
        if (isCkr(error, 'CKR_ATTRIBUTE_TYPE_INVALID', 'CKR_ATTRIBUTE_SENSITIVE'))
            return undefined;
        return hsmCall(`Reading attribute 0x${type.toString(16)} of ${what}`, () => {
            throw error;
        });
    }
}
function readBoolean(hsm, handle, type, what) {
    const value = readAttribute(hsm, handle, type, what);
    return value === undefined || value.length === 0 ? undefined : value[0] !== 0;
}
/** CK_ULONG attributes (CKA_CLASS, CKA_KEY_TYPE, CKA_VALUE_LEN): little-endian, 8 bytes on linux-x64. */
function readNumber(hsm, handle, type, what) {
    const value = readAttribute(hsm, handle, type, what);
    if (value === undefined || value.length === 0)
        return undefined;
    return value.length >= 8 ? Number(value.readBigUInt64LE(0)) : value.readUInt32LE(0);
}
function readText(hsm, handle, type, what) {
    return readAttribute(hsm, handle, type, what)?.toString('utf8');
}
/** Significant bits of a big-endian unsigned integer (CKA_MODULUS). */
function bitLength(bytes) {
    let start = 0;
    while (start < bytes.length && bytes[start] === 0)
        start++;
    if (start === bytes.length)
        return 0;
    return (bytes.length - start - 1) * 8 + (32 - Math.clz32(bytes[start]));
}

;// CONCATENATED MODULE: ./shared/src/hsm/public-key.ts



/**
 * Public keys from PKCS#11 attributes, built with Node's JWK import (no hand-written ASN.1, docs/design.md): RSA from
 * CKA_MODULUS/CKA_PUBLIC_EXPONENT, EC from CKA_EC_PARAMS (a DER OID, compared to known bytes) and CKA_EC_POINT.
 */
/** DER-encoded named-curve OIDs as tokens store them in CKA_EC_PARAMS. */
const EC_PARAMS = {
    'P-256': Buffer.from('06082a8648ce3d030107', 'hex'),
    'P-384': Buffer.from('06052b81040022', 'hex'),
    'P-521': Buffer.from('06052b81040023', 'hex'),
    'P-256K': Buffer.from('06052b8104000a', 'hex'),
};
const FIELD_BYTES = { 'P-256': 32, 'P-384': 48, 'P-521': 66, 'P-256K': 32 };
function curveFromEcParams(params) {
    return Object.keys(EC_PARAMS).find((curve) => EC_PARAMS[curve].equals(params));
}
/** Readable form of an unknown CKA_EC_PARAMS for error messages (the OID bytes in hex). */
function describeEcParams(params) {
    return params.length > 40
        ? `explicit parameters (${params.length} bytes)`
        : `OID bytes ${params.toString('hex')}`;
}
function unsigned(bytes) {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0)
        start++;
    return bytes.subarray(start).toString('base64url');
}
function rsaPublicKey(modulus, publicExponent) {
    return (0,external_node_crypto_.createPublicKey)({
        key: { kty: 'RSA', n: unsigned(modulus), e: unsigned(publicExponent) },
        format: 'jwk',
    });
}
/**
 * The uncompressed point (04 || X || Y) from CKA_EC_POINT. PKCS#11 stores it as a DER OCTET STRING around the
 * point; some older tokens store the bare point. The two are told apart by length: only the bare point is
 * exactly 1 + 2 × field bytes long.
 */
function ecPointFromAttribute(value, curve) {
    const pointBytes = 1 + 2 * FIELD_BYTES[curve];
    let point;
    if (value.length === pointBytes)
        point = value;
    else if (value[0] === 0x04) {
        const first = value[1] ?? 0;
        const header = first < 0x80 ? 2 : first === 0x81 ? 3 : first === 0x82 ? 4 : 0;
        const length = first < 0x80 ? first : first === 0x81 ? (value[2] ?? 0) : first === 0x82 ? value.readUInt16BE(2) : -1;
        if (header > 0 && length === pointBytes && value.length === header + length)
            point = value.subarray(header);
    }
    if (!point || point[0] !== 0x04) {
        throw new errors/* ByokError */.i('HSM_EC_POINT_INVALID', `CKA_EC_POINT of ${value.length} bytes is not an uncompressed ${curve} point`, 'The token stores the public point in a form byok does not read; report the token model');
    }
    return point;
}
function ecPublicKey(curve, ecPoint) {
    const point = ecPointFromAttribute(ecPoint, curve);
    const size = FIELD_BYTES[curve];
    const crv = curve === 'P-256K' ? 'secp256k1' : curve;
    try {
        return (0,external_node_crypto_.createPublicKey)({
            key: {
                kty: 'EC',
                crv,
                x: point.subarray(1, 1 + size).toString('base64url'),
                y: point.subarray(1 + size).toString('base64url'),
            },
            format: 'jwk',
        });
    }
    catch (error) {
        throw new errors/* ByokError */.i('HSM_EC_POINT_INVALID', `CKA_EC_POINT is not a point on ${curve} (${(0,keys_target/* nodeCurveName */.HE)(curve)})`, 'Check the key in the HSM', { cause: error });
    }
}

;// CONCATENATED MODULE: ./shared/src/hsm/generate.ts





/**
 * The label a key carries while it is being generated. Both halves of a pair are created under it and take the real
 * label only once the pair is whole: the public half first, then the private half, whose relabelling is the single
 * step that makes the key exist under `label`. So a run killed at any point (SIGKILL, power loss) leaves either a
 * whole key under `label` or objects that this label names as unfinished, which the next generation removes.
 */
function provisionalLabel(label) {
    return `byok generating: ${label}`;
}
/**
 * Removes what an interrupted generation of `label` left: every object under the provisional label, and a public
 * half that already took the real label while its private half did not (same CKA_ID, no private key under `label`).
 */
function removeUnfinished(hsm, label, logger) {
    const { p11 } = hsm;
    const what = `objects left by an interrupted generation of "${label}"`;
    const unfinished = findObjects(hsm, [{ type: p11.CKA_LABEL, value: provisionalLabel(label) }], what);
    if (unfinished.length === 0)
        return;
    const halves = unfinished.flatMap((handle) => {
        const id = readAttribute(hsm, handle, p11.CKA_ID, what);
        if (!id || id.length === 0)
            return [];
        const byId = (cls) => findObjects(hsm, [
            { type: p11.CKA_CLASS, value: cls },
            { type: p11.CKA_LABEL, value: label },
            { type: p11.CKA_ID, value: id },
        ], what);
        return byId(p11.CKO_PRIVATE_KEY).length === 0 ? byId(p11.CKO_PUBLIC_KEY) : [];
    });
    for (const handle of [...unfinished, ...halves])
        hsmCall(`Removing ${what}`, () => hsm.lib.C_DestroyObject(hsm.session, handle));
    logger.warning(`Removed ${unfinished.length + halves.length} object(s) that an interrupted generation of "${label}" left on token "${hsm.token.label}"`);
}
/**
 * Generates the target inside the HSM: persistent (CKA_TOKEN), private, sensitive, and extractable (it must leave
 * the HSM wrapped), with the label and a CKA_ID (given, or 16 fresh random bytes) on both halves of a pair.
 * AES keys also get CKA_ENCRYPT so a key check value can be computed (sidecar `keyCheckValue`).
 *
 * All or nothing: what an interrupted earlier run left is removed first, the key is created under its provisional
 * label, and a failure before it is whole destroys what was created. Until the session ends, a SIGINT or SIGTERM
 * removes the key too (the run that made it never finished).
 */
function generateTarget(hsm, spec, label, id, logger) {
    const { p11, lib, session } = hsm;
    removeUnfinished(hsm, label, logger);
    const keyId = id ?? (0,external_node_crypto_.randomBytes)(16);
    const common = [
        { type: p11.CKA_TOKEN, value: true },
        { type: p11.CKA_LABEL, value: provisionalLabel(label) },
        { type: p11.CKA_ID, value: keyId },
    ];
    const secret = [
        ...common,
        { type: p11.CKA_PRIVATE, value: true },
        { type: p11.CKA_SENSITIVE, value: true },
        { type: p11.CKA_EXTRACTABLE, value: true },
    ];
    const context = `Generating ${(0,keys_target/* describeTarget */.ff)(spec)} key "${label}" on token "${hsm.token.label}"`;
    const started = Date.now();
    let result;
    if (spec.type === 'oct') {
        const handle = hsmCall(context, () => lib.C_GenerateKey(session, { mechanism: p11.CKM_AES_KEY_GEN }, [
            { type: p11.CKA_CLASS, value: p11.CKO_SECRET_KEY },
            { type: p11.CKA_KEY_TYPE, value: p11.CKK_AES },
            { type: p11.CKA_VALUE_LEN, value: spec.size / 8 },
            ...secret,
            { type: p11.CKA_ENCRYPT, value: true },
            { type: p11.CKA_DECRYPT, value: true },
        ]));
        result = { handle, objects: [handle], id: keyId };
    }
    else {
        const rsa = spec.type === 'RSA';
        const publicTemplate = [
            ...common,
            { type: p11.CKA_CLASS, value: p11.CKO_PUBLIC_KEY },
            { type: p11.CKA_PRIVATE, value: false },
            { type: p11.CKA_VERIFY, value: true },
            ...(rsa
                ? [
                    { type: p11.CKA_MODULUS_BITS, value: spec.size },
                    { type: p11.CKA_PUBLIC_EXPONENT, value: Buffer.from([1, 0, 1]) },
                    { type: p11.CKA_ENCRYPT, value: true },
                ]
                : [{ type: p11.CKA_EC_PARAMS, value: EC_PARAMS[spec.curve] }]),
        ];
        const privateTemplate = [
            ...secret,
            { type: p11.CKA_CLASS, value: p11.CKO_PRIVATE_KEY },
            { type: p11.CKA_SIGN, value: true },
            ...(rsa ? [{ type: p11.CKA_DECRYPT, value: true }] : []),
        ];
        const mechanism = rsa ? p11.CKM_RSA_PKCS_KEY_PAIR_GEN : p11.CKM_EC_KEY_PAIR_GEN;
        const pair = hsmCall(context, () => lib.C_GenerateKeyPair(session, { mechanism }, publicTemplate, privateTemplate));
        result = { handle: pair.privateKey, objects: [pair.privateKey, pair.publicKey], id: keyId };
    }
    hsm.removeIfInterrupted(result.objects, `the key "${label}" this run was generating`);
    try {
        // The public half first: the private half taking the real label is what makes the key exist under it.
        for (const handle of [...result.objects].reverse())
            hsmCall(context, () => lib.C_SetAttributeValue(session, handle, [{ type: p11.CKA_LABEL, value: label }]));
    }
    catch (error) {
        removeGenerated(hsm, result, label, logger);
        throw error;
    }
    logger.info(`Generated ${(0,keys_target/* describeTarget */.ff)(spec)} key "${label}" (id ${keyId.toString('hex')}) on token "${hsm.token.label}" in ${Date.now() - started} ms`);
    return result;
}
/** Removes a key this run generated, when the run fails after generating it (a failed run leaves no new key). */
function removeGenerated(hsm, generated, label, logger) {
    for (const handle of generated.objects) {
        try {
            hsm.lib.C_DestroyObject(hsm.session, handle);
        }
        catch (error) {
            logger.warning(`Could not remove the key "${label}" generated by this failed run: ${error instanceof Error ? error.message : String(error)}; remove it by hand`);
        }
    }
    logger.info(`Removed the key "${label}" generated by this run, since the run failed`);
}

;// CONCATENATED MODULE: ./shared/src/hsm/kwp.ts



/**
 * Which PKCS#11 mechanism is AES key wrap with padding (RFC 5649) on this token. The number differs between HSMs
 * and 0x210A means RFC 5649 on some tokens and PKCS#7 + RFC 3394 on others (docs/byok-format.md "PKCS#11 facts"), so a mechanism is
 * trusted only after a known-answer test on throw-away session keys of known value: the aligned RFC 5649 vector
 * under AES-256 and the unaligned 20- and 7-byte vectors under AES-192.
 */
const KWP_CANDIDATES = [
    CKM_AES_KEY_WRAP_PAD,
    CKM_AES_KEY_WRAP_KWP,
    CKM_VENDOR_THALES_AES_KWP,
];
const VECTORS = {
    kek256: '5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a85840df6e29b02af1',
    kek192: '5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8',
    aligned: {
        key: 'kek256',
        plain: 'afbeb0f07dfbf5419200f2ccb50bb24aafbeb0f07dfbf5419200f2ccb50bb24a',
        wrapped: '340068e5236ceb5aaca068695fe28266a2dd7b75bdfc46a53f3e4f8c8052f41bd905f3571d04e0f7',
    },
    unaligned: [
        {
            key: 'kek192',
            plain: 'c37b7e6492584340bed12207808941155068f738',
            wrapped: '138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a',
        },
        { key: 'kek192', plain: '466f7250617369', wrapped: 'afbeb0f07dfbf5419200f2ccb50bb24f' },
    ],
};
class KnownValueKeysRefused extends Error {
}
/** Runs the known-answer test for one mechanism. Throws KnownValueKeysRefused when the token refuses known-value keys. */
function knownAnswerTest(hsm, mechanism) {
    const { p11, lib, session } = hsm;
    const created = [];
    const secretKey = (hex, keyType, wrapping) => {
        try {
            const handle = lib.C_CreateObject(session, [
                { type: p11.CKA_CLASS, value: p11.CKO_SECRET_KEY },
                { type: p11.CKA_KEY_TYPE, value: keyType },
                { type: p11.CKA_TOKEN, value: false },
                { type: p11.CKA_PRIVATE, value: true },
                { type: p11.CKA_VALUE, value: Buffer.from(hex, 'hex') },
                ...(wrapping
                    ? [
                        { type: p11.CKA_WRAP, value: true },
                        { type: p11.CKA_EXTRACTABLE, value: false },
                    ]
                    : [
                        { type: p11.CKA_EXTRACTABLE, value: true },
                        { type: p11.CKA_SENSITIVE, value: false },
                    ]),
            ]);
            created.push(hsm.track(handle));
            return handle;
        }
        catch (error) {
            throw new KnownValueKeysRefused(ckrOf(error)?.name ?? (error instanceof Error ? error.message : String(error)));
        }
    };
    const run = (vector, keys) => {
        const plain = secretKey(vector.plain, p11.CKK_GENERIC_SECRET, false);
        try {
            const out = lib.C_WrapKey(session, { mechanism }, keys[vector.key], plain, Buffer.alloc(vector.plain.length + 64));
            const hex = out.toString('hex');
            return hex === vector.wrapped
                ? undefined
                : `${vector.plain.length / 2} bytes gave ${hex.slice(0, 8)}… instead of ${vector.wrapped.slice(0, 8)}…`;
        }
        catch (error) {
            return `${vector.plain.length / 2} bytes: ${ckrOf(error)?.name ?? String(error)}`;
        }
    };
    try {
        const keys = {
            kek256: secretKey(VECTORS.kek256, p11.CKK_AES, true),
            kek192: secretKey(VECTORS.kek192, p11.CKK_AES, true),
        };
        const alignedProblem = run(VECTORS.aligned, keys);
        const unalignedProblems = VECTORS.unaligned
            .map((v) => run(v, keys))
            .filter((p) => p !== undefined);
        return {
            aligned: alignedProblem === undefined,
            unaligned: unalignedProblems.length === 0,
            detail: [alignedProblem, ...unalignedProblems].filter(Boolean).join('; '),
        };
    }
    finally {
        for (const handle of created)
            hsm.destroy(handle, 'a known-answer test key', true);
    }
}
/**
 * What the token offers for C_WrapKey, by PKCS#11 name where the binding knows it: a refusal lists it, so the reader
 * sees at once whether any RFC 5649 mechanism is there under another number (openCryptoki's soft token has none).
 */
function wrapMechanismsOffered(hsm, listed) {
    const names = new Map();
    for (const [name, value] of Object.entries(hsm.p11))
        if (name.startsWith('CKM_') && typeof value === 'number' && !names.has(value))
            names.set(value, name);
    const offered = listed
        .filter((m) => supportsWrap(hsm, m))
        .map((m) => {
        const known = mechanismName(m);
        const name = names.get(m);
        return name && !known.includes(' ') ? `${name} (${known})` : known;
    });
    return offered.length > 0 ? offered.join(', ') : 'none';
}
function supportsWrap(hsm, mechanism) {
    try {
        return (hsm.lib.C_GetMechanismInfo(hsm.slot, mechanism).flags & hsm.p11.CKF_WRAP) !== 0;
    }
    catch (error) {
        if (isCkr(error, 'CKR_MECHANISM_INVALID'))
            return false;
        throw error;
    }
}
function refuseAligned(hsm, mechanism, detail, explicit) {
    return new errors/* ConfigurationError */.j1('HSM_KWP_KNOWN_ANSWER_FAILED', `${explicit ? 'Input "kwp-mechanism": ' : ''}${mechanismName(mechanism)} on token "${hsm.token.label}" fails the RFC 5649 known-answer test (${detail}); it is not AES key wrap with padding, and Azure would reject the file`, explicit
        ? 'Set "kwp-mechanism" to the RFC 5649 mechanism of this token (often 0x210A, 0x210B or 0x80000171), or to auto'
        : 'Set "kwp-mechanism" to this token\'s RFC 5649 mechanism from its vendor\'s documentation');
}
/**
 * Picks and verifies the RFC 5649 mechanism: `explicit` is checked as given; otherwise the candidates the token
 * lists for wrapping are tested in order, and the first that passes everything (else the first that passes the
 * aligned vector) wins.
 */
function selectKwpMechanism(hsm, explicit, logger) {
    const name = `token "${hsm.token.label}"`;
    const listMechanisms = () => hsmCall(`Listing the mechanisms of ${name}`, () => hsm.lib.C_GetMechanismList(hsm.slot));
    if (explicit !== undefined) {
        if (!supportsWrap(hsm, explicit)) {
            throw new errors/* ConfigurationError */.j1('HSM_KWP_UNSUPPORTED', `Input "kwp-mechanism": ${name} does not offer ${mechanismName(explicit)} for wrapping; it wraps with ${wrapMechanismsOffered(hsm, listMechanisms())}`, 'Set "kwp-mechanism" to auto, or to a mechanism the token lists');
        }
        try {
            const answer = knownAnswerTest(hsm, explicit);
            if (!answer.aligned)
                throw refuseAligned(hsm, explicit, answer.detail, true);
            logger.info(`${mechanismName(explicit)} passes the RFC 5649 known-answer test${answer.unaligned ? '' : ' for aligned lengths only'}`);
            return {
                mechanism: explicit,
                verification: answer.unaligned ? 'rfc5649' : 'aligned-only',
                ...(answer.unaligned ? {} : { reason: answer.detail }),
            };
        }
        catch (error) {
            if (!(error instanceof KnownValueKeysRefused))
                throw error;
            const reason = `${name} refuses session keys of known value (${error.message}), so ${mechanismName(explicit)} could not be checked against the RFC 5649 vectors`;
            logger.warning(`${reason}; using it unverified because kwp-mechanism is set explicitly`);
            return { mechanism: explicit, verification: 'unverified', reason };
        }
    }
    const mechanisms = listMechanisms();
    const listed = new Set(mechanisms);
    const candidates = KWP_CANDIDATES.filter((m) => listed.has(m) && supportsWrap(hsm, m));
    if (candidates.length === 0) {
        throw new errors/* ConfigurationError */.j1('HSM_KWP_UNSUPPORTED', `Input "kwp-mechanism": ${name} offers none of ${KWP_CANDIDATES.map(mechanismName).join(', ')} for wrapping, so it cannot do AES key wrap with padding (RFC 5649); it wraps with ${wrapMechanismsOffered(hsm, mechanisms)}`, 'If the token has an RFC 5649 mechanism under another number, set "kwp-mechanism" to it; otherwise wrap on an HSM that has one, or with the vendor\'s BYOK tool');
    }
    const results = [];
    for (const mechanism of candidates) {
        let answer;
        try {
            answer = knownAnswerTest(hsm, mechanism);
        }
        catch (error) {
            if (!(error instanceof KnownValueKeysRefused))
                throw error;
            throw new errors/* ConfigurationError */.j1('HSM_KWP_UNVERIFIABLE', `Input "kwp-mechanism": ${name} refuses session keys of known value (${error.message}), so byok cannot tell which of ${candidates.map(mechanismName).join(', ')} is RFC 5649`, 'Set "kwp-mechanism" explicitly to the RFC 5649 mechanism from the HSM vendor documentation; it is then used unverified');
        }
        logger.debug(`Known-answer test of ${mechanismName(mechanism)}: aligned ${answer.aligned ? 'pass' : 'fail'}, unaligned ${answer.unaligned ? 'pass' : 'fail'} ${answer.detail}`);
        if (answer.aligned && answer.unaligned) {
            logger.info(`AES key wrap with padding: ${mechanismName(mechanism)} (passes the RFC 5649 known-answer test)`);
            return { mechanism, verification: 'rfc5649' };
        }
        results.push({ mechanism, answer });
    }
    const partial = results.find((r) => r.answer.aligned);
    if (partial) {
        logger.info(`AES key wrap with padding: ${mechanismName(partial.mechanism)} (passes the RFC 5649 known-answer test for aligned lengths only)`);
        return { mechanism: partial.mechanism, verification: 'aligned-only', reason: partial.answer.detail };
    }
    const first = results[0];
    throw refuseAligned(hsm, first.mechanism, results.map((r) => `${mechanismName(r.mechanism)}: ${r.answer.detail}`).join('; '), false);
}
/**
 * The padding decision for one target, made before anything is generated or wrapped: a mechanism that passed only the
 * aligned known answers zero-pads what it wraps to a multiple of 8 bytes (SoftHSM 2.6.1 does, for every symmetric
 * wrap, and takes no IV parameter), so an RSA or EC PKCS#8 may arrive followed by up to 7 zero bytes where BYOK's
 * specification has the PKCS#8 encoding itself. Refused unless `allowPadded` (input "allow-padded-kwp", for rehearsal
 * HSMs); then `padded` is true and the sidecar records it. AES keys (16, 24 or 32 bytes) are always exact.
 */
function kwpPadding(selection, targetType, allowPadded, tokenLabel) {
    if (selection.verification !== 'aligned-only' || targetType === 'oct')
        return { padded: false };
    const mechanism = mechanismName(selection.mechanism);
    const what = `${mechanism} on token "${tokenLabel}" zero-pads what it wraps to a multiple of 8 bytes before RFC 5649 (its known answers fail for unaligned lengths: ${selection.reason ?? 'unaligned vectors'})`;
    if (!allowPadded)
        throw new errors/* ConfigurationError */.j1('HSM_KWP_ALIGNED_ONLY', `${what}, so this ${targetType} key's PKCS#8 would reach Azure followed by up to 7 zero bytes instead of exactly the PKCS#8 BYOK specifies; nothing was generated or wrapped`, 'Wrap on an HSM whose RFC 5649 mechanism passes the known-answer test (set "kwp-mechanism" if it has the right one under another number); on a rehearsal HSM such as SoftHSM set "allow-padded-kwp: true", and the file is marked as padded. AES keys are not affected');
    return {
        padded: true,
        warning: `allow-padded-kwp: ${what}; the PKCS#8 inside this ${targetType} .byok may be followed by up to 7 zero bytes, which a strict vault refuses. The sidecar records it: use the file for rehearsals only`,
    };
}

;// CONCATENATED MODULE: ./shared/src/hsm/target.ts




/** "RSA-2048", "EC P-256", "AES-256", or what the token holds when byok cannot wrap it. */
function readSpec(hsm, handle, what) {
    const { p11 } = hsm;
    const keyType = readNumber(hsm, handle, p11.CKA_KEY_TYPE, what);
    if (keyType === p11.CKK_RSA) {
        const modulus = readAttribute(hsm, handle, p11.CKA_MODULUS, what);
        return { type: 'RSA', size: modulus ? bitLength(modulus) : 0 };
    }
    if (keyType === p11.CKK_EC) {
        const params = readAttribute(hsm, handle, p11.CKA_EC_PARAMS, what) ?? Buffer.alloc(0);
        const curve = curveFromEcParams(params);
        return curve ? { type: 'EC', curve } : `an EC key on an unsupported curve (${describeEcParams(params)})`;
    }
    if (keyType === p11.CKK_AES)
        return { type: 'oct', size: (readNumber(hsm, handle, p11.CKA_VALUE_LEN, what) ?? 0) * 8 };
    return `a key of type CKK 0x${(keyType ?? 0).toString(16)}`;
}
function show(spec) {
    return typeof spec === 'string' ? spec : (0,keys_target/* describeTarget */.ff)(spec);
}
function idOf(hsm, handle, what) {
    return (readAttribute(hsm, handle, hsm.p11.CKA_ID, what) ?? Buffer.alloc(0)).toString('hex');
}
function keyClasses(hsm) {
    return [hsm.p11.CKO_PRIVATE_KEY, hsm.p11.CKO_SECRET_KEY];
}
/** Private and secret keys matching label (and id): what could be a target. */
function findKeys(hsm, label, id) {
    const { p11 } = hsm;
    return keyClasses(hsm).flatMap((cls) => findObjects(hsm, [
        { type: p11.CKA_CLASS, value: cls },
        { type: p11.CKA_LABEL, value: label },
        ...(id ? [{ type: p11.CKA_ID, value: id }] : []),
    ], `keys labelled "${label}" on token "${hsm.token.label}"`));
}
/** Up to 20 keys on the token, for error messages: `"label" (RSA-2048, id 01ab)`. */
function listKeys(hsm) {
    const handles = keyClasses(hsm).flatMap((cls) => findObjects(hsm, [{ type: hsm.p11.CKA_CLASS, value: cls }], `keys on token "${hsm.token.label}"`, 21));
    if (handles.length === 0)
        return 'no private or secret keys';
    const shown = handles.slice(0, 20).map((h) => describeKey(hsm, h));
    return `${shown.join(', ')}${handles.length > 20 ? ', …' : ''}`;
}
function describeKey(hsm, handle) {
    const label = readText(hsm, handle, hsm.p11.CKA_LABEL, 'a key') ?? '';
    const id = idOf(hsm, handle, `key "${label}"`);
    return `"${label}" (${show(readSpec(hsm, handle, `key "${label}"`))}${id ? `, id ${id}` : ''})`;
}
/** Exactly one key under label (and id), or a clear error listing what was found. undefined when none. */
function findTarget(hsm, label, id) {
    const handles = findKeys(hsm, label, id);
    if (handles.length > 1) {
        throw new errors/* ConfigurationError */.j1('TARGET_AMBIGUOUS', `Input "key-label": ${handles.length} keys on token "${hsm.token.label}" match label "${label}"${id ? ` and id ${id.toString('hex')}` : ''}: ${handles.map((h) => describeKey(hsm, h)).join(', ')}`, id
            ? 'Give each key its own label or CKA_ID in the HSM'
            : 'Add "key-id" (the CKA_ID in hex) to pick one');
    }
    return handles[0];
}
function notFound(hsm, label, id) {
    const sameLabel = id ? findKeys(hsm, label) : [];
    const found = sameLabel.length > 0
        ? `keys labelled "${label}" have other ids: ${sameLabel.map((h) => describeKey(hsm, h)).join(', ')}`
        : `the token holds ${listKeys(hsm)}`;
    return new errors/* ConfigurationError */.j1('TARGET_NOT_FOUND', `Input "${id ? 'key-id' : 'key-label'}": no private or secret key labelled "${label}"${id ? ` with id ${id.toString('hex')}` : ''} on token "${hsm.token.label}"; ${found}`, 'Check "key-label" and "key-id" (CKA_LABEL and CKA_ID), or set generate: true to create the key in the HSM');
}
/** The target's public key: RSA from the private key's modulus, EC from the public key object with the same CKA_ID. */
function readPublicKey(hsm, handle, spec, label, id) {
    const { p11 } = hsm;
    const what = `key "${label}"`;
    if (spec.type === 'oct')
        return undefined;
    if (spec.type === 'RSA') {
        const modulus = readAttribute(hsm, handle, p11.CKA_MODULUS, what);
        const exponent = readAttribute(hsm, handle, p11.CKA_PUBLIC_EXPONENT, what);
        if (modulus && exponent && exponent.length > 0)
            return rsaPublicKey(modulus, exponent);
    }
    const template = [
        { type: p11.CKA_CLASS, value: p11.CKO_PUBLIC_KEY },
        { type: p11.CKA_KEY_TYPE, value: spec.type === 'RSA' ? p11.CKK_RSA : p11.CKK_EC },
        ...(id ? [{ type: p11.CKA_ID, value: Buffer.from(id, 'hex') }] : [{ type: p11.CKA_LABEL, value: label }]),
    ];
    for (const pub of findObjects(hsm, template, `the public key of ${what}`)) {
        if (spec.type === 'RSA') {
            const modulus = readAttribute(hsm, pub, p11.CKA_MODULUS, what);
            const exponent = readAttribute(hsm, pub, p11.CKA_PUBLIC_EXPONENT, what);
            if (modulus && exponent)
                return rsaPublicKey(modulus, exponent);
        }
        else {
            const params = readAttribute(hsm, pub, p11.CKA_EC_PARAMS, what);
            const point = readAttribute(hsm, pub, p11.CKA_EC_POINT, what);
            if (params && point && curveFromEcParams(params) === spec.curve)
                return ecPublicKey(spec.curve, point);
        }
    }
    throw new errors/* ConfigurationError */.j1('TARGET_PUBLIC_KEY_MISSING', `Input "key-label": the token holds no public key for ${what} (${(0,keys_target/* describeTarget */.ff)(spec)}${id ? `, id ${id}` : ''})`, 'byok reads the public key from the public key object with the same CKA_ID; keep it on the token next to the private key');
}
/**
 * Checks a key before anything is wrapped (what Azure or the token would refuse later): a type and size
 * Azure imports, the expected type when one was asked for, extractable, no trusted wrapping key needed.
 */
function inspectTarget(hsm, handle, expected) {
    const { p11 } = hsm;
    const label = readText(hsm, handle, p11.CKA_LABEL, 'the target key') ?? '';
    const what = `key "${label}" on token "${hsm.token.label}"`;
    const spec = readSpec(hsm, handle, what);
    if (typeof spec === 'string') {
        throw new errors/* ConfigurationError */.j1('TARGET_TYPE_UNSUPPORTED', `Input "key-label": ${what} is ${spec}; Azure imports RSA, EC (P-256, P-384, P-521, P-256K) and AES keys (AES into a Managed HSM only)`, 'Choose another key');
    }
    (0,keys_target/* checkTargetSpec */.T3)(spec, `Input "key-label": ${what}`);
    const mismatch = expected !== undefined &&
        (expected.type !== spec.type ||
            (spec.type === 'EC' && expected.curve !== undefined && expected.curve !== spec.curve) ||
            (spec.type !== 'EC' && expected.size !== undefined && expected.size !== spec.size));
    if (expected && mismatch) {
        const asked = expected.type === 'EC'
            ? `EC ${expected.curve ?? ''}`
            : `${expected.type === 'oct' ? 'AES' : 'RSA'}${expected.size ? `-${expected.size}` : ''}`;
        throw new errors/* ConfigurationError */.j1('TARGET_TYPE_MISMATCH', `Input "key-type": ${what} is ${(0,keys_target/* describeTarget */.ff)(spec)}, not the requested ${asked.trim()}`, 'Set key-type/key-size/curve to match the existing key, or choose another key-label');
    }
    if (readBoolean(hsm, handle, p11.CKA_EXTRACTABLE, what) !== true) {
        throw new errors/* ConfigurationError */.j1('TARGET_NOT_EXTRACTABLE', `Input "key-label": ${what} is not extractable (CKA_EXTRACTABLE false), so the HSM will not wrap it`, 'A key can leave the HSM only if it was created extractable; create it with CKA_EXTRACTABLE true (generate: true does), it cannot be changed afterwards');
    }
    if (readBoolean(hsm, handle, p11.CKA_WRAP_WITH_TRUSTED, what) === true) {
        throw new errors/* ConfigurationError */.j1('TARGET_NEEDS_TRUSTED_WRAP', `Input "key-label": ${what} has CKA_WRAP_WITH_TRUSTED, so it can only be wrapped by a key the security officer marked trusted`, 'byok wraps with a transient key that cannot be trusted; use a key without CKA_WRAP_WITH_TRUSTED');
    }
    const id = idOf(hsm, handle, what);
    const publicKey = readPublicKey(hsm, handle, spec, label, id);
    const canEncrypt = spec.type === 'oct' && readBoolean(hsm, handle, p11.CKA_ENCRYPT, what) === true;
    return { handle, label, id, spec, canEncrypt, ...(publicKey ? { publicKey } : {}) };
}

// EXTERNAL MODULE: ./shared/src/kek/wrap-kek.ts
var wrap_kek = __nccwpck_require__(8213);
// EXTERNAL MODULE: ./shared/src/operations/job-outputs.ts
var job_outputs = __nccwpck_require__(9166);
;// CONCATENATED MODULE: ./shared/src/operations/wrap-session.ts

















/** Reads and checks the KEK the wrap is for, and lets the front end confirm it, before the HSM is opened. */
async function prepareKek(input, options, logger) {
    const file = input.kek.file ?? options.kekFile;
    if (file === undefined)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "kek-file" is required', 'Set "kek-file" to the KEK PEM');
    (0,job_outputs/* checkJobOutputs */.i)({ 'kek-fingerprint': input.kek.fingerprint }, input.requireJobOutputs, logger);
    const now = options.now ?? (() => new Date());
    const kek = await (0,wrap_kek/* readWrapKek */.i)({ ...input.kek, file, now: now() }, logger);
    await options.confirmKek?.(kek);
    return kek;
}
function startWrapSession(hsm, choice, kek, options, logger) {
    const wrapMechanism = chooseWrapMechanism(hsm, choice.wrapMechanism, logger);
    logger.info(`Checking the RFC 5649 mechanism of token "${hsm.token.label}" with known answers`);
    const kwp = selectKwpMechanism(hsm, choice.kwpMechanism, logger);
    const warnings = kwp.verification === 'unverified' && kwp.reason
        ? [`${kwp.reason}; used unverified because kwp-mechanism is set explicitly`]
        : [];
    return {
        hsm,
        kek,
        kwp,
        allowPaddedKwp: choice.allowPaddedKwp,
        vault: (0,vault_kinds/* vaultOfKeyId */.ui)(kek.kid),
        mechanism: `CKM_RSA_AES_KEY_WRAP (${wrapMechanism}: CKM_RSA_PKCS_OAEP SHA-1 + ${mechanismName(kwp.mechanism)})`,
        generator: `${options.tool}; ${hsm.token.manufacturer} ${hsm.token.model} firmware ${hsm.token.firmware}`,
        now: options.now ?? (() => new Date()),
        warnings,
        logged: new Set(),
    };
}
/**
 * Finds (or generates) the key, checks it, wraps it under the KEK inside the HSM and writes `byokFile` and its
 * sidecar. A key this call generated is removed again when the rest of its wrap fails.
 */
async function wrapTarget(session, target, byokFile, logger) {
    const { hsm, kek } = session;
    const warnings = [...session.warnings];
    const warn = (text) => {
        warnings.push(text);
        if (!session.logged.has(text))
            logger.warning(text);
        session.logged.add(text);
    };
    const spec = target.generate && target.request ? (0,inputs_target/* specToGenerate */.W)(target.request, 'The requested key') : undefined;
    const { label, id } = target;
    const padding = (type) => kwpPadding(session.kwp, type, session.allowPaddedKwp, hsm.token.label);
    let handle = findTarget(hsm, label, id);
    let generated;
    let generateMs = 0;
    if (handle && target.generate && target.ifExists === 'fail') {
        throw new errors/* ConfigurationError */.j1('TARGET_EXISTS', `Input "key-label": a key labelled "${label}" already exists on token "${hsm.token.label}" and if-exists is fail`, 'Set if-exists: use to wrap the existing key, or choose another key-label');
    }
    if (!handle) {
        if (!target.generate)
            throw notFound(hsm, label, id);
        padding(spec.type); // refused before anything is generated
        const t = Date.now();
        logger.info(`Generating ${(0,keys_target/* describeTarget */.ff)(spec)} key "${label}" in the HSM`);
        generated = generateTarget(hsm, spec, label, id, logger);
        generateMs = Date.now() - t;
        handle = generated.handle;
    }
    else if (target.generate) {
        logger.info(`A key labelled "${label}" already exists on token "${hsm.token.label}"; if-exists is use, so it is wrapped again (no second key)`);
    }
    try {
        const found = inspectTarget(hsm, handle, spec ?? target.request);
        const description = (0,keys_target/* describeTarget */.ff)(found.spec);
        const targetName = `key "${label}" (${description})`;
        (0,vault_kinds/* checkVaultTakes */.vM)(session.vault, found.spec.type, targetName);
        const { padded, warning } = padding(found.spec.type);
        if (warning)
            warn(warning);
        const checks = found.canEncrypt ? aesKeyCheckValue(hsm, found.handle, targetName) : undefined;
        if (found.spec.type === 'oct' && !checks)
            logger.info(`${targetName} does not allow CKA_ENCRYPT, so no key check value is recorded`);
        const t = Date.now();
        const ciphertext = wrapComposed(hsm, found.handle, targetName, kek.publicKey, session.kwp.mechanism, logger);
        const wrapMs = Date.now() - t;
        logger.info(`Wrapped ${targetName} under KEK ${kek.kid} in ${wrapMs} ms (${ciphertext.length} bytes)`);
        const byokText = (0,file/* serializeByok */.eR)({ kid: kek.kid, ciphertext, generator: session.generator });
        const byokDigest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(byokText, 'utf8').digest('hex')}`;
        const publicKeyFingerprint = found.publicKey ? (0,public_key/* fingerprint */.Rj)(found.publicKey) : undefined;
        const { label: tokenLabel, manufacturer, model, serialNumber, firmware } = hsm.token;
        const sidecar = {
            kid: kek.kid,
            keyType: found.spec.type,
            keyLabel: found.label,
            keyId: found.id,
            ...(found.spec.type === 'EC' ? { curve: found.spec.curve } : { keySize: found.spec.size }),
            ...(found.publicKey ? { publicKey: (0,public_key/* toSpkiPem */.Dy)(found.publicKey), publicKeyFingerprint } : {}),
            ...(checks ? { keyCheckValue: checks.binding } : {}),
            ...(padded ? { paddedKwp: true } : {}),
            kekFingerprint: kek.fingerprint,
            byokDigest,
            token: { label: tokenLabel, manufacturer, model, serialNumber, firmware },
            mechanism: session.mechanism,
            createdAt: session.now().toISOString(),
            generator: session.generator,
        };
        const sidecarFile = (0,byok_sidecar/* sidecarPath */.n8)(byokFile);
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(byokFile), { recursive: true });
            await (0,promises_.writeFile)(byokFile, byokText, 'utf8');
            await (0,promises_.writeFile)(sidecarFile, (0,byok_sidecar/* serializeSidecar */.i_)(sidecar), 'utf8');
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1('OUTPUT_NOT_WRITABLE', `Input "output": cannot write ${byokFile} (${error.code ?? String(error)})`, 'Choose a writable path, e.g. a file name in the workspace', { cause: error });
        }
        logger.info(`Wrote ${byokFile} and ${sidecarFile}`);
        return {
            byokFile,
            sidecarFile,
            keyType: found.spec.type,
            key: { label: found.label, id: found.id, description, generated: generated !== undefined },
            ...(publicKeyFingerprint ? { publicKeyFingerprint } : {}),
            ...(checks ? { keyCheckValue: checks.binding, kcv: checks.kcv } : {}),
            paddedKwp: padded,
            byokDigest,
            warnings,
            timings: { generateMs, wrapMs },
        };
    }
    catch (error) {
        if (generated)
            removeGenerated(hsm, generated, label, logger);
        throw error;
    }
}
/** The token as reports show it. */
function wrap_session_describeToken(token) {
    return `${token.label} (${token.manufacturer} ${token.model}, serial ${token.serialNumber}, firmware ${token.firmware})`;
}

;// CONCATENATED MODULE: ./shared/src/operations/wrap-key.ts









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
/**
 * The whole wrap: check the KEK, open the token, verify the RFC 5649 mechanism, find (or generate) the target, wrap
 * it under the KEK inside the HSM, write the .byok and its sidecar. A key generated by a run that then fails is
 * removed again; every session object is destroyed and the session released in any case.
 */
async function wrapKey(request, options, logger) {
    const started = Date.now();
    if (request.key.generate && request.key.request)
        (0,inputs_target/* specToGenerate */.W)(request.key.request, 'The requested key');
    const kek = await prepareKek(request, options, logger);
    if (request.key.request)
        (0,vault_kinds/* checkVaultTakes */.vM)((0,vault_kinds/* vaultOfKeyId */.ui)(kek.kid), request.key.request.type, 'Input "key-type"');
    // Before the PIN is used or a key generated: a wrap whose file could not be written would be work for nothing.
    await (0,input_files/* checkOutputPath */.$b)('output', request.output);
    const byokFile = (0,external_node_path_.resolve)(request.output);
    return withHsmSession({ ...request.hsm, pin: options.pin }, logger, async (hsm) => {
        const session = startWrapSession(hsm, request, kek, options, logger);
        const wrapped = await wrapTarget(session, request.key, byokFile, logger);
        return withReport({
            ...wrapped,
            kid: kek.kid,
            kekFingerprint: kek.fingerprint,
            token: hsm.token,
            mechanism: session.mechanism,
            kwpVerification: session.kwp.verification,
            generator: session.generator,
            timings: { ...wrapped.timings, totalMs: Date.now() - started },
        });
    });
}
/** The outputs the import job checks, and what the wrap job's reviewer (or the person at the HSM) reads. */
function withReport(result) {
    const { token, key } = result;
    return {
        ...result,
        outputs: {
            'byok-file': result.byokFile,
            'sidecar-file': result.sidecarFile,
            'key-type': result.keyType,
            'public-key-fingerprint': result.publicKeyFingerprint ?? '',
            'key-check-value': result.keyCheckValue ?? '',
            'byok-digest': result.byokDigest,
        },
        report: {
            title: `Wrapped ${key.description} key "${key.label}" for BYOK`,
            rows: [
                ['Token', wrap_session_describeToken(token)],
                [
                    'Key',
                    `${key.label} (${key.description}, id ${key.id || 'none'}${key.generated ? ', generated by this run' : ''})`,
                ],
                ['Public key fingerprint', result.publicKeyFingerprint],
                ['Key check value (AES, 16 bytes)', result.keyCheckValue],
                ['KCV (AES-ECB of zeros, 3 bytes, for people)', result.kcv],
                ['KEK', result.kid],
                ['KEK fingerprint', result.kekFingerprint],
                ['Mechanism', `${result.mechanism}, known-answer test: ${result.kwpVerification}`],
                ['.byok', `${result.byokFile} (${result.byokDigest})`],
                [
                    'Plaintext',
                    result.paddedKwp
                        ? 'PKCS#8 followed by up to 7 zero bytes (allow-padded-kwp: the token zero-pads; a rehearsal file)'
                        : undefined,
                ],
                ['Sidecar', result.sidecarFile],
            ],
            notes: result.warnings.map((w) => `Warning: ${w}`),
        },
    };
}

// EXTERNAL MODULE: ./shared/src/batch/list-digest.ts
var list_digest = __nccwpck_require__(3007);
// EXTERNAL MODULE: ./shared/src/batch/key-list.ts + 1 modules
var key_list = __nccwpck_require__(2114);
// EXTERNAL MODULE: ./shared/src/operations/key-results.ts
var key_results = __nccwpck_require__(4802);
;// CONCATENATED MODULE: ./shared/src/operations/wrap-keys.ts














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
/**
 * Wraps every key of the list in one PKCS#11 session: the KEK checked and the RFC 5649 mechanism probed and
 * known-answer tested once, each key found (or generated) and wrapped under the same KEK into `<name>.byok` and its
 * sidecar. One key's failure is recorded and the others go on; the binding digest is given only when all succeeded.
 */
async function wrapKeys(request, options, logger) {
    const file = request.keyList ?? options.keyListFile;
    if (file === undefined)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "key-list" is required', 'Set "key-list" to the key list file');
    (0,job_outputs/* checkJobOutputs */.i)({ 'kek-fingerprint': request.kek.fingerprint, 'key-list-sha256': request.keyListSha256 }, request.requireJobOutputs, logger);
    const list = await (0,key_list/* readKeyList */.M5)('key-list', file, request.keyListSha256);
    const kek = await prepareKek({ ...request, requireJobOutputs: false }, options, logger);
    const outputDir = (0,external_node_path_.resolve)(request.outputDir);
    await (0,promises_.mkdir)(outputDir, { recursive: true }).catch((error) => {
        throw new errors/* ConfigurationError */.j1('OUTPUT_NOT_WRITABLE', `Input "output-dir": cannot create ${outputDir} (${error.code ?? 'error'})`, 'Set "output-dir" to a writable folder in the workspace');
    });
    const started = Date.now();
    return withHsmSession({ ...request.hsm, pin: options.pin }, logger, async (hsm) => {
        const session = startWrapSession(hsm, request, kek, options, logger);
        const results = [];
        const warnings = new Set();
        for (const entry of list.entries) {
            const { result, warned } = await wrapEntry(session, entry, outputDir, logger);
            results.push(result);
            for (const warning of warned)
                warnings.add(warning);
        }
        const listCopy = (0,external_node_path_.join)(outputDir, (0,key_list/* artifactListName */.qy)(list.file));
        const failure = (0,key_results/* keysFailed */.It)(results, 'nothing was uploaded for the import', 'Fix what the results table says for each of them and run the wrap again (every key is wrapped again)');
        if (!failure)
            await (0,promises_.writeFile)(listCopy, list.bytes);
        const digest = failure
            ? undefined
            : (0,list_digest/* keyListDigest */.q)(results.map((r) => ({
                name: r.key,
                byokDigest: r.byokDigest ?? '',
                ...(r.fingerprint || r.keyCheckValue ? { check: r.fingerprint ?? r.keyCheckValue } : {}),
            })));
        const files = failure ? [] : [...list.entries.flatMap((e) => byokPaths(outputDir, e.name)), listCopy];
        const failed = results.filter((r) => r.status === 'failed').length;
        logger.info(`Wrapped ${results.length - failed} of ${results.length} keys in ${Date.now() - started} ms`);
        return {
            results,
            files,
            ...(failure ? { failure } : {}),
            outputs: {
                results: (0,key_results/* resultsOutput */.wH)(results),
                'key-list-digest': digest ?? '',
                'key-list-sha256': list.sha256,
                'byok-dir': outputDir,
                'key-count': results.length,
                'failed-count': failed,
            },
            report: {
                title: failed
                    ? `Wrapped ${results.length - failed} of ${results.length} keys; ${failed} failed`
                    : `Wrapped ${results.length} keys for BYOK`,
                rows: [
                    ['Token', wrap_session_describeToken(hsm.token)],
                    ['KEK', kek.kid],
                    ['KEK fingerprint', kek.fingerprint],
                    [
                        'Mechanism',
                        `${session.mechanism}, known-answer test: ${session.kwp.verification} (once for the list)`,
                    ],
                    ['Key list', `${list.file} (${list.sha256})`],
                    ['Key list digest (name, .byok digest, fingerprint per key)', digest],
                    ['Output folder', outputDir],
                ],
                tables: [(0,key_results/* resultsTable */.r6)(results, 'HSM key (label, id)')],
                notes: [...warnings].map((w) => `Warning: ${w}`),
            },
        };
    });
}
function byokPaths(outputDir, name) {
    const byok = (0,external_node_path_.join)(outputDir, `${name}.byok`);
    return [byok, (0,byok_sidecar/* sidecarPath */.n8)(byok)];
}
/** One key of the list; a failure becomes its result, and leaves no file of this key behind. */
async function wrapEntry(session, entry, outputDir, logger) {
    const [byokFile, sidecarFile] = byokPaths(outputDir, entry.name);
    await Promise.all([(0,promises_.rm)(byokFile, { force: true }), (0,promises_.rm)(sidecarFile, { force: true })]);
    const { type } = entry.target;
    const identity = { label: entry.label, ...(entry.id ? { keyId: entry.id.toString('hex') } : {}) };
    try {
        const wrapped = await wrapTarget(session, {
            label: entry.label,
            ...(entry.id ? { id: entry.id } : {}),
            generate: entry.generate,
            ...(type ? { request: { ...entry.target, type } } : {}),
            // A listed key that exists is wrapped again, never generated twice: that is what lets a rerun converge.
            ifExists: 'use',
        }, byokFile, logger);
        const result = {
            key: entry.name,
            status: 'wrapped',
            type: wrapped.key.description,
            label: wrapped.key.label,
            ...(wrapped.key.id ? { keyId: wrapped.key.id } : {}),
            ...(wrapped.publicKeyFingerprint ? { fingerprint: wrapped.publicKeyFingerprint } : {}),
            ...(wrapped.keyCheckValue ? { keyCheckValue: wrapped.keyCheckValue } : {}),
            byokDigest: wrapped.byokDigest,
        };
        return { result, warned: wrapped.warnings };
    }
    catch (error) {
        await Promise.all([(0,promises_.rm)(byokFile, { force: true }), (0,promises_.rm)(sidecarFile, { force: true })]);
        const result = (0,key_results/* failedKey */.fU)(entry.name, error, {
            ...identity,
            ...(type ? { type: (0,keys_target/* describeTarget */.ff)((0,inputs_target/* specToGenerate */.W)({ ...entry.target, type }, entry.name)) } : {}),
        });
        logger.warning(`Key "${entry.name}" (label "${entry.label}") was not wrapped: ${result.reason}`);
        return { result, warned: [] };
    }
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
var run = __nccwpck_require__(9059);
// EXTERNAL MODULE: ./cli/src/version.ts + 1 modules
var version = __nccwpck_require__(9661);
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
            const result = await wrapKeys(request, { ...options, pin: await pin() }, logger);
            if (!result.failure)
                result.report.notes.push(`For the import: --kek-fingerprint ${request.kek.fingerprint ?? '(the kek job’s)'} --key-list-digest ${String(result.outputs['key-list-digest'])} --byok-dir ${String(result.outputs['byok-dir'])}.`);
            return result;
        }
        const request = readWrapKeyRequest(inputs);
        const result = await wrapKey(request, { ...options, pin: await pin() }, logger);
        const check = result.publicKeyFingerprint
            ? `public-key-fingerprint ${result.publicKeyFingerprint}`
            : `key-check-value ${result.keyCheckValue ?? '(none: the key does not allow encrypt)'}`;
        result.report.notes.push(`For the import: kek-fingerprint ${result.kekFingerprint}, ${check}, byok-digest ${result.byokDigest}.`);
        return result;
    },
};


/***/ }),

/***/ 2913:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_console_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9059);
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3619);
/* harmony import */ var _commands_demo_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6378);
/* harmony import */ var _commands_import_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5106);
/* harmony import */ var _commands_kek_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5084);
/* harmony import */ var _commands_verify_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5);
/* harmony import */ var _commands_wrap_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3825);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(9661);









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

/***/ 9661:
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

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ translateAzureError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   jO: () => (/* binding */ isDeletedNameConflict)
/* harmony export */ });
/* unused harmony export serviceErrorCode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7797);


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

/***/ 5292:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ IMPORT_PATH),
/* harmony export */   GP: () => (/* binding */ withImportIdentity),
/* harmony export */   tI: () => (/* binding */ idempotentImportPolicy)
/* harmony export */ });
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6686);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);


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

/***/ 4066:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ retireKek),
/* harmony export */   NO: () => (/* binding */ kekReader),
/* harmony export */   kL: () => (/* binding */ ensureKek),
/* harmony export */   wJ: () => (/* binding */ getKek)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _kek_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3206);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3844);
/* harmony import */ var _key_client_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5462);
/* harmony import */ var _vault_kinds_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7797);
/* harmony import */ var _keys_key_id_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3589);
/* harmony import */ var _key_bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5970);







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

/***/ 5970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ toKek),
/* harmony export */   k: () => (/* binding */ publicKeyOf)
/* harmony export */ });
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6686);

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

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ createKeyClient),
  _: () => (/* binding */ vaultOf)
});

// EXTERNAL MODULE: ./shared/src/azure/idempotent-import.ts
var idempotent_import = __nccwpck_require__(5292);
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
    const { KeyClient } = await Promise.all(/* import() */[__nccwpck_require__.e(711), __nccwpck_require__.e(745)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9745));
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

/***/ 7797:
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

/***/ 2114:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qy: () => (/* binding */ artifactListName),
  M5: () => (/* binding */ readKeyList)
});

// UNUSED EXPORTS: MAX_LIST_KEYS, keyListIn, parseKeyList

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/files/input-files.ts
var input_files = __nccwpck_require__(6749);
// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __nccwpck_require__(4810);
// EXTERNAL MODULE: ./shared/src/inputs/target.ts
var inputs_target = __nccwpck_require__(364);
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
    const bytes = await (0,input_files/* readInputFile */.jH)(input, path, MAX_LIST_BYTES);
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
        const target = (0,inputs_target/* targetInputs */.l)(inputs, { type: 'type', size: 'size', curve: 'curve', ops: 'key-ops' });
        const generate = (0,rules/* boolean */.zM)(inputs, 'generate', false);
        if (generate && !target.type)
            throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "type" is required when generate is true', 'Set type to RSA, EC or oct (AES)');
        if (target.type)
            (0,inputs_target/* specToGenerate */.W)({ ...target, type: target.type }, `${subject(target.type === 'EC' ? 'curve' : 'size')}: the key`);
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


/***/ }),

/***/ 3007:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ keyListDigest)
/* harmony export */ });
/* unused harmony export keyListLines */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

function keyListLines(keys) {
    return keys.map((key) => `${key.name} ${key.byokDigest} ${key.check ?? '-'}`);
}
function keyListDigest(keys) {
    const text = keyListLines(keys)
        .map((line) => `${line}\n`)
        .join('');
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}


/***/ }),

/***/ 5001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lU: () => (/* binding */ MAX_BYOK_BYTES),
  N$: () => (/* binding */ parseByok),
  eR: () => (/* binding */ serializeByok)
});

// UNUSED EXPORTS: BYOK_SCHEMA_VERSION

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/json.ts
var json = __nccwpck_require__(9857);
// EXTERNAL MODULE: ./shared/src/keys/key-id.ts
var key_id = __nccwpck_require__(3589);
;// CONCATENATED MODULE: ./shared/src/byok/base64.ts
/** Decodes base64url or base64, padded or not, and refuses any other character (Buffer.from skips them silently). */
function decodeBase64Lenient(text) {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact))
        return undefined;
    const unpadded = compact.replace(/=+$/, '');
    if (unpadded.length % 4 === 1)
        return undefined;
    return Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
function encodeBase64Url(bytes) {
    return Buffer.from(bytes).toString('base64url');
}

;// CONCATENATED MODULE: ./shared/src/byok/file.ts




const BYOK_SCHEMA_VERSION = '1.0.0';
/** Larger than any real file (an RSA-4096 target under a 4096-bit KEK is about 4 KiB). */
const MAX_BYOK_BYTES = 64 * 1024;
function invalid(source, problem, hint = 'Give a .byok file written by action-wrap or an HSM vendor BYOK tool') {
    return new errors/* ConfigurationError */.j1('BYOK_INVALID', `${source}: ${problem}`, hint);
}
function field(object, name, path, source) {
    const value = object[name];
    if (typeof value !== 'string' || value.length === 0)
        throw invalid(source, `"${path}" is missing or not a string`);
    return value;
}
/**
 * Reads a .byok file the way the service does, leniently: padded or unpadded base64url or base64 ciphertext,
 * any JSON layout, unknown extra fields ignored. Refuses what cannot be imported: unknown alg/enc, no kid.
 */
function parseByok(bytes, source) {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    if (buffer.length > MAX_BYOK_BYTES)
        throw invalid(source, `is ${buffer.length} bytes, larger than any BYOK file (${MAX_BYOK_BYTES})`);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    }
    catch {
        throw invalid(source, 'is not UTF-8 text');
    }
    const root = (0,json/* parseJsonObject */.d)(text, (problem) => invalid(source, problem));
    const header = root.header;
    if (typeof header !== 'object' || header === null || Array.isArray(header))
        throw invalid(source, '"header" is missing or not an object');
    const h = header;
    const kid = field(h, 'kid', 'header.kid', source);
    if (!(0,key_id/* parseVersionedKeyId */.p)(kid)) {
        throw invalid(source, `"header.kid" is not a versioned key id (https://HOST/keys/NAME/VERSION): ${JSON.stringify(kid.slice(0, 200))}`);
    }
    const alg = field(h, 'alg', 'header.alg', source);
    if (alg !== 'dir')
        throw invalid(source, `"header.alg" is ${JSON.stringify(alg.slice(0, 40))}; only "dir" is defined for BYOK`);
    const enc = field(h, 'enc', 'header.enc', source);
    if (enc !== 'CKM_RSA_AES_KEY_WRAP')
        throw invalid(source, `"header.enc" is ${JSON.stringify(enc.slice(0, 40))}; only "CKM_RSA_AES_KEY_WRAP" is defined for BYOK`);
    const ciphertext = decodeBase64Lenient(field(root, 'ciphertext', 'ciphertext', source));
    if (!ciphertext || ciphertext.length === 0)
        throw invalid(source, '"ciphertext" is not base64url or base64');
    const schemaVersion = root.schema_version === undefined ? BYOK_SCHEMA_VERSION : root.schema_version;
    if (typeof schemaVersion !== 'string')
        throw invalid(source, '"schema_version" is not a string');
    const generator = typeof root.generator === 'string' ? root.generator : undefined;
    return { schemaVersion, kid, alg, enc, ciphertext, ...(generator === undefined ? {} : { generator }) };
}
/** Writes a .byok file strictly per the spec: schema 1.0.0, unpadded base64url ciphertext. */
function serializeByok(file) {
    const json = {
        schema_version: BYOK_SCHEMA_VERSION,
        header: { kid: file.kid, alg: 'dir', enc: 'CKM_RSA_AES_KEY_WRAP' },
        ciphertext: encodeBase64Url(file.ciphertext),
        generator: file.generator ?? 'byok',
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}


/***/ }),

/***/ 1796:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L0: () => (/* binding */ parseSidecar),
/* harmony export */   i_: () => (/* binding */ serializeSidecar),
/* harmony export */   n8: () => (/* binding */ sidecarPath)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9857);
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6686);
/* harmony import */ var _keys_key_check_value_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3754);
/* harmony import */ var _keys_target_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5851);





function sidecarPath(byokPath) {
    return `${byokPath}.json`;
}
function serializeSidecar(sidecar) {
    return `${JSON.stringify(sidecar, null, 2)}\n`;
}
function parseSidecar(text, source) {
    const invalid = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('SIDECAR_INVALID', `${source}: ${problem}`, 'Use the .byok.json that action-wrap wrote, or remove it and set key-type');
    const s = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonObject */ .d)(text, invalid);
    if (typeof s.kid !== 'string')
        throw invalid('"kid" is missing');
    if (s.keyType !== 'RSA' && s.keyType !== 'EC' && s.keyType !== 'oct')
        throw invalid('"keyType" is not RSA, EC or oct');
    if (s.keyType === 'EC' && !_keys_target_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_EC_CURVES */ .Eu.includes(s.curve))
        throw invalid('"curve" is not a supported curve');
    if (s.keyType !== 'EC' && typeof s.keySize !== 'number')
        throw invalid('"keySize" is missing');
    if (s.keyType !== 'oct' &&
        (typeof s.publicKey !== 'string' || typeof s.publicKeyFingerprint !== 'string')) {
        throw invalid('"publicKey" and "publicKeyFingerprint" are required for RSA and EC keys');
    }
    if (s.publicKeyFingerprint !== undefined && !_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_1__/* .FINGERPRINT_PATTERN */ .o6.test(String(s.publicKeyFingerprint)))
        throw invalid('"publicKeyFingerprint" is not sha256:<64 hex>');
    if (typeof s.kekFingerprint !== 'string' || !_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_1__/* .FINGERPRINT_PATTERN */ .o6.test(s.kekFingerprint))
        throw invalid('"kekFingerprint" is not sha256:<64 hex>');
    if (typeof s.byokDigest !== 'string' || !_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_1__/* .FINGERPRINT_PATTERN */ .o6.test(s.byokDigest))
        throw invalid('"byokDigest" is not sha256:<64 hex>');
    // Every field the import step reads or prints gets its type checked here, so a bad one is refused up front.
    for (const name of ['keyLabel', 'keyId', 'curve', 'publicKey', 'keyCheckValue'])
        if (s[name] !== undefined && typeof s[name] !== 'string')
            throw invalid(`"${name}" is not a string`);
    for (const name of ['mechanism', 'createdAt', 'generator'])
        if (typeof s[name] !== 'string')
            throw invalid(`"${name}" is missing or not a string`);
    if (s.paddedKwp !== undefined && typeof s.paddedKwp !== 'boolean')
        throw invalid('"paddedKwp" is not true or false');
    if (s.keySize !== undefined && !(Number.isSafeInteger(s.keySize) && s.keySize > 0))
        throw invalid('"keySize" is not a whole number of bits');
    if (s.keyCheckValue !== undefined && !_keys_key_check_value_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_CHECK_PATTERN */ .g.test(s.keyCheckValue))
        throw invalid('"keyCheckValue" is not 32 lowercase hex digits');
    const token = s.token;
    if (typeof token !== 'object' ||
        token === null ||
        ['label', 'manufacturer', 'model', 'serialNumber', 'firmware'].some((k) => typeof token[k] !== 'string')) {
        throw invalid('"token" does not hold the source token\'s label, manufacturer, model, serialNumber and firmware');
    }
    return s;
}


/***/ }),

/***/ 4357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ keyTypeOfCiphertext),
/* harmony export */   u: () => (/* binding */ validateByokForKek)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);

/** AES-KWP output is at least 16 bytes (one semiblock of integrity data plus one of key) and a multiple of 8. */
const MIN_KWP_BYTES = 16;
/**
 * Checks, before anything is sent, that a .byok belongs to this KEK: its kid is the KEK's versioned id and its
 * ciphertext has the shape RSA-OAEP(modulus length) || AES-KWP(multiple of 8, at least 16).
 */
function validateByokForKek(byok, kek, source) {
    if (byok.kid.toLowerCase() !== kek.kid.toLowerCase()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('BYOK_KID_MISMATCH', `${source} was wrapped for KEK ${byok.kid}, not for ${kek.kid}`, 'Wrap the key again with the public key of the KEK in the vault that imports it');
    }
    const kwpBytes = byok.ciphertext.length - kek.modulusBytes;
    if (kwpBytes < MIN_KWP_BYTES || kwpBytes % 8 !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('BYOK_CIPHERTEXT_LENGTH', `${source} has a ${byok.ciphertext.length}-byte ciphertext, which is not RSA-OAEP (${kek.modulusBytes} bytes) followed by AES key wrap with padding`, 'The file is damaged or was not written with CKM_RSA_AES_KEY_WRAP; wrap the key again');
    }
}
/** RFC 5649 output for an AES-128, -192 or -256 key: 8 bytes of integrity data and the key itself. */
const AES_KWP_BYTES = { 24: 128, 32: 192, 40: 256 };
/** Below this, the wrapped key cannot be an RSA PKCS#8: an RSA-2048 one is about 1200 bytes. */
const MIN_RSA_KWP_BYTES = 1000;
/**
 * What a .byok without a sidecar holds, as far as its length tells (a vendor tool's file): AES keys have RFC 5649
 * lengths of their own, and an RSA PKCS#8 is never short, so a short one that is not AES is an EC key (whose curve
 * the length does not tell). Anything else is taken for RSA, as `az keyvault key import` does.
 */
function keyTypeOfCiphertext(byok, modulusBytes) {
    const kwpBytes = byok.ciphertext.length - modulusBytes;
    const aes = AES_KWP_BYTES[kwpBytes];
    if (aes)
        return { type: 'oct', size: aes };
    return kwpBytes < MIN_RSA_KWP_BYTES ? { type: 'EC' } : { type: 'RSA' };
}


/***/ }),

/***/ 1456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ checkAgainstJobOutputs),
/* harmony export */   hd: () => (/* binding */ fileDigest),
/* harmony export */   p4: () => (/* binding */ readWrappedKey)
/* harmony export */ });
/* unused harmony export byokFileIn */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6686);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3904);
/* harmony import */ var _files_input_files_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6749);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5001);
/* harmony import */ var _sidecar_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1796);







/** sha256:<hex> of a file's bytes, the digest the sidecar records for the .byok. */
function fileDigest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** The one .byok among files that arrived together (an artifact). */
function byokFileIn(files, source) {
    const found = files.filter((file) => file.endsWith('.byok'));
    if (found.length !== 1) {
        throw new ConfigurationError('BYOK_NOT_FOUND', `${source} holds ${found.length} .byok files; expected exactly one`, 'Give the artifact that action-wrap uploaded, or set "byok-file"');
    }
    return found[0];
}
async function readSidecar(byokPath) {
    const path = (0,_sidecar_js__WEBPACK_IMPORTED_MODULE_6__/* .sidecarPath */ .n8)(byokPath);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined))?.isFile())
        return undefined;
    return (0,_sidecar_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSidecar */ .L0)((await (0,_files_input_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputFile */ .jH)('byok-file', path, _file_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_BYOK_BYTES */ .lU)).toString('utf8'), path);
}
/**
 * Reads a .byok and, when present, its sidecar. The sidecar must describe exactly this file (digest and kid);
 * its public key is checked against its own fingerprint. An explicit type that contradicts the sidecar is refused;
 * `keyType: auto` without a sidecar stays auto.
 */
async function readWrappedKey(options) {
    const bytes = await (0,_files_input_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputFile */ .jH)('byok-file', options.path, _file_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_BYOK_BYTES */ .lU);
    const byok = (0,_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseByok */ .N$)(bytes, options.path);
    const sidecar = await readSidecar(options.path);
    if (!sidecar) {
        return {
            bytes,
            path: options.path,
            keyType: options.keyType,
            ...(options.curve ? { curve: options.curve } : {}),
        };
    }
    const source = (0,_sidecar_js__WEBPACK_IMPORTED_MODULE_6__/* .sidecarPath */ .n8)(options.path);
    if (sidecar.byokDigest !== fileDigest(bytes)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('BYOK_TAMPERED', `${options.path} does not match the digest its sidecar recorded (${sidecar.byokDigest})`, 'The file changed after the wrap step wrote it: run the wrap job again and find out who changed it');
    }
    if (sidecar.kid !== byok.kid)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('SIDECAR_INVALID', `${source} names KEK ${sidecar.kid} but the .byok names ${byok.kid}`, 'Use the sidecar written with this .byok');
    if (options.keyType !== 'auto' && options.keyType !== sidecar.keyType) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "key-type" is ${options.keyType} but ${source} records a ${sidecar.keyType} key`, 'Set "key-type: auto" or the type the wrap step recorded');
    }
    if (options.curve && sidecar.curve && options.curve !== sidecar.curve) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "curve" is ${options.curve} but ${source} records ${sidecar.curve}`, 'Leave "curve" empty to use the recorded curve');
    }
    let expectedPublicKey;
    if (sidecar.publicKey) {
        expectedPublicKey = (0,_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .readPublicKeyPem */ .J3)(sidecar.publicKey, `${source} publicKey`, 'the sidecar exactly as the wrap step wrote it');
        if ((0,_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprint */ .Rj)(expectedPublicKey) !== sidecar.publicKeyFingerprint) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('SIDECAR_INVALID', `${source}: publicKey does not match publicKeyFingerprint`, 'Use the sidecar exactly as the wrap step wrote it');
        }
    }
    return {
        bytes,
        path: options.path,
        sidecar,
        keyType: sidecar.keyType,
        ...(sidecar.curve ? { curve: sidecar.curve } : {}),
        ...(expectedPublicKey ? { expectedPublicKey } : {}),
    };
}
/**
 * The checks against the wrap and kek jobs' outputs, which travel outside the artifact store: a .byok swapped there
 * (with a consistent sidecar and manifest) names another KEK or another public key than the jobs reported.
 */
function checkAgainstJobOutputs(wrapped, outputs) {
    const { sidecar, path } = wrapped;
    if (outputs.keyCheckValue && sidecar?.keyCheckValue !== outputs.keyCheckValue) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('KEY_CHECK_MISMATCH', `${path} records the key check value ${sidecar?.keyCheckValue ?? '(none)'}, not ${outputs.keyCheckValue} (input "key-check-value")`, 'The .byok was swapped on its way from the wrap job: stop, and find out how');
    }
    if (outputs.kekFingerprint && sidecar && sidecar.kekFingerprint !== outputs.kekFingerprint) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('KEK_FINGERPRINT_MISMATCH', `${path} was wrapped under KEK ${sidecar.kekFingerprint}, not ${outputs.kekFingerprint} (input "kek-fingerprint")`, 'The KEK public key was swapped on its way to the HSM: stop, and find out how');
    }
    if (outputs.publicKeyFingerprint && sidecar?.publicKeyFingerprint !== outputs.publicKeyFingerprint) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('PUBLIC_KEY_MISMATCH', `${path} holds the key ${sidecar?.publicKeyFingerprint ?? '(no public key recorded)'}, not ${outputs.publicKeyFingerprint} (input "public-key-fingerprint")`, 'The .byok was swapped on its way from the wrap job: stop, and find out how');
    }
    // Last, so that a swap the fingerprints already name is reported as what it is.
    if (outputs.byokDigest && fileDigest(wrapped.bytes) !== outputs.byokDigest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('BYOK_TAMPERED', `${path} has digest ${fileDigest(wrapped.bytes)}, not ${outputs.byokDigest} (input "byok-digest"): it is not the file the wrap job wrote`, 'The .byok was changed or swapped on its way from the wrap job: stop, and find out how');
    }
}


/***/ }),

/***/ 9059:
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
var errors = __nccwpck_require__(3904);
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

/***/ 6686:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ toSpkiPem),
/* harmony export */   J3: () => (/* binding */ readPublicKeyPem),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   o6: () => (/* binding */ FINGERPRINT_PATTERN),
/* harmony export */   vt: () => (/* binding */ publicKeyFromJwk)
/* harmony export */ });
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

/***/ 3904:
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

/***/ 6749:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ checkOutputPath),
/* harmony export */   BF: () => (/* binding */ writeOutputFile),
/* harmony export */   jH: () => (/* binding */ readInputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3904);




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


/***/ }),

/***/ 4810:
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
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6686);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _keys_key_check_value_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3754);
/* harmony import */ var _keys_key_id_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3589);




/** An InputSource over plain values (the command line's flags, tests). */
function inputsFrom(values) {
    return { get: (name) => (values[name] === '' ? undefined : values[name]) };
}
function invalid(name, value, expected) {
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "${name}" is ${JSON.stringify(shown)}; expected ${expected}`, `Set "${name}" to ${expected}`);
}
function optional(inputs, name) {
    const value = inputs.get(name);
    return value === '' ? undefined : value;
}
function required(inputs, name) {
    const value = optional(inputs, name);
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('INPUT_REQUIRED', `Input "${name}" is required`, `Set "${name}"`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "${names.notBefore}" is not earlier than "${names.expires}"`, `Set "${names.notBefore}" before "${names.expires}"`);
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
    if (value !== undefined && !(0,_keys_key_id_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersionedKeyId */ .p)(value))
        throw invalid(name, value, 'a versioned key id https://HOST/keys/NAME/VERSION');
    return value;
}
/** A public key fingerprint as byok prints it: sha256:<64 lowercase hex>. */
function keyFingerprint(inputs, name) {
    const value = optional(inputs, name);
    if (value !== undefined && !_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_0__/* .FINGERPRINT_PATTERN */ .o6.test(value))
        throw invalid(name, value, 'sha256:<64 lowercase hex>, as a byok step prints it');
    return value;
}
/** byok's key check value of an AES key, as the wrap job outputs it: 32 lowercase hex digits. */
function keyCheckValue(inputs, name) {
    const value = optional(inputs, name);
    if (value !== undefined && !_keys_key_check_value_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_CHECK_PATTERN */ .g.test(value))
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "${name}" must be 1-256 printable characters`, `Set "${name}" to the CKA_LABEL of the key`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input${set.length > 1 ? 's' : ''} ${set.map(([name]) => `"${name}"`).join(', ')} ${set.length > 1 ? 'are' : 'is'} set; ${because}`, hint);
}


/***/ }),

/***/ 364:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ specToGenerate),
/* harmony export */   l: () => (/* binding */ targetInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _keys_target_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5851);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4810);



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

/***/ 9857:
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

/***/ 4036:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ KEK_METADATA_FILE),
/* harmony export */   Si: () => (/* binding */ parseKekMetadata),
/* harmony export */   fA: () => (/* binding */ serializeKekMetadata)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9857);
/* harmony import */ var _keys_key_id_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3589);
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6686);




const KEK_METADATA_FILE = 'byok-kek.json';
function serializeKekMetadata(metadata) {
    return `${JSON.stringify(metadata, null, 2)}\n`;
}
/** Reads byok-kek.json strictly: every field typed, nothing taken on trust. */
function parseKekMetadata(text, source) {
    const invalid = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('KEK_METADATA_INVALID', `${source}: ${problem}`, 'Use the byok-kek.json that action-kek-download wrote, or remove it and give kek-id');
    const m = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonObject */ .d)(text, invalid);
    if (typeof m.kid !== 'string' || !(0,_keys_key_id_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersionedKeyId */ .p)(m.kid)) {
        throw invalid('"kid" is not a versioned key id');
    }
    if (typeof m.fingerprint !== 'string' || !_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_1__/* .FINGERPRINT_PATTERN */ .o6.test(m.fingerprint))
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

/***/ 3206:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ KEK_SIZES),
/* harmony export */   Nx: () => (/* binding */ kekSize),
/* harmony export */   yO: () => (/* binding */ checkKek)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);

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

/***/ 8213:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ readWrapKek)
/* harmony export */ });
/* unused harmony export kekPemIn */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6686);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3904);
/* harmony import */ var _keys_key_id_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3589);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4036);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3206);








/** An RSA-4096 public key PEM is about 800 bytes, byok-kek.json a few hundred: anything this large is the wrong file. */
const MAX_KEK_FILE_BYTES = 64 * 1024;
async function readCapped(path) {
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    if (size > MAX_KEK_FILE_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('FILE_TOO_LARGE', `Input "kek-file": ${path} is ${size} bytes, more than the ${MAX_KEK_FILE_BYTES} a KEK file can be`, 'Give the KEK public key PEM and byok-kek.json that action-kek-download wrote');
    }
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
}
/**
 * Reads and checks the KEK before the HSM is touched: an RSA 2048/3072/4096 public key, byok-kek.json (when beside it)
 * describing this same key, one agreed kid, and the fingerprint the kek job reported. Works on any folder, so a
 * caller that downloaded the kek artifact passes its path.
 */
async function readWrapKek(options, logger) {
    const file = options.file;
    let pem;
    try {
        pem = (await readCapped(file)).toString('utf8');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('KEK_FILE_NOT_FOUND', `Input "kek-file": ${file} cannot be read (${error.code ?? 'error'})`, 'Give the KEK public key PEM that action-kek-download wrote (download the kek artifact first)', { cause: error });
    }
    const publicKey = (0,_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_3__/* .readPublicKeyPem */ .J3)(pem, `Input "kek-file": ${file}`);
    const size = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
    if (publicKey.asymmetricKeyType !== 'rsa') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('KEK_TYPE_INVALID', `Input "kek-file": ${file} holds an ${String(publicKey.asymmetricKeyType).toUpperCase()} public key; a KEK must be RSA 2048, 3072 or 4096`, 'Give the public key of the KEK created by action-kek-create');
    }
    if (!_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .KEK_SIZES */ .JJ.includes(size)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('KEK_SIZE_INVALID', `Input "kek-file": ${file} holds an RSA-${size} public key; a KEK must be RSA 2048, 3072 or 4096`, 'Give the public key of the KEK created by action-kek-create');
    }
    const actual = (0,_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)(publicKey);
    if (options.fingerprint !== undefined) {
        if (!_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_3__/* .FINGERPRINT_PATTERN */ .o6.test(options.fingerprint)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "kek-fingerprint" is ${JSON.stringify(options.fingerprint.slice(0, 80))}; expected sha256:<64 lowercase hex>`, 'Pass the kek-fingerprint output of action-kek-create or action-kek-download');
        }
        if (options.fingerprint !== actual) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('KEK_FINGERPRINT_MISMATCH', `Input "kek-fingerprint": ${file} has fingerprint ${actual}, not ${options.fingerprint}; the KEK file was changed or swapped in transit`, 'Stop and find out why: download the KEK public key again from the vault and compare fingerprints');
        }
    }
    const metadataFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), _metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .KEK_METADATA_FILE */ .B0);
    let metadata;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(metadataFile)) {
        metadata = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .parseKekMetadata */ .Si)((await readCapped(metadataFile)).toString('utf8'), `Input "kek-file": ${metadataFile}`);
        if (metadata.fingerprint !== actual) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('KEK_FINGERPRINT_MISMATCH', `Input "kek-file": ${metadataFile} describes KEK ${metadata.fingerprint}, but ${file} has fingerprint ${actual}`, 'The two files do not belong together; download the kek artifact again');
        }
        if (options.now && metadata.expiresOn && Date.parse(metadata.expiresOn) <= options.now.getTime()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('KEK_EXPIRED', `Input "kek-file": the KEK ${metadata.kid} expired at ${metadata.expiresOn} (${metadataFile}); the vault refuses imports under it`, 'Create a new KEK version with action-kek-create and wrap again');
        }
    }
    if (options.kid !== undefined && !(0,_keys_key_id_js__WEBPACK_IMPORTED_MODULE_7__/* .parseVersionedKeyId */ .p)(options.kid)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "kek-id" is ${JSON.stringify(options.kid.slice(0, 200))}; expected a versioned key id https://HOST/keys/NAME/VERSION`, 'Pass the kek-id output of action-kek-create (it includes the version)');
    }
    if (options.kid !== undefined && metadata && options.kid.toLowerCase() !== metadata.kid.toLowerCase()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('KEK_ID_MISMATCH', `Input "kek-id" is ${options.kid}, but ${metadataFile} says the KEK is ${metadata.kid}`, 'Give the kek-id of the KEK whose public key is in kek-file, or leave kek-id empty to take it from byok-kek.json');
    }
    const kid = options.kid ?? metadata?.kid;
    if (kid === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('INPUT_REQUIRED', `Input "kek-id" is required: there is no ${_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .KEK_METADATA_FILE */ .B0} beside ${file}`, 'Pass the kek-id output of action-kek-create, or download the whole kek artifact (kek.pem + byok-kek.json)');
    }
    logger.info(`KEK ${kid}: RSA-${size}, ${actual}${options.fingerprint ? ' (matches kek-fingerprint)' : ''}`);
    return { kid, publicKey, fingerprint: actual, size, file, ...(metadata ? { metadataFile } : {}) };
}
/** The one PEM among files that arrived together (the kek artifact). */
function kekPemIn(files, source) {
    const found = files.filter((file) => file.endsWith('.pem'));
    if (found.length !== 1) {
        throw new ConfigurationError('KEK_NOT_FOUND', `${source} holds ${found.length} PEM files; expected exactly one`, 'Give the artifact that action-kek-download uploaded, or set "kek-file"');
    }
    return found[0];
}


/***/ }),

/***/ 3754:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ KEY_CHECK_BLOCK),
/* harmony export */   g: () => (/* binding */ KEY_CHECK_PATTERN)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * byok's key check value of an AES key: AES-ECB(key, B), all 16 bytes, hex, where B is the first 16 bytes of
 * SHA-256("byok key check value v1"). The source HSM computes it with CKM_AES_ECB, the vault with AES-CBC and a zero
 * IV (one block: the same computation). It binds the key: a different key with the same 128-bit value is not found by
 * search. The traditional 3-byte KCV (AES-ECB of a zero block) is for people comparing with vendor tools only; a key
 * that matches it is found by brute force in seconds, so byok never checks with it. B is a constant no protocol
 * encrypts, so publishing AES(key, B) tells nothing about other uses of the key.
 */
const KEY_CHECK_BLOCK = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
    .update('byok key check value v1')
    .digest()
    .subarray(0, 16);
const KEY_CHECK_PATTERN = /^[0-9a-f]{32}$/;


/***/ }),

/***/ 3589:
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

/***/ 5851:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);

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

/***/ 939:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ vaultInput)
/* harmony export */ });
/* unused harmony export credentialInputs */
/* harmony import */ var _azure_vault_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7375);
/* harmony import */ var _azure_vault_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7797);
/* harmony import */ var _inputs_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4810);



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

/***/ 9166:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ checkJobOutputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);

/**
 * What an earlier job reported outside the artifact store (fingerprints, the .byok digest, the check value) is what
 * lets a step notice a swap inside it. In the reusable workflow every one is required (`require-job-outputs: true`,
 * fail closed); used directly, a missing one is a loud warning that says what is then not checked.
 */
function checkJobOutputs(outputs, required, logger) {
    const missing = Object.keys(outputs).filter((name) => !outputs[name]);
    if (missing.length === 0)
        return;
    const names = missing.map((name) => `"${name}"`).join(', ');
    if (required)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('JOB_OUTPUT_MISSING', `Input ${names} is empty, and require-job-outputs is true`, `Pass the earlier job's ${missing.join(', ')} output: without it a file swapped in the artifact store is not noticed`);
    logger.warning(`No ${names} given: nothing outside the artifact store vouches for the file it covers, so a consistent swap there would not be noticed. Pass the earlier job's output (the reusable workflow does, and requires it)`);
}


/***/ }),

/***/ 9424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ usesKeyList)
/* harmony export */ });
/* harmony import */ var _inputs_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4810);
/* harmony import */ var _batch_key_list_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2114);


/**
 * Whether the inputs name a key list, or a job output that binds one (the list then travels in an artifact): any of
 * them puts the step in list mode, so that a binding given without its list is never silently ignored.
 */
function usesKeyList(inputs) {
    return ['key-list', 'key-list-sha256', 'key-list-digest'].some((name) => (0,_inputs_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(inputs, name) !== undefined);
}


/***/ }),

/***/ 4802:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ keysFailed),
/* harmony export */   fU: () => (/* binding */ failedKey),
/* harmony export */   r6: () => (/* binding */ resultsTable),
/* harmony export */   wH: () => (/* binding */ resultsOutput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);

/** The single key's input names in a message, as the key list names its fields. */
const LIST_FIELDS = {
    'key-label': 'label',
    'key-id': 'key-id',
    'key-type': 'type',
    'key-size': 'size',
    'key-name': 'name',
    'key-ops': 'key-ops',
};
/** The reason a key failed, as one line with its code; errors byok does not know are internal. */
function failedKey(key, error, extra = {}) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ByokError */ .i) {
        const reason = error.oneLine.replace(/Input "([a-z-]+)"/g, (match, name) => LIST_FIELDS[name] ? `"${LIST_FIELDS[name]}"` : match);
        return { key, ...extra, status: 'failed', code: error.code, reason };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { key, ...extra, status: 'failed', code: 'INTERNAL', reason: `Internal error: ${message}` };
}
function resultsTable(results, idColumn) {
    return {
        columns: ['Key', 'Type', 'Status', idColumn, 'Public key fingerprint / key check value', 'Reason'],
        rows: results.map((r) => [
            r.key,
            r.type ?? '',
            r.status,
            r.label !== undefined ? `${r.label}${r.keyId ? ` (id ${r.keyId})` : ''}` : (r.keyId ?? ''),
            r.fingerprint ?? r.keyCheckValue ?? '',
            r.reason ? `${r.code}: ${r.reason}` : '',
        ]),
    };
}
/** Compact JSON, so that the output of a long list stays one line. */
function resultsOutput(results) {
    return JSON.stringify(results);
}
/** The error a list operation ends with when any key failed, after its outputs and summary are written. */
function keysFailed(results, done, hint) {
    const failed = results.filter((r) => r.status === 'failed');
    if (failed.length === 0)
        return undefined;
    const shown = failed.slice(0, 5).map((r) => `${r.key} (${r.code})`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ByokError */ .i('KEYS_FAILED', `${failed.length} of ${results.length} keys failed: ${shown.join(', ')}${failed.length > 5 ? ', …' : ''}; ${done}`, hint);
}


/***/ }),

/***/ 1757:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./native/pkcs11.cjs");

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

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
/******/ var __webpack_exports__ = __nccwpck_require__(2913);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
