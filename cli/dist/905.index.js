export const id = 905;
export const ids = [905];
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

/***/ 94357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ keyTypeOfCiphertext),
/* harmony export */   u: () => (/* binding */ validateByokForKek)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);

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

/***/ 51456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ checkAgainstJobOutputs),
/* harmony export */   hd: () => (/* binding */ fileDigest),
/* harmony export */   p4: () => (/* binding */ readWrappedKey)
/* harmony export */ });
/* unused harmony export byokFileIn */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96686);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33904);
/* harmony import */ var _files_input_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36749);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25001);
/* harmony import */ var _sidecar_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81796);







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

/***/ 69905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyByok: () => (/* binding */ verifyByok)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byok_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25001);
/* harmony import */ var _byok_sidecar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81796);
/* harmony import */ var _byok_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94357);
/* harmony import */ var _byok_wrapped_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51456);
/* harmony import */ var _files_input_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36749);
/* harmony import */ var _kek_wrap_kek_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28213);
/* harmony import */ var _kek_rules_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13206);








/**
 * Checks a .byok offline, as the import job will before it sends anything: the format, the sidecar against the file
 * (digest, kid, public key), the KEK (fingerprint, kid, modulus length against the ciphertext) and the expected
 * public key. Refuses with the import job's own errors; answers what was checked.
 */
async function verifyByok(request, logger) {
    const bytes = await (0,_files_input_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputFile */ .jH)('byok-file', request.byokFile, _byok_file_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BYOK_BYTES */ .lU);
    const byok = (0,_byok_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseByok */ .N$)(bytes, request.byokFile);
    const hasSidecar = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,_byok_sidecar_js__WEBPACK_IMPORTED_MODULE_2__/* .sidecarPath */ .n8)(request.byokFile));
    const wrapped = await (0,_byok_wrapped_key_js__WEBPACK_IMPORTED_MODULE_4__/* .readWrappedKey */ .p4)({
        path: request.byokFile,
        // Without a sidecar the type only matters for the report.
        keyType: request.keyType === 'auto' && !hasSidecar ? 'RSA' : request.keyType,
    });
    const checked = ['format (schema, kid, alg dir, enc CKM_RSA_AES_KEY_WRAP, ciphertext encoding)'];
    if (wrapped.sidecar)
        checked.push('the sidecar describes this file (digest, kid, public key)');
    let kekFingerprint = wrapped.sidecar?.kekFingerprint ?? request.kekFingerprint;
    let kekBits = [..._kek_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .KEK_SIZES */ .JJ];
    if (request.kekFile) {
        const kek = await (0,_kek_wrap_kek_js__WEBPACK_IMPORTED_MODULE_6__/* .readWrapKek */ .i)({
            file: request.kekFile,
            kid: byok.kid,
            ...(request.kekFingerprint ? { fingerprint: request.kekFingerprint } : {}),
        }, logger);
        kekFingerprint = kek.fingerprint;
        kekBits = [kek.size];
        checked.push(`the KEK ${request.kekFile} is the one the file names (${kek.fingerprint})`);
    }
    (0,_byok_wrapped_key_js__WEBPACK_IMPORTED_MODULE_4__/* .checkAgainstJobOutputs */ .Dd)(wrapped, {
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
            (0,_byok_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateByokForKek */ .u)(byok, { kid: byok.kid, modulusBytes: bits / 8 }, request.byokFile);
            return true;
        }
        catch (error) {
            if (kekBits.length === 1)
                throw error;
            return false;
        }
    });
    if (fits.length === 0)
        (0,_byok_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateByokForKek */ .u)(byok, { kid: byok.kid, modulusBytes: kekBits[0] / 8 }, request.byokFile);
    checked.push(`ciphertext length ${byok.ciphertext.length} = RSA-OAEP (RSA-${fits.join('/')}) + AES key wrap`);
    logger.debug(`Verified ${request.byokFile}: ${checked.join('; ')}`);
    const sidecar = wrapped.sidecar;
    const digest = (0,_byok_wrapped_key_js__WEBPACK_IMPORTED_MODULE_4__/* .fileDigest */ .hd)(bytes);
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


/***/ })

};
