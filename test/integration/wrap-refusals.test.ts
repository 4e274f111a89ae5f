import { generateKeyPairSync } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { connectSoftHsm } from '../helpers/softhsm/client.js';
import type { TokenObject } from '../helpers/softhsm/keys.js';
import { createSoftHsmToken, type SoftHsmToken } from '../../emulators/softhsm/token.js';
import { expectOneLineError } from '../helpers/azure-steps.js';
import { SOFTHSM_REHEARSAL } from '../helpers/ceremony-services.js';
import { everythingPrinted, makeKek, PIN, runWrap, tokenObjects, type WrapRun } from './wrap-helpers.js';

/** Every refusal is one ::error:: line naming the input; none leaves an object behind; the PIN is never shown. */
let token: SoftHsmToken;
let run: WrapRun;
let before: TokenObject[];

beforeAll(async () => {
  token = await createSoftHsmToken({ label: 'wrap-refusals', pin: PIN });
  const workspace = join(token.dir, 'workspace');
  run = { token, hsm: await connectSoftHsm(token), workspace, kek: await makeKek(join(workspace, 'kek')) };
  await run.hsm.createAesKey({ label: 'aes-key' });
  before = await tokenObjects(run.hsm);
});
afterAll(async () => {
  await run?.hsm.close();
  await token?.cleanup();
});
afterEach(async () => {
  expect(await tokenObjects(run.hsm)).toEqual(before);
});

const generate = { 'key-label': 'new-key', generate: 'true', 'key-type': 'RSA' };

async function refused(
  inputs: Record<string, string>,
  pattern: RegExp,
  env: Record<string, string> = {},
): Promise<void> {
  const result = await runWrap(run, inputs, env);
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(pattern);
  expect(result.outputs['byok-file']).toBeUndefined();
  expect(everythingPrinted(result)).not.toContain(PIN);
}

test('wrong PIN', async () => {
  const wrong = 'wrong-Pin-81xq';
  const result = await runWrap(run, { ...generate, pin: wrong });
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(
    /^Logging in to token "wrap-refusals" .* with input "pin" failed: the PIN is wrong \(CKR_PIN_INCORRECT\)\. Check the "pin" input.*\[HSM_PIN_INCORRECT\]$/,
  );
  expect(everythingPrinted(result)).not.toContain(wrong);
  expect(result.masks).toContain(wrong);
});

test('unknown token label lists the tokens found', () =>
  refused(
    { ...generate, 'token-label': 'no-such-token' },
    /^Input "token-label": no token with token-label "no-such-token"; the module has "wrap-refusals" \(slot \d+\).*\[HSM_TOKEN_NOT_FOUND\]$/,
  ));

test('slot-id that names another token than token-label', () =>
  refused(
    { ...generate, 'slot-id': '0x7fffffff' },
    /^Input "token-label": no token with token-label "wrap-refusals" and slot-id 0x7fffffff.*\[HSM_TOKEN_NOT_FOUND\]$/,
  ));

test('missing module file', () =>
  refused(
    { ...generate, 'pkcs11-module': '/usr/lib/no-such/libpkcs11.so' },
    /^Input "pkcs11-module": \/usr\/lib\/no-such\/libpkcs11.so does not exist on this runner\..*apt-get install softhsm2.*\[HSM_MODULE_NOT_FOUND\]$/,
  ));

test('no PIN at all', () =>
  refused(
    { ...generate, pin: '' },
    /^Input "pin" is required \(or the PKCS11_PIN environment variable\).*\[INPUT_REQUIRED\]$/,
  ));

test('generate without key-type, and RSA-1024 asked for', async () => {
  await refused(
    { 'key-label': 'new-key', generate: 'true' },
    /^Input "key-type" is required when generate is true.*\[INPUT_REQUIRED\]$/,
  );
  await refused(
    { ...generate, 'key-size': '1024' },
    /^Input "key-size" is "1024"; expected one of 2048, 3072, 4096.*\[INPUT_INVALID\]$/,
  );
  await refused(
    { ...generate, 'key-type': 'EC', curve: 'P-192' },
    /^Input "curve" is "P-192"; expected one of P-256, P-384, P-521, P-256K.*\[INPUT_INVALID\]$/,
  );
});

test('KEK PEM that is not RSA, or too small', async () => {
  const dir = join(run.workspace, 'bad-kek');
  await mkdir(dir, { recursive: true });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
    type: 'spki',
    format: 'pem',
  });
  await writeFile(join(dir, 'ec.pem'), ec);
  const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
    type: 'spki',
    format: 'pem',
  });
  await writeFile(join(dir, 'small.pem'), small);
  const kid = run.kek.kid;
  await refused(
    { ...generate, 'kek-file': join(dir, 'ec.pem'), 'kek-id': kid },
    /^Input "kek-file": .*ec\.pem holds an EC public key; a KEK must be RSA 2048, 3072 or 4096.*\[KEK_TYPE_INVALID\]$/,
  );
  await refused(
    { ...generate, 'kek-file': join(dir, 'small.pem'), 'kek-id': kid },
    /^Input "kek-file": .*small\.pem holds an RSA-1024 public key; a KEK must be RSA 2048, 3072 or 4096.*\[KEK_SIZE_INVALID\]$/,
  );
  await refused(
    { ...generate, 'kek-file': join(dir, 'none.pem') },
    /^Input "kek-file": .*none\.pem cannot be read \(ENOENT\).*\[KEK_FILE_NOT_FOUND\]$/,
  );
  await refused(
    { ...generate, 'kek-file': join(dir, 'small.pem') },
    /^Input "kek-file": .*holds an RSA-1024/,
  );
});

test('KEK fingerprint mismatch, and kek-id that disagrees with byok-kek.json', async () => {
  const other = 'sha256:' + '0'.repeat(64);
  await refused(
    { ...generate, 'kek-fingerprint': other },
    /^Input "kek-fingerprint": .* has fingerprint sha256:[0-9a-f]{64}, not sha256:0{64}; the KEK file was changed or swapped in transit.*\[KEK_FINGERPRINT_MISMATCH\]$/,
  );
  const otherKid = run.kek.kid.replace(/[0-9a-f]{32}$/, 'f'.repeat(32));
  await refused(
    { ...generate, 'kek-id': otherKid },
    /^Input "kek-id" is https:.*, but .*byok-kek\.json says the KEK is https:.*\[KEK_ID_MISMATCH\]$/,
  );
  const ok = await runWrap(run, {
    'key-label': 'aes-key',
    'kek-fingerprint': run.kek.fingerprint,
    'kek-id': run.kek.kid,
    output: 'fp/aes.byok',
  });
  expect(ok.errors).toEqual([]);
});

test('a KEK without byok-kek.json needs kek-id', async () => {
  const bare = await makeKek(join(run.workspace, 'bare-kek'), 2048, { metadata: false });
  await refused(
    { ...generate, 'kek-file': bare.pemPath, 'kek-fingerprint': bare.fingerprint },
    /^Input "kek-id" is required: there is no byok-kek\.json beside .*\[INPUT_REQUIRED\]$/,
  );
});

test('a kek.json of another tool beside the PEM (az keyvault key show -o json > kek.json) is no metadata of byok', async () => {
  const dir = join(run.workspace, 'az-kek');
  const kek = await makeKek(dir, 2048, { metadata: false });
  await writeFile(
    join(dir, 'kek.json'),
    JSON.stringify({
      attributes: { enabled: true },
      key: { kid: kek.kid, kty: 'RSA-HSM', keyOps: ['import'] },
    }),
  );
  const result = await runWrap(run, {
    'key-label': 'aes-key',
    'kek-file': kek.pemPath,
    'kek-id': kek.kid,
    'kek-fingerprint': kek.fingerprint,
    output: 'az-kek/aes.byok',
  });
  expect(result.errors).toEqual([]);
  expect(JSON.parse(await readFile(join(dir, 'aes.byok'), 'utf8')).header.kid).toBe(kek.kid);
});

test('a KEK of a Key Vault (Premium) cannot take an AES key: refused before the token is opened', async () => {
  const vaultKid = `https://contoso.vault.azure.net/keys/KEKforBYOK/${'ab'.repeat(16)}`;
  await refused(
    { 'key-label': 'new-aes', generate: 'true', 'key-type': 'oct', 'kek-id': vaultKid },
    /^Input "key-type" is an AES \(oct-HSM\) key, which Key Vault Premium https:\/\/contoso\.vault\.azure\.net cannot import; it imports RSA and EC keys\. AES keys go into a Managed HSM .*\[TARGET_TYPE_UNSUPPORTED\]$/,
  );
  // An existing AES key is refused once its type is known, before it is wrapped: the metadata names the vault.
  const dir = join(run.workspace, 'vault-kek');
  const kek = await makeKek(dir, 2048, { seat: () => vaultKid });
  await refused(
    {
      'key-label': 'aes-key',
      'kek-file': kek.pemPath,
      'kek-fingerprint': kek.fingerprint,
      output: 'vault-kek/aes.byok',
    },
    /^key "aes-key" \(AES-256\) is an AES \(oct-HSM\) key, which Key Vault Premium https:\/\/contoso\.vault\.azure\.net cannot import.*\[TARGET_TYPE_UNSUPPORTED\]$/,
  );
});

test('KWP known-answer failure for an explicit mechanism, unknown mechanism, native wrap', async () => {
  await refused(
    { ...generate, 'kwp-mechanism': '0x2109' },
    /^Input "kwp-mechanism": CKM_AES_KEY_WRAP \(0x2109\) on token "wrap-refusals" fails the RFC 5649 known-answer test .*Azure would reject the file.*\[HSM_KWP_KNOWN_ANSWER_FAILED\]$/,
  );
  await refused(
    { ...generate, 'kwp-mechanism': '0x210B' },
    /^Input "kwp-mechanism": token "wrap-refusals" does not offer CKM_AES_KEY_WRAP_KWP \(0x210B\) for wrapping.*\[HSM_KWP_UNSUPPORTED\]$/,
  );
  await refused(
    { ...generate, 'kwp-mechanism': 'fast' },
    /^Input "kwp-mechanism" is "fast"; expected auto or a mechanism number.*\[INPUT_INVALID\]$/,
  );
  await refused(
    { ...generate, 'wrap-mechanism': 'native' },
    /^Input "wrap-mechanism": native CKM_RSA_AES_KEY_WRAP \(0x1054\) is not available: .*cannot pass its CK_RSA_AES_KEY_WRAP_PARAMS.*\[WRAP_NATIVE_UNSUPPORTED\]$/,
  );
  const explicit = await runWrap(run, {
    'key-label': 'aes-key',
    'kwp-mechanism': '0x210a',
    'wrap-mechanism': 'composed',
    output: 'explicit/aes.byok',
  });
  expect(explicit.errors).toEqual([]);
});

test('a run that fails after generating its key removes the key again', async () => {
  // The sidecar's path is taken by a folder, so writing the files fails after the key was generated and wrapped
  // (an output path that cannot be written is refused before the HSM is opened: the next test).
  await mkdir(join(run.workspace, 'taken', 'x.byok.json'), { recursive: true });
  const result = await runWrap(run, {
    ...generate,
    'key-type': 'EC',
    output: 'taken/x.byok',
    ...SOFTHSM_REHEARSAL.wrapInputs,
  });
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(
    /^Input "output": cannot write .*x\.byok \(EISDIR\).*\[OUTPUT_NOT_WRITABLE\]$/,
  );
  expect(result.log).toMatch(/Generated EC P-256 key "new-key"/);
  expect(result.log).toMatch(/Removed the key "new-key" generated by this run/);
});

test('an output path that cannot be written is refused before the PIN is used or a key generated', async () => {
  const before = await tokenObjects(run.hsm);
  const result = await runWrap(run, {
    ...generate,
    'key-label': 'never-generated',
    'key-type': 'EC',
    // The path runs through a file.
    output: 'kek/KEKforBYOK.publickey.pem/x.byok',
    ...SOFTHSM_REHEARSAL.wrapInputs,
  });
  expectOneLineError(result, /^Input "output": cannot write .*x\.byok \(ENOTDIR\).*\[OUTPUT_NOT_WRITABLE\]$/);
  expect(result.log).not.toMatch(/Using token|Generated/);
  expect(await tokenObjects(run.hsm)).toEqual(before);
});

test('the PIN never appears in logs, outputs, summary or files, with debug logging on', async () => {
  const debug = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' };
  const inputs = { 'key-label': 'aes-key', output: 'pin/aes.byok' };
  const viaInput = await runWrap(run, inputs, debug);
  const viaEnv = await runWrap(run, { ...inputs, pin: '' }, { ...debug, PKCS11_PIN: PIN });
  const failing = await runWrap(run, { ...inputs, 'key-label': 'missing' }, debug);
  for (const result of [viaInput, viaEnv]) expect(result.errors).toEqual([]);
  expect(failing.errors).toHaveLength(1);
  const forms = [
    PIN,
    Buffer.from(PIN).toString('base64'),
    Buffer.from(PIN).toString('base64url'),
    encodeURIComponent(PIN),
  ];
  for (const result of [viaInput, viaEnv, failing]) {
    expect(result.log).toContain('::debug::');
    expect(result.masks).toContain(PIN);
    for (const form of forms) expect(everythingPrinted(result)).not.toContain(form);
  }
  const written = await readdir(join(run.workspace, 'pin'));
  expect(written.sort()).toEqual(['aes.byok', 'aes.byok.json']);
  for (const file of written) {
    const text = await readFile(join(run.workspace, 'pin', file), 'utf8');
    for (const form of forms) expect(text).not.toContain(form);
  }
});
