import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { readActionInputs, type StepResult } from '../../emulators/runner/run-action.js';
import { createSoftHsmToken, type SoftHsmToken } from '../../emulators/softhsm/token.js';
import type { AzureAccess } from '../../shared/src/azure/key-client.js';
import { ByokError } from '../../shared/src/errors.js';
import { inputsFrom, type InputSource } from '../../shared/src/inputs/rules.js';
import type { Logger } from '../../shared/src/logger.js';
import { createKek } from '../../shared/src/operations/create-kek.js';
import { exportKek } from '../../shared/src/operations/export-kek.js';
import { importWrappedKey } from '../../shared/src/operations/import-wrapped-key.js';
import { wrapKey } from '../../shared/src/operations/wrap-key.js';
import { readCreateKekRequest } from '../../shared/src/requests/create-kek.js';
import { readExportKekRequest } from '../../shared/src/requests/export-kek.js';
import { readImportWrappedKeyRequest } from '../../shared/src/requests/import-wrapped-key.js';
import { readWrapKeyRequest } from '../../shared/src/requests/wrap-key.js';
import { azureStep, type AzureStepContext } from '../helpers/azure-steps.js';
import { connectSoftHsm } from '../helpers/softhsm/client.js';
import { byokBytes, secretCredential } from './managed-hsm-support.js';
import { makeKek, PIN, runWrap, tokenObjects, type WrapRun } from './wrap-helpers.js';

/**
 * Bad input across the four actions. Each refusal is one line that names the input or file and carries a hint and a
 * code, and it changes nothing in the Managed HSM emulator or on the SoftHSM token.
 *
 * The rules are the library's, so every case runs in-process, through the request reader and the operation the
 * action's main.ts calls, with the inputs and action.yml defaults the step would have. A smaller set runs the whole
 * bundle to prove the wiring: exit 1, exactly one `::error::` line, no stack trace, and no workflow command or escape
 * sequence smuggled in through a value (every case whose value carries one), plus the rules of the action front end
 * itself (artifacts, sign-in), which only the bundle has. The refusals already covered by azure-*.test.ts and
 * wrap-refusals.test.ts are not repeated here.
 */
type Action = 'action-kek-create' | 'action-kek-download' | 'action-import' | 'action-wrap';
type Inputs = Record<string, string>;

interface Case {
  action: Action;
  name: string;
  /** Inputs over the action's good base inputs (below); a function when files must be written first. */
  inputs: Inputs | (() => Promise<Inputs>);
  /** The input or file the ::error:: line must name. */
  names: string;
  error: RegExp;
  /** A rule of the action front end (artifacts, GitHub sign-in), not of the library: checked through the bundle. */
  front?: 'action';
}

const INJECTED = '::error::pwned';
const ANSI = '\u001b[2K\u001b[32mall good\u001b[0m';

let hsm: ManagedHsmEmulator;
let context: AzureStepContext;
let token: SoftHsmToken;
let wrap: WrapRun;
let kekId: string;
let kekPublic: KeyObject;
let dir: string;
let access: AzureAccess;
const defaults = {} as Record<Action, Inputs>;

const ecTarget = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'der' });
const pemOf = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

beforeAll(async () => {
  [hsm, token, dir] = await Promise.all([
    startManagedHsm(),
    createSoftHsmToken({ label: 'bad-input', pin: PIN }),
    mkdtemp(join(tmpdir(), 'byok-bad-input-')),
  ]);
  context = { hsm, workspace: join(dir, 'azure') };
  await mkdir(context.workspace, { recursive: true });
  access = {
    credential: secretCredential(hsm, hsm.registerClient()),
    tuning: { tlsOptions: hsm.tlsOptions },
  };
  for (const action of Object.keys(base) as Action[]) {
    const specs = await readActionInputs(action);
    defaults[action] = Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [
        name,
        spec.default === undefined ? '' : String(spec.default),
      ]),
    );
  }
  const kek = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  kekId = hsm.seedKey('KEKforBYOK', kek);
  kekPublic = createPublicKey(kek);
  const workspace = join(dir, 'wrap');
  wrap = { token, hsm: await connectSoftHsm(token), workspace, kek: await makeKek(join(workspace, 'kek')) };
  await wrap.hsm.createAesKey({ label: 'aes-key' });
  await writeByok('good.byok');
});
afterAll(async () => {
  await wrap?.hsm.close();
  await Promise.all([hsm?.close(), token?.cleanup(), dir && rm(dir, { recursive: true, force: true })]);
});

/** A .byok of the EC target under the seeded KEK, with its sidecar as action-wrap writes it. */
async function writeByok(
  name: string,
  options: {
    byok?: (json: Record<string, unknown>) => void;
    bytes?: Buffer;
    sidecar?: ((json: Record<string, unknown>) => void) | false;
  } = {},
): Promise<string> {
  const json = JSON.parse(
    Buffer.from(
      byokBytes(kekId, kekPublic, ecTarget.privateKey.export({ type: 'pkcs8', format: 'der' })),
    ).toString(),
  );
  options.byok?.(json);
  const bytes = options.bytes ?? Buffer.from(JSON.stringify(json));
  await writeFile(join(context.workspace, name), bytes);
  if (options.sidecar !== false) {
    const sidecar: Record<string, unknown> = {
      kid: kekId,
      keyType: 'EC',
      curve: 'P-256',
      publicKey: pemOf(ecTarget.publicKey),
      publicKeyFingerprint: sha256(spki(ecTarget.publicKey)),
      kekFingerprint: sha256(spki(kekPublic)),
      byokDigest: sha256(bytes),
      token: { label: 't', manufacturer: 'm', model: 'x', serialNumber: '1', firmware: '1.0' },
      mechanism: 'test',
      createdAt: new Date().toISOString(),
      generator: 'tests',
    };
    options.sidecar?.(sidecar);
    await writeFile(join(context.workspace, `${name}.json`), JSON.stringify(sidecar));
  }
  return name;
}

/** A file in the workspace of the given action, written now; answers its path as the action sees it. */
async function file(action: Action, name: string, content: string | Buffer): Promise<string> {
  const workspace = action === 'action-wrap' ? wrap.workspace : context.workspace;
  await mkdir(join(workspace, name, '..'), { recursive: true });
  await writeFile(join(workspace, name), content);
  return name;
}

/** A KEK folder for action-wrap: the test KEK's PEM with a byok-kek.json changed by `mangle`. */
async function kekFolder(name: string, mangle: (json: Record<string, unknown>) => void): Promise<string> {
  const json = JSON.parse(await readFile(join(wrap.workspace, 'kek', 'byok-kek.json'), 'utf8'));
  mangle(json);
  await file('action-wrap', `${name}/byok-kek.json`, JSON.stringify(json));
  return file('action-wrap', `${name}/kek.pem`, await readFile(wrap.kek.pemPath));
}

const base: Record<Action, () => Inputs> = {
  'action-kek-create': () => ({ 'key-size': '2048' }),
  'action-kek-download': () => ({ 'kek-id': kekId, path: 'download/kek.pem', 'artifact-name': '' }),
  'action-import': () => ({ 'key-name': 'bad-input', 'byok-file': 'good.byok' }),
  'action-wrap': () => ({ 'key-label': 'aes-key', output: 'out/aes.byok' }),
};

/** The step, as a workflow runs it: the bundle in its own process. */
function run(action: Action, inputs: Inputs): Promise<StepResult> {
  return action === 'action-wrap'
    ? runWrap(wrap, { ...base[action](), ...inputs })
    : azureStep(action, context, { ...base[action](), ...inputs });
}

/** What the library logged; nothing of a refusal may reach the vault or the token, so this is all it did. */
const quiet: Logger = { debug: () => undefined, info: () => undefined, warning: () => undefined };

/**
 * The same step in-process: the values the runner would set (action.yml defaults, the base inputs, the case's), read
 * by the action's request reader and handed to its operation, in the step's workspace (paths are relative to it).
 * Answers what the library threw; a case it accepts fails the test.
 */
async function inProcess(action: Action, inputs: Inputs): Promise<unknown> {
  const workspace = action === 'action-wrap' ? wrap.workspace : context.workspace;
  const wiring: Inputs =
    action === 'action-wrap'
      ? {
          'pkcs11-module': token.module,
          'token-label': token.label,
          'kek-file': wrap.kek.pemPath,
          'kek-fingerprint': wrap.kek.fingerprint,
        }
      : { 'vault-url': hsm.url };
  const source: InputSource = inputsFrom({ ...defaults[action], ...wiring, ...base[action](), ...inputs });
  const cwd = process.cwd();
  process.chdir(workspace);
  try {
    if (action === 'action-kek-create') await createKek(readCreateKekRequest(source), access, quiet);
    if (action === 'action-kek-download') await exportKek(readExportKekRequest(source), access, quiet);
    if (action === 'action-import')
      await importWrappedKey(readImportWrappedKeyRequest(source), access, quiet, {});
    if (action === 'action-wrap')
      await wrapKey(readWrapKeyRequest(source), { pin: PIN, tool: 'tests' }, quiet);
  } catch (error) {
    return error;
  } finally {
    process.chdir(cwd);
  }
  throw new Error(`${action} accepted ${JSON.stringify(inputs)}`);
}

const ecCert = () => hsm.caPem;
const rsaPrivatePem = () =>
  generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });

const cases: Case[] = [
  // action-kek-create
  {
    action: 'action-kek-create',
    name: 'kek-name carrying a newline and a workflow command',
    inputs: { 'kek-name': `KEK\n${INJECTED}` },
    names: 'Input "kek-name"',
    error: /expected a key name of 1-127 letters, digits and hyphens.*\[INPUT_INVALID\]$/,
  },
  {
    action: 'action-kek-create',
    name: 'kek-name of 128 characters',
    inputs: { 'kek-name': 'K'.repeat(128) },
    names: 'Input "kek-name"',
    error: /"K{80}…"; expected a key name/,
  },
  {
    action: 'action-kek-create',
    name: 'kek-name with a Cyrillic look-alike letter',
    inputs: { 'kek-name': 'KEKfor\u0412YOK' },
    names: 'Input "kek-name"',
    error: /expected a key name/,
  },
  {
    action: 'action-kek-create',
    name: 'key-size in full-width digits',
    inputs: { 'key-size': '\uff14\uff10\uff19\uff16' },
    names: 'Input "key-size"',
    error: /expected one of 2048, 3072, 4096/,
  },
  {
    action: 'action-kek-create',
    name: 'expires-in of zero',
    inputs: { 'expires-in': '0d' },
    names: 'Input "expires-in"',
    error: /at most 3650d/,
  },
  {
    action: 'action-kek-create',
    name: 'expires-in beyond ten years',
    inputs: { 'expires-in': '3651d' },
    names: 'Input "expires-in"',
    error: /is "3651d"; expected a duration/,
  },
  {
    action: 'action-kek-create',
    name: 'if-exists wrapped in ANSI escapes',
    inputs: { 'if-exists': `\u001b[31mreuse\u001b[0m` },
    names: 'Input "if-exists"',
    error: /expected one of reuse, rotate, fail/,
  },
  {
    action: 'action-kek-create',
    name: 'vault-url over plain http',
    inputs: { 'vault-url': 'http://contoso.managedhsm.azure.net' },
    names: 'Input "vault-url"',
    error: /must be a bare https origin/,
  },
  {
    action: 'action-kek-create',
    name: 'vault-url with an encoded newline and a workflow command',
    inputs: { 'vault-url': `https://contoso%0A${INJECTED}` },
    names: 'Input "vault-url"',
    error: /is not a URL/,
  },
  {
    action: 'action-kek-create',
    name: 'hsm-name given as a URL',
    inputs: { 'vault-url': '', 'hsm-name': 'contoso.managedhsm.azure.net' },
    names: 'Input "hsm-name"',
    error: /expected 3-24 letters, digits and hyphens.*not its URL/,
  },
  {
    action: 'action-kek-create',
    name: 'no vault at all',
    inputs: { 'vault-url': '' },
    names: '"vault-url"',
    error: /No vault given.*\[VAULT_INPUT_INVALID\]$/,
  },
  {
    action: 'action-kek-create',
    name: 'hsm-name and vault-name together',
    inputs: { 'vault-url': '', 'hsm-name': 'contoso', 'vault-name': 'contoso' },
    names: 'Inputs "hsm-name" and "vault-name"',
    error: /are both set/,
  },
  {
    action: 'action-kek-create',
    name: 'client-id without tenant-id',
    inputs: { 'tenant-id': '' },
    names: 'Input "tenant-id"',
    error: /is missing.*\[AUTH_INPUT_INVALID\]$/,
    front: 'action',
  },
  {
    action: 'action-kek-create',
    name: 'authority-host that is not a URL',
    inputs: { 'authority-host': 'login microsoft online' },
    names: '"authority-host"',
    error: /is not a URL/,
    front: 'action',
  },

  // action-kek-download
  {
    action: 'action-kek-download',
    name: 'kek-id without a version',
    inputs: { 'kek-id': `${'https://127.0.0.1:1'}/keys/KEKforBYOK` },
    names: 'Input "kek-id"',
    error: /versioned key id/,
  },
  {
    action: 'action-kek-download',
    name: 'kek-id carrying a workflow command',
    inputs: { 'kek-id': `${INJECTED}\n::set-output name=kek-id::evil` },
    names: 'Input "kek-id"',
    error: /versioned key id/,
  },
  {
    action: 'action-kek-download',
    name: 'path that is a directory',
    inputs: { path: '.' },
    names: 'Input "path"',
    error: /is a directory/,
  },
  {
    action: 'action-kek-download',
    name: 'path below a regular file',
    inputs: async () => ({ path: `${await file('action-kek-download', 'plain.txt', 'x')}/kek.pem` }),
    names: 'Input "path"',
    error: /plain\.txt\/kek\.pem/,
  },
  {
    action: 'action-kek-download',
    name: 'path named like the byok-kek.json beside it',
    inputs: { path: 'download/byok-kek.json' },
    names: 'Input "path"',
    error: /byok-kek\.json/,
  },

  // action-import
  {
    action: 'action-import',
    name: 'key-type in another vocabulary',
    inputs: { 'key-type': 'RSA-HSM' },
    names: 'Input "key-type"',
    error: /expected one of auto, RSA, EC, oct/,
  },
  {
    action: 'action-import',
    name: 'curve by its OpenSSL name',
    inputs: { curve: 'prime256v1' },
    names: 'Input "curve"',
    error: /expected one of P-256, P-384, P-521, P-256K/,
  },
  {
    action: 'action-import',
    name: 'enabled as yes',
    inputs: { enabled: 'yes' },
    names: 'Input "enabled"',
    error: /expected true or false/,
  },
  {
    action: 'action-import',
    name: 'not-before on the 45th of the 13th month',
    inputs: { 'not-before': '2027-13-45' },
    names: 'Input "not-before"',
    error: /expected an ISO 8601 date/,
  },
  {
    action: 'action-import',
    name: 'not-before after expires',
    inputs: { 'not-before': '2028-01-01', expires: '2027-01-01' },
    names: 'Input "not-before"',
    error: /not earlier than "expires"/,
  },
  {
    action: 'action-import',
    name: 'a tag line that is a workflow command',
    inputs: { tags: `owner=payments\n${INJECTED}` },
    names: 'Input "tags"',
    error: /tags as key=value/,
  },
  {
    action: 'action-import',
    name: 'sixteen tags',
    inputs: { tags: Array.from({ length: 16 }, (_, i) => `t${i}=v`).join('\n') },
    names: 'Input "tags"',
    error: /"16 tags"; expected at most 15 tags/,
  },
  {
    action: 'action-import',
    name: 'a tag key given twice',
    inputs: { tags: 'owner=a,owner=b' },
    names: 'Input "tags"',
    error: /expected each tag key once/,
  },
  {
    action: 'action-import',
    name: 'a tag value of 257 characters',
    inputs: { tags: `owner=${'v'.repeat(257)}` },
    names: 'Input "tags"',
    error: /values up to 256/,
  },
  {
    action: 'action-import',
    name: 'a tag value with ANSI escapes',
    inputs: { tags: `owner=${ANSI}` },
    names: 'Input "tags"',
    error: /printable characters/,
  },
  {
    action: 'action-import',
    name: 'key-name with %0A and a workflow command',
    inputs: { 'key-name': `key%0A${INJECTED}` },
    names: 'Input "key-name"',
    error: /is "key%0A::error::pwned"; expected a key name/,
  },
  {
    action: 'action-import',
    name: 'key-ops that lists nothing',
    inputs: { 'key-type': 'EC', 'key-ops': ' , ,' },
    names: 'Input "key-ops"',
    error: /has no operation/,
  },
  {
    action: 'action-import',
    name: 'if-exists overwrite',
    inputs: { 'if-exists': 'overwrite' },
    names: 'Input "if-exists"',
    error: /expected one of converge, new-version/,
  },
  {
    action: 'action-import',
    name: 'byok-file and byok-artifact together',
    inputs: { 'byok-artifact': 'byok-key' },
    names: 'Inputs "byok-file" and "byok-artifact"',
    error: /are both set/,
    front: 'action',
  },
  {
    action: 'action-import',
    name: 'neither byok-file nor byok-artifact',
    inputs: { 'byok-file': '' },
    names: '"byok-file"',
    error: /Neither "byok-file" nor "byok-artifact" is set/,
    front: 'action',
  },
  {
    action: 'action-import',
    name: 'public-key-fingerprint that is not a fingerprint',
    inputs: { 'public-key-fingerprint': 'ABCDEF' },
    names: 'Input "public-key-fingerprint"',
    error: /sha256:<64 lowercase hex>/,
  },
  {
    action: 'action-import',
    name: 'kek-fingerprint in upper case',
    inputs: { 'kek-fingerprint': `SHA256:${'AB'.repeat(32)}` },
    names: 'Input "kek-fingerprint"',
    error: /sha256:<64 lowercase hex>/,
  },
  {
    action: 'action-import',
    name: 'an EC .byok without a sidecar and without curve',
    inputs: async () => ({
      'byok-file': await writeByok('no-sidecar.byok', { sidecar: false }),
      'key-type': 'EC',
    }),
    names: 'Input "curve"',
    error: /is required for an EC key/,
  },
  {
    action: 'action-import',
    name: 'a .byok larger than any BYOK file',
    inputs: async () => ({
      'byok-file': await file('action-import', 'huge.byok', Buffer.alloc(70_000, 0x20)),
    }),
    names: 'Input "byok-file": huge.byok',
    error: /is 70000 bytes, more than the 65536/,
  },
  {
    action: 'action-import',
    name: 'a .byok of non-UTF-8 bytes',
    inputs: async () => ({
      'byok-file': await file('action-import', 'latin1.byok', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
    }),
    names: 'latin1.byok',
    error: /is not UTF-8 text/,
  },
  {
    action: 'action-import',
    name: 'a .byok whose root is an array',
    inputs: async () => ({ 'byok-file': await file('action-import', 'array.byok', '[{"header":{}}]') }),
    names: 'array.byok',
    error: /is not a JSON object/,
  },
  {
    action: 'action-import',
    name: 'a .byok without ciphertext',
    inputs: async () => ({
      'byok-file': await writeByok('no-ct.byok', { byok: (j) => delete j.ciphertext }),
    }),
    names: 'no-ct.byok',
    error: /"ciphertext" is missing/,
  },
  {
    action: 'action-import',
    name: 'a .byok with a numeric schema_version and extra fields',
    inputs: async () => ({
      'byok-file': await writeByok('schema.byok', {
        byok: (j) => Object.assign(j, { schema_version: 1, key_ops: ['sign'], extra: { a: 1 } }),
      }),
    }),
    names: 'schema.byok',
    error: /"schema_version" is not a string/,
  },
  {
    action: 'action-import',
    name: 'a .byok whose alg is RSA-OAEP',
    inputs: async () => ({
      'byok-file': await writeByok('alg.byok', {
        byok: (j) => ((j.header as Record<string, string>).alg = 'RSA-OAEP-256'),
      }),
    }),
    names: 'alg.byok',
    error: /"header.alg" is "RSA-OAEP-256"; only "dir"/,
  },
  {
    action: 'action-import',
    name: 'a .byok with its ciphertext cut short',
    inputs: async () => ({
      'byok-file': await writeByok('short.byok', {
        byok: (j) => (j.ciphertext = (j.ciphertext as string).slice(0, 400)),
      }),
    }),
    names: 'short.byok',
    error: /-byte ciphertext, which is not RSA-OAEP \(256 bytes\)/,
  },
  {
    action: 'action-import',
    name: 'a .byok naming a KEK version this HSM does not have',
    inputs: async () => ({
      'byok-file': await writeByok('unknown-kek.byok', {
        byok: (j) =>
          ((j.header as Record<string, string>).kid = `${hsm.url}/keys/KEKforBYOK/${'0'.repeat(32)}`),
        sidecar: (s) => (s.kid = `${hsm.url}/keys/KEKforBYOK/${'0'.repeat(32)}`),
      }),
    }),
    names: 'KEKforBYOK',
    error: /not found/i,
  },
  {
    action: 'action-import',
    name: 'a sidecar that is not JSON',
    inputs: async () => {
      const name = await writeByok('sidecar-text.byok');
      await file('action-import', `${name}.json`, 'kid: x');
      return { 'byok-file': name };
    },
    names: 'sidecar-text.byok.json',
    error: /is not valid JSON.*\[SIDECAR_INVALID\]$/,
  },
  {
    action: 'action-import',
    name: 'a sidecar with keyType AES',
    inputs: async () => ({
      'byok-file': await writeByok('aes-type.byok', { sidecar: (s) => (s.keyType = 'AES') }),
    }),
    names: 'aes-type.byok.json',
    error: /"keyType" is not RSA, EC or oct/,
  },
  {
    action: 'action-import',
    name: 'a sidecar without the source token',
    inputs: async () => ({
      'byok-file': await writeByok('no-token.byok', { sidecar: (s) => delete s.token }),
    }),
    names: 'no-token.byok.json',
    error: /"token" does not hold the source token's label.*\[SIDECAR_INVALID\]$/,
  },
  {
    action: 'action-import',
    name: 'a sidecar naming another KEK than the .byok',
    inputs: async () => ({
      'byok-file': await writeByok('other-kid.byok', {
        sidecar: (s) => (s.kid = `${hsm.url}/keys/KEKforBYOK/${'f'.repeat(32)}`),
      }),
    }),
    names: 'other-kid.byok.json',
    error: /names KEK .* but the \.byok names/,
  },
  {
    action: 'action-import',
    name: 'key-type that contradicts the sidecar',
    inputs: { 'key-type': 'RSA' },
    names: 'Input "key-type"',
    error: /is RSA but .*good\.byok\.json records a EC key/,
  },
  {
    action: 'action-import',
    name: 'curve that contradicts the sidecar',
    inputs: { curve: 'P-384' },
    names: 'Input "curve"',
    error: /is P-384 but .*records P-256/,
  },
  {
    action: 'action-import',
    name: 'a sidecar whose publicKey is a certificate',
    inputs: async () => ({
      'byok-file': await writeByok('cert.byok', { sidecar: (s) => (s.publicKey = ecCert()) }),
    }),
    names: 'cert.byok.json',
    error: /holds a certificate, not a public key/,
  },
  {
    action: 'action-import',
    name: 'a sidecar whose publicKey is a private key',
    inputs: async () => ({
      'byok-file': await writeByok('private.byok', {
        sidecar: (s) => (s.publicKey = ecTarget.privateKey.export({ type: 'pkcs8', format: 'pem' })),
      }),
    }),
    names: 'private.byok.json',
    error: /holds a private key, not a public key/,
  },
  {
    action: 'action-import',
    name: 'a sidecar whose publicKey does not match its fingerprint',
    inputs: async () => ({
      'byok-file': await writeByok('other-pub.byok', {
        sidecar: (s) => (s.publicKey = pemOf(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey)),
      }),
    }),
    names: 'other-pub.byok.json',
    error: /publicKey does not match publicKeyFingerprint/,
  },
  {
    action: 'action-import',
    name: 'kek-fingerprint that disagrees with the sidecar',
    inputs: { 'kek-fingerprint': sha256('another KEK') },
    names: 'good.byok',
    error: /was wrapped under KEK sha256:[0-9a-f]{64}, not sha256:/,
  },
  {
    action: 'action-import',
    name: 'byok-file whose name carries a newline and a workflow command',
    inputs: { 'byok-file': `missing\n${INJECTED}.byok` },
    names: 'Input "byok-file"',
    error: /does not exist/,
  },
  {
    action: 'action-import',
    name: 'byok-file whose name carries ANSI escapes',
    inputs: { 'byok-file': `missing${ANSI}.byok` },
    names: 'Input "byok-file"',
    error: /does not exist/,
  },

  // action-wrap
  {
    action: 'action-wrap',
    name: 'key-label carrying a newline and a workflow command, to generate',
    inputs: { 'key-label': `new\n${INJECTED}`, generate: 'true', 'key-type': 'EC' },
    names: 'Input "key-label"',
    error: /must be 1-256 printable characters/,
  },
  {
    action: 'action-wrap',
    name: 'key-label of 257 characters',
    inputs: { 'key-label': 'L'.repeat(257) },
    names: 'Input "key-label"',
    error: /must be 1-256 printable characters/,
  },
  {
    action: 'action-wrap',
    name: 'key-id that is not hex',
    inputs: { 'key-id': 'key-01' },
    names: 'Input "key-id"',
    error: /expected the CKA_ID as hex/,
  },
  {
    action: 'action-wrap',
    name: 'generate as 1',
    inputs: { generate: '1' },
    names: 'Input "generate"',
    error: /expected true or false/,
  },
  {
    action: 'action-wrap',
    name: 'key-type DES',
    inputs: { generate: 'true', 'key-type': 'DES' },
    names: 'Input "key-type"',
    error: /expected one of RSA, EC, oct, AES/,
  },
  {
    action: 'action-wrap',
    name: 'AES key-size 512',
    inputs: { 'key-label': 'new-aes', generate: 'true', 'key-type': 'AES', 'key-size': '512' },
    names: 'Input "key-size"',
    error: /expected one of 128, 192, 256/,
  },
  {
    action: 'action-wrap',
    name: 'key-size for an EC key',
    inputs: { 'key-label': 'new-ec', generate: 'true', 'key-type': 'EC', 'key-size': '256' },
    names: 'Input "key-size"',
    error: /does not apply to EC keys/,
  },
  {
    action: 'action-wrap',
    name: 'curve for an RSA key',
    inputs: { 'key-label': 'new-rsa', generate: 'true', 'key-type': 'RSA', curve: 'P-256' },
    names: 'Input "curve"',
    error: /does not apply to RSA keys/,
  },
  {
    action: 'action-wrap',
    name: 'if-exists overwrite',
    inputs: { 'if-exists': 'overwrite' },
    names: 'Input "if-exists"',
    error: /expected one of use, fail/,
  },
  {
    action: 'action-wrap',
    name: 'slot-id that is not a number',
    inputs: { 'slot-id': 'first' },
    names: 'Input "slot-id"',
    error: /expected a slot number/,
  },
  {
    action: 'action-wrap',
    name: 'pkcs11-module that is not a library',
    inputs: () => Promise.resolve({ 'pkcs11-module': wrap.kek.pemPath }),
    names: 'Input "pkcs11-module"',
    error: /cannot be loaded as a PKCS#11 library/,
  },
  {
    action: 'action-wrap',
    name: 'pkcs11-module that is a directory',
    inputs: () => Promise.resolve({ 'pkcs11-module': wrap.workspace }),
    names: 'Input "pkcs11-module"',
    error: /does not exist on this runner/,
  },
  {
    action: 'action-wrap',
    name: 'kek-file that is a directory',
    inputs: { 'kek-file': 'kek' },
    names: 'Input "kek-file"',
    error: /kek/,
  },
  {
    action: 'action-wrap',
    name: 'kek-file holding a certificate',
    inputs: async () => ({ 'kek-file': await file('action-wrap', 'cert/kek.pem', ecCert()) }),
    names: 'Input "kek-file"',
    error: /holds a certificate, not a public key/,
  },
  {
    action: 'action-wrap',
    name: 'kek-file holding a private key',
    inputs: async () => ({ 'kek-file': await file('action-wrap', 'private/kek.pem', rsaPrivatePem()) }),
    names: 'Input "kek-file"',
    error: /holds a private key, not a public key.*\[PEM_PRIVATE_KEY\]$/,
  },
  {
    action: 'action-wrap',
    name: 'kek-file of non-UTF-8 bytes',
    inputs: async () => ({
      'kek-file': await file('action-wrap', 'binary/kek.pem', Buffer.from([0x30, 0x82, 0xff, 0xfe])),
    }),
    names: 'Input "kek-file"',
    error: /is not a PEM file/,
  },
  {
    action: 'action-wrap',
    name: 'kek-file of 2 MiB',
    inputs: async () => ({
      'kek-file': await file('action-wrap', 'huge/kek.pem', Buffer.alloc(2 * 1024 * 1024, 0x41)),
    }),
    names: 'Input "kek-file"',
    error: /bytes, more than the/,
  },
  {
    action: 'action-wrap',
    name: 'byok-kek.json describing another KEK',
    inputs: async () => ({
      'kek-file': await kekFolder('other-fp', (j) => (j.fingerprint = sha256('other'))),
    }),
    names: 'Input "kek-file"',
    error: /describes KEK sha256:[0-9a-f]{64}, but .* has fingerprint/,
  },
  {
    action: 'action-wrap',
    name: 'byok-kek.json with keySize 1024',
    inputs: async () => ({ 'kek-file': await kekFolder('size', (j) => (j.keySize = 1024)) }),
    names: 'byok-kek.json',
    error: /"keySize" is not 2048, 3072 or 4096/,
  },
  {
    action: 'action-wrap',
    name: 'byok-kek.json of an expired KEK',
    inputs: async () => ({
      'kek-file': await kekFolder('expired', (j) => (j.expiresOn = '2020-01-01T00:00:00Z')),
    }),
    names: 'Input "kek-file"',
    error: /expired at 2020-01-01T00:00:00Z/,
  },
  {
    action: 'action-wrap',
    name: 'kek-fingerprint in upper case',
    inputs: () => Promise.resolve({ 'kek-fingerprint': wrap.kek.fingerprint.toUpperCase() }),
    names: 'Input "kek-fingerprint"',
    error: /expected sha256:<64 lowercase hex>/,
  },
  {
    action: 'action-wrap',
    name: 'kek-id without a version',
    inputs: () => Promise.resolve({ 'kek-id': wrap.kek.kid.replace(/\/[0-9a-f]{32}$/, '') }),
    names: 'Input "kek-id"',
    error: /expected a versioned key id/,
  },
  {
    action: 'action-wrap',
    name: 'kwp-mechanism beyond 32 bits',
    inputs: { 'kwp-mechanism': '0x100000000' },
    names: 'Input "kwp-mechanism"',
    error: /expected auto or a mechanism number/,
  },
  {
    action: 'action-wrap',
    name: 'wrap-mechanism both',
    inputs: { 'wrap-mechanism': 'both' },
    names: 'Input "wrap-mechanism"',
    error: /expected one of/,
  },
  {
    action: 'action-wrap',
    name: 'output that is a directory',
    inputs: { output: 'kek' },
    names: 'Input "output"',
    error: /is a directory/,
  },
];

/** State-changing data-plane requests: anything but a read of /keys or /deletedkeys. */
const writes = () =>
  hsm.requests().filter((r) => r.method !== 'GET' && /^\/(deleted)?keys\//i.test(r.path)).length;

/** The token's objects in a stable order (the token lists them in no particular one). */
const objects = async () => (await tokenObjects(wrap.hsm)).map((o) => JSON.stringify(o)).sort();

const inputsOf = async (c: Case): Promise<Inputs> => (typeof c.inputs === 'function' ? c.inputs() : c.inputs);

/** Runs `refuse` and checks that it left the vault and the token as they were. */
async function changesNothing(c: Case, refuse: () => Promise<void>): Promise<void> {
  const keysBefore = hsm.keys();
  const writesBefore = writes();
  const objectsBefore = c.action === 'action-wrap' ? await objects() : undefined;
  await refuse();
  expect(hsm.keys()).toEqual(keysBefore);
  expect(writes()).toBe(writesBefore);
  if (objectsBefore) expect(await objects()).toEqual(objectsBefore);
}

/** A value the log viewer could act on: a workflow command or an escape sequence. */
const smuggles = (inputs: Inputs) =>
  Object.values(inputs).some((v) => v.includes(INJECTED) || v.includes('\u001b'));
/** Through the bundle: the front end's own rules, every smuggling value, and the first case of each action. */
const throughBundle = cases.filter(
  (c, i) =>
    c.front === 'action' ||
    (typeof c.inputs !== 'function' && smuggles(c.inputs)) ||
    cases.findIndex((other) => other.action === c.action) === i,
);

test('the table holds at least 40 distinct bad inputs across the four actions', () => {
  expect(new Set(cases.map((c) => `${c.action} ${c.name}`)).size).toBe(cases.length);
  expect(
    new Set(
      cases.map(
        (c) =>
          `${c.action} ${String(c.inputs) === '[object Object]' ? JSON.stringify(c.inputs) : String(c.inputs)}`,
      ),
    ).size,
  ).toBe(cases.length);
  expect(cases.length).toBeGreaterThanOrEqual(40);
  for (const action of Object.keys(base)) expect(cases.some((c) => c.action === action)).toBe(true);
  // The bundle proves the wiring for each action, and never carries the whole table.
  for (const action of Object.keys(base)) expect(throughBundle.some((c) => c.action === action)).toBe(true);
  expect(throughBundle.length).toBeLessThan(cases.length / 2);
});

describe.each(cases.filter((c) => c.front !== 'action').map((c) => [`${c.action}: ${c.name}`, c] as const))(
  '%s',
  (_title, c) => {
    test('is refused by the library in one line, naming the input, and changes nothing', async () => {
      const inputs = await inputsOf(c);
      await changesNothing(c, async () => {
        const error = await inProcess(c.action, inputs);
        expect(error).toBeInstanceOf(ByokError);
        const line = `${(error as ByokError).oneLine} [${(error as ByokError).code}]`;
        expect(line).toContain(c.names);
        expect(line).toMatch(c.error);
        // message, then a hint that says what to do, then the stable code
        expect(line).toMatch(/\S\. [A-Z"][^\n]*\S \[[A-Z0-9_]+\]$/);
      });
    });
  },
);

describe.each(throughBundle.map((c) => [`${c.action}: ${c.name}`, c] as const))(
  'the bundle: %s',
  (_title, c) => {
    test('exits 1 with one ::error:: line naming the input, no stack, nothing smuggled, nothing changed', async () => {
      const inputs = await inputsOf(c);
      await changesNothing(c, async () => {
        const result = await run(c.action, inputs);
        expect(result.exitCode).toBe(1);
        expect(result.errors).toHaveLength(1);
        const error = result.errors[0] as string;
        expect(error).toContain(c.names);
        expect(error).toMatch(c.error);
        expect(error).toMatch(/\S\. [A-Z"][^\n]*\S \[[A-Z0-9_]+\]$/);
        expect(`${result.log}\n${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
        // A value echoed back must not become a workflow command or an escape sequence the log viewer acts on.
        // (::debug:: lines are hidden without debug logging; the runner escapes their newlines as it does the error's)
        // (the only warning a refusal may carry is byok's own for a missing job output, asked for by the base inputs)
        const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
        expect(
          commands.filter(
            (line) =>
              !/^::(add-mask|debug)::/.test(line) &&
              !/^::warning::No "[a-z-]+"(, "[a-z-]+")* given: nothing outside the artifact store/.test(line),
          ),
        ).toEqual([expect.stringMatching(/^::error::/)]);
        expect(result.masks.filter((m) => m.includes('pwned'))).toEqual([]);
        expect(result.stdout).not.toContain('\u001b');
        expect(result.outputs).toEqual({});
      });
    });
  },
);

test('the base inputs each case starts from are good', async () => {
  for (const action of Object.keys(base) as Action[]) {
    const result = await run(action, {});
    expect([action, result.errors]).toEqual([action, []]);
    expect(result.exitCode).toBe(0);
  }
});

test('action-import: kek-fingerprint that disagrees with the KEK of a .byok without sidecar', async () => {
  const keysBefore = hsm.keys();
  const result = await run('action-import', {
    'key-name': 'kek-pinned',
    'byok-file': await writeByok('no-sidecar-fp.byok', { sidecar: false }),
    'key-type': 'EC',
    curve: 'P-256',
    'kek-fingerprint': sha256('another KEK'),
  });
  expect(result.errors).toEqual([expect.stringMatching(/kek-fingerprint.*\[KEK_FINGERPRINT_MISMATCH\]$/)]);
  expect(hsm.keys()).toEqual(keysBefore);
});
