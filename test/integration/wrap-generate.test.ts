import { createCipheriv, createHash, createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { connectSoftHsm } from '../helpers/softhsm/client.js';
import { createSoftHsmToken, type SoftHsmToken } from '../../emulators/softhsm/token.js';
import { azureStep } from '../helpers/azure-steps.js';
import {
  derSequence,
  keysLabelled,
  makeKek,
  PIN,
  readByok,
  runWrap,
  tokenObjects,
  unwrapCiphertext,
  type WrapRun,
} from './wrap-helpers.js';
import { keyCheckValueOf } from '../helpers/check-values.js';
import { SOFTHSM_REHEARSAL } from '../helpers/ceremony-services.js';

/**
 * The bundled action-wrap generating each supported key type in SoftHSM2; every .byok unwrapped here with Node
 * crypto, then imported into the Managed HSM emulator (which holds the KEK) with the bundled action-import.
 */
let token: SoftHsmToken;
let run: WrapRun;
let vault: ManagedHsmEmulator;

beforeAll(async () => {
  // RSA and EC keys from SoftHSM are rehearsal files (ceremony-services.ts): wrapped with allow-padded-kwp, and
  // imported into a vault that tolerates zero-padded-pkcs8 by name.
  vault = await startManagedHsm({ tolerate: SOFTHSM_REHEARSAL.tolerate });
  token = await createSoftHsmToken({ label: 'wrap-generate', pin: PIN });
  const workspace = join(token.dir, 'workspace');
  run = {
    token,
    hsm: await connectSoftHsm(token),
    workspace,
    kek: await makeKek(join(workspace, 'kek'), 3072, { seat: (key) => vault.seedKey('KEKforBYOK', key) }),
  };
});
afterAll(async () => {
  await run?.hsm.close();
  await token?.cleanup();
  await vault?.close();
});

/** Imports a .byok the way the import job does (key-type auto from the sidecar); answers the imported key id. */
async function importIntoVault(byokFile: string, keyName: string): Promise<string> {
  const result = await azureStep(
    'action-import',
    { hsm: vault, workspace: run.workspace, auth: 'secret' },
    {
      'key-name': keyName,
      'byok-file': byokFile,
      'kek-fingerprint': run.kek.fingerprint,
    },
  );
  expect(result.errors).toEqual([]);
  return result.outputs['key-id'] as string;
}

const spki = (key: { export(o: { type: 'spki'; format: 'der' }): Buffer }) =>
  key.export({ type: 'spki', format: 'der' }).toString('hex');

afterEach(async () => {
  await tokenObjects(run.hsm);
});

async function readSidecar(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

describe.each<{ label: string; inputs: Record<string, string>; kind: string }>([
  { label: 'rsa-2048', inputs: { 'key-type': 'RSA', 'key-size': '2048' }, kind: 'RSA' },
  { label: 'rsa-3072', inputs: { 'key-type': 'RSA', 'key-size': '3072' }, kind: 'RSA' },
  { label: 'rsa-4096', inputs: { 'key-type': 'RSA', 'key-size': '4096' }, kind: 'RSA' },
  { label: 'ec-p256', inputs: { 'key-type': 'EC', curve: 'P-256' }, kind: 'EC' },
  { label: 'ec-p384', inputs: { 'key-type': 'EC', curve: 'P-384' }, kind: 'EC' },
  { label: 'ec-p521', inputs: { 'key-type': 'EC', curve: 'P-521' }, kind: 'EC' },
  { label: 'aes-128', inputs: { 'key-type': 'oct', 'key-size': '128' }, kind: 'oct' },
  { label: 'aes-192', inputs: { 'key-type': 'AES', 'key-size': '192' }, kind: 'oct' },
  { label: 'aes-256', inputs: { 'key-type': 'oct', 'key-size': '256' }, kind: 'oct' },
])('generate $label', ({ label, inputs, kind }) => {
  test('wraps a key that unwraps to the HSM key', async () => {
    const started = Date.now();
    const rehearsal = kind === 'oct' ? {} : SOFTHSM_REHEARSAL.wrapInputs;
    const result = await runWrap(run, { 'key-label': label, generate: 'true', ...inputs, ...rehearsal });
    const elapsed = Date.now() - started;
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const byokFile = join(run.workspace, `${label}.byok`);
    expect(result.outputs['byok-file']).toBe(byokFile);
    expect(result.outputs['key-type']).toBe(kind);

    const { json, bytes, ciphertext } = await readByok(byokFile);
    expect(json.schema_version).toBe('1.0.0');
    expect(json.header).toEqual({ kid: run.kek.kid, alg: 'dir', enc: 'CKM_RSA_AES_KEY_WRAP' });
    expect(json.ciphertext).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(json.generator).toMatch(
      /^byok action-wrap \d+\.\d+\.\d+; SoftHSM project SoftHSM v2 firmware 2\.6$/,
    );
    const sidecar = await readSidecar(`${byokFile}.json`);
    expect(result.outputs['sidecar-file']).toBe(`${byokFile}.json`);
    expect(sidecar).toMatchObject({
      kid: run.kek.kid,
      keyType: kind,
      keyLabel: label,
      kekFingerprint: run.kek.fingerprint,
      generator: json.generator,
    });
    expect(sidecar.byokDigest).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    expect(sidecar.token).toMatchObject({
      label: token.label,
      manufacturer: 'SoftHSM project',
      model: 'SoftHSM v2',
      firmware: '2.6',
    });
    expect(String(sidecar.mechanism)).toContain('0x210A');
    expect(sidecar.paddedKwp).toBe(kind === 'oct' ? undefined : true);
    expect(result.summary).toContain(label);
    expect(result.summary).toContain(run.kek.fingerprint);

    const plaintext = unwrapCiphertext(ciphertext, run.kek);
    if (kind === 'oct') {
      const bits = Number(inputs['key-size']);
      expect(plaintext.length).toBe(bits / 8);
      const block = randomBytes(32);
      const inNode = createCipheriv(`aes-${bits}-ecb`, plaintext, null).setAutoPadding(false).update(block);
      expect(await run.hsm.encrypt(label, block.toString('hex'))).toBe(inNode.toString('hex'));
      expect(sidecar.keyCheckValue).toBe(keyCheckValueOf(plaintext));
      expect(result.outputs['key-check-value']).toBe(keyCheckValueOf(plaintext));
      expect(result.outputs['public-key-fingerprint']).toBe('');
      expect(result.warnings).toEqual([]);
      expect(vault.privateKeyOf(await importIntoVault(byokFile, label)).export()).toEqual(plaintext);
    } else {
      const der = derSequence(plaintext);
      expect(plaintext.length - der.length).toBeLessThan(8);
      const recovered = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
      const onToken = createPublicKey(await run.hsm.readPublicKeyPem(label));
      expect(spki(recovered)).toBe(spki(onToken));
      expect(sidecar.publicKey).toBe(onToken.export({ type: 'spki', format: 'pem' }));
      expect(result.outputs['public-key-fingerprint']).toBe(sidecar.publicKeyFingerprint);
      expect(sidecar.publicKeyFingerprint).toBe(
        `sha256:${createHash('sha256')
          .update(onToken.export({ type: 'spki', format: 'der' }))
          .digest()
          .toString('hex')}`,
      );
      // SoftHSM 2.6.1's 0x210A zero-pads: the action says what that means for RSA/EC keys.
      expect(result.warnings.join('\n')).toMatch(/^allow-padded-kwp: .*up to 7 zero bytes/m);
      expect(result.summary).toContain('PKCS#8 followed by up to 7 zero bytes');
      const imported = createPublicKey(vault.privateKeyOf(await importIntoVault(byokFile, label)));
      expect(spki(imported)).toBe(spki(onToken));
      // An EC P-256 PKCS#8 is 67 bytes, never aligned: the strict vault took it only under its named tolerance.
      if (label === 'ec-p256')
        expect(vault.requests().flatMap((r) => r.notes ?? [])).toContain(
          'tolerated (zero-padded-pkcs8): 5 zero byte(s) after the PKCS#8 key',
        );
    }
    const objects = await tokenObjects(run.hsm);
    expect(keysLabelled(objects, label)).toHaveLength(1);
    process.stdout.write(`wrap ${label}: ${elapsed} ms\n`);
  });
});

test('a rerun with generate: true wraps the same key again (no second key)', async () => {
  const before = createPublicKey(await run.hsm.readPublicKeyPem('ec-p256'));
  const again = await runWrap(run, {
    'key-label': 'ec-p256',
    generate: 'true',
    'key-type': 'EC',
    curve: 'P-256',
    output: 'again/ec.byok',
    ...SOFTHSM_REHEARSAL.wrapInputs,
  });
  expect(again.errors).toEqual([]);
  expect(again.log).toMatch(/already exists.*no second key/);
  const objects = await tokenObjects(run.hsm);
  expect(keysLabelled(objects, 'ec-p256')).toHaveLength(1);
  const { ciphertext } = await readByok(join(run.workspace, 'again/ec.byok'));
  const recovered = createPublicKey(
    createPrivateKey({
      key: derSequence(unwrapCiphertext(ciphertext, run.kek)),
      format: 'der',
      type: 'pkcs8',
    }),
  );
  expect(spki(recovered)).toBe(spki(before));
});

test('if-exists: fail refuses an existing label; a mismatched type is refused for use', async () => {
  const fail = await runWrap(run, {
    'key-label': 'aes-256',
    generate: 'true',
    'key-type': 'oct',
    'if-exists': 'fail',
  });
  expect(fail.exitCode).toBe(1);
  expect(fail.errors).toHaveLength(1);
  expect(fail.errors[0]).toMatch(
    /^Input "key-label": a key labelled "aes-256" already exists.*\[TARGET_EXISTS\]$/,
  );
  const mismatch = await runWrap(run, {
    'key-label': 'aes-256',
    generate: 'true',
    'key-type': 'oct',
    'key-size': '128',
  });
  expect(mismatch.errors[0]).toMatch(
    /^Input "key-type": key "aes-256" .* is AES-256, not the requested AES-128.*\[TARGET_TYPE_MISMATCH\]$/,
  );
  expect(keysLabelled(await tokenObjects(run.hsm), 'aes-256')).toHaveLength(1);
});
