export const id = 863;
export const ids = [863];
export const modules = {

/***/ 76982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fo: () => (/* binding */ currentKey),
  xt: () => (/* binding */ importByok)
});

// UNUSED EXPORTS: checkKeyOps, singleImport

// EXTERNAL MODULE: ./shared/src/byok/file.ts + 1 modules
var file = __webpack_require__(25001);
// EXTERNAL MODULE: ./shared/src/byok/validate.ts
var validate = __webpack_require__(94357);
// EXTERNAL MODULE: ./shared/src/crypto/public-key.ts
var public_key = __webpack_require__(96686);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/kek/rules.ts
var rules = __webpack_require__(13206);
// EXTERNAL MODULE: ./shared/src/keys/target.ts
var target = __webpack_require__(75851);
// EXTERNAL MODULE: ./shared/src/azure/errors.ts
var azure_errors = __webpack_require__(3844);
// EXTERNAL MODULE: ./shared/src/azure/key-client.ts + 1 modules
var key_client = __webpack_require__(15462);
// EXTERNAL MODULE: ./shared/src/azure/idempotent-import.ts
var idempotent_import = __webpack_require__(75292);
// EXTERNAL MODULE: ./shared/src/azure/kek.ts
var azure_kek = __webpack_require__(94066);
// EXTERNAL MODULE: ./shared/src/keys/key-check-value.ts
var key_check_value = __webpack_require__(3754);
// EXTERNAL MODULE: ./shared/src/keys/key-id.ts
var key_id = __webpack_require__(43589);
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
var vault_kinds = __webpack_require__(67797);
// EXTERNAL MODULE: ./shared/src/azure/key-bundle.ts
var key_bundle = __webpack_require__(23589);
;// CONCATENATED MODULE: ./shared/src/azure/verify-imported.ts







/** sha256 fingerprint of an RSA or EC key the vault returned; oct keys show no public part. */
function fingerprintOf(key) {
    return key.keyType?.startsWith('oct') ? undefined : (0,public_key/* fingerprint */.Rj)((0,key_bundle/* publicKeyOf */.k)(key));
}
/** "Managed HSM" or "Key Vault", as the client's vault is (a vault of unknown kind is taken for a Managed HSM). */
function vaultTitle(client) {
    return vault_kinds/* VAULT_CAPABILITIES */.uT[(0,vault_kinds/* kindOf */.I)((0,key_client/* vaultOf */._)(client)) ?? 'managedhsm'].title;
}
/** Why the vault cannot encrypt with this key version right now, if it cannot (docs/byok-format.md "Limits"). */
function cannotEncrypt(client, key, now = Date.now()) {
    const { enabled, notBefore, expiresOn } = key.properties;
    if (!(key.keyOperations ?? []).includes('encrypt'))
        return `the imported key does not allow encrypt (key-ops), so the ${vaultTitle(client)} cannot compute its key check value`;
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
    if (cannotEncrypt(client, key))
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
    const reason = cannotEncrypt(client, imported);
    if (reason)
        return notVerified(reason);
    const kcv = await vaultKeyCheckValue(client, imported.id, recorded.keySize);
    if (kcv !== recorded.keyCheckValue.toLowerCase())
        throw mismatch(client, imported, 'key check value', kcv, recorded.keyCheckValue);
    return `Verified after import: the key check value the ${vaultTitle(client)} computed (${kcv}) equals the one computed in the source HSM, as ${recorded.keyCheckSource ?? 'the sidecar'} gives it.`;
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
    const byok = (0,file/* parseByok */.N$)(options.byok, options.byokSource);
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


/***/ }),

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

/***/ 6863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ importOptionsFor),
/* harmony export */   N: () => (/* binding */ describeWrapped),
/* harmony export */   importWrappedKey: () => (/* binding */ importWrappedKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _azure_import_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76982);
/* harmony import */ var _azure_kek_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94066);
/* harmony import */ var _azure_key_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15462);
/* harmony import */ var _azure_vault_kinds_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67797);
/* harmony import */ var _byok_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25001);
/* harmony import */ var _byok_validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94357);
/* harmony import */ var _byok_wrapped_key_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51456);
/* harmony import */ var _crypto_public_key_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96686);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(33904);
/* harmony import */ var _files_input_files_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(36749);
/* harmony import */ var _inputs_release_policy_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32295);
/* harmony import */ var _kek_rules_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(13206);
/* harmony import */ var _keys_target_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(75851);
/* harmony import */ var _job_outputs_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(69166);















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
        return (0,_keys_target_js__WEBPACK_IMPORTED_MODULE_13__/* .describeTarget */ .ff)({ type: 'EC', curve: wrapped.curve ?? 'P-256' });
    if (keyType === 'auto')
        return 'not recorded';
    return size ? (0,_keys_target_js__WEBPACK_IMPORTED_MODULE_13__/* .describeTarget */ .ff)({ type: keyType, size }) : keyType;
}
/** The release policy's JSON bytes, read from its file and checked when it is one; before any request. */
async function releasePolicyBytes(input) {
    if ('text' in input)
        return Buffer.from(input.text, 'utf8');
    const bytes = await (0,_files_input_files_js__WEBPACK_IMPORTED_MODULE_10__/* .readInputFile */ .jH)('release-policy', input.file, 64 * 1024);
    (0,_inputs_release_policy_js__WEBPACK_IMPORTED_MODULE_11__/* .checkReleasePolicy */ .a)(bytes.toString('utf8'), `Input "release-policy": ${input.file}`);
    return bytes;
}
/**
 * The key type of a .byok without a sidecar (a vendor tool's file), read from its length once its KEK is known:
 * said in the log and the summary. An EC key needs "curve", which the file does not tell.
 */
async function keyTypeFromFile(wrapped, client, logger) {
    const byok = (0,_byok_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseByok */ .N$)(wrapped.bytes, wrapped.path);
    const kek = await (0,_azure_kek_js__WEBPACK_IMPORTED_MODULE_2__/* .getKek */ .wJ)(client, { kid: byok.kid }, logger);
    const modulusBytes = (0,_kek_rules_js__WEBPACK_IMPORTED_MODULE_12__/* .kekSize */ .Nx)(kek) / 8;
    const found = (0,_byok_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .keyTypeOfCiphertext */ .L)(byok, modulusBytes);
    const length = `${byok.ciphertext.length - modulusBytes} bytes of AES key wrap after the RSA-${(0,_kek_rules_js__WEBPACK_IMPORTED_MODULE_12__/* .kekSize */ .Nx)(kek)} part`;
    let note;
    if (found.type === 'oct')
        note = `${length}: the length of a wrapped AES-${found.size} key`;
    else if (found.type === 'EC') {
        if (!wrapped.curve)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1('KEY_TYPE_UNKNOWN', `Input "key-type" is auto and ${wrapped.path} has no sidecar: its ${length} are too few for an RSA key and not an AES length, so it holds an EC key, whose curve the file does not tell`, 'Set "curve" (P-256, P-384, P-521 or P-256K), and "key-type: EC"');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1('INPUT_REQUIRED', 'Input "byok-file" is required', 'Set "byok-file" to a .byok path');
    const wrapped = await (0,_byok_wrapped_key_js__WEBPACK_IMPORTED_MODULE_7__/* .readWrappedKey */ .p4)({
        path,
        keyType: request.keyType,
        ...(request.curve ? { curve: request.curve } : {}),
    });
    const releasePolicy = request.exportable
        ? await releasePolicyBytes(request.exportable.releasePolicy)
        : undefined;
    const client = await (0,_azure_key_client_js__WEBPACK_IMPORTED_MODULE_3__/* .createKeyClient */ .p)(request.vault, access.credential, logger, access.tuning);
    const fromFile = wrapped.keyType === 'auto' ? await keyTypeFromFile(wrapped, client, logger) : undefined;
    const keyType = fromFile?.keyType ?? wrapped.keyType;
    (0,_azure_vault_kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .checkVaultTakes */ .vM)(request.vault, keyType, path);
    const aes = keyType === 'oct';
    (0,_job_outputs_js__WEBPACK_IMPORTED_MODULE_14__/* .checkJobOutputs */ .i)({
        'kek-fingerprint': request.kekFingerprint,
        'byok-digest': request.byokDigest,
        ...(aes
            ? { 'key-check-value': request.keyCheckValue }
            : { 'public-key-fingerprint': request.publicKeyFingerprint }),
    }, request.requireJobOutputs, logger);
    (0,_byok_wrapped_key_js__WEBPACK_IMPORTED_MODULE_7__/* .checkAgainstJobOutputs */ .Dd)(wrapped, {
        kekFingerprint: request.kekFingerprint,
        publicKeyFingerprint: request.publicKeyFingerprint,
        byokDigest: request.byokDigest,
        keyCheckValue: request.keyCheckValue,
    });
    const { sidecar } = wrapped;
    if (sidecar?.paddedKwp)
        logger.warning(`${path} was wrapped with allow-padded-kwp: its PKCS#8 may be followed by up to 7 zero bytes (the source token zero-pads), which a strict vault refuses. A rehearsal file`);
    const result = await (0,_azure_import_key_js__WEBPACK_IMPORTED_MODULE_1__/* .importByok */ .xt)(client, importOptionsFor(wrapped, {
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
                ['KEK fingerprint', (0,_crypto_public_key_js__WEBPACK_IMPORTED_MODULE_8__/* .fingerprint */ .Rj)(result.kek.publicKey)],
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
        ? `yes, release policy sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(policy).digest('hex')} (as the vault holds it)`
        : 'yes (the vault shows no release policy)';
}


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


/***/ })

};
