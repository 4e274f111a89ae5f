export const id = 582;
export const ids = [582,553];
export const modules = {

/***/ 15582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importList: () => (/* binding */ importList),
  importOne: () => (/* binding */ importOne)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
/** An output that could not be written, named by its input, with the fix. */
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

// EXTERNAL MODULE: ./shared/src/inputs/rules.ts
var rules = __webpack_require__(74810);
// EXTERNAL MODULE: ./shared/src/inputs/target.ts
var inputs_target = __webpack_require__(40364);
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
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
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
        throw new errors/* ConfigurationError */.j1('KEY_LIST_MISMATCH', `${source} holds ${found.length} key lists (key-list.yaml or key-list.json); expected exactly one`, 'Give the artifact of the job that read the key list (key-list-sha256 names it), or set "key-list"');
    return found[0];
}

;// CONCATENATED MODULE: ./shared/src/crypto/public-key.ts


/** SubjectPublicKeyInfo PEM, byte for byte what `az keyvault key download` writes. */
function toSpkiPem(key) {
    return key.export({ type: 'spki', format: 'pem' }).toString();
}
/** `sha256:<hex>` over the SPKI DER: stable across PEM line endings and JWK encodings of one key. */
function fingerprint(key) {
    const der = key.export({ type: 'spki', format: 'der' });
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('hex')}`;
}
/** Public key from base64url JWK members, as Key Vault returns them. */
function publicKeyFromJwk(jwk) {
    const kty = jwk.kty.replace(/-HSM$/, '');
    if (kty === 'RSA')
        return (0,external_node_crypto_.createPublicKey)({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
    if (kty === 'EC') {
        const crv = jwk.crv === 'P-256K' ? 'secp256k1' : jwk.crv;
        return (0,external_node_crypto_.createPublicKey)({ key: { kty: 'EC', crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
    }
    throw new errors/* ConfigurationError */.j1('KEY_TYPE_UNSUPPORTED', `a ${jwk.kty} key has no public key to read`);
}
/**
 * Reads a PEM that must hold exactly one public key. A certificate or a private key is refused with a message
 * that names the file, since either one is a sign that the wrong file was picked up. `wanted` says, in the hint,
 * which public key belongs there.
 */
function readPublicKeyPem(text, source, wanted = 'the KEK public key that action-kek-download wrote') {
    const labels = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]);
    if (labels.length === 0) {
        throw new errors/* ConfigurationError */.j1('PEM_INVALID', `${source} is not a PEM file`, `Give ${wanted} (-----BEGIN PUBLIC KEY-----)`);
    }
    if (labels.some((l) => l?.includes('PRIVATE KEY'))) {
        throw new errors/* ConfigurationError */.j1('PEM_PRIVATE_KEY', `${source} holds a private key, not a public key`, `Remove it from the workflow at once and give ${wanted} (-----BEGIN PUBLIC KEY-----)`);
    }
    if (labels.some((l) => l === 'CERTIFICATE')) {
        throw new errors/* ConfigurationError */.j1('PEM_CERTIFICATE', `${source} holds a certificate, not a public key`, `Give ${wanted} (-----BEGIN PUBLIC KEY-----)`);
    }
    if (labels.length !== 1 || (labels[0] !== 'PUBLIC KEY' && labels[0] !== 'RSA PUBLIC KEY')) {
        throw new errors/* ConfigurationError */.j1('PEM_INVALID', `${source} must hold exactly one public key, found: ${labels.join(', ')}`, `Give ${wanted}`);
    }
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: text, format: 'pem' });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1('PEM_INVALID', `${source} holds a PEM public key that cannot be read`, `Give ${wanted}, unchanged`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./shared/src/json.ts
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

;// CONCATENATED MODULE: ./shared/src/keys/key-id.ts
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
function base64_encodeBase64Url(bytes) {
    return Buffer.from(bytes).toString('base64url');
}

;// CONCATENATED MODULE: ./shared/src/byok/file.ts




const BYOK_SCHEMA_VERSION = '1.0.0';
/** Larger than any real file (an RSA-4096 target under a 4096-bit KEK is about 4 KiB). */
const MAX_BYOK_BYTES = 64 * 1024;
function file_invalid(source, problem, hint = 'Give a .byok file written by action-wrap or an HSM vendor BYOK tool') {
    return new errors/* ConfigurationError */.j1('BYOK_INVALID', `${source}: ${problem}`, hint);
}
function field(object, name, path, source) {
    const value = object[name];
    if (typeof value !== 'string' || value.length === 0)
        throw file_invalid(source, `"${path}" is missing or not a string`);
    return value;
}
/**
 * Reads a .byok file the way the service does, leniently: padded or unpadded base64url or base64 ciphertext,
 * any JSON layout, unknown extra fields ignored. Refuses what cannot be imported: unknown alg/enc, no kid.
 */
function parseByok(bytes, source) {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    if (buffer.length > MAX_BYOK_BYTES)
        throw file_invalid(source, `is ${buffer.length} bytes, larger than any BYOK file (${MAX_BYOK_BYTES})`);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    }
    catch {
        throw file_invalid(source, 'is not UTF-8 text');
    }
    const root = parseJsonObject(text, (problem) => file_invalid(source, problem));
    const header = root.header;
    if (typeof header !== 'object' || header === null || Array.isArray(header))
        throw file_invalid(source, '"header" is missing or not an object');
    const h = header;
    const kid = field(h, 'kid', 'header.kid', source);
    if (!parseVersionedKeyId(kid)) {
        throw file_invalid(source, `"header.kid" is not a versioned key id (https://HOST/keys/NAME/VERSION): ${JSON.stringify(kid.slice(0, 200))}`);
    }
    const alg = field(h, 'alg', 'header.alg', source);
    if (alg !== 'dir')
        throw file_invalid(source, `"header.alg" is ${JSON.stringify(alg.slice(0, 40))}; only "dir" is defined for BYOK`);
    const enc = field(h, 'enc', 'header.enc', source);
    if (enc !== 'CKM_RSA_AES_KEY_WRAP')
        throw file_invalid(source, `"header.enc" is ${JSON.stringify(enc.slice(0, 40))}; only "CKM_RSA_AES_KEY_WRAP" is defined for BYOK`);
    const ciphertext = decodeBase64Lenient(field(root, 'ciphertext', 'ciphertext', source));
    if (!ciphertext || ciphertext.length === 0)
        throw file_invalid(source, '"ciphertext" is not base64url or base64');
    const schemaVersion = root.schema_version === undefined ? BYOK_SCHEMA_VERSION : root.schema_version;
    if (typeof schemaVersion !== 'string')
        throw file_invalid(source, '"schema_version" is not a string');
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

// EXTERNAL MODULE: ./shared/src/keys/patterns.ts
var patterns = __webpack_require__(9125);
// EXTERNAL MODULE: ./shared/src/keys/target.ts
var target = __webpack_require__(75851);
;// CONCATENATED MODULE: ./shared/src/byok/sidecar.ts




function sidecarPath(byokPath) {
    return `${byokPath}.json`;
}
function serializeSidecar(sidecar) {
    return `${JSON.stringify(sidecar, null, 2)}\n`;
}
function parseSidecar(text, source) {
    const invalid = (problem) => new errors/* ConfigurationError */.j1('SIDECAR_INVALID', `${source}: ${problem}`, 'Use the .byok.json that action-wrap wrote, or remove it and set key-type');
    const s = parseJsonObject(text, invalid);
    if (typeof s.kid !== 'string')
        throw invalid('"kid" is missing');
    if (s.keyType !== 'RSA' && s.keyType !== 'EC' && s.keyType !== 'oct')
        throw invalid('"keyType" is not RSA, EC or oct');
    if (s.keyType === 'EC' && !target/* TARGET_EC_CURVES */.Eu.includes(s.curve))
        throw invalid('"curve" is not a supported curve');
    if (s.keyType !== 'EC' && typeof s.keySize !== 'number')
        throw invalid('"keySize" is missing');
    if (s.keyType !== 'oct' &&
        (typeof s.publicKey !== 'string' || typeof s.publicKeyFingerprint !== 'string')) {
        throw invalid('"publicKey" and "publicKeyFingerprint" are required for RSA and EC keys');
    }
    if (s.publicKeyFingerprint !== undefined && !patterns/* FINGERPRINT_PATTERN */.o.test(String(s.publicKeyFingerprint)))
        throw invalid('"publicKeyFingerprint" is not sha256:<64 hex>');
    if (typeof s.kekFingerprint !== 'string' || !patterns/* FINGERPRINT_PATTERN */.o.test(s.kekFingerprint))
        throw invalid('"kekFingerprint" is not sha256:<64 hex>');
    if (typeof s.byokDigest !== 'string' || !patterns/* FINGERPRINT_PATTERN */.o.test(s.byokDigest))
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
    if (s.keyCheckValue !== undefined && !patterns/* KEY_CHECK_PATTERN */.g.test(s.keyCheckValue))
        throw invalid('"keyCheckValue" is not 32 lowercase hex digits');
    const token = s.token;
    if (typeof token !== 'object' ||
        token === null ||
        ['label', 'manufacturer', 'model', 'serialNumber', 'firmware'].some((k) => typeof token[k] !== 'string')) {
        throw invalid('"token" does not hold the source token\'s label, manufacturer, model, serialNumber and firmware');
    }
    return s;
}

;// CONCATENATED MODULE: ./shared/src/byok/wrapped-key.ts







/** sha256:<hex> of a file's bytes, the digest the sidecar records for the .byok. */
function fileDigest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** The one .byok among files that arrived together (an artifact). */
function byokFileIn(files, source) {
    const found = files.filter((file) => file.endsWith('.byok'));
    if (found.length !== 1) {
        throw new errors/* ConfigurationError */.j1('BYOK_NOT_FOUND', `${source} holds ${found.length} .byok files; expected exactly one`, 'Give the artifact that action-wrap uploaded, or set "byok-file"');
    }
    return found[0];
}
async function readSidecar(byokPath) {
    const path = sidecarPath(byokPath);
    if (!(await (0,promises_.stat)(path).catch(() => undefined))?.isFile())
        return undefined;
    return parseSidecar((await readInputFile('byok-file', path, MAX_BYOK_BYTES)).toString('utf8'), path);
}
/**
 * Reads a .byok and, when present, its sidecar. The sidecar must describe exactly this file (digest and kid);
 * its public key is checked against its own fingerprint. An explicit type that contradicts the sidecar is refused;
 * `keyType: auto` without a sidecar stays auto.
 */
async function readWrappedKey(options) {
    const bytes = await readInputFile('byok-file', options.path, MAX_BYOK_BYTES);
    const byok = parseByok(bytes, options.path);
    const sidecar = await readSidecar(options.path);
    if (!sidecar) {
        return {
            bytes,
            path: options.path,
            keyType: options.keyType,
            ...(options.curve ? { curve: options.curve } : {}),
        };
    }
    const source = sidecarPath(options.path);
    if (sidecar.byokDigest !== fileDigest(bytes)) {
        throw new errors/* ConfigurationError */.j1('BYOK_TAMPERED', `${options.path} does not match the digest its sidecar recorded (${sidecar.byokDigest})`, 'The file changed after the wrap step wrote it: run the wrap job again and find out who changed it');
    }
    if (sidecar.kid !== byok.kid)
        throw new errors/* ConfigurationError */.j1('SIDECAR_INVALID', `${source} names KEK ${sidecar.kid} but the .byok names ${byok.kid}`, 'Use the sidecar written with this .byok');
    if (options.keyType !== 'auto' && options.keyType !== sidecar.keyType) {
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "key-type" is ${options.keyType} but ${source} records a ${sidecar.keyType} key`, 'Set "key-type: auto" or the type the wrap step recorded');
    }
    if (options.curve && sidecar.curve && options.curve !== sidecar.curve) {
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "curve" is ${options.curve} but ${source} records ${sidecar.curve}`, 'Leave "curve" empty to use the recorded curve');
    }
    let expectedPublicKey;
    if (sidecar.publicKey) {
        expectedPublicKey = readPublicKeyPem(sidecar.publicKey, `${source} publicKey`, 'the sidecar exactly as the wrap step wrote it');
        if (fingerprint(expectedPublicKey) !== sidecar.publicKeyFingerprint) {
            throw new errors/* ConfigurationError */.j1('SIDECAR_INVALID', `${source}: publicKey does not match publicKeyFingerprint`, 'Use the sidecar exactly as the wrap step wrote it');
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
        throw new errors/* ConfigurationError */.j1('KEY_CHECK_MISMATCH', `${path} records the key check value ${sidecar?.keyCheckValue ?? '(none)'}, not ${outputs.keyCheckValue} (input "key-check-value")`, 'The .byok was swapped on its way from the wrap job: stop, and find out how');
    }
    if (outputs.kekFingerprint && sidecar && sidecar.kekFingerprint !== outputs.kekFingerprint) {
        throw new errors/* ConfigurationError */.j1('KEK_FINGERPRINT_MISMATCH', `${path} was wrapped under KEK ${sidecar.kekFingerprint}, not ${outputs.kekFingerprint} (input "kek-fingerprint")`, 'The KEK public key was swapped on its way to the HSM: stop, and find out how');
    }
    if (outputs.publicKeyFingerprint && sidecar?.publicKeyFingerprint !== outputs.publicKeyFingerprint) {
        throw new errors/* ConfigurationError */.j1('PUBLIC_KEY_MISMATCH', `${path} holds the key ${sidecar?.publicKeyFingerprint ?? '(no public key recorded)'}, not ${outputs.publicKeyFingerprint} (input "public-key-fingerprint")`, 'The .byok was swapped on its way from the wrap job: stop, and find out how');
    }
    // Last, so that a swap the fingerprints already name is reported as what it is.
    if (outputs.byokDigest && fileDigest(wrapped.bytes) !== outputs.byokDigest) {
        throw new errors/* ConfigurationError */.j1('BYOK_TAMPERED', `${path} has digest ${fileDigest(wrapped.bytes)}, not ${outputs.byokDigest} (input "byok-digest"): it is not the file the wrap job wrote`, 'The .byok was changed or swapped on its way from the wrap job: stop, and find out how');
    }
}

;// CONCATENATED MODULE: ./shared/src/byok/validate.ts

/** AES-KWP output is at least 16 bytes (one semiblock of integrity data plus one of key) and a multiple of 8. */
const MIN_KWP_BYTES = 16;
/**
 * Checks, before anything is sent, that a .byok belongs to this KEK: its kid is the KEK's versioned id and its
 * ciphertext has the shape RSA-OAEP(modulus length) || AES-KWP(multiple of 8, at least 16).
 */
function validateByokForKek(byok, kek, source) {
    if (byok.kid.toLowerCase() !== kek.kid.toLowerCase()) {
        throw new errors/* ConfigurationError */.j1('BYOK_KID_MISMATCH', `${source} was wrapped for KEK ${byok.kid}, not for ${kek.kid}`, 'Wrap the key again with the public key of the KEK in the vault that imports it');
    }
    const kwpBytes = byok.ciphertext.length - kek.modulusBytes;
    if (kwpBytes < MIN_KWP_BYTES || kwpBytes % 8 !== 0) {
        throw new errors/* ConfigurationError */.j1('BYOK_CIPHERTEXT_LENGTH', `${source} has a ${byok.ciphertext.length}-byte ciphertext, which is not RSA-OAEP (${kek.modulusBytes} bytes) followed by AES key wrap with padding`, 'The file is damaged or was not written with CKM_RSA_AES_KEY_WRAP; wrap the key again');
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
var vault_kinds = __webpack_require__(67797);
;// CONCATENATED MODULE: ./shared/src/azure/errors.ts


function isRestError(error) {
    return error instanceof Error && (error.name === 'RestError' || 'statusCode' in error);
}
/** The service's error code, e.g. KeyNotFound, when the error came from the Key Vault data plane. */
function serviceErrorCode(error) {
    return isRestError(error) ? error.code : undefined;
}
function errors_isNotFound(error) {
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
function errors_isDeletedNameConflict(error) {
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
    return publicKeyFromJwk({ ...jwk, kty: jwk.kty }).equals(expected);
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
    const { KeyClient } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(428), __webpack_require__.e(393)]).then(__webpack_require__.bind(__webpack_require__, 90393));
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
    return publicKeyFromJwk({
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
        return toKek(key);
    }
    catch (error) {
        const vault = vaultOf(client);
        if (isDeletedNameConflict(error)) {
            throw new ConfigurationError('KEK_NAME_DELETED', `Cannot create KEK "${options.name}" in ${client.vaultUrl}: the name is held by a deleted key (soft delete keeps it until it is purged)`, `Purge it as ${VAULT_CAPABILITIES[kindOf(vault) ?? 'managedhsm'].purger} (az keyvault key purge ${azVault(vault)} --name ${options.name}), wait until its retention ends, or set another "kek-name"`, { cause: error });
        }
        throw translateAzureError(error, `create KEK "${options.name}"`, vault);
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
        existing = toKek(await client.getKey(options.name));
    }
    catch (error) {
        if (!isNotFound(error)) {
            const translated = translateAzureError(error, `read KEK "${options.name}"`, vaultOf(client));
            if (isDisabledRefusal(translated))
                throw kekDisabled(`"${options.name}"`, 'Set "if-exists: rotate" to create a new KEK version, enable this one again, or choose another "kek-name"', error);
            throw translated;
        }
    }
    if (!existing)
        return { kek: await createKek(client, options, logger), created: true };
    if (options.ifExists === 'fail') {
        throw new ConfigurationError('KEK_EXISTS', `Key "${options.name}" already exists (${existing.kid})`, 'Set "if-exists" to reuse or rotate, or choose another "kek-name"');
    }
    try {
        checkKek(existing);
    }
    catch (error) {
        const reason = error instanceof ConfigurationError ? error.message : String(error);
        throw new ConfigurationError('KEK_NOT_REUSABLE', `Existing key "${options.name}" cannot be reused: ${reason}`, 'Set "if-exists: rotate" to create a new KEK version, or choose another "kek-name"');
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
            throw new errors/* ConfigurationError */.j1('KEK_ID_INVALID', `${JSON.stringify(ref.kid.slice(0, 200))} is not a versioned key id`, 'Give https://HOST/keys/NAME/VERSION, as action-kek-create outputs it');
        if (parsed.origin !== new URL(client.vaultUrl).origin) {
            throw new errors/* ConfigurationError */.j1('KEK_OTHER_VAULT', `KEK ${ref.kid} belongs to ${parsed.origin}, not to ${client.vaultUrl}`, "The KEK must live in the vault that imports the key: wrap again with this vault's KEK");
        }
        ({ name, version } = parsed);
    }
    logger.debug(`Reading KEK ${name}${version ? `/${version}` : ''}`);
    let kek;
    try {
        kek = key_bundle_toKek(await client.getKey(name, version ? { version } : {}));
    }
    catch (error) {
        const translated = errors_translateAzureError(error, `read KEK "${ref.kid ?? name}"`, key_client_vaultOf(client));
        if (isDisabledRefusal(translated))
            throw kekDisabled(ref.kid ?? `"${name}"`, `Enable the key again if it should still serve (az keyvault key set-attributes ${(0,vault_kinds/* azVault */.sC)(key_client_vaultOf(client))} --name ${name}${version ? ` --version ${version}` : ''} --enabled true), or make a new KEK (action-kek-create with if-exists: rotate) and wrap the key again under it`, error);
        throw translated;
    }
    rules_checkKek(kek);
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
        throw errors_translateAzureError(error, `${mode} KEK ${kek.kid} after the import (the key itself is imported)`, key_client_vaultOf(client));
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
    const parsed = parseVersionedKeyId(keyId);
    if (!algorithm || !parsed)
        throw new errors/* ConfigurationError */.j1('KCV_UNSUPPORTED', `Cannot compute a key check value of ${keyId} (AES-${sizeBits})`, 'Key check values are computed for AES-128, AES-192 and AES-256 key versions only');
    // The CryptographyClient shares the KeyClient's pipeline and credential, so it adds no new sign-in.
    const crypto = client.getCryptographyClient(parsed.name, { keyVersion: parsed.version });
    try {
        const { result } = await crypto.encrypt({
            algorithm,
            plaintext: KEY_CHECK_BLOCK,
            iv: Buffer.alloc(16),
        });
        return Buffer.from(result).subarray(0, 16).toString('hex');
    }
    catch (error) {
        throw errors_translateAzureError(error, `compute the key check value of ${keyId} (${algorithm} encrypt)`, key_client_vaultOf(client));
    }
}

;// CONCATENATED MODULE: ./shared/src/azure/verify-imported.ts







/** sha256 fingerprint of an RSA or EC key the vault returned; oct keys show no public part. */
function fingerprintOf(key) {
    return key.keyType?.startsWith('oct') ? undefined : fingerprint(publicKeyOf(key));
}
/** "Managed HSM" or "Key Vault", as the client's vault is (a vault of unknown kind is taken for a Managed HSM). */
function vaultTitle(client) {
    return vault_kinds/* VAULT_CAPABILITIES */.uT[(0,vault_kinds/* kindOf */.I)(key_client_vaultOf(client)) ?? 'managedhsm'].title;
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
    const version = parseVersionedKeyId(key.id ?? '')?.version ?? 'VERSION';
    return new errors/* ByokError */.i('IMPORTED_KEY_MISMATCH', `Imported key ${key.id} has ${what} ${actual}, but the wrap step recorded ${recorded}: the vault holds a different key than the source HSM`, `Disable the imported version now (az keyvault key set-attributes ${(0,vault_kinds/* azVault */.sC)(key_client_vaultOf(client))} --name ${key.name} --version ${version} --enabled false) and investigate the .byok file's origin`);
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
    return { kek: (kid) => getKek(client, { kid }, logger), current: (name) => currentKey(client, name) };
}
async function currentKey(client, name) {
    try {
        return await client.getKey(name);
    }
    catch (error) {
        if (errors_isNotFound(error))
            return undefined;
        throw errors_translateAzureError(error, `read key "${name}"`, key_client_vaultOf(client));
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
    const byok = parseByok(options.byok, options.byokSource);
    const kek = options.kek ?? (await context.kek(byok.kid));
    const kekFingerprint = fingerprint(kek.publicKey);
    if (options.expectedKekFingerprint && kekFingerprint !== options.expectedKekFingerprint) {
        throw new errors/* ConfigurationError */.j1('KEK_FINGERPRINT_MISMATCH', `Input "kek-fingerprint" is ${options.expectedKekFingerprint}, but KEK ${kek.kid} named by ${options.byokSource} has ${kekFingerprint}`, 'The .byok names a KEK other than the one the kek job made: stop, and find out how');
    }
    validateByokForKek(byok, { kid: kek.kid, modulusBytes: kekSize(kek) / 8 }, options.byokSource);
    const expected = options.expectedPublicKey ? fingerprint(options.expectedPublicKey) : undefined;
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
                kekAfterImport: await retireKek(client, kek, options.kekAfterImport ?? 'keep', logger),
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
        imported = await withImportIdentity(client.vaultUrl, options.name, identity, () => client.importKey(options.name, {
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
        throw errors_translateAzureError(error, `import key "${options.name}"`, key_client_vaultOf(client));
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
        kekAfterImport: await retireKek(client, kek, options.kekAfterImport ?? 'keep', logger),
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

// EXTERNAL MODULE: ./shared/src/inputs/release-policy.ts
var release_policy = __webpack_require__(32295);
;// CONCATENATED MODULE: ./shared/src/operations/job-outputs.ts

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
        throw new errors/* ConfigurationError */.j1('JOB_OUTPUT_MISSING', `Input ${names} is empty, and require-job-outputs is true`, `Pass the earlier job's ${missing.join(', ')} output: without it a file swapped in the artifact store is not noticed`);
    logger.warning(`No ${names} given: nothing outside the artifact store vouches for the file it covers, so a consistent swap there would not be noticed. Pass the earlier job's output (the reusable workflow does, and requires it)`);
}

;// CONCATENATED MODULE: ./shared/src/operations/import-wrapped-key.ts















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
    const bytes = await readInputFile('release-policy', input.file, 64 * 1024);
    (0,release_policy/* checkReleasePolicy */.a)(bytes.toString('utf8'), `Input "release-policy": ${input.file}`);
    return bytes;
}
/**
 * The key type of a .byok without a sidecar (a vendor tool's file), read from its length once its KEK is known:
 * said in the log and the summary. An EC key needs "curve", which the file does not tell.
 */
async function keyTypeFromFile(wrapped, client, logger) {
    const byok = parseByok(wrapped.bytes, wrapped.path);
    const kek = await getKek(client, { kid: byok.kid }, logger);
    const modulusBytes = kekSize(kek) / 8;
    const found = keyTypeOfCiphertext(byok, modulusBytes);
    const length = `${byok.ciphertext.length - modulusBytes} bytes of AES key wrap after the RSA-${kekSize(kek)} part`;
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
    const wrapped = await readWrappedKey({
        path,
        keyType: request.keyType,
        ...(request.curve ? { curve: request.curve } : {}),
    });
    const releasePolicy = request.exportable
        ? await releasePolicyBytes(request.exportable.releasePolicy)
        : undefined;
    const client = await createKeyClient(request.vault, access.credential, logger, access.tuning);
    const fromFile = wrapped.keyType === 'auto' ? await keyTypeFromFile(wrapped, client, logger) : undefined;
    const keyType = fromFile?.keyType ?? wrapped.keyType;
    (0,vault_kinds/* checkVaultTakes */.vM)(request.vault, keyType, path);
    const aes = keyType === 'oct';
    checkJobOutputs({
        'kek-fingerprint': request.kekFingerprint,
        'byok-digest': request.byokDigest,
        ...(aes
            ? { 'key-check-value': request.keyCheckValue }
            : { 'public-key-fingerprint': request.publicKeyFingerprint }),
    }, request.requireJobOutputs, logger);
    checkAgainstJobOutputs(wrapped, {
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
                ['KEK fingerprint', fingerprint(result.kek.publicKey)],
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
        const translated = errors_translateAzureError(error, 'list the keys');
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
                // The next start one whole slot after this one: a late timer is not made up by starting closer, which would
                // spend the headroom left below the vault's rate for the jitter between sending and the vault's count.
                this.next = now + (cost * 1000) / this.rate;
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

;// CONCATENATED MODULE: ./shared/src/batch/list-digest.ts

function keyListLines(keys) {
    return keys.map((key) => `${key.name} ${key.byokDigest} ${key.check ?? '-'}`);
}
function keyListDigest(keys) {
    const text = keyListLines(keys)
        .map((line) => `${line}\n`)
        .join('');
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}

;// CONCATENATED MODULE: ./shared/src/operations/key-results.ts

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
    if (error instanceof errors/* ByokError */.i) {
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
    return new errors/* ByokError */.i('KEYS_FAILED', `${failed.length} of ${results.length} keys failed: ${shown.join(', ')}${failed.length > 5 ? ', …' : ''}; ${done}`, hint);
}

;// CONCATENATED MODULE: ./shared/src/operations/import-wrapped-keys.ts


















/** Imports at once, at most; the vault's rate (azure/import-rate.ts) paces them further. */
const IMPORT_CONCURRENCY = 16;
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
    checkJobOutputs({
        'kek-fingerprint': request.kekFingerprint,
        'key-list-sha256': request.keyListSha256,
        'key-list-digest': request.keyListDigest,
    }, request.requireJobOutputs, logger);
    const list = await readKeyList('key-list', file, request.keyListSha256);
    const wrapped = await readListedFiles(list, (0,external_node_path_.resolve)(dir), request);
    const budget = importBudget(request.vault.url);
    const rate = new AdaptiveRate(budget);
    const costs = new Map(wrapped.map((key, i) => [
        list.entries[i]?.name.toLowerCase() ?? '',
        budget.cost(key.keyType === 'auto' ? 'RSA' : key.keyType, key.sidecar?.keySize),
    ]));
    const client = await createKeyClient(request.vault, access.credential, logger, {
        ...access.tuning,
        onThrottled: (ms) => rate.throttle(ms),
        paceImport: (name) => rate.acquire(costs.get(name.toLowerCase()) ?? 1),
    });
    // The KEKs first, one after the other: the first read also signs in, so every later request shares the token.
    const kekOf = kekReader(client, logger);
    const keks = new Map();
    for (const key of wrapped) {
        const { kid } = parseByok(key.bytes, key.path);
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
    const failure = keysFailed(results, `the others are imported; the KEK is kept for the rerun`, 'Fix what the results table says for each of them and run the import again: keys already imported are skipped');
    const retired = failure
        ? ['kept: some keys are not imported yet']
        : await Promise.all([...keks.values()].map((kek) => retireKek(client, kek, request.kekAfterImport, logger)));
    const count = (status) => results.filter((r) => r.status === status).length;
    logger.info(`${count('imported')} imported, ${count('already-present')} already present, ${count('failed')} failed, in ${seconds.toFixed(1)} s (${rate.throttled} throttled answers)`);
    return {
        results,
        ...(failure ? { failure } : {}),
        outputs: {
            results: resultsOutput(results),
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
                    keyListDigest(bindingOf(list, wrapped)),
                ],
                ...[...keks.values()].map((kek) => [`KEK ${kek.kid}`, fingerprint(kek.publicKey)]),
                ['KEK after import', retired.join('; ')],
                [
                    'Pace',
                    `${budget.kind}: at most ${budget.perSecond} per second (${rate.throttled} throttled answers, ${rate.perSecond.toFixed(1)}/s at the end)`,
                ],
            ],
            tables: [resultsTable(results, 'Key id')],
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
            byokDigest: fileDigest(wrapped[i]?.bytes ?? Buffer.alloc(0)),
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
        const key = await readWrappedKey({
            path,
            keyType: entry.target.type ?? 'auto',
            ...(entry.target.curve ? { curve: entry.target.curve } : {}),
        });
        checkAgainstJobOutputs(key, { kekFingerprint: request.kekFingerprint });
        wrapped.push(key);
    }
    const digest = keyListDigest(bindingOf(list, wrapped));
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
            byokDigest: fileDigest(wrapped.bytes),
        };
    }
    catch (error) {
        const result = failedKey(entry.name, error, { type, byokDigest: fileDigest(wrapped.bytes) });
        logger.warning(`Key "${entry.name}" was not imported: ${result.reason}`);
        return result;
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./shared/src/github/approvals.ts



/**
 * Who approved (or rejected) this run's deployments: GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals.
 * The runner gives a job no variable that names the approver, so the chain of custody asks GitHub.
 */
async function readApprovals(request) {
    const url = `${request.apiUrl.replace(/\/$/, '')}/repos/${request.repository}/actions/runs/${encodeURIComponent(request.runId)}/approvals`;
    let response;
    try {
        response = await get(url, {
            Authorization: `Bearer ${request.token}`,
            Accept: 'application/vnd.github+json',
            'X-GitHub-Api-Version': '2022-11-28',
            'User-Agent': 'byok',
        });
    }
    catch (error) {
        throw new errors/* ByokError */.i('APPROVALS_UNAVAILABLE', `Could not reach ${new URL(url).origin} to read the run's approvals (${String(error)})`, 'The summary shows the actor only');
    }
    if (response.status < 200 || response.status > 299) {
        throw new errors/* ByokError */.i('APPROVALS_UNAVAILABLE', `GitHub answered ${response.status} to reading the run's approvals`, 'Give the job "permissions: actions: read" and pass github-token: ${{ github.token }}');
    }
    let body;
    try {
        body = JSON.parse(response.body);
    }
    catch {
        body = undefined;
    }
    if (!Array.isArray(body))
        throw new errors/* ByokError */.i('APPROVALS_UNAVAILABLE', "GitHub's approvals answer is not a list", 'The summary shows the actor only');
    return body.map((review) => ({
        login: String(review.user?.login ?? 'unknown'),
        state: String(review.state ?? ''),
        environments: Array.isArray(review.environments)
            ? review.environments.map((e) => String(e?.name ?? ''))
            : [],
        comment: typeof review.comment === 'string' ? review.comment : '',
    }));
}
/**
 * One GET over node:http(s). Not fetch: its first use in a process compiles Node's bundled undici, about 20 ms of
 * CPU on every import step for this one small request (measured with --cpu-prof on action-import).
 */
function get(url, headers) {
    const request = url.startsWith('https:') ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const req = request(url, { headers, timeout: 15_000 }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error('no answer within 15 s')));
        req.on('error', reject);
        req.end();
    });
}
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/**
 * Keeps the approvals of `environment` only (GitHub compares environment names and logins without case); a
 * rejection, or an approval of another environment of the run, never counts.
 */
function approvalOf(reviews, environment, actors) {
    const counts = (review) => review.state === 'approved' && review.environments.some((name) => same(name, environment));
    const approvals = reviews
        .filter(counts)
        .filter((review, index, all) => all.findIndex((other) => same(other.login, review.login)) === index);
    return {
        environment,
        approvals,
        selfApprovers: approvals
            .map((a) => a.login)
            .filter((login) => actors.some((actor) => same(actor, login))),
        ignored: reviews.filter((review) => !counts(review)),
    };
}
/** "alice approved byok-import: "CHG-1"; …" for a summary row or an error message. */
function describeApprovals(approvals) {
    if (approvals.length === 0)
        return 'no deployment review recorded for this run';
    return approvals
        .map((a) => `${a.login} ${a.state} ${a.environments.join(', ')}${a.comment ? `: "${a.comment.slice(0, 200)}"` : ''}`)
        .join('; ')
        .replace(/\p{Cc}/gu, ' ');
}

// EXTERNAL MODULE: ./shared/src/action/inputs.ts
var inputs = __webpack_require__(47013);
// EXTERNAL MODULE: ./shared/src/action/run.ts
var run = __webpack_require__(77471);
;// CONCATENATED MODULE: ./shared/src/action/approvals.ts





/**
 * The import's approval gate and its "Approved by" summary row, from GitHub's record of this run's deployment
 * reviews (inputs require-approval, approval-environment, two-person-control, github-token). Runs before anything
 * changes in the vault.
 *
 * With require-approval on GitHub Actions it is a gate: only approvals of this job's own environment in this run
 * count, and reading them must succeed. Without it, the row is a report and a failure to read it a warning.
 */
async function approvalGate() {
    const required = (0,rules/* boolean */.zM)(inputs/* actionInputs */.e, 'require-approval', false);
    const twoPerson = (0,rules/* boolean */.zM)(inputs/* actionInputs */.e, 'two-person-control', false);
    const environment = (0,rules/* optional */.lq)(inputs/* actionInputs */.e, 'approval-environment') ?? 'byok-import';
    const token = (0,inputs/* secret */.r)('github-token');
    const env = process.env;
    const actors = [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].filter((a) => Boolean(a));
    const { GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
    if (required && env.GITHUB_ACTIONS !== 'true') {
        run/* actionLogger */.v.info('require-approval: not a GitHub Actions run, so there is no deployment review to check');
        return ['Approved by', 'not checked: not a GitHub Actions run'];
    }
    if (required && !token)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "github-token" is required with require-approval: true', 'Pass github-token: ${{ github.token }} and give the job "permissions: actions: read"');
    if (!token || !apiUrl || !repository || !runId) {
        if (required)
            throw new errors/* ConfigurationError */.j1('APPROVAL_MISSING', 'require-approval: GITHUB_API_URL, GITHUB_REPOSITORY or GITHUB_RUN_ID is not set, so the approvals cannot be read', 'Run the step in a GitHub Actions job, or set require-approval: false outside the ceremony');
        return ['Approved by', undefined];
    }
    let verdict;
    try {
        const reviews = await readApprovals({ apiUrl, repository, runId, token });
        verdict = approvalOf(reviews, environment, actors);
    }
    catch (error) {
        if (required || !(error instanceof errors/* ByokError */.i))
            throw error;
        run/* actionLogger */.v.warning(`${error.oneLine} [${error.code}]`);
        return ['Approved by', `not read: ${error.message}`];
    }
    return judge(verdict, { required, twoPerson, runId });
}
function judge(verdict, options) {
    const { environment, approvals, selfApprovers, ignored } = verdict;
    const others = ignored.length > 0 ? `; not counted: ${describeApprovals(ignored)}` : '';
    if (approvals.length === 0) {
        if (options.required)
            throw new errors/* ByokError */.i('APPROVAL_MISSING', `No approval of environment "${environment}" is recorded for run ${options.runId}${others}; nothing was imported`, `Bind this job to environment ${environment} with required reviewers, and have a reviewer approve the run`);
        return ['Approved by', `no approval of ${environment} recorded for this run${others}`];
    }
    const self = selfApprovers.length > 0 ? ` (self-approval: ${selfApprovers.join(', ')} started the run)` : '';
    if (self) {
        const onlySelf = selfApprovers.length === approvals.length;
        if (onlySelf && options.required && options.twoPerson)
            throw new errors/* ByokError */.i('APPROVAL_SELF', `Environment "${environment}" was approved only by ${selfApprovers.join(', ')}, who started run ${options.runId}, and two-person-control is true; nothing was imported`, 'Have a second person approve a new run, and turn on "Prevent self-review" for the environment');
        run/* actionLogger */.v.warning(`Self-approval: ${selfApprovers.join(', ')} started this run and approved environment "${environment}"`);
    }
    return ['Approved by', `${describeApprovals(approvals)}${self}`];
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./shared/src/transfer/manifest.ts




/**
 * The digest manifest that travels inside every artifact byok uploads: each file's name, size and SHA-256, and the
 * artifact name it was uploaded under. On arrival every file is checked against it, and nothing else may be there.
 *
 * What it catches: accidental damage, a file changed or added or removed in the artifact store, an artifact
 * swapped for another one of the run. What it cannot catch alone: someone who can write artifacts in the run
 * replacing the whole artifact, manifest included. Callers therefore also compare the KEK fingerprint passed
 * as a job output (outside the artifact store) with the PEM or sidecar that arrived.
 */
const manifest_MANIFEST_NAME = 'byok-manifest.json';
/**
 * What a byok artifact can hold. Its files are a KEK PEM and byok-kek.json, or a .byok and its sidecar: each a few KiB
 * (the largest, a .byok of an RSA-4096 key under a 4096-bit KEK, is about 4 KiB); a .byok may not exceed 64 KiB (byok/file.ts).
 * Anything larger was not uploaded by byok, and is refused before it is extracted.
 */
const MAX_FILE_BYTES = 64 * 1024;
/** The files and the manifest together, uncompressed. */
const MAX_ARTIFACT_BYTES = 256 * 1024;
function tamperedHint(artifact) {
    return `Rerun the job that produced "${artifact}", and investigate who can write artifacts in this workflow run`;
}
function tampered(artifact, message) {
    return new errors/* ConfigurationError */.j1('ARTIFACT_TAMPERED', message, tamperedHint(artifact));
}
async function describeFile(path, name) {
    const bytes = await readFile(path);
    return { name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
/** Hashes the files of `directory` named in `names` and writes the manifest beside them. */
async function manifest_writeManifest(directory, artifact, names) {
    const files = await Promise.all(names.map((name) => describeFile(join(directory, name), name)));
    const manifest = { version: 1, artifact, files };
    await writeFile(join(directory, manifest_MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
const PLAIN_NAME = /^(?!\.{1,2}$)[^/\\\0]{1,255}$/;
/** Parses the manifest that arrived in artifact `artifact`: byok's structure, this artifact's name, sizes byok writes. */
function parseManifest(artifact, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw tampered(artifact, `Artifact "${artifact}" has a ${manifest_MANIFEST_NAME} that is not valid JSON`);
    }
    const manifest = value;
    const entries = manifest?.files;
    const valid = manifest?.version === 1 &&
        typeof manifest.artifact === 'string' &&
        Array.isArray(entries) &&
        entries.every((entry) => typeof entry?.name === 'string' &&
            PLAIN_NAME.test(entry.name) &&
            entry.name !== manifest_MANIFEST_NAME &&
            Number.isSafeInteger(entry.size) &&
            entry.size >= 0 &&
            typeof entry.sha256 === 'string' &&
            /^[0-9a-f]{64}$/.test(entry.sha256)) &&
        new Set(entries.map((entry) => entry.name)).size === entries.length;
    if (!valid)
        throw tampered(artifact, `Artifact "${artifact}" has a ${manifest_MANIFEST_NAME} that byok did not write (unexpected structure)`);
    if (manifest.artifact !== artifact) {
        throw tampered(artifact, `Artifact "${artifact}" carries the manifest of artifact "${manifest.artifact}": it was swapped`);
    }
    const files = manifest.files;
    const oversized = files.find((entry) => entry.size > MAX_FILE_BYTES);
    const total = files.reduce((sum, entry) => sum + entry.size, 0);
    if (oversized || total > MAX_ARTIFACT_BYTES)
        throw tampered(artifact, oversized
            ? `Artifact "${artifact}" records file "${oversized.name}" of ${oversized.size} bytes, more than byok puts in an artifact (${MAX_FILE_BYTES})`
            : `Artifact "${artifact}" records ${total} bytes of files, more than byok puts in an artifact (${MAX_ARTIFACT_BYTES})`);
    return manifest;
}

;// CONCATENATED MODULE: ./shared/src/transfer/archive.ts








/**
 * Extracts a downloaded artifact archive under limits, with unzip-stream (the zip reader @actions/artifact itself
 * extracts with, which has no limits). A zip states sizes that need not be true, so every entry is counted as it
 * inflates: nothing larger than byok writes is inflated further, written or hashed, whatever the archive claims.
 *
 * Two passes over the archive on disk: the first only looks for the manifest, counting what precedes it; the second
 * writes each file the manifest records, hashing it on the way, and stops as soon as one exceeds its recorded size
 * or an entry is not recorded. Memory stays at a few stream buffers, and `directory` holds only recorded bytes.
 */
/** A zip of byok's files is the files plus their headers; the headers of a handful of files fit in 64 KiB. */
const MAX_ARCHIVE_BYTES = MAX_ARTIFACT_BYTES + 64 * 1024;
/** Passes bytes on, hashing them, and fails with `over()` as soon as more than `limit` have passed. */
function counted(limit, over) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const stream = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            if (bytes > limit)
                return done(over());
            hash.update(chunk);
            done(null, chunk);
        },
    });
    return { stream, bytes: () => bytes, sha256: () => hash.digest('hex') };
}
function sink(chunks) {
    return new external_node_stream_.Writable({
        write(chunk, _encoding, done) {
            chunks?.push(chunk);
            done();
        },
    });
}
/** Thrown by a visitor to end the walk early; not an error. */
class Stop extends Error {
}
/** Hands each entry of the archive to `visit`, which consumes it before the next one is read. */
async function eachEntry(archive, artifact, visit) {
    const visitor = new external_node_stream_.Writable({
        objectMode: true,
        write(entry, _encoding, done) {
            visit(entry).then(() => done(), done);
        },
    });
    // Loaded here: unzip-stream and its parser library are ~0.3 MiB that only a download needs.
    const { default: unzip } = await __webpack_require__.e(/* import() */ 991).then(__webpack_require__.t.bind(__webpack_require__, 33991, 19));
    try {
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(archive), unzip.Parse(), visitor);
    }
    catch (error) {
        if (error instanceof Stop)
            return;
        if (error instanceof errors/* ByokError */.i)
            throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw tampered(artifact, `Artifact "${artifact}" is not a zip archive byok can read (${reason})`);
    }
}
/** The manifest, read without writing anything; what precedes it counts against the limits. */
async function readManifest(archive, artifact) {
    let text;
    let total = 0;
    await eachEntry(archive, artifact, async (entry) => {
        const isManifest = entry.path === manifest_MANIFEST_NAME && entry.type === 'File';
        const limit = Math.min(MAX_FILE_BYTES, MAX_ARTIFACT_BYTES - total);
        const counter = counted(limit, () => tampered(artifact, limit < MAX_FILE_BYTES
            ? `Artifact "${artifact}" expands to more than ${MAX_ARTIFACT_BYTES} bytes, more than byok puts in an artifact`
            : `Artifact "${artifact}" holds "${entry.path}" of more than ${MAX_FILE_BYTES} bytes, larger than any file byok puts in an artifact`));
        const chunks = [];
        await (0,external_node_stream_promises_.pipeline)(entry, counter.stream, sink(isManifest ? chunks : undefined));
        total += counter.bytes();
        if (isManifest) {
            text = Buffer.concat(chunks).toString('utf8');
            throw new Stop();
        }
    });
    if (text === undefined)
        throw tampered(artifact, `Artifact "${artifact}" has no ${manifest_MANIFEST_NAME}: it was not uploaded by byok, or it was replaced`);
    return parseManifest(artifact, text);
}
/** Writes the files the manifest records into `directory`, each checked against its size and SHA-256. */
async function extractRecorded(archive, artifact, manifest, directory) {
    const recorded = new Map(manifest.files.map((entry) => [entry.name, entry]));
    const written = new Set();
    let manifests = 0;
    const altered = (name, how) => tampered(artifact, `Artifact "${artifact}" was altered after upload: file "${name}" ${how}`);
    await eachEntry(archive, artifact, async (entry) => {
        const name = entry.path;
        if (name === manifest_MANIFEST_NAME && ++manifests === 1) {
            await (0,external_node_stream_promises_.pipeline)(entry, sink()); // the bytes the first pass read, within its limit
            return;
        }
        const expected = recorded.get(name);
        if (!expected || entry.type !== 'File' || written.has(name))
            throw tampered(artifact, written.has(name)
                ? `Artifact "${artifact}" contains file "${name}" twice`
                : `Artifact "${artifact}" contains file "${name}" that was not recorded at upload`);
        const larger = () => altered(name, `is larger than the ${expected.size} bytes recorded at upload`);
        if (entry.size !== undefined && entry.size > expected.size)
            throw larger();
        const counter = counted(expected.size, larger);
        await (0,external_node_stream_promises_.pipeline)(entry, counter.stream, (0,external_node_fs_.createWriteStream)((0,external_node_path_.join)(directory, name), { flags: 'wx' }));
        if (counter.bytes() !== expected.size || counter.sha256() !== expected.sha256)
            throw altered(name, 'does not match the SHA-256 recorded at upload');
        written.add(name);
    });
    const missing = manifest.files.find((entry) => !written.has(entry.name));
    if (missing)
        throw tampered(artifact, `Artifact "${artifact}" is missing file "${missing.name}" that was recorded at upload`);
}
/**
 * Extracts the archive of artifact `artifact` into `directory` (empty), refusing with ARTIFACT_TAMPERED anything
 * byok did not upload: no manifest or another artifact's, a file not recorded or missing or altered, or more bytes
 * than byok ever puts in an artifact. On refusal `directory` may hold part of a recorded file: the caller removes it.
 */
async function extractArtifact(archive, artifact, directory) {
    const { size } = await (0,promises_.stat)(archive);
    if (size > MAX_ARCHIVE_BYTES)
        throw tampered(artifact, `Artifact "${artifact}" is a ${size}-byte archive, larger than byok uploads (${MAX_ARCHIVE_BYTES} bytes)`);
    const manifest = await readManifest(archive, artifact);
    await extractRecorded(archive, artifact, manifest, directory);
    return manifest;
}

;// CONCATENATED MODULE: ./shared/src/transfer/client.ts

/**
 * @actions/artifact, loaded on first use and by half. Its DefaultArtifactClient (lib/internal/client.js) imports
 * upload, download, listing and deletion together, and the upload half alone brings the Azure storage SDK and
 * archiver (about 2.7 MiB bundled). So byok imports, by file (the package's exports map names only its entry),
 * the library's own functions that the client's methods call: getArtifactInternal and downloadArtifactInternal
 * for a download, uploadArtifact for an upload; and, like the client, refuses GitHub Enterprise Server first.
 *
 * Retries are the library's own: its Twirp calls retry 429/5xx five times (3 s, then ×1.5), the Azure SDK
 * retries blob writes, and a failed download is tried five times 5 s apart. None of it is configurable from
 * outside except by the ACTIONS_ARTIFACT_* variables the runner documents (upload concurrency and chunk timeout),
 * whose defaults suit byok's small artifacts; byok adds no loop of its own around these calls.
 */
async function checkRuntime(artifact, operation) {
    for (const variable of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
        if (!process.env[variable]) {
            throw new errors/* ConfigurationError */.j1('ARTIFACT_RUNTIME_MISSING', `Artifact "${artifact}" cannot be exchanged: ${variable} is not set, so this is not a GitHub Actions job`, 'Run this step in a GitHub Actions job, or pass the file directly and leave the artifact input empty');
        }
    }
    const [{ isGhes }, { GHESNotSupportedError }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(287), __webpack_require__.e(893)]).then(__webpack_require__.bind(__webpack_require__, 48893)),
        __webpack_require__.e(/* import() */ 320).then(__webpack_require__.bind(__webpack_require__, 2320)),
    ]);
    if (isGhes())
        throw client_artifactError(new GHESNotSupportedError(), artifact, operation);
}
/** The download half: find an artifact of this run by name, and fetch its archive. */
async function artifactDownloader(artifact) {
    await checkRuntime(artifact, 'download');
    const [find, download] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(287), __webpack_require__.e(488), __webpack_require__.e(351), __webpack_require__.e(249)]).then(__webpack_require__.bind(__webpack_require__, 20249)),
        Promise.all(/* import() */[__webpack_require__.e(287), __webpack_require__.e(488), __webpack_require__.e(991), __webpack_require__.e(351), __webpack_require__.e(795)]).then(__webpack_require__.bind(__webpack_require__, 94795)),
    ]);
    return { getArtifact: find.getArtifactInternal, downloadArtifact: download.downloadArtifactInternal };
}
/** The upload half: zip files and upload them as an artifact of this run. */
async function client_artifactUploader(artifact) {
    await checkRuntime(artifact, 'upload');
    const { uploadArtifact } = await Promise.all(/* import() */[__webpack_require__.e(287), __webpack_require__.e(711), __webpack_require__.e(488), __webpack_require__.e(915), __webpack_require__.e(428), __webpack_require__.e(215)]).then(__webpack_require__.bind(__webpack_require__, 24215));
    return uploadArtifact;
}
function messageOf(error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
}
/** Turns what the client throws into byok's errors, naming the artifact. */
function client_artifactError(error, artifact, operation) {
    if (error instanceof errors/* ByokError */.i)
        return error;
    const name = error instanceof Error ? error.name : '';
    const message = messageOf(error);
    if (name === 'ArtifactNotFoundError') {
        return new errors/* ConfigurationError */.j1('ARTIFACT_NOT_FOUND', `Artifact "${artifact}" was not found in this workflow run`, `The job that uploads "${artifact}" must run earlier in the same workflow run: list it in this job's "needs:"`, { cause: error });
    }
    if (name === 'GHESNotSupportedError') {
        return new errors/* ConfigurationError */.j1('ARTIFACT_UNSUPPORTED', `Artifact "${artifact}" cannot be exchanged: ${message}`, 'Use github.com or GHE.com, or pass files directly', { cause: error });
    }
    if (/\(409\)/.test(message)) {
        return new errors/* ConfigurationError */.j1('ARTIFACT_EXISTS', `Artifact "${artifact}" already exists in this workflow run`, 'Artifact names are unique per workflow run: give this upload another name, or rerun the whole workflow rather than one job', { cause: error });
    }
    if (/\((401|403)\)/.test(message)) {
        return new errors/* ConfigurationError */.j1('ARTIFACT_ACCESS_DENIED', `The artifact service refused to ${operation} artifact "${artifact}": ${message}`, 'Artifacts are exchanged between jobs of the same workflow run only; check that this job runs in that run', { cause: error });
    }
    return new errors/* ByokError */.i('ARTIFACT_SERVICE_FAILED', `Could not ${operation} artifact "${artifact}": ${message}`, 'Rerun the job; if it persists, check https://www.githubstatus.com', {
        cause: error,
    });
}

;// CONCATENATED MODULE: ./shared/src/transfer/download.ts





/**
 * Downloads an artifact of this workflow run and checks it before handing it over: its listed size, the archive's
 * SHA-256 against the digest the uploader recorded (when the service lists one), then every file against the
 * manifest inside, extracted under limits (archive.ts). The client fetches the archive without extracting it
 * (its own extraction has no limits). Everything lands in a staging directory inside `destination` and only the
 * verified files are moved into place, so a refused artifact leaves nothing behind for a later step to pick up.
 *
 * These checks detect damage and a naive swap, not a deliberate replacement of the whole artifact by someone who
 * can write artifacts in this run (they can upload a matching manifest). The caller must also compare the KEK
 * fingerprint it received as a job output with the PEM or sidecar that arrived here.
 */
async function downloadFiles(options) {
    const { name, logger } = options;
    const destination = (0,external_node_path_.resolve)(options.destination);
    const client = await artifactDownloader(name);
    let found;
    try {
        found = (await client.getArtifact(name)).artifact;
    }
    catch (error) {
        throw client_artifactError(error, name, 'download');
    }
    const digest = found.digest?.replace(/^sha256:/, '');
    logger.info(`Downloading artifact "${name}" (id ${found.id}, ${found.size} bytes${digest ? `, sha256 ${digest}` : ''})`);
    if (found.size > MAX_ARCHIVE_BYTES)
        throw tampered(name, `Artifact "${name}" is listed at ${found.size} bytes, larger than byok uploads (${MAX_ARCHIVE_BYTES} bytes); it was not downloaded`);
    await (0,promises_.mkdir)(destination, { recursive: true });
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(destination, '.byok-download-'));
    try {
        const received = (0,external_node_path_.join)(staging, 'archive');
        let response;
        try {
            response = await client.downloadArtifact(found.id, {
                path: received,
                skipDecompress: true,
                ...(found.digest ? { expectedHash: found.digest } : {}),
            });
        }
        catch (error) {
            throw client_artifactError(error, name, 'download');
        }
        if (response.digestMismatch) {
            throw tampered(name, `Artifact "${name}" arrived with a SHA-256 different from the one recorded when it was uploaded`);
        }
        if (!found.digest)
            logger.warning(`Artifact "${name}" has no recorded digest; relying on its manifest alone`);
        // The client names the file after the blob's Content-Disposition, or "artifact".
        const [archive] = await (0,promises_.readdir)(received);
        if (!archive)
            throw client_artifactError(new Error('the client saved no archive'), name, 'download');
        const extracted = (0,external_node_path_.join)(staging, 'files');
        await (0,promises_.mkdir)(extracted);
        const manifest = await extractArtifact((0,external_node_path_.join)(received, archive), name, extracted);
        const files = [];
        for (const entry of manifest.files) {
            const target = (0,external_node_path_.join)(destination, entry.name);
            await (0,promises_.rename)((0,external_node_path_.join)(extracted, entry.name), target);
            files.push(target);
            logger.debug(`  ${entry.name}: ${entry.size} bytes, sha256 ${entry.sha256} (verified)`);
        }
        logger.info(`Artifact "${name}" verified: ${manifest.files.map((entry) => entry.name).join(', ')}`);
        return { artifactId: found.id, digest, files, manifest };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./shared/src/transfer/upload.ts






function upload_invalid(name, message) {
    return new ConfigurationError('ARTIFACT_FILES_INVALID', `Artifact "${name}": ${message}`, 'Give absolute paths of existing regular files in one directory');
}
async function checkFiles(name, files) {
    if (files.length === 0)
        throw upload_invalid(name, 'no files to upload');
    const directory = dirname(files[0]);
    const seen = new Set();
    for (const file of files) {
        if (!isAbsolute(file))
            throw upload_invalid(name, `"${file}" is not an absolute path`);
        if (dirname(file) !== directory)
            throw upload_invalid(name, `"${file}" is not in ${directory} with the other files`);
        const base = basename(file);
        if (base === MANIFEST_NAME)
            throw upload_invalid(name, `"${file}" has the name byok gives its manifest`);
        if (seen.has(base))
            throw upload_invalid(name, `"${file}" is listed twice`);
        seen.add(base);
        const stat = await lstat(file).catch(() => undefined);
        if (!stat?.isFile())
            throw upload_invalid(name, `"${file}" is not a regular file`);
    }
}
/**
 * Uploads files as one artifact of this workflow run, with a digest manifest (`byok-manifest.json`) that the
 * receiving job checks. The files are copied to a staging directory first, so the manifest describes exactly
 * the bytes that are uploaded and nothing is written beside the caller's files.
 */
async function upload_uploadFiles(options) {
    const { name, files, logger } = options;
    await checkFiles(name, files);
    const uploadArtifact = await artifactUploader(name);
    const staging = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'byok-upload-'));
    try {
        const names = files.map((file) => basename(file));
        await Promise.all(files.map((file, i) => copyFile(file, join(staging, names[i]))));
        const manifest = await writeManifest(staging, name, names);
        // The manifest first: the receiving job then usually finds it before the files (the zip writer may reorder
        // files as it reads them; the download works in any order).
        const paths = [MANIFEST_NAME, ...names].map((file) => join(staging, file));
        logger.info(`Uploading artifact "${name}": ${names.join(', ')}`);
        let response;
        try {
            response = await uploadArtifact(name, paths, staging, options.retentionDays ? { retentionDays: options.retentionDays } : {});
        }
        catch (error) {
            throw artifactError(error, name, 'upload');
        }
        if (response.id === undefined || !response.digest) {
            throw artifactError(new Error('the service did not return an artifact id and digest'), name, 'upload');
        }
        logger.info(`Uploaded artifact "${name}" (id ${response.id}, ${response.size ?? 0} bytes, sha256 ${response.digest})`);
        for (const entry of manifest.files)
            logger.debug(`  ${entry.name}: ${entry.size} bytes, sha256 ${entry.sha256}`);
        return { artifactId: response.id, digest: response.digest, size: response.size ?? 0, manifest };
    }
    finally {
        await rm(staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./shared/src/action/artifacts.ts









/** An artifact-name input: empty means no artifact; `auto` (when the input has one) means `auto`'s value. */
function artifactName(input, auto) {
    const value = optional(actionInputs, input);
    return value === 'auto' && auto !== undefined ? auto : value;
}
/** Uploads files as the named artifact; an empty name means the workflow asked for no upload. */
async function uploadNamedArtifact(name, files) {
    if (!name)
        return undefined;
    return uploadFiles({ name, files, logger: actionLogger });
}
/** Downloads and checks an artifact into a fresh folder under RUNNER_TEMP. */
async function downloadNamedArtifact(name) {
    const destination = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'byok-artifact-'));
    return { ...(await downloadFiles({ name, destination, logger: run/* actionLogger */.v })), destination };
}
/**
 * The files an earlier job published, when `fileInput` is not set: the artifact named by `input`, downloaded into a
 * fresh folder and checked against its manifest on arrival. Answers the files (none when `fileInput` is set), where
 * they came from, and the summary rows that record it.
 */
async function filesFromArtifact(fileInput, input, options = {}) {
    const file = (0,rules/* optional */.lq)(inputs/* actionInputs */.e, fileInput);
    const name = (0,rules/* optional */.lq)(inputs/* actionInputs */.e, input);
    if (options.exclusive && (file === undefined) === (name === undefined))
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', file
            ? `Inputs "${fileInput}" and "${input}" are both set`
            : `Neither "${fileInput}" nor "${input}" is set`, `Set "${input}" to the artifact the earlier job uploaded, or "${fileInput}" to a file`);
    if (file !== undefined)
        return { source: `input "${fileInput}"`, rows: [] };
    if (name === undefined)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', `Input "${input}" is required`, `Set "${input}" or "${fileInput}"`);
    const artifact = await downloadNamedArtifact(name);
    return {
        files: artifact.files,
        dir: artifact.destination,
        source: `artifact "${name}"`,
        rows: artifactRows(name, artifact),
    };
}
/** The one file of an earlier job's artifact that `pick` chooses, when `fileInput` is not set (filesFromArtifact). */
async function fileFromArtifact(fileInput, input, pick, options = {}) {
    const { files, source, rows } = await filesFromArtifact(fileInput, input, options);
    return files ? { path: pick(files, source), rows } : { rows };
}
/** Summary rows that let the receiving job's reviewer match what arrived with what was sent. */
function artifactRows(name, result) {
    if (!name || !result)
        return [];
    return [
        [
            `Artifact "${name}"`,
            `id ${result.artifactId}${result.digest ? `, sha256:${result.digest.replace(/^sha256:/, '')}` : ''}`,
        ],
        ...result.manifest.files.map((file) => [`  ${file.name}`, `sha256:${file.sha256}`]),
    ];
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./shared/src/action/core.ts
var core = __webpack_require__(32139);
// EXTERNAL MODULE: ./shared/src/azure/vault.ts
var vault = __webpack_require__(17375);
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
    const identity = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(915), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 73016));
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

// EXTERNAL MODULE: ./shared/src/requests/azure-inputs.ts
var azure_inputs = __webpack_require__(78043);
// EXTERNAL MODULE: ./shared/src/action/secrets.ts
var secrets = __webpack_require__(79331);
;// CONCATENATED MODULE: ./shared/src/action/azure.ts







/**
 * The Azure SDK logs (AZURE_LOG_LEVEL) go to the step's debug log, scrubbed like everything byok prints, instead of
 * straight to stderr where no secret is masked.
 */
async function routeAzureSdkLog() {
    const { AzureLogger } = await __webpack_require__.e(/* import() */ 567).then(__webpack_require__.bind(__webpack_require__, 7567));
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/command.js
var command = __webpack_require__(89635);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/file-command.js
var file_command = __webpack_require__(82902);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/summary.js
var summary = __webpack_require__(1170);
;// CONCATENATED MODULE: ./shared/src/action/core-files.ts


// By file, as in core.ts. These load node:crypto (the output delimiter) and fs/promises (the summary), which only a
// step that got past its inputs needs: apart from core.ts, so that a refused step loads neither.

/** @actions/core's file commands: the step's outputs and its summary, bound as its entry binds them (core.ts). */

function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return (0,file_command/* issueFileCommand */.n)('OUTPUT', (0,file_command/* prepareKeyValueMessage */.v)(name, value));
    process.stdout.write(external_node_os_.EOL);
    (0,command/* issueCommand */.L)('set-output', { name }, value);
}

;// CONCATENATED MODULE: ./shared/src/action/outputs.ts


/** Sets step outputs; values are scrubbed so that a secret can never leave through an output. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            setOutput(name, (0,secrets/* scrub */._I)(String(value)));
    }
}

;// CONCATENATED MODULE: ./shared/src/action/summary.ts


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
    await summary/* summary */.z.addRaw((0,secrets/* scrub */._I)(text), true).write();
}

;// CONCATENATED MODULE: ./action-import/src/work.ts










/** One key, its inputs checked (main.ts). */
async function importOne(request) {
    // The approval of this job's own environment in this run, before any file arrives or the vault is touched.
    const approvedBy = await approvalGate();
    const byok = await filesFromArtifact('byok-file', 'byok-artifact', { exclusive: true });
    const result = await importWrappedKey(request, await actionAzureAccess(), run/* actionLogger */.v, {
        ...(byok.files ? { byokFile: byokFileIn(byok.files, byok.source) } : {}),
    });
    setOutputs(result.outputs);
    await writeSummary(result.report, [...byok.rows, approvedBy]);
}
/** A key list: every key after the one approval; the action fails, after its summary, when any key failed. */
async function importList(request) {
    const approvedBy = await approvalGate();
    // The wrap job's artifact carries the .byok files, their sidecars and the list, bound by job outputs.
    const byok = await filesFromArtifact('byok-dir', 'byok-artifact', { exclusive: true });
    const result = await importWrappedKeys(request, await actionAzureAccess(), run/* actionLogger */.v, {
        ...(byok.dir ? { byokDir: byok.dir } : {}),
        ...(byok.files && !request.keyList ? { keyListFile: keyListIn(byok.files, byok.source) } : {}),
    });
    setOutputs(result.outputs);
    await writeSummary(result.report, [...byok.rows, approvedBy]);
    if (result.failure)
        throw result.failure;
}


/***/ }),

/***/ 82902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ issueFileCommand),
/* harmony export */   v: () => (/* binding */ prepareKeyValueMessage)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79896);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4679);
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yo: () => (/* binding */ markdownSummary),
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports SUMMARY_ENV_VAR, SUMMARY_DOCS_URL */
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70857);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79896);
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

/***/ })

};
