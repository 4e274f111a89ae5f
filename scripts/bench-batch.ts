// The figures of many keys in one ceremony, for npm run bench (printed, not asserted):
// - a 200-key import by the library against the Managed HSM emulator limited to 10 imports per second (429 without
//   Retry-After, as the service answers), as a ratio to the rate-limited minimum, with requests per key; then 100
//   keys against a limit of 5 per second, below byok's ceiling, so that the pace has to find it;
// - the wrap time per key on SoftHSM2: a list in one PKCS#11 session against one session per key.
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientSecretCredential } from '@azure/identity';
import { startManagedHsm } from '../emulators/managed-hsm/index.js';
import { createSoftHsmToken } from '../emulators/softhsm/token.js';
import { keyListDigest } from '../shared/src/batch/list-digest.js';
import { serializeByok } from '../shared/src/byok/file.js';
import { rsaAesKeyWrap } from '../shared/src/byok/rsa-aes-key-wrap.js';
import { serializeSidecar } from '../shared/src/byok/sidecar.js';
import { fileDigest } from '../shared/src/byok/wrapped-key.js';
import { fingerprint, toSpkiPem } from '../shared/src/crypto/public-key.js';
import { silentLogger } from '../shared/src/logger.js';
import { importWrappedKeys } from '../shared/src/operations/import-wrapped-keys.js';
import { wrapKey } from '../shared/src/operations/wrap-key.js';
import { wrapKeys } from '../shared/src/operations/wrap-keys.js';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** `keys` EC P-256 keys wrapped in software under the KEK, with their sidecars and the list, as a wrap job leaves them. */
async function wrappedList(dir: string, kid: string, kek: KeyObject, keys: number) {
  const names = Array.from({ length: keys }, (_, i) => `bench-${String(i + 1).padStart(4, '0')}`);
  const bound = [];
  for (const name of names) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const plain = privateKey.export({ type: 'pkcs8', format: 'der' });
    const byok = Buffer.from(
      serializeByok({ kid, ciphertext: rsaAesKeyWrap(kek, plain), generator: 'bench' }),
    );
    await writeFile(join(dir, `${name}.byok`), byok);
    const check = fingerprint(publicKey);
    await writeFile(
      join(dir, `${name}.byok.json`),
      serializeSidecar({
        kid,
        keyType: 'EC',
        keyLabel: name,
        keyId: '',
        curve: 'P-256',
        publicKey: toSpkiPem(publicKey),
        publicKeyFingerprint: check,
        kekFingerprint: fingerprint(kek),
        byokDigest: fileDigest(byok),
        token: {
          label: 'bench',
          manufacturer: 'bench',
          model: 'software',
          serialNumber: '0',
          firmware: '0.0',
        },
        mechanism: 'software CKM_RSA_AES_KEY_WRAP',
        createdAt: new Date().toISOString(),
        generator: 'bench',
      }),
    );
    bound.push({ name, byokDigest: fileDigest(byok), check });
  }
  const list = join(dir, 'keys.yaml');
  await writeFile(
    list,
    `defaults:\n  type: EC\n  curve: P-256\nkeys:\n${names.map((n) => `  - name: ${n}\n`).join('')}`,
  );
  return { list, digest: keyListDigest(bound) };
}

async function benchImport(keys: number, perSecond: number, label: string): Promise<void> {
  const hsm = await startManagedHsm();
  const dir = await mkdtemp(join(tmpdir(), 'byok-bench-batch-'));
  try {
    const kek = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const kid = hsm.seedKey('KEKforBYOK', kek.privateKey);
    const { list, digest } = await wrappedList(dir, kid, kek.publicKey, keys);
    hsm.faults.limitRate({ method: 'PUT', path: '/keys/*', perSecond });
    const client = hsm.registerClient();
    const credential = new ClientSecretCredential(
      client.tenantId,
      client.clientId,
      client.clientSecret ?? '',
      {
        authorityHost: hsm.authorityHost,
        disableInstanceDiscovery: true,
        tlsOptions: hsm.tlsOptions,
      },
    );
    const before = hsm.requests().length;
    const started = process.hrtime.bigint();
    const result = await importWrappedKeys(
      {
        vault: { url: hsm.url, loopback: true },
        keyList: list,
        byokDir: dir,
        keyListDigest: digest,
        kekFingerprint: fingerprint(kek.publicKey),
        kekAfterImport: 'keep',
        requireJobOutputs: false,
      },
      { credential, tuning: { tlsOptions: hsm.tlsOptions } },
      silentLogger,
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const requests = hsm.requests().slice(before);
    const failed = result.results.filter((r) => r.status === 'failed').length;
    const minimum = keys / perSecond;
    console.log(
      `${label}: ${keys} keys in ${seconds.toFixed(1)} s, ${(seconds / minimum).toFixed(2)}x the rate-limited minimum (${perSecond}/s${label === 'batch import' ? '' : ', 429 without Retry-After'}), ${failed} failed, ${(requests.length / keys).toFixed(1)} requests per key`,
    );
    const count = (test: (e: (typeof requests)[number]) => boolean) => requests.filter(test).length;
    console.log(
      `  ${requests.length} requests: ${count((e) => e.method === 'PUT' && e.status === 200)} imports, ${count((e) => e.status === 429)} throttled, ${count((e) => e.method === 'GET' && /^\/keys\/KEKforBYOK\//.test(e.path) && e.status === 200)} KEK read, ${count((e) => e.method === 'GET' && /^\/keys\/?$/.test(e.path))} listing, ${count((e) => /oauth2\/v2\.0\/token$/.test(e.path))} token, ${count((e) => e.status === 401)} challenge; ${(keys / seconds).toFixed(1)} keys per second`,
    );
  } finally {
    await hsm.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchWrap(keys: number): Promise<void> {
  const token = await createSoftHsmToken({ label: 'bench-batch', pin: 'bench-pin-41' });
  const dir = await mkdtemp(join(tmpdir(), 'byok-bench-wrap-'));
  // SoftHSM reads its configuration at C_Initialize, from this process's environment.
  process.env.SOFTHSM2_CONF = token.env.SOFTHSM2_CONF;
  try {
    const kek = generateKeyPairSync('rsa', { modulusLength: 3072 });
    const pem = join(dir, 'kek.pem');
    await writeFile(pem, kek.publicKey.export({ type: 'spki', format: 'pem' }));
    const kid = `https://127.0.0.1:1/keys/KEKforBYOK/${randomBytes(16).toString('hex')}`;
    const names = Array.from({ length: keys }, (_, i) => `wrap-${i + 1}`);
    const list = join(dir, 'keys.yaml');
    await writeFile(
      list,
      `defaults:\n  generate: true\n  type: EC\n  curve: P-384\nkeys:\n${names.map((n) => `  - name: ${n}\n`).join('')}`,
    );
    const hsm = { module: token.module, tokenLabel: token.label };
    const common = {
      kek: { file: pem, kid },
      wrapMechanism: 'auto' as const,
      // SoftHSM 2.6.1 zero-pads EC PKCS#8 for its RFC 5649 wrap: a rehearsal, as everywhere SoftHSM wraps RSA/EC.
      allowPaddedKwp: true,
      requireJobOutputs: false,
    };
    const options = { pin: token.pin, tool: 'bench' };
    const oneSession = () =>
      wrapKeys({ ...common, hsm, keyList: list, outputDir: join(dir, 'out') }, options, silentLogger);
    await oneSession(); // generates the keys; the timed runs wrap them as they are
    const listRuns: number[] = [];
    const perKeyRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      let t = process.hrtime.bigint();
      await oneSession();
      listRuns.push(Number(process.hrtime.bigint() - t) / 1e6 / keys);
      t = process.hrtime.bigint();
      for (const label of names)
        await wrapKey(
          {
            ...common,
            hsm,
            key: { label, generate: false, ifExists: 'use' },
            output: join(dir, `${label}.byok`),
          },
          options,
          silentLogger,
        );
      perKeyRuns.push(Number(process.hrtime.bigint() - t) / 1e6 / keys);
    }
    const [list1, each] = [median(listRuns), median(perKeyRuns)];
    console.log(
      `batch wrap: ${keys} EC P-384 keys, ${list1.toFixed(1)} ms per key in one session, ${each.toFixed(1)} ms per key with one session each (${(each / list1).toFixed(1)}x), SoftHSM2`,
    );
  } finally {
    await token.cleanup();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Each distinct figure once: 200 keys at 10/s (about 21 s), 100 keys at 5/s (about 21 s), 20 keys wrapped 7 times. */
export async function benchBatch(): Promise<void> {
  console.log('\nmany keys in one ceremony (emulator rate limit on PUT /keys/{name}; library in-process)');
  await benchImport(200, 10, 'batch import');
  await benchImport(100, 5, 'batch import (adaptive)');
  await benchWrap(20);
}
