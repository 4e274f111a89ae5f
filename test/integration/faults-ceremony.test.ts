import { createPublicKey } from 'node:crypto';
import { runCeremony } from '../../emulators/runner/ceremony.js';
import { fingerprint } from '../../shared/src/crypto/public-key.js';
import { openCeremony, SOFTHSM_REHEARSAL, type OpenCeremony } from '../helpers/ceremony-services.js';

/**
 * The whole ceremony with the artifact service failing on the way: the @actions/artifact client rides it out with
 * its own retries (3 s after a Twirp 5xx, 5 s after a bad download), so this one run costs ~8 s of back-off.
 */
let ceremony: OpenCeremony;
let services: OpenCeremony['services'];
let token: OpenCeremony['token'];

beforeAll(async () => {
  // An EC key from SoftHSM: a rehearsal file on both sides (ceremony-services.ts).
  ceremony = await openCeremony({ tolerate: SOFTHSM_REHEARSAL.tolerate });
  ({ services, token } = ceremony);
});
afterAll(() => ceremony?.close());

test('a 503 on the kek upload and on the .byok download: the ceremony still imports the right key', async () => {
  const { artifacts, hsm } = services;
  const twirp = (method: string) =>
    artifacts.requests.filter((r) => r.path.endsWith(`.ArtifactService/${method}`)).map((r) => r.status);
  const blobReads = () => artifacts.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/blob/'));

  artifacts.faults.failWith('CreateArtifact', { status: 503 });
  let readsBeforeImport = 0;
  const result = await runCeremony(services, {
    runId: 'run-faults',
    keyName: 'faults-ec',
    target: { type: 'EC', curve: 'P-256' },
    wrapInputs: SOFTHSM_REHEARSAL.wrapInputs,
    afterWrap: () => {
      readsBeforeImport = blobReads().length;
      artifacts.faults.failWith('blob:GET', { status: 503 });
    },
  });

  expect(result.failed?.result.errors).toBeUndefined();
  expect(twirp('CreateArtifact')).toEqual([503, 200, 200]);
  // The import job's first read of the .byok artifact failed and was read again.
  expect(
    blobReads()
      .slice(readsBeforeImport)
      .map((r) => r.status),
  ).toEqual([503, 200]);
  expect(artifacts.faults.pending()).toBe(0);
  const inToken = fingerprint(createPublicKey(await token.readPublicKeyPem('faults-ec')));
  const inVault = fingerprint(createPublicKey(hsm.privateKeyOf(result.keyId as string)));
  expect(inVault).toBe(inToken);
  expect(hsm.keys().filter((k) => k.name === 'faults-ec')).toHaveLength(1);
});
