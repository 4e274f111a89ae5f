import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  startManagedHsm,
  type ManagedHsmEmulator,
  type Tolerance,
} from '../../emulators/managed-hsm/index.js';
import { byokBytes, rawRequest } from './managed-hsm-support.js';

const API = 'api-version=7.4';
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ecPkcs8 = ec.privateKey.export({ type: 'pkcs8', format: 'der' });

interface Judge {
  hsm: ManagedHsmEmulator;
  kid: string;
  kekPublic: KeyObject;
}

async function judge(options: Parameters<typeof startManagedHsm>[0] = {}): Promise<Judge> {
  const hsm = await startManagedHsm(options);
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { hsm, kid: hsm.seedKey('kek', privateKey), kekPublic: publicKey };
}

/** PUT /keys/{name} with a key_hsm of `plaintext` under the judge's KEK and the given JWK members. */
const importByok = (j: Judge, name: string, key: Record<string, unknown>, plaintext: Buffer, extra = {}) =>
  rawRequest(j.hsm, 'PUT', `/keys/${name}?${API}`, {
    key: {
      key_ops: ['sign'],
      key_hsm: Buffer.from(byokBytes(j.kid, j.kekPublic, plaintext)).toString('base64url'),
      ...key,
    },
    ...extra,
  });

const badParameter = (message: RegExp) => ({
  status: 400,
  body: { error: { code: 'BadParameter', message: expect.stringMatching(message) } },
});

/** Each leniency the emulator had is now a refusal, and each has a named tolerance for experiments. */
describe('Emulator: strict by default, lenient only by name', () => {
  let strict: Judge;
  beforeAll(async () => {
    strict = await judge();
  });
  afterAll(() => strict.hsm.close());

  it('a BYOK import needs the -HSM kty: RSA, EC and oct are software types', async () => {
    for (const kty of ['EC', 'RSA', 'oct'])
      expect(await importByok(strict, 'software', { kty, crv: 'P-256' }, ecPkcs8)).toMatchObject(
        badParameter(new RegExp(`key type "${kty}" is not supported here; use RSA-HSM, EC-HSM or oct-HSM`)),
      );
  });

  it('an EC-HSM BYOK import needs crv', async () => {
    expect(await importByok(strict, 'no-crv', { kty: 'EC-HSM' }, ecPkcs8)).toMatchObject(
      badParameter(/EC-HSM key to import needs "crv"/),
    );
    expect(await importByok(strict, 'bad-crv', { kty: 'EC-HSM', crv: 'P-192' }, ecPkcs8)).toMatchObject(
      badParameter(/curve "P-192" is not supported/),
    );
  });

  it('Hsm is a boolean, and a BYOK key is never a software key', async () => {
    const ok = { kty: 'EC-HSM', crv: 'P-256' };
    expect(await importByok(strict, 'hsm-text', ok, ecPkcs8, { Hsm: 'yes' })).toMatchObject(
      badParameter(/^Hsm must be a boolean$/),
    );
    expect(await importByok(strict, 'hsm-false', ok, ecPkcs8, { Hsm: false })).toMatchObject(
      badParameter(/Hsm cannot be false for a BYOK import/),
    );
    expect(await importByok(strict, 'hsm-true', ok, ecPkcs8, { Hsm: true })).toMatchObject({ status: 200 });
  });

  it('the .byok header must say alg "dir" and enc "CKM_RSA_AES_KEY_WRAP", its ciphertext base64url', async () => {
    const blob = JSON.parse(Buffer.from(byokBytes(strict.kid, strict.kekPublic, ecPkcs8)).toString()) as {
      header: Record<string, string>;
      ciphertext: string;
    };
    const send = (changed: unknown) =>
      rawRequest(strict.hsm, 'PUT', `/keys/header?${API}`, {
        key: {
          kty: 'EC-HSM',
          crv: 'P-256',
          key_hsm: Buffer.from(JSON.stringify(changed)).toString('base64url'),
        },
      });
    expect(await send({ ...blob, header: { ...blob.header, alg: 'RSA-OAEP' } })).toMatchObject(
      badParameter(/alg "RSA-OAEP"; it must be "dir"/),
    );
    expect(await send({ ...blob, header: { ...blob.header, enc: 'CKM_AES_KEY_WRAP_PAD' } })).toMatchObject(
      badParameter(/it must be "CKM_RSA_AES_KEY_WRAP"/),
    );
    const standard = Buffer.from(blob.ciphertext, 'base64url').toString('base64');
    expect(standard).toMatch(/[+/]/);
    expect(await send({ ...blob, ciphertext: standard })).toMatchObject(
      badParameter(/ciphertext must be base64url/),
    );
    expect(strict.hsm.keys().some((k) => k.name === 'header')).toBe(false);
  });

  it('an oct-HSM key is refused by a Key Vault (Premium) before anything is unwrapped', async () => {
    const vault = await judge({ kind: 'vault' });
    try {
      expect(await importByok(vault, 'aes', { kty: 'oct-HSM' }, randomBytes(32))).toMatchObject(
        badParameter(/The key type oct-HSM is not supported by Key Vault; use one of RSA-HSM, EC-HSM/),
      );
      expect(
        await rawRequest(vault.hsm, 'POST', `/keys/aes/create?${API}`, { kty: 'oct-HSM' }),
      ).toMatchObject(badParameter(/oct-HSM is not supported by Key Vault/));
      expect(vault.hsm.kind).toBe('vault');
    } finally {
      await vault.hsm.close();
    }
  });

  it('every tolerance lets exactly its own departure through, and says so in the request log', async () => {
    const cases: Array<
      [Tolerance, Parameters<typeof startManagedHsm>[0], (j: Judge) => ReturnType<typeof importByok>]
    > = [
      [
        'zero-padded-pkcs8',
        {},
        (j) => importByok(j, 'k', { kty: 'EC-HSM', crv: 'P-256' }, Buffer.concat([ecPkcs8, Buffer.alloc(3)])),
      ],
      ['software-kty', {}, (j) => importByok(j, 'k', { kty: 'EC', crv: 'P-256' }, ecPkcs8)],
      ['ec-without-crv', {}, (j) => importByok(j, 'k', { kty: 'EC-HSM' }, ecPkcs8)],
      [
        'oct-on-key-vault',
        { kind: 'vault' },
        (j) => importByok(j, 'k', { kty: 'oct-HSM', key_ops: ['wrapKey'] }, randomBytes(32)),
      ],
    ];
    for (const [tolerance, options, call] of cases) {
      const refusing = await judge(options);
      const tolerating = await judge({ ...options, tolerate: [tolerance] });
      try {
        expect({ tolerance, status: (await call(refusing)).status }).toEqual({ tolerance, status: 400 });
        expect({ tolerance, status: (await call(tolerating)).status }).toEqual({ tolerance, status: 200 });
        const notes = tolerating.hsm.requests().find((r) => r.method === 'PUT')?.notes ?? [];
        expect(notes).toEqual([expect.stringMatching(new RegExp(`^tolerated \\(${tolerance}\\): `))]);
      } finally {
        await Promise.all([refusing.hsm.close(), tolerating.hsm.close()]);
      }
    }
  });
});
