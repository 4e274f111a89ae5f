export const id = 423;
export const ids = [423,553];
export const modules = {

/***/ 43423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wrapList: () => (/* binding */ wrapList),
  wrapOne: () => (/* binding */ wrapOne)
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
    const full = (0,external_node_path_.resolve)(path);
    if ((await (0,promises_.stat)(full).catch(() => undefined))?.isDirectory())
        throw new errors/* ConfigurationError */.j1('FILE_NOT_REGULAR', `Input "${input}": ${path} is a directory`, `Set "${input}" to a file path`);
    let folder = (0,external_node_path_.dirname)(full);
    let info = await (0,promises_.stat)(folder).catch(() => undefined);
    while (!info && (0,external_node_path_.dirname)(folder) !== folder) {
        folder = (0,external_node_path_.dirname)(folder);
        info = await (0,promises_.stat)(folder).catch(() => undefined);
    }
    const problem = !info?.isDirectory()
        ? 'ENOTDIR'
        : await (0,promises_.access)(folder, external_node_fs_.constants.W_OK).then(() => undefined, (error) => error.code ?? 'error');
    if (problem)
        throw notWritable(input, path, problem);
}
/** An output that could not be written, named by its input, with the fix. */
function notWritable(input, path, code, cause) {
    return new errors/* ConfigurationError */.j1('OUTPUT_NOT_WRITABLE', `Input "${input}": cannot write ${path} (${code})`, `Set "${input}" to a writable file path in the workspace`, cause === undefined ? undefined : { cause });
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
        return createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
    if (kty === 'EC') {
        const crv = jwk.crv === 'P-256K' ? 'secp256k1' : jwk.crv;
        return createPublicKey({ key: { kty: 'EC', crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
    }
    throw new ConfigurationError('KEY_TYPE_UNSUPPORTED', `a ${jwk.kty} key has no public key to read`);
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

;// CONCATENATED MODULE: ./shared/src/keys/key-id.ts
/** A versioned key id as the service writes it: https://HOST/keys/NAME/VERSION (docs/byok-format.md "REST"). */
const VERSIONED_KEY_ID = /^(https:\/\/[^/\s]+)\/keys\/([0-9a-zA-Z-]{1,127})\/([0-9a-fA-F]{32})$/;
/** Splits a versioned key id; undefined when the text is not one. */
function key_id_parseVersionedKeyId(kid) {
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

// EXTERNAL MODULE: ./shared/src/keys/patterns.ts
var patterns = __webpack_require__(9125);
;// CONCATENATED MODULE: ./shared/src/json.ts
/** Parses text that must hold one JSON object; `invalid` builds the caller's error for its own file. */
function json_parseJsonObject(text, invalid) {
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

;// CONCATENATED MODULE: ./shared/src/kek/metadata.ts




const KEK_METADATA_FILE = 'byok-kek.json';
function serializeKekMetadata(metadata) {
    return `${JSON.stringify(metadata, null, 2)}\n`;
}
/** Reads byok-kek.json strictly: every field typed, nothing taken on trust. */
function parseKekMetadata(text, source) {
    const invalid = (problem) => new errors/* ConfigurationError */.j1('KEK_METADATA_INVALID', `${source}: ${problem}`, 'Use the byok-kek.json that action-kek-download wrote, or remove it and give kek-id');
    const m = json_parseJsonObject(text, invalid);
    if (typeof m.kid !== 'string' || !key_id_parseVersionedKeyId(m.kid)) {
        throw invalid('"kid" is not a versioned key id');
    }
    if (typeof m.fingerprint !== 'string' || !patterns/* FINGERPRINT_PATTERN */.o.test(m.fingerprint))
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
function checkKek(kek, now = new Date()) {
    const fix = 'Create a KEK with action-kek-create (RSA-HSM, key_ops ["import"]) or name a valid one';
    if (kek.kty !== 'RSA-HSM' && kek.kty !== 'RSA') {
        throw new ConfigurationError('KEK_TYPE_INVALID', `${kek.kid} is a ${kek.kty} key; a KEK must be RSA-HSM`, fix);
    }
    if (kek.kty !== 'RSA-HSM') {
        throw new ConfigurationError('KEK_NOT_HSM', `${kek.kid} is a software-protected RSA key; a KEK must be RSA-HSM`, fix);
    }
    const size = kekSize(kek);
    if (!KEK_SIZES.includes(size)) {
        throw new ConfigurationError('KEK_SIZE_INVALID', `${kek.kid} is RSA-${size}; a KEK must be RSA 2048, 3072 or 4096`, fix);
    }
    if (kek.keyOps.length !== 1 || kek.keyOps[0] !== 'import') {
        throw new ConfigurationError('KEK_OPS_INVALID', `${kek.kid} allows [${kek.keyOps.join(', ')}]; a KEK must allow exactly [import]`, fix);
    }
    if (!kek.enabled) {
        throw new ConfigurationError('KEK_DISABLED', `${kek.kid} is disabled`, 'Enable it, or create a new KEK with action-kek-create (if-exists: rotate)');
    }
    if (kek.expiresOn && kek.expiresOn.getTime() <= now.getTime()) {
        throw new ConfigurationError('KEK_EXPIRED', `${kek.kid} expired at ${kek.expiresOn.toISOString()}`, 'Create a new KEK version with action-kek-create (if-exists: rotate)');
    }
    if (kek.notBefore && kek.notBefore.getTime() > now.getTime()) {
        throw new ConfigurationError('KEK_NOT_YET_VALID', `${kek.kid} is not valid before ${kek.notBefore.toISOString()}`, 'Wait until then or create a new KEK version');
    }
}

;// CONCATENATED MODULE: ./shared/src/kek/wrap-kek.ts









/** An RSA-4096 public key PEM is about 800 bytes, byok-kek.json a few hundred: anything larger is the wrong file. */
const MAX_KEK_FILE_BYTES = 64 * 1024;
async function readCapped(path) {
    const { size } = await (0,promises_.stat)(path);
    if (size > MAX_KEK_FILE_BYTES) {
        throw new errors/* ConfigurationError */.j1('FILE_TOO_LARGE', `Input "kek-file": ${path} is ${size} bytes, more than the ${MAX_KEK_FILE_BYTES} a KEK file can be`, 'Give the KEK public key PEM and byok-kek.json that action-kek-download wrote');
    }
    return (0,promises_.readFile)(path);
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
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new errors/* ConfigurationError */.j1('KEK_FILE_NOT_FOUND', `Input "kek-file": ${file} cannot be read (${error.code ?? 'error'})`, 'Give the KEK public key PEM that action-kek-download wrote (download the kek artifact first)', { cause: error });
    }
    const publicKey = readPublicKeyPem(pem, `Input "kek-file": ${file}`);
    const size = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
    if (publicKey.asymmetricKeyType !== 'rsa') {
        throw new errors/* ConfigurationError */.j1('KEK_TYPE_INVALID', `Input "kek-file": ${file} holds an ${String(publicKey.asymmetricKeyType).toUpperCase()} public key; a KEK must be RSA 2048, 3072 or 4096`, 'Give the public key of the KEK created by action-kek-create');
    }
    if (!KEK_SIZES.includes(size)) {
        throw new errors/* ConfigurationError */.j1('KEK_SIZE_INVALID', `Input "kek-file": ${file} holds an RSA-${size} public key; a KEK must be RSA 2048, 3072 or 4096`, 'Give the public key of the KEK created by action-kek-create');
    }
    const actual = fingerprint(publicKey);
    if (options.fingerprint !== undefined) {
        if (!patterns/* FINGERPRINT_PATTERN */.o.test(options.fingerprint)) {
            throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "kek-fingerprint" is ${JSON.stringify(options.fingerprint.slice(0, 80))}; expected sha256:<64 lowercase hex>`, 'Pass the kek-fingerprint output of action-kek-create or action-kek-download');
        }
        if (options.fingerprint !== actual) {
            throw new errors/* ConfigurationError */.j1('KEK_FINGERPRINT_MISMATCH', `Input "kek-fingerprint": ${file} has fingerprint ${actual}, not ${options.fingerprint}; the KEK file was changed or swapped in transit`, 'Stop and find out why: download the KEK public key again from the vault and compare fingerprints');
        }
    }
    const metadataFile = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), KEK_METADATA_FILE);
    let metadata;
    if ((0,external_node_fs_.existsSync)(metadataFile)) {
        metadata = parseKekMetadata((await readCapped(metadataFile)).toString('utf8'), `Input "kek-file": ${metadataFile}`);
        if (metadata.fingerprint !== actual) {
            throw new errors/* ConfigurationError */.j1('KEK_FINGERPRINT_MISMATCH', `Input "kek-file": ${metadataFile} describes KEK ${metadata.fingerprint}, but ${file} has fingerprint ${actual}`, 'The two files do not belong together; download the kek artifact again');
        }
        if (options.now && metadata.expiresOn && Date.parse(metadata.expiresOn) <= options.now.getTime()) {
            throw new errors/* ConfigurationError */.j1('KEK_EXPIRED', `Input "kek-file": the KEK ${metadata.kid} expired at ${metadata.expiresOn} (${metadataFile}); the vault refuses imports under it`, 'Create a new KEK version with action-kek-create and wrap again');
        }
    }
    if (options.kid !== undefined && !key_id_parseVersionedKeyId(options.kid)) {
        throw new errors/* ConfigurationError */.j1('INPUT_INVALID', `Input "kek-id" is ${JSON.stringify(options.kid.slice(0, 200))}; expected a versioned key id https://HOST/keys/NAME/VERSION`, 'Pass the kek-id output of action-kek-create (it includes the version)');
    }
    if (options.kid !== undefined && metadata && options.kid.toLowerCase() !== metadata.kid.toLowerCase()) {
        throw new errors/* ConfigurationError */.j1('KEK_ID_MISMATCH', `Input "kek-id" is ${options.kid}, but ${metadataFile} says the KEK is ${metadata.kid}`, 'Give the kek-id of the KEK whose public key is in kek-file, or leave kek-id empty to take it from byok-kek.json');
    }
    const kid = options.kid ?? metadata?.kid;
    if (kid === undefined) {
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', `Input "kek-id" is required: there is no ${KEK_METADATA_FILE} beside ${file}`, 'Pass the kek-id output of action-kek-create, or download the whole kek artifact (kek.pem + byok-kek.json)');
    }
    logger.info(`KEK ${kid}: RSA-${size}, ${actual}${options.fingerprint ? ' (matches kek-fingerprint)' : ''}`);
    return { kid, publicKey, fingerprint: actual, size, file, ...(metadata ? { metadataFile } : {}) };
}
/** The one PEM among files that arrived together (the kek artifact). */
function kekPemIn(files, source) {
    const found = files.filter((file) => file.endsWith('.pem'));
    if (found.length !== 1) {
        throw new errors/* ConfigurationError */.j1('KEK_NOT_FOUND', `${source} holds ${found.length} PEM files; expected exactly one`, 'Give the artifact that action-kek-download uploaded, or set "kek-file"');
    }
    return found[0];
}

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
var external_node_url_ = __webpack_require__(73136);
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
var vault_kinds = __webpack_require__(67797);
;// CONCATENATED MODULE: ./shared/src/byok/base64.ts
/** Decodes base64url or base64, padded or not, and refuses any other character (Buffer.from skips them silently). */
function base64_decodeBase64Lenient(text) {
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
const MAX_BYOK_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
function file_invalid(source, problem, hint = 'Give a .byok file written by action-wrap or an HSM vendor BYOK tool') {
    return new ConfigurationError('BYOK_INVALID', `${source}: ${problem}`, hint);
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

// EXTERNAL MODULE: ./shared/src/keys/target.ts
var keys_target = __webpack_require__(75851);
;// CONCATENATED MODULE: ./shared/src/byok/sidecar.ts




function sidecarPath(byokPath) {
    return `${byokPath}.json`;
}
function serializeSidecar(sidecar) {
    return `${JSON.stringify(sidecar, null, 2)}\n`;
}
function parseSidecar(text, source) {
    const invalid = (problem) => new ConfigurationError('SIDECAR_INVALID', `${source}: ${problem}`, 'Use the .byok.json that action-wrap wrote, or remove it and set key-type');
    const s = parseJsonObject(text, invalid);
    if (typeof s.kid !== 'string')
        throw invalid('"kid" is missing');
    if (s.keyType !== 'RSA' && s.keyType !== 'EC' && s.keyType !== 'oct')
        throw invalid('"keyType" is not RSA, EC or oct');
    if (s.keyType === 'EC' && !TARGET_EC_CURVES.includes(s.curve))
        throw invalid('"curve" is not a supported curve');
    if (s.keyType !== 'EC' && typeof s.keySize !== 'number')
        throw invalid('"keySize" is missing');
    if (s.keyType !== 'oct' &&
        (typeof s.publicKey !== 'string' || typeof s.publicKeyFingerprint !== 'string')) {
        throw invalid('"publicKey" and "publicKeyFingerprint" are required for RSA and EC keys');
    }
    if (s.publicKeyFingerprint !== undefined && !FINGERPRINT_PATTERN.test(String(s.publicKeyFingerprint)))
        throw invalid('"publicKeyFingerprint" is not sha256:<64 hex>');
    if (typeof s.kekFingerprint !== 'string' || !FINGERPRINT_PATTERN.test(s.kekFingerprint))
        throw invalid('"kekFingerprint" is not sha256:<64 hex>');
    if (typeof s.byokDigest !== 'string' || !FINGERPRINT_PATTERN.test(s.byokDigest))
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
    if (s.keyCheckValue !== undefined && !KEY_CHECK_PATTERN.test(s.keyCheckValue))
        throw invalid('"keyCheckValue" is not 32 lowercase hex digits');
    const token = s.token;
    if (typeof token !== 'object' ||
        token === null ||
        ['label', 'manufacturer', 'model', 'serialNumber', 'firmware'].some((k) => typeof token[k] !== 'string')) {
        throw invalid('"token" does not hold the source token\'s label, manufacturer, model, serialNumber and firmware');
    }
    return s;
}

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

;// CONCATENATED MODULE: ./shared/src/hsm/wrap.ts




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
        const out = lib.C_Encrypt(session, Buffer.concat([Buffer.alloc(16), KEY_CHECK_BLOCK]), Buffer.alloc(48));
        return { kcv: out.subarray(0, 3).toString('hex'), binding: out.subarray(16, 32).toString('hex') };
    });
}

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

;// CONCATENATED MODULE: ./shared/src/operations/wrap-session.ts


















/** Reads and checks the KEK the wrap is for, and lets the front end confirm it, before the HSM is opened. */
async function prepareKek(input, options, logger) {
    const file = input.kek.file ?? options.kekFile;
    if (file === undefined)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "kek-file" is required', 'Set "kek-file" to the KEK PEM');
    checkJobOutputs({ 'kek-fingerprint': input.kek.fingerprint }, input.requireJobOutputs, logger);
    const now = options.now ?? (() => new Date());
    const kek = await readWrapKek({ ...input.kek, file, now: now() }, logger);
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
        const byokText = serializeByok({ kid: kek.kid, ciphertext, generator: session.generator });
        const byokDigest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(byokText, 'utf8').digest('hex')}`;
        const publicKeyFingerprint = found.publicKey ? fingerprint(found.publicKey) : undefined;
        const { label: tokenLabel, manufacturer, model, serialNumber, firmware } = hsm.token;
        const sidecar = {
            kid: kek.kid,
            keyType: found.spec.type,
            keyLabel: found.label,
            keyId: found.id,
            ...(found.spec.type === 'EC' ? { curve: found.spec.curve } : { keySize: found.spec.size }),
            ...(found.publicKey ? { publicKey: toSpkiPem(found.publicKey), publicKeyFingerprint } : {}),
            ...(checks ? { keyCheckValue: checks.binding } : {}),
            ...(padded ? { paddedKwp: true } : {}),
            kekFingerprint: kek.fingerprint,
            byokDigest,
            token: { label: tokenLabel, manufacturer, model, serialNumber, firmware },
            mechanism: session.mechanism,
            createdAt: session.now().toISOString(),
            generator: session.generator,
        };
        const sidecarFile = sidecarPath(byokFile);
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(byokFile), { recursive: true });
            await (0,promises_.writeFile)(byokFile, byokText, 'utf8');
            await (0,promises_.writeFile)(sidecarFile, serializeSidecar(sidecar), 'utf8');
        }
        catch (error) {
            throw notWritable('output', byokFile, error.code ?? String(error), error);
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
    await checkOutputPath('output', request.output);
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

;// CONCATENATED MODULE: ./shared/src/operations/wrap-keys.ts












/**
 * Wraps every key of the list in one PKCS#11 session: the KEK checked and the RFC 5649 mechanism probed and
 * known-answer tested once, each key found (or generated) and wrapped under the same KEK into `<name>.byok` and its
 * sidecar. One key's failure is recorded and the others go on; the binding digest is given only when all succeeded.
 */
async function wrapKeys(request, options, logger) {
    const file = request.keyList ?? options.keyListFile;
    if (file === undefined)
        throw new errors/* ConfigurationError */.j1('INPUT_REQUIRED', 'Input "key-list" is required', 'Set "key-list" to the key list file');
    checkJobOutputs({ 'kek-fingerprint': request.kek.fingerprint, 'key-list-sha256': request.keyListSha256 }, request.requireJobOutputs, logger);
    const list = await readKeyList('key-list', file, request.keyListSha256);
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
        const listCopy = (0,external_node_path_.join)(outputDir, artifactListName(list.file));
        const failure = keysFailed(results, 'nothing was uploaded for the import', 'Fix what the results table says for each of them and run the wrap again (every key is wrapped again)');
        if (!failure)
            await (0,promises_.writeFile)(listCopy, list.bytes);
        const digest = failure
            ? undefined
            : keyListDigest(results.map((r) => ({
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
                results: resultsOutput(results),
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
                tables: [resultsTable(results, 'HSM key (label, id)')],
                notes: [...warnings].map((w) => `Warning: ${w}`),
            },
        };
    });
}
function byokPaths(outputDir, name) {
    const byok = (0,external_node_path_.join)(outputDir, `${name}.byok`);
    return [byok, sidecarPath(byok)];
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
        const result = failedKey(entry.name, error, {
            ...identity,
            ...(type ? { type: (0,keys_target/* describeTarget */.ff)((0,inputs_target/* specToGenerate */.W)({ ...entry.target, type }, entry.name)) } : {}),
        });
        logger.warning(`Key "${entry.name}" (label "${entry.label}") was not wrapped: ${result.reason}`);
        return { result, warned: [] };
    }
}

// EXTERNAL MODULE: ./shared/src/requests/wrap-key.ts + 1 modules
var wrap_key = __webpack_require__(80138);
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
const MANIFEST_NAME = 'byok-manifest.json';
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
    const bytes = await (0,promises_.readFile)(path);
    return { name, size: bytes.length, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') };
}
/** Hashes the files of `directory` named in `names` and writes the manifest beside them. */
async function writeManifest(directory, artifact, names) {
    const files = await Promise.all(names.map((name) => describeFile((0,external_node_path_.join)(directory, name), name)));
    const manifest = { version: 1, artifact, files };
    await (0,promises_.writeFile)((0,external_node_path_.join)(directory, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
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
        throw tampered(artifact, `Artifact "${artifact}" has a ${MANIFEST_NAME} that is not valid JSON`);
    }
    const manifest = value;
    const entries = manifest?.files;
    const valid = manifest?.version === 1 &&
        typeof manifest.artifact === 'string' &&
        Array.isArray(entries) &&
        entries.every((entry) => typeof entry?.name === 'string' &&
            PLAIN_NAME.test(entry.name) &&
            entry.name !== MANIFEST_NAME &&
            Number.isSafeInteger(entry.size) &&
            entry.size >= 0 &&
            typeof entry.sha256 === 'string' &&
            /^[0-9a-f]{64}$/.test(entry.sha256)) &&
        new Set(entries.map((entry) => entry.name)).size === entries.length;
    if (!valid)
        throw tampered(artifact, `Artifact "${artifact}" has a ${MANIFEST_NAME} that byok did not write (unexpected structure)`);
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
        const isManifest = entry.path === MANIFEST_NAME && entry.type === 'File';
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
        throw tampered(artifact, `Artifact "${artifact}" has no ${MANIFEST_NAME}: it was not uploaded by byok, or it was replaced`);
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
        if (name === MANIFEST_NAME && ++manifests === 1) {
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
        throw artifactError(new GHESNotSupportedError(), artifact, operation);
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
async function artifactUploader(artifact) {
    await checkRuntime(artifact, 'upload');
    const { uploadArtifact } = await Promise.all(/* import() */[__webpack_require__.e(287), __webpack_require__.e(488), __webpack_require__.e(333)]).then(__webpack_require__.bind(__webpack_require__, 7333));
    return uploadArtifact;
}
function messageOf(error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
}
/** Turns what the client throws into byok's errors, naming the artifact. */
function artifactError(error, artifact, operation) {
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
        throw artifactError(error, name, 'download');
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
            throw artifactError(error, name, 'download');
        }
        if (response.digestMismatch) {
            throw tampered(name, `Artifact "${name}" arrived with a SHA-256 different from the one recorded when it was uploaded`);
        }
        if (!found.digest)
            logger.warning(`Artifact "${name}" has no recorded digest; relying on its manifest alone`);
        // The client names the file after the blob's Content-Disposition, or "artifact".
        const [archive] = await (0,promises_.readdir)(received);
        if (!archive)
            throw artifactError(new Error('the client saved no archive'), name, 'download');
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
    return new errors/* ConfigurationError */.j1('ARTIFACT_FILES_INVALID', `Artifact "${name}": ${message}`, 'Give absolute paths of existing regular files in one directory');
}
async function checkFiles(name, files) {
    if (files.length === 0)
        throw upload_invalid(name, 'no files to upload');
    const directory = (0,external_node_path_.dirname)(files[0]);
    const seen = new Set();
    for (const file of files) {
        if (!(0,external_node_path_.isAbsolute)(file))
            throw upload_invalid(name, `"${file}" is not an absolute path`);
        if ((0,external_node_path_.dirname)(file) !== directory)
            throw upload_invalid(name, `"${file}" is not in ${directory} with the other files`);
        const base = (0,external_node_path_.basename)(file);
        if (base === MANIFEST_NAME)
            throw upload_invalid(name, `"${file}" has the name byok gives its manifest`);
        if (seen.has(base))
            throw upload_invalid(name, `"${file}" is listed twice`);
        seen.add(base);
        const stat = await (0,promises_.lstat)(file).catch(() => undefined);
        if (!stat?.isFile())
            throw upload_invalid(name, `"${file}" is not a regular file`);
    }
}
/**
 * Uploads files as one artifact of this workflow run, with a digest manifest (`byok-manifest.json`) that the
 * receiving job checks. The files are copied to a staging directory first, so the manifest describes exactly
 * the bytes that are uploaded and nothing is written beside the caller's files.
 */
async function uploadFiles(options) {
    const { name, files, logger } = options;
    await checkFiles(name, files);
    const uploadArtifact = await artifactUploader(name);
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'byok-upload-'));
    try {
        const names = files.map((file) => (0,external_node_path_.basename)(file));
        await Promise.all(files.map((file, i) => (0,promises_.copyFile)(file, (0,external_node_path_.join)(staging, names[i]))));
        const manifest = await writeManifest(staging, name, names);
        // The manifest first: the receiving job then usually finds it before the files (the zip writer may reorder
        // files as it reads them; the download works in any order).
        const paths = [MANIFEST_NAME, ...names].map((file) => (0,external_node_path_.join)(staging, file));
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
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./shared/src/action/inputs.ts
var inputs = __webpack_require__(47013);
// EXTERNAL MODULE: ./shared/src/action/run.ts
var run = __webpack_require__(77471);
;// CONCATENATED MODULE: ./shared/src/action/artifacts.ts









/** An artifact-name input: empty means no artifact; `auto` (when the input has one) means `auto`'s value. */
function artifactName(input, auto) {
    const value = (0,rules/* optional */.lq)(inputs/* actionInputs */.e, input);
    return value === 'auto' && auto !== undefined ? auto : value;
}
/** Uploads files as the named artifact; an empty name means the workflow asked for no upload. */
async function uploadNamedArtifact(name, files) {
    if (!name)
        return undefined;
    return uploadFiles({ name, files, logger: run/* actionLogger */.v });
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

// EXTERNAL MODULE: ./shared/src/action/secrets.ts
var secrets = __webpack_require__(79331);
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

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./action-wrap/src/work.ts










const tool = `byok action-wrap ${package_namespaceObject.rE}`;
/** One key, its inputs checked and its PIN masked (main.ts). */
async function wrapOne(request, pin) {
    const upload = artifactName('byok-artifact', `byok-${(0,wrap_key/* fileBaseOf */.Jp)(request.key.label)}`);
    const kek = await filesFromArtifact('kek-file', 'kek-artifact');
    const result = await wrapKey(request, { pin, tool, ...(kek.files ? { kekFile: kekPemIn(kek.files, kek.source) } : {}) }, run/* actionLogger */.v);
    const artifact = await uploadNamedArtifact(upload, [result.byokFile, result.sidecarFile]);
    setOutputs({ ...result.outputs, 'artifact-id': artifact?.artifactId });
    await writeSummary(result.report, [...kek.rows, ...artifactRows(upload, artifact)]);
}
/** A key list: every key in one session, one artifact for all of them, uploaded only when every key was wrapped. */
async function wrapList(request, pin) {
    const upload = artifactName('byok-artifact', 'byok-keys');
    // In the reusable workflow the list arrives with the KEK, bound by the kek job's key-list-sha256 output.
    const kek = await filesFromArtifact('kek-file', 'kek-artifact');
    const result = await wrapKeys(request, {
        pin,
        tool,
        ...(kek.files ? { kekFile: kekPemIn(kek.files, kek.source) } : {}),
        ...(kek.files && !request.keyList ? { keyListFile: keyListIn(kek.files, kek.source) } : {}),
    }, run/* actionLogger */.v);
    const artifact = result.failure ? undefined : await uploadNamedArtifact(upload, result.files);
    setOutputs({ ...result.outputs, 'artifact-id': artifact?.artifactId });
    await writeSummary(result.report, [...kek.rows, ...artifactRows(upload, artifact)]);
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
