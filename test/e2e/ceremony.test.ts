import { createCipheriv, createHash, createPublicKey } from 'node:crypto';
import { runCeremony } from '../../emulators/runner/ceremony.js';
import { openCeremony, SOFTHSM_REHEARSAL, type OpenCeremony } from '../helpers/ceremony-services.js';

let ceremony: OpenCeremony;
let services: OpenCeremony['services'];
let token: OpenCeremony['token'];

// RSA and EC keys wrapped on SoftHSM are rehearsal files (ceremony-services.ts); the AES key is exact.
const { wrapInputs } = SOFTHSM_REHEARSAL;

beforeAll(async () => {
  ceremony = await openCeremony({ tolerate: SOFTHSM_REHEARSAL.tolerate });
  ({ services, token } = ceremony);
});
afterAll(() => ceremony?.close());

const spkiSha256 = (pem: string) =>
  `sha256:${createHash('sha256')
    .update(createPublicKey(pem).export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;

describe('the ceremony: kek, wrap and import jobs with artifacts between them', () => {
  test.each([
    ['RSA-3072', { type: 'RSA' as const, size: 3072 }],
    ['EC P-384', { type: 'EC' as const, curve: 'P-384' }],
  ])('%s: the imported public key is the one generated in the token', async (name, target) => {
    const keyName = `e2e-${name.replace(/\W/g, '')}`;
    const result = await runCeremony(services, { runId: `run-${keyName}`, keyName, target, wrapInputs });
    expect(result.failed?.result.errors).toBeUndefined();
    expect(result.steps.map((s) => `${s.job}/${s.action}`)).toEqual([
      'kek/action-kek-create',
      'kek/action-kek-download',
      'wrap/action-wrap',
      'import/action-import',
    ]);

    const inToken = await token.readPublicKeyPem(keyName);
    const inVault = createPublicKey(services.hsm.privateKeyOf(result.keyId as string))
      .export({ type: 'spki', format: 'pem' })
      .toString();
    expect(spkiSha256(inVault)).toBe(spkiSha256(inToken));
    expect(result.wrapPublicKeyFingerprint).toBe(spkiSha256(inToken));

    // The chain of custody: every job's summary names the same KEK fingerprint, and import names the key's.
    for (const step of result.steps) expect(step.result.summary).toContain(result.kekFingerprint);
    expect(result.steps[3]?.result.summary).toContain(spkiSha256(inToken));
    expect(result.steps[3]?.result.summary).toContain(
      'security-reviewer approved byok-import: "Fingerprints checked"',
    );
    // The rehearsal is said at both ends: the wrap marked the file, the import summary shows it.
    expect(result.steps[2]?.result.summary).toContain('allow-padded-kwp');
    expect(result.steps[3]?.result.summary).toContain('wrapped with allow-padded-kwp (a rehearsal file)');
    expect(
      services.artifacts
        .artifacts(`run-${keyName}`)
        .map((a) => a.name)
        .sort(),
    ).toEqual([`byok-${keyName}`, 'byok-kek'].sort());
  });

  test('AES-256: the imported key encrypts as the token key does', async () => {
    const result = await runCeremony(services, {
      runId: 'run-aes',
      keyName: 'e2e-aes',
      target: { type: 'oct', size: 256 },
    });
    expect(result.failed?.result.errors).toBeUndefined();
    const block = '00112233445566778899aabbccddeeff';
    const secret = services.hsm.privateKeyOf(result.keyId as string).export();
    const cipher = createCipheriv('aes-256-ecb', secret, null).setAutoPadding(false);
    const inNode = Buffer.concat([cipher.update(Buffer.from(block, 'hex')), cipher.final()]).toString('hex');
    expect(await token.encrypt('e2e-aes', block)).toBe(inNode);
  });

  test('a rerun of the whole ceremony converges: same KEK, same token key, nothing imported twice', async () => {
    const first = await runCeremony(services, {
      runId: 'run-again-1',
      keyName: 'e2e-again',
      target: { type: 'EC', curve: 'P-256' },
      wrapInputs,
    });
    const second = await runCeremony(services, {
      runId: 'run-again-2',
      keyName: 'e2e-again',
      target: { type: 'EC', curve: 'P-256' },
      wrapInputs,
    });
    expect(second.failed).toBeUndefined();
    expect(second.kekId).toBe(first.kekId);
    expect(second.keyId).toBe(first.keyId);
    expect(second.steps[3]?.result.outputs.imported).toBe('false');
    expect(services.hsm.keys().filter((k) => k.name === 'e2e-again')).toHaveLength(1);
    expect(
      (await token.listObjects()).filter((o) => o.label === 'e2e-again' && o.class === 'private'),
    ).toHaveLength(1);
  });
});
