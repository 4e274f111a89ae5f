export const id = 821;
export const ids = [821];
export const modules = {

/***/ 25001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lU: () => (/* binding */ MAX_BYOK_BYTES),
  N$: () => (/* binding */ parseByok),
  eR: () => (/* binding */ serializeByok)
});

// UNUSED EXPORTS: BYOK_SCHEMA_VERSION

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/json.ts
var json = __webpack_require__(69857);
// EXTERNAL MODULE: ./shared/src/keys/key-id.ts
var key_id = __webpack_require__(43589);
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

/***/ 81796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L0: () => (/* binding */ parseSidecar),
/* harmony export */   i_: () => (/* binding */ serializeSidecar),
/* harmony export */   n8: () => (/* binding */ sidecarPath)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69857);
/* harmony import */ var _keys_patterns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9125);
/* harmony import */ var _keys_target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75851);




function sidecarPath(byokPath) {
    return `${byokPath}.json`;
}
function serializeSidecar(sidecar) {
    return `${JSON.stringify(sidecar, null, 2)}\n`;
}
function parseSidecar(text, source) {
    const invalid = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('SIDECAR_INVALID', `${source}: ${problem}`, 'Use the .byok.json that action-wrap wrote, or remove it and set key-type');
    const s = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonObject */ .d)(text, invalid);
    if (typeof s.kid !== 'string')
        throw invalid('"kid" is missing');
    if (s.keyType !== 'RSA' && s.keyType !== 'EC' && s.keyType !== 'oct')
        throw invalid('"keyType" is not RSA, EC or oct');
    if (s.keyType === 'EC' && !_keys_target_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGET_EC_CURVES */ .Eu.includes(s.curve))
        throw invalid('"curve" is not a supported curve');
    if (s.keyType !== 'EC' && typeof s.keySize !== 'number')
        throw invalid('"keySize" is missing');
    if (s.keyType !== 'oct' &&
        (typeof s.publicKey !== 'string' || typeof s.publicKeyFingerprint !== 'string')) {
        throw invalid('"publicKey" and "publicKeyFingerprint" are required for RSA and EC keys');
    }
    if (s.publicKeyFingerprint !== undefined && !_keys_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .FINGERPRINT_PATTERN */ .o.test(String(s.publicKeyFingerprint)))
        throw invalid('"publicKeyFingerprint" is not sha256:<64 hex>');
    if (typeof s.kekFingerprint !== 'string' || !_keys_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .FINGERPRINT_PATTERN */ .o.test(s.kekFingerprint))
        throw invalid('"kekFingerprint" is not sha256:<64 hex>');
    if (typeof s.byokDigest !== 'string' || !_keys_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .FINGERPRINT_PATTERN */ .o.test(s.byokDigest))
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
    if (s.keyCheckValue !== undefined && !_keys_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .KEY_CHECK_PATTERN */ .g.test(s.keyCheckValue))
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


/***/ }),

/***/ 57293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ hsmError),
/* harmony export */   Nd: () => (/* binding */ hsmCall),
/* harmony export */   kG: () => (/* binding */ ckrOf),
/* harmony export */   lP: () => (/* binding */ isCkr)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);

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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ByokError */ .i)
        return error;
    const ckr = ckrOf(error);
    if (!ckr) {
        const message = error instanceof Error ? error.message : String(error);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ByokError */ .i('HSM_FAILED', `${context} failed: ${message}`, 'Rerun with debug logging; check the PKCS#11 module and the HSM', { cause: error });
    }
    const known = EXPLANATIONS[ckr.name];
    if (known) {
        // Every explained return value is the user's to fix (PIN, token, key attributes, mechanism).
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(known.code, `${context} failed: ${known.problem} (${ckr.name})`, known.hint, {
            cause: error,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ByokError */ .i('HSM_CALL_FAILED', `${context} failed: the token answered ${ckr.name}`, 'Check the HSM logs; rerun with debug logging and report it if the token is healthy', {
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


/***/ }),

/***/ 64497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ep: () => (/* binding */ CKM_AES_KEY_WRAP_KWP),
  bV: () => (/* binding */ CKM_AES_KEY_WRAP_PAD),
  Gi: () => (/* binding */ CKM_RSA_AES_KEY_WRAP),
  uN: () => (/* binding */ CKM_VENDOR_THALES_AES_KWP),
  rP: () => (/* binding */ CKZ_DATA_SPECIFIED),
  yo: () => (/* binding */ loadPkcs11),
  jX: () => (/* binding */ mechanismName),
  RU: () => (/* binding */ slotIdOf),
  BR: () => (/* binding */ trimPadded)
});

// UNUSED EXPORTS: CKM_AES_KEY_WRAP

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
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
    const module = await __webpack_require__.e(/* import() */ 902).then(__webpack_require__.t.bind(__webpack_require__, 42902, 23));
    return (module.default ?? module);
}
function loadPkcs11() {
    binding ??= load();
    return binding;
}
/** Numbers pkcs11js does not export (PKCS#11 2.40 / 3.0, vendor headers). */
const CKM_RSA_AES_KEY_WRAP = 0x1054;
const CKM_AES_KEY_WRAP = 0x2109;
/**
 * RFC 5649 on SoftHSM; on some tokens PKCS#7 padding + RFC 3394 (docs/byok-format.md "PKCS#11 facts"): always
 * known-answer tested.
 */
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


/***/ }),

/***/ 57512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ withHsmSession)
/* harmony export */ });
/* unused harmony export describeToken */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33904);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57293);
/* harmony import */ var _pkcs11_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64497);




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
        label: (0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .trimPadded */ .BR)(info.label),
        manufacturer: (0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .trimPadded */ .BR)(info.manufacturerID),
        model: (0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .trimPadded */ .BR)(info.model),
        serialNumber: (0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .trimPadded */ .BR)(info.serialNumber),
        firmware: `${info.firmwareVersion.major}.${info.firmwareVersion.minor}`,
        slotId: (0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .slotIdOf */ .RU)(slot),
    };
}
function parseSlotId(text) {
    if (!/^(\d{1,20}|0x[0-9a-f]{1,16})$/i.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('INPUT_INVALID', `Input "slot-id" is ${JSON.stringify(text.slice(0, 40))}; expected a slot number (decimal or 0x hex)`, 'Set "slot-id" to a slot number, or use "token-label"');
    }
    return BigInt(text);
}
function loadModule(p11, path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('HSM_MODULE_NOT_FOUND', `Input "pkcs11-module": ${path} does not exist on this runner`, "Give the path of the HSM vendor's PKCS#11 library (SoftHSM2: /usr/lib/softhsm/libsofthsm2.so; install it with apt-get install softhsm2)");
    }
    const lib = new p11.PKCS11();
    try {
        lib.load(path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('HSM_MODULE_INVALID', `Input "pkcs11-module": ${path} cannot be loaded as a PKCS#11 library (${error instanceof Error ? error.message : String(error)})`, 'Give the PKCS#11 library of the HSM (a .so built for linux-x64)', { cause: error });
    }
    return lib;
}
function findSlot(p11, lib, options) {
    const slots = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hsmCall */ .Nd)('Listing the slots of the PKCS#11 module', () => lib.C_GetSlotList(true));
    const tokens = slots
        .map((slot) => ({
        slot,
        info: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hsmCall */ .Nd)(`Reading the token in slot ${(0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .slotIdOf */ .RU)(slot)}`, () => lib.C_GetTokenInfo(slot)),
    }))
        .filter((token) => (token.info.flags & p11.CKF_TOKEN_INITIALIZED) !== 0);
    const found = tokens.length === 0
        ? 'no initialized token'
        : tokens.map((t) => `"${(0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .trimPadded */ .BR)(t.info.label)}" (slot ${(0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .slotIdOf */ .RU)(t.slot)})`).join(', ');
    const wanted = options.slotId === undefined ? undefined : parseSlotId(options.slotId);
    const matches = tokens.filter((t) => (options.tokenLabel === undefined || (0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .trimPadded */ .BR)(t.info.label) === options.tokenLabel) &&
        (wanted === undefined || BigInt((0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .slotIdOf */ .RU)(t.slot)) === wanted));
    const asked = [
        options.tokenLabel === undefined ? '' : `token-label "${options.tokenLabel}"`,
        options.slotId === undefined ? '' : `slot-id ${options.slotId}`,
    ]
        .filter(Boolean)
        .join(' and ');
    if (!asked) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('INPUT_REQUIRED', 'Input "token-label" or "slot-id" is required', `Name the token; this module has ${found}`);
    }
    if (matches.length === 0) {
        const input = options.tokenLabel !== undefined ? 'token-label' : 'slot-id';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('HSM_TOKEN_NOT_FOUND', `Input "${input}": no token with ${asked}; the module has ${found}`, 'Check the token label (case and spaces matter) or the slot id, and that the HSM is reachable from this runner');
    }
    if (matches.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('HSM_TOKEN_AMBIGUOUS', `Input "token-label": ${matches.length} tokens are labelled "${options.tokenLabel}": ${found}`, 'Add "slot-id" to pick one');
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
    const p11 = await (0,_pkcs11_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPkcs11 */ .yo)();
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
                logger.warning(`Could not remove ${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hsmError */ .Fl)(error, 'C_DestroyObject').message}`);
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
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isCkr */ .lP)(error, 'CKR_CRYPTOKI_ALREADY_INITIALIZED'))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hsmError */ .Fl)(error, `Initializing the PKCS#11 module ${options.module}`);
            logger.debug('PKCS#11 module already initialized in this process');
        }
        const { slot, info } = findSlot(p11, lib, options);
        const token = describeToken(info, slot);
        const name = `token "${token.label}" (slot ${token.slotId})`;
        logger.info(`Using ${name}: ${token.manufacturer} ${token.model}, serial ${token.serialNumber}, firmware ${token.firmware}`);
        session = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hsmCall */ .Nd)(`Opening a session on ${name}`, () => lib.C_OpenSession(slot, p11.CKF_RW_SESSION | p11.CKF_SERIAL_SESSION));
        const opened = session;
        try {
            lib.C_Login(opened, p11.CKU_USER, options.pin);
            loggedIn = true;
        }
        catch (error) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isCkr */ .lP)(error, 'CKR_USER_ALREADY_LOGGED_IN'))
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hsmError */ .Fl)(error, `Logging in to ${name} with input "pin"`);
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
                    logger.warning(`Could not destroy ${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hsmError */ .Fl)(error, 'C_DestroyObject').message}; it is a session object and ends with the session`);
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


/***/ }),

/***/ 28213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ readWrapKek)
/* harmony export */ });
/* unused harmony export kekPemIn */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96686);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33904);
/* harmony import */ var _keys_key_id_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(43589);
/* harmony import */ var _keys_patterns_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9125);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14036);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13206);









/** An RSA-4096 public key PEM is about 800 bytes, byok-kek.json a few hundred: anything larger is the wrong file. */
const MAX_KEK_FILE_BYTES = 64 * 1024;
async function readCapped(path) {
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    if (size > MAX_KEK_FILE_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('FILE_TOO_LARGE', `Input "kek-file": ${path} is ${size} bytes, more than the ${MAX_KEK_FILE_BYTES} a KEK file can be`, 'Give the KEK public key PEM and byok-kek.json that action-kek-download wrote');
    }
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
}
/**
 * Reads and checks the KEK before the HSM is touched: an RSA 2048/3072/4096 public key, byok-kek.json (when beside
 * it) describing this same key, one agreed kid, and the fingerprint the kek job reported. Works on any folder, so a
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
        if (!_keys_patterns_js__WEBPACK_IMPORTED_MODULE_7__/* .FINGERPRINT_PATTERN */ .o.test(options.fingerprint)) {
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
    if (options.kid !== undefined && !(0,_keys_key_id_js__WEBPACK_IMPORTED_MODULE_8__/* .parseVersionedKeyId */ .p)(options.kid)) {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ KEY_CHECK_BLOCK)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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


/***/ }),

/***/ 69166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ checkJobOutputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);

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

/***/ 96288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dE: () => (/* binding */ describeToken),
  rR: () => (/* binding */ prepareKek),
  rJ: () => (/* binding */ startWrapSession),
  CY: () => (/* binding */ wrapTarget)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/src/byok/file.ts + 1 modules
var file = __webpack_require__(25001);
// EXTERNAL MODULE: ./shared/src/byok/sidecar.ts
var byok_sidecar = __webpack_require__(81796);
// EXTERNAL MODULE: ./shared/src/crypto/public-key.ts
var public_key = __webpack_require__(96686);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/files/input-files.ts
var input_files = __webpack_require__(36749);
// EXTERNAL MODULE: ./shared/src/keys/target.ts
var keys_target = __webpack_require__(75851);
// EXTERNAL MODULE: ./shared/src/hsm/errors.ts
var hsm_errors = __webpack_require__(57293);
;// CONCATENATED MODULE: ./shared/src/hsm/objects.ts

/** Small readers over PKCS#11 objects, shared by target lookup, the wrap and the test helpers. */
function findObjects(hsm, template, what, max = 1000) {
    const { lib, session } = hsm;
    (0,hsm_errors/* hsmCall */.Nd)(`Searching ${what}`, () => lib.C_FindObjectsInit(session, template));
    try {
        return (0,hsm_errors/* hsmCall */.Nd)(`Searching ${what}`, () => lib.C_FindObjects(session, max));
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
        if ((0,hsm_errors/* isCkr */.lP)(error, 'CKR_ATTRIBUTE_TYPE_INVALID', 'CKR_ATTRIBUTE_SENSITIVE'))
            return undefined;
        return (0,hsm_errors/* hsmCall */.Nd)(`Reading attribute 0x${type.toString(16)} of ${what}`, () => {
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
        (0,hsm_errors/* hsmCall */.Nd)(`Removing ${what}`, () => hsm.lib.C_DestroyObject(hsm.session, handle));
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
        const handle = (0,hsm_errors/* hsmCall */.Nd)(context, () => lib.C_GenerateKey(session, { mechanism: p11.CKM_AES_KEY_GEN }, [
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
        const pair = (0,hsm_errors/* hsmCall */.Nd)(context, () => lib.C_GenerateKeyPair(session, { mechanism }, publicTemplate, privateTemplate));
        result = { handle: pair.privateKey, objects: [pair.privateKey, pair.publicKey], id: keyId };
    }
    hsm.removeIfInterrupted(result.objects, `the key "${label}" this run was generating`);
    try {
        // The public half first: the private half taking the real label is what makes the key exist under it.
        for (const handle of [...result.objects].reverse())
            (0,hsm_errors/* hsmCall */.Nd)(context, () => lib.C_SetAttributeValue(session, handle, [{ type: p11.CKA_LABEL, value: label }]));
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

// EXTERNAL MODULE: ./shared/src/azure/vault-kinds.ts
var vault_kinds = __webpack_require__(67797);
// EXTERNAL MODULE: ./shared/src/hsm/pkcs11.ts + 1 modules
var hsm_pkcs11 = __webpack_require__(64497);
;// CONCATENATED MODULE: ./shared/src/hsm/kwp.ts



/**
 * Which PKCS#11 mechanism is AES key wrap with padding (RFC 5649) on this token. The number differs between HSMs
 * and 0x210A means RFC 5649 on some tokens and PKCS#7 + RFC 3394 on others (docs/byok-format.md "PKCS#11 facts"), so a mechanism is
 * trusted only after a known-answer test on throw-away session keys of known value: the aligned RFC 5649 vector
 * under AES-256 and the unaligned 20- and 7-byte vectors under AES-192.
 */
const KWP_CANDIDATES = [
    hsm_pkcs11/* CKM_AES_KEY_WRAP_PAD */.bV,
    hsm_pkcs11/* CKM_AES_KEY_WRAP_KWP */.ep,
    hsm_pkcs11/* CKM_VENDOR_THALES_AES_KWP */.uN,
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
            throw new KnownValueKeysRefused((0,hsm_errors/* ckrOf */.kG)(error)?.name ?? (error instanceof Error ? error.message : String(error)));
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
            return `${vector.plain.length / 2} bytes: ${(0,hsm_errors/* ckrOf */.kG)(error)?.name ?? String(error)}`;
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
        const known = (0,hsm_pkcs11/* mechanismName */.jX)(m);
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
        if ((0,hsm_errors/* isCkr */.lP)(error, 'CKR_MECHANISM_INVALID'))
            return false;
        throw error;
    }
}
function refuseAligned(hsm, mechanism, detail, explicit) {
    return new errors/* ConfigurationError */.j1('HSM_KWP_KNOWN_ANSWER_FAILED', `${explicit ? 'Input "kwp-mechanism": ' : ''}${(0,hsm_pkcs11/* mechanismName */.jX)(mechanism)} on token "${hsm.token.label}" fails the RFC 5649 known-answer test (${detail}); it is not AES key wrap with padding, and Azure would reject the file`, explicit
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
    const listMechanisms = () => (0,hsm_errors/* hsmCall */.Nd)(`Listing the mechanisms of ${name}`, () => hsm.lib.C_GetMechanismList(hsm.slot));
    if (explicit !== undefined) {
        if (!supportsWrap(hsm, explicit)) {
            throw new errors/* ConfigurationError */.j1('HSM_KWP_UNSUPPORTED', `Input "kwp-mechanism": ${name} does not offer ${(0,hsm_pkcs11/* mechanismName */.jX)(explicit)} for wrapping; it wraps with ${wrapMechanismsOffered(hsm, listMechanisms())}`, 'Set "kwp-mechanism" to auto, or to a mechanism the token lists');
        }
        try {
            const answer = knownAnswerTest(hsm, explicit);
            if (!answer.aligned)
                throw refuseAligned(hsm, explicit, answer.detail, true);
            logger.info(`${(0,hsm_pkcs11/* mechanismName */.jX)(explicit)} passes the RFC 5649 known-answer test${answer.unaligned ? '' : ' for aligned lengths only'}`);
            return {
                mechanism: explicit,
                verification: answer.unaligned ? 'rfc5649' : 'aligned-only',
                ...(answer.unaligned ? {} : { reason: answer.detail }),
            };
        }
        catch (error) {
            if (!(error instanceof KnownValueKeysRefused))
                throw error;
            const reason = `${name} refuses session keys of known value (${error.message}), so ${(0,hsm_pkcs11/* mechanismName */.jX)(explicit)} could not be checked against the RFC 5649 vectors`;
            logger.warning(`${reason}; using it unverified because kwp-mechanism is set explicitly`);
            return { mechanism: explicit, verification: 'unverified', reason };
        }
    }
    const mechanisms = listMechanisms();
    const listed = new Set(mechanisms);
    const candidates = KWP_CANDIDATES.filter((m) => listed.has(m) && supportsWrap(hsm, m));
    if (candidates.length === 0) {
        throw new errors/* ConfigurationError */.j1('HSM_KWP_UNSUPPORTED', `Input "kwp-mechanism": ${name} offers none of ${KWP_CANDIDATES.map(hsm_pkcs11/* mechanismName */.jX).join(', ')} for wrapping, so it cannot do AES key wrap with padding (RFC 5649); it wraps with ${wrapMechanismsOffered(hsm, mechanisms)}`, 'If the token has an RFC 5649 mechanism under another number, set "kwp-mechanism" to it; otherwise wrap on an HSM that has one, or with the vendor\'s BYOK tool');
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
            throw new errors/* ConfigurationError */.j1('HSM_KWP_UNVERIFIABLE', `Input "kwp-mechanism": ${name} refuses session keys of known value (${error.message}), so byok cannot tell which of ${candidates.map(hsm_pkcs11/* mechanismName */.jX).join(', ')} is RFC 5649`, 'Set "kwp-mechanism" explicitly to the RFC 5649 mechanism from the HSM vendor documentation; it is then used unverified');
        }
        logger.debug(`Known-answer test of ${(0,hsm_pkcs11/* mechanismName */.jX)(mechanism)}: aligned ${answer.aligned ? 'pass' : 'fail'}, unaligned ${answer.unaligned ? 'pass' : 'fail'} ${answer.detail}`);
        if (answer.aligned && answer.unaligned) {
            logger.info(`AES key wrap with padding: ${(0,hsm_pkcs11/* mechanismName */.jX)(mechanism)} (passes the RFC 5649 known-answer test)`);
            return { mechanism, verification: 'rfc5649' };
        }
        results.push({ mechanism, answer });
    }
    const partial = results.find((r) => r.answer.aligned);
    if (partial) {
        logger.info(`AES key wrap with padding: ${(0,hsm_pkcs11/* mechanismName */.jX)(partial.mechanism)} (passes the RFC 5649 known-answer test for aligned lengths only)`);
        return { mechanism: partial.mechanism, verification: 'aligned-only', reason: partial.answer.detail };
    }
    const first = results[0];
    throw refuseAligned(hsm, first.mechanism, results.map((r) => `${(0,hsm_pkcs11/* mechanismName */.jX)(r.mechanism)}: ${r.answer.detail}`).join('; '), false);
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
    const mechanism = (0,hsm_pkcs11/* mechanismName */.jX)(selection.mechanism);
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

// EXTERNAL MODULE: ./shared/src/keys/key-check-value.ts
var key_check_value = __webpack_require__(3754);
;// CONCATENATED MODULE: ./shared/src/hsm/wrap.ts




/** Whether the token offers CKM_RSA_AES_KEY_WRAP (0x1054) for wrapping. */
function tokenHasNativeRsaAesKeyWrap(hsm) {
    try {
        return (hsm.lib.C_GetMechanismInfo(hsm.slot, hsm_pkcs11/* CKM_RSA_AES_KEY_WRAP */.Gi).flags & hsm.p11.CKF_WRAP) !== 0;
    }
    catch (error) {
        if ((0,hsm_errors/* isCkr */.lP)(error, 'CKR_MECHANISM_INVALID'))
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
    logger.debug(`Token "${hsm.token.label}" ${native ? 'offers' : 'does not offer'} ${(0,hsm_pkcs11/* mechanismName */.jX)(hsm_pkcs11/* CKM_RSA_AES_KEY_WRAP */.Gi)}`);
    if (choice === 'native') {
        throw new errors/* ConfigurationError */.j1('WRAP_NATIVE_UNSUPPORTED', `Input "wrap-mechanism": native ${(0,hsm_pkcs11/* mechanismName */.jX)(hsm_pkcs11/* CKM_RSA_AES_KEY_WRAP */.Gi)} is not available: ${native ? `token "${hsm.token.label}" offers it, but` : `token "${hsm.token.label}" does not offer it, and`} the PKCS#11 binding cannot pass its CK_RSA_AES_KEY_WRAP_PARAMS`, 'Set wrap-mechanism to auto or composed: the composed wrap (RSA-OAEP of a transient AES key + RFC 5649) gives the same bytes and the key still never leaves the HSM in the clear');
    }
    if (native && choice === 'auto')
        logger.info(`Token offers ${(0,hsm_pkcs11/* mechanismName */.jX)(hsm_pkcs11/* CKM_RSA_AES_KEY_WRAP */.Gi)}; using the equivalent composed wrap (see the action README)`);
    return 'composed';
}
/** Imports the KEK public key as a session object that may wrap (CKA_TOKEN false, CKA_WRAP true). */
function importKek(hsm, kek) {
    const { p11, lib, session } = hsm;
    const jwk = kek.export({ format: 'jwk' });
    const handle = (0,hsm_errors/* hsmCall */.Nd)(`Importing the KEK public key into token "${hsm.token.label}" as a session object`, () => lib.C_CreateObject(session, [
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
    const handle = (0,hsm_errors/* hsmCall */.Nd)(`Generating the transient AES-256 key in token "${hsm.token.label}"`, () => lib.C_GenerateKey(session, { mechanism: p11.CKM_AES_KEY_GEN }, [
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
        const wrappedTarget = (0,hsm_errors/* hsmCall */.Nd)(`Wrapping ${targetName} with ${(0,hsm_pkcs11/* mechanismName */.jX)(kwpMechanism)} under the transient AES key`, () => lib.C_WrapKey(session, { mechanism: kwpMechanism }, transient, target, Buffer.alloc(16 * 1024)));
        kekHandle = importKek(hsm, kek);
        const oaep = {
            type: p11.CK_PARAMS_RSA_OAEP,
            hashAlg: p11.CKM_SHA_1,
            mgf: p11.CKG_MGF1_SHA1,
            source: hsm_pkcs11/* CKZ_DATA_SPECIFIED */.rP,
        };
        const wrapping = kekHandle;
        const wrappedAes = (0,hsm_errors/* hsmCall */.Nd)(`Wrapping the transient AES key under the KEK with CKM_RSA_PKCS_OAEP (SHA-1)`, () => lib.C_WrapKey(session, { mechanism: p11.CKM_RSA_PKCS_OAEP, parameter: oaep }, wrapping, transient, Buffer.alloc(modulusBytes + 16)));
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
    return (0,hsm_errors/* hsmCall */.Nd)(`Computing the key check value of ${keyName} (AES-ECB in the HSM)`, () => {
        lib.C_EncryptInit(session, { mechanism: p11.CKM_AES_ECB }, key);
        const out = lib.C_Encrypt(session, Buffer.concat([Buffer.alloc(16), key_check_value/* KEY_CHECK_BLOCK */.T]), Buffer.alloc(48));
        return { kcv: out.subarray(0, 3).toString('hex'), binding: out.subarray(16, 32).toString('hex') };
    });
}

// EXTERNAL MODULE: ./shared/src/inputs/target.ts
var inputs_target = __webpack_require__(40364);
// EXTERNAL MODULE: ./shared/src/kek/wrap-kek.ts
var wrap_kek = __webpack_require__(28213);
// EXTERNAL MODULE: ./shared/src/operations/job-outputs.ts
var job_outputs = __webpack_require__(69166);
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
        mechanism: `CKM_RSA_AES_KEY_WRAP (${wrapMechanism}: CKM_RSA_PKCS_OAEP SHA-1 + ${(0,hsm_pkcs11/* mechanismName */.jX)(kwp.mechanism)})`,
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
    /** What this session refuses of a key type (the vault's kind, the token's padding): before anything is generated. */
    const refusals = (type, subject) => {
        (0,vault_kinds/* checkVaultTakes */.vM)(session.vault, type, subject);
        return kwpPadding(session.kwp, type, session.allowPaddedKwp, hsm.token.label);
    };
    let handle = findTarget(hsm, label, id);
    let generated;
    let generateMs = 0;
    if (handle && target.generate && target.ifExists === 'fail') {
        throw new errors/* ConfigurationError */.j1('TARGET_EXISTS', `Input "key-label": a key labelled "${label}" already exists on token "${hsm.token.label}" and if-exists is fail`, 'Set if-exists: use to wrap the existing key, or choose another key-label');
    }
    if (!handle) {
        if (!target.generate)
            throw notFound(hsm, label, id);
        refusals(spec.type, `The key "${label}" to generate`);
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
        const { padded, warning } = refusals(found.spec.type, targetName);
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
            throw (0,input_files/* notWritable */.GZ)('output', byokFile, error.code ?? String(error), error);
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
function describeToken(token) {
    return `${token.label} (${token.manufacturer} ${token.model}, serial ${token.serialNumber}, firmware ${token.firmware})`;
}


/***/ })

};
