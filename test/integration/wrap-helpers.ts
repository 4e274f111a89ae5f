import {
  constants,
  createDecipheriv,
  createHash,
  createPublicKey,
  generateKeyPairSync,
  privateDecrypt,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KEK_METADATA_FILE } from '../../shared/src/kek/metadata.js';
import { runStep, type RunStepOptions, type StepResult } from '../../emulators/runner/run-action.js';
import type { SoftHsmClient } from '../helpers/softhsm/client.js';
import type { TokenObject } from '../helpers/softhsm/keys.js';
import type { SoftHsmToken } from '../../emulators/softhsm/token.js';

/** Shared by the wrap-*.test.ts files: a KEK made here, the bundled action run, the .byok unwrapped with Node crypto. */
export const ACTION_DIR = 'action-wrap';
export const PIN = 'pin-Zq7x2Wv9';

export interface TestKek {
  privateKey: KeyObject;
  publicKey: KeyObject;
  pemPath: string;
  kid: string;
  fingerprint: string;
}

/**
 * `seat` places the KEK in a vault (e.g. the Managed HSM emulator) and answers its kid; default: a made-up kid.
 * `privateKey` reuses a key made before (each vault of a file may hold the same KEK) instead of generating one of
 * `bits`.
 */
export async function makeKek(
  dir: string,
  bits = 2048,
  options: { metadata?: boolean; seat?: (privateKey: KeyObject) => string; privateKey?: KeyObject } = {},
): Promise<TestKek> {
  await mkdir(dir, { recursive: true });
  const privateKey = options.privateKey ?? generateKeyPairSync('rsa', { modulusLength: bits }).privateKey;
  const publicKey = createPublicKey(privateKey);
  const pemPath = join(dir, 'KEKforBYOK.publickey.pem');
  await writeFile(pemPath, publicKey.export({ type: 'spki', format: 'pem' }));
  const kid =
    options.seat?.(privateKey) ?? `https://127.0.0.1:1/keys/KEKforBYOK/${randomBytes(16).toString('hex')}`;
  const fingerprint = `sha256:${createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;
  if (options.metadata !== false) {
    await writeFile(
      join(dir, KEK_METADATA_FILE),
      JSON.stringify(
        {
          kid,
          fingerprint,
          keySize: publicKey.asymmetricKeyDetails?.modulusLength,
          vaultUrl: new URL(kid).origin,
        },
        null,
        2,
      ),
    );
  }
  return { privateKey, publicKey, pemPath, kid, fingerprint };
}

/** The plaintext inside a .byok, recovered with Node crypto alone (not the project's rsaAesKeyUnwrap). */
export function unwrapCiphertext(ciphertext: Buffer, kek: TestKek): Buffer {
  const modulusBytes = (kek.privateKey.asymmetricKeyDetails?.modulusLength as number) / 8;
  const aesKey = privateDecrypt(
    { key: kek.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
    ciphertext.subarray(0, modulusBytes),
  );
  const decipher = createDecipheriv(
    `id-aes${aesKey.length * 8}-wrap-pad`,
    aesKey,
    Buffer.from('A65959A6', 'hex'),
  );
  return Buffer.concat([decipher.update(ciphertext.subarray(modulusBytes)), decipher.final()]);
}

export interface ByokJson {
  schema_version: string;
  header: { kid: string; alg: string; enc: string };
  ciphertext: string;
  generator: string;
}

export async function readByok(path: string): Promise<{ json: ByokJson; bytes: Buffer; ciphertext: Buffer }> {
  const bytes = await readFile(path);
  const json = JSON.parse(bytes.toString('utf8')) as ByokJson;
  return { json, bytes, ciphertext: Buffer.from(json.ciphertext, 'base64url') };
}

/** A DER SEQUENCE cut to its own length: SoftHSM 2.6.1 zero-pads the PKCS#8 before wrapping (docs/byok-format.md). */
export function derSequence(bytes: Buffer): Buffer {
  if (bytes[0] !== 0x30) throw new Error('not a DER SEQUENCE');
  const first = bytes[1] as number;
  const [header, length] =
    first < 0x80 ? [2, first] : first === 0x81 ? [3, bytes[2] as number] : [4, bytes.readUInt16BE(2)];
  const end = header + length;
  if (bytes.subarray(end).some((b) => b !== 0)) throw new Error('non-zero bytes after the DER');
  return bytes.subarray(0, end);
}

export interface WrapRun {
  token: SoftHsmToken;
  hsm: SoftHsmClient;
  workspace: string;
  kek: TestKek;
}

export function runWrap(
  run: WrapRun,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  interrupt?: RunStepOptions['interrupt'],
): Promise<StepResult> {
  return runStep(ACTION_DIR, {
    ...(interrupt ? { interrupt } : {}),
    workspace: run.workspace,
    inputs: {
      'pkcs11-module': run.token.module,
      'token-label': run.token.label,
      pin: PIN,
      'kek-file': run.kek.pemPath,
      // As the kek job's output reaches the wrap job in the reusable workflow; a test that wants it missing says so.
      'kek-fingerprint': run.kek.fingerprint,
      'byok-artifact': '',
      ...inputs,
    },
    env: { ...run.token.env, ...env },
  });
}

/** Persistent objects only, and no session object or transient byok object left anywhere. */
export async function tokenObjects(hsm: SoftHsmClient): Promise<TokenObject[]> {
  const objects = await hsm.listObjects();
  const stray = objects.filter((o) => !o.persistent || o.label.startsWith('byok transient'));
  if (stray.length > 0) throw new Error(`leftover objects on the token: ${JSON.stringify(stray)}`);
  return objects;
}

export function keysLabelled(objects: TokenObject[], label: string): TokenObject[] {
  return objects.filter((o) => o.label === label && (o.class === 'private' || o.class === 'secret'));
}

/** Everything the step wrote that a reader could see, to check that the PIN is in none of it. */
export function everythingPrinted(result: StepResult): string {
  return [
    result.log,
    result.stderr,
    JSON.stringify(result.outputs),
    result.summary,
    ...result.errors,
    ...result.warnings,
  ].join('\n');
}
