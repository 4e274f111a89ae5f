export const id = 955;
export const ids = [955];
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

/***/ 5955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importWrappedKeys: () => (/* binding */ importWrappedKeys)
});

// UNUSED EXPORTS: IMPORT_CONCURRENCY

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/src/azure/import-key.ts + 2 modules
var import_key = __webpack_require__(76982);
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

// EXTERNAL MODULE: ./shared/src/azure/kek.ts
var azure_kek = __webpack_require__(94066);
// EXTERNAL MODULE: ./shared/src/azure/key-client.ts + 1 modules
var key_client = __webpack_require__(15462);
// EXTERNAL MODULE: ./shared/src/azure/errors.ts
var errors = __webpack_require__(3844);
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
        const translated = (0,errors/* translateAzureError */.I4)(error, 'list the keys');
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

// EXTERNAL MODULE: ./shared/src/batch/key-list.ts + 1 modules
var key_list = __webpack_require__(22114);
// EXTERNAL MODULE: ./shared/src/batch/list-digest.ts
var list_digest = __webpack_require__(53007);
// EXTERNAL MODULE: ./shared/src/byok/file.ts + 1 modules
var byok_file = __webpack_require__(25001);
// EXTERNAL MODULE: ./shared/src/byok/wrapped-key.ts
var wrapped_key = __webpack_require__(51456);
// EXTERNAL MODULE: ./shared/src/crypto/public-key.ts
var public_key = __webpack_require__(96686);
// EXTERNAL MODULE: ./shared/src/errors.ts
var src_errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/operations/import-wrapped-key.ts
var import_wrapped_key = __webpack_require__(6863);
// EXTERNAL MODULE: ./shared/src/operations/job-outputs.ts
var job_outputs = __webpack_require__(69166);
// EXTERNAL MODULE: ./shared/src/operations/key-results.ts
var key_results = __webpack_require__(24802);
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
        throw new src_errors/* ConfigurationError */.j1('INPUT_REQUIRED', `Input "${file === undefined ? 'key-list' : 'byok-dir'}" is required`, 'Set "key-list" to the key list and "byok-dir" to the folder of .byok files (or "byok-artifact")');
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
        current: (name) => present && !present.has(name.toLowerCase()) ? Promise.resolve(undefined) : (0,import_key/* currentKey */.Fo)(client, name),
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
        throw new src_errors/* ConfigurationError */.j1('FILE_NOT_FOUND', `Input "byok-dir": ${dir} cannot be read (${error.code ?? 'error'})`, 'Set "byok-dir" to the folder the wrap wrote (or "byok-artifact" to its artifact)');
    });
    const listed = new Set(list.entries.map((e) => `${e.name}.byok`));
    const extra = files.filter((f) => f.endsWith('.byok') && !listed.has(f));
    if (extra.length > 0)
        throw new src_errors/* ConfigurationError */.j1('KEY_LIST_MISMATCH', `${dir} holds ${extra.join(', ')}, which the key list ${list.file} does not name; nothing was imported`, 'A key was added on the way from the wrap job: stop, and find out how');
    const wrapped = [];
    for (const entry of list.entries) {
        const path = (0,external_node_path_.join)(dir, `${entry.name}.byok`);
        if (!files.includes(`${entry.name}.byok`))
            throw new src_errors/* ConfigurationError */.j1('KEY_LIST_MISMATCH', `Key "${entry.name}" (line ${entry.line} of ${list.file}) has no ${entry.name}.byok in ${dir}; nothing was imported`, 'A key was removed on the way from the wrap job, or the wrap ran with another list: run the wrap again');
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
        throw new src_errors/* ConfigurationError */.j1('KEY_LIST_MISMATCH', `The .byok files in ${dir} give the key list digest ${digest}, not ${request.keyListDigest} (input "key-list-digest"): they are not the ones the wrap job wrapped for ${list.file}; nothing was imported`, 'A .byok or its sidecar was changed or swapped on its way from the wrap job: stop, and find out how');
    return wrapped;
}
async function importEntry(entry, wrapped, kekFingerprint, { client, context, logger }) {
    const type = (0,import_wrapped_key/* describeWrapped */.N)(wrapped);
    try {
        const result = await (0,import_key/* importByok */.xt)(client, (0,import_wrapped_key/* importOptionsFor */.L)(wrapped, {
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


/***/ })

};
