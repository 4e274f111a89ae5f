export const id = 781;
export const ids = [781];
export const modules = {

/***/ 22114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qy: () => (/* binding */ artifactListName),
  M5: () => (/* binding */ readKeyList)
});

// UNUSED EXPORTS: MAX_LIST_KEYS, keyListIn, parseKeyList

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/files/input-files.ts
var input_files = __webpack_require__(36749);
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
    const bytes = await (0,input_files/* readInputFile */.jH)(input, path, MAX_LIST_BYTES);
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
        throw new ConfigurationError('KEY_LIST_MISMATCH', `${source} holds ${found.length} key lists (key-list.yaml or key-list.json); expected exactly one`, 'Give the artifact of the job that read the key list (key-list-sha256 names it), or set "key-list"');
    return found[0];
}


/***/ }),

/***/ 53007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ keyListDigest)
/* harmony export */ });
/* unused harmony export keyListLines */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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

/***/ 24802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ keysFailed),
/* harmony export */   fU: () => (/* binding */ failedKey),
/* harmony export */   r6: () => (/* binding */ resultsTable),
/* harmony export */   wH: () => (/* binding */ resultsOutput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);

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

/***/ 48781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wrapKeys: () => (/* binding */ wrapKeys)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _byok_sidecar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81796);
/* harmony import */ var _batch_list_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53007);
/* harmony import */ var _batch_key_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22114);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33904);
/* harmony import */ var _hsm_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57512);
/* harmony import */ var _inputs_target_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40364);
/* harmony import */ var _keys_target_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75851);
/* harmony import */ var _job_outputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(69166);
/* harmony import */ var _key_results_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(24802);
/* harmony import */ var _wrap_session_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(96288);












/**
 * Wraps every key of the list in one PKCS#11 session: the KEK checked and the RFC 5649 mechanism probed and
 * known-answer tested once, each key found (or generated) and wrapped under the same KEK into `<name>.byok` and its
 * sidecar. One key's failure is recorded and the others go on; the binding digest is given only when all succeeded.
 */
async function wrapKeys(request, options, logger) {
    const file = request.keyList ?? options.keyListFile;
    if (file === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('INPUT_REQUIRED', 'Input "key-list" is required', 'Set "key-list" to the key list file');
    (0,_job_outputs_js__WEBPACK_IMPORTED_MODULE_9__/* .checkJobOutputs */ .i)({ 'kek-fingerprint': request.kek.fingerprint, 'key-list-sha256': request.keyListSha256 }, request.requireJobOutputs, logger);
    const list = await (0,_batch_key_list_js__WEBPACK_IMPORTED_MODULE_4__/* .readKeyList */ .M5)('key-list', file, request.keyListSha256);
    const kek = await (0,_wrap_session_js__WEBPACK_IMPORTED_MODULE_11__/* .prepareKek */ .rR)({ ...request, requireJobOutputs: false }, options, logger);
    const outputDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.outputDir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outputDir, { recursive: true }).catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('OUTPUT_NOT_WRITABLE', `Input "output-dir": cannot create ${outputDir} (${error.code ?? 'error'})`, 'Set "output-dir" to a writable folder in the workspace');
    });
    const started = Date.now();
    return (0,_hsm_session_js__WEBPACK_IMPORTED_MODULE_6__/* .withHsmSession */ .D)({ ...request.hsm, pin: options.pin }, logger, async (hsm) => {
        const session = (0,_wrap_session_js__WEBPACK_IMPORTED_MODULE_11__/* .startWrapSession */ .rJ)(hsm, request, kek, options, logger);
        const results = [];
        const warnings = new Set();
        for (const entry of list.entries) {
            const { result, warned } = await wrapEntry(session, entry, outputDir, logger);
            results.push(result);
            for (const warning of warned)
                warnings.add(warning);
        }
        const listCopy = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outputDir, (0,_batch_key_list_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactListName */ .qy)(list.file));
        const failure = (0,_key_results_js__WEBPACK_IMPORTED_MODULE_10__/* .keysFailed */ .It)(results, 'nothing was uploaded for the import', 'Fix what the results table says for each of them and run the wrap again (every key is wrapped again)');
        if (!failure)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(listCopy, list.bytes);
        const digest = failure
            ? undefined
            : (0,_batch_list_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .keyListDigest */ .q)(results.map((r) => ({
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
                results: (0,_key_results_js__WEBPACK_IMPORTED_MODULE_10__/* .resultsOutput */ .wH)(results),
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
                    ['Token', (0,_wrap_session_js__WEBPACK_IMPORTED_MODULE_11__/* .describeToken */ .dE)(hsm.token)],
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
                tables: [(0,_key_results_js__WEBPACK_IMPORTED_MODULE_10__/* .resultsTable */ .r6)(results, 'HSM key (label, id)')],
                notes: [...warnings].map((w) => `Warning: ${w}`),
            },
        };
    });
}
function byokPaths(outputDir, name) {
    const byok = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outputDir, `${name}.byok`);
    return [byok, (0,_byok_sidecar_js__WEBPACK_IMPORTED_MODULE_2__/* .sidecarPath */ .n8)(byok)];
}
/** One key of the list; a failure becomes its result, and leaves no file of this key behind. */
async function wrapEntry(session, entry, outputDir, logger) {
    const [byokFile, sidecarFile] = byokPaths(outputDir, entry.name);
    await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(byokFile, { force: true }), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(sidecarFile, { force: true })]);
    const { type } = entry.target;
    const identity = { label: entry.label, ...(entry.id ? { keyId: entry.id.toString('hex') } : {}) };
    try {
        const wrapped = await (0,_wrap_session_js__WEBPACK_IMPORTED_MODULE_11__/* .wrapTarget */ .CY)(session, {
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
        await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(byokFile, { force: true }), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(sidecarFile, { force: true })]);
        const result = (0,_key_results_js__WEBPACK_IMPORTED_MODULE_10__/* .failedKey */ .fU)(entry.name, error, {
            ...identity,
            ...(type ? { type: (0,_keys_target_js__WEBPACK_IMPORTED_MODULE_8__/* .describeTarget */ .ff)((0,_inputs_target_js__WEBPACK_IMPORTED_MODULE_7__/* .specToGenerate */ .W)({ ...entry.target, type }, entry.name)) } : {}),
        });
        logger.warning(`Key "${entry.name}" (label "${entry.label}") was not wrapped: ${result.reason}`);
        return { result, warned: [] };
    }
}


/***/ })

};
