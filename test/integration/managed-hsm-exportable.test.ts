import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { KeyClient, KeyReleasePolicy } from '@azure/keyvault-keys';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { byokBytes, clientWithRoles, rawRequest, refusal } from './managed-hsm-support.js';

/** A policy in Microsoft's secure key release grammar (version 1.0.0, authorities with claim conditions). */
const POLICY = {
  version: '1.0.0',
  anyOf: [
    {
      authority: 'https://sharedeus.eus.attest.azure.net/',
      allOf: [
        { claim: 'x-ms-attestation-type', equals: 'sevsnpvm' },
        { anyOf: [{ claim: 'x-ms-compliance-status', equals: 'azure-compliant-cvm' }] },
      ],
    },
  ],
};
const encoded = (policy: unknown): KeyReleasePolicy => ({
  encodedPolicy: new Uint8Array(Buffer.from(JSON.stringify(policy))),
});

/** Exportable keys as the REST spec has them: an exportable key needs a release policy, and only it may have one. */
describe('Emulator: exportable keys and release policies', () => {
  let hsm: ManagedHsmEmulator;
  let client: KeyClient;
  let kek: { kid: string; byok: () => Uint8Array };

  beforeAll(async () => {
    hsm = await startManagedHsm();
    client = clientWithRoles(hsm);
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const target = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const kid = hsm.seedKey('kek', privateKey);
    kek = { kid, byok: () => byokBytes(kid, publicKey, target.export({ type: 'pkcs8', format: 'der' })) };
  });
  afterAll(() => hsm.close());

  const importRsa = (name: string, options: { exportable?: boolean; releasePolicy?: KeyReleasePolicy }) =>
    client.importKey(
      name,
      { kty: 'RSA-HSM', keyOps: ['decrypt'], t: kek.byok() },
      { hardwareProtected: true, ...options },
    );

  it('imports and creates an exportable key with a valid release policy, and reads both back', async () => {
    const imported = await importRsa('exportable', { exportable: true, releasePolicy: encoded(POLICY) });
    expect(imported.properties.exportable).toBe(true);
    expect(
      JSON.parse(Buffer.from(imported.properties.releasePolicy?.encodedPolicy ?? []).toString()),
    ).toEqual(POLICY);
    const read = await client.getKey('exportable');
    expect([read.properties.exportable, read.properties.releasePolicy?.immutable]).toEqual([true, false]);
    const created = await client.createKey('exportable-created', 'RSA-HSM', {
      exportable: true,
      releasePolicy: { ...encoded(POLICY), immutable: true },
    });
    expect([created.properties.exportable, created.properties.releasePolicy?.immutable]).toEqual([
      true,
      true,
    ]);
  });

  it('answers the service’s AKV.SKR errors: exportable needs a policy, a policy needs exportable, api-version 7.3+', async () => {
    expect(await refusal(importRsa('no-policy', { exportable: true }))).toMatchObject({
      status: 400,
      code: 'BadParameter',
      message: 'AKV.SKR.1004: Exportable keys must have release policy.',
    });
    expect(await refusal(importRsa('policy-only', { releasePolicy: encoded(POLICY) }))).toMatchObject({
      status: 400,
      code: 'BadParameter',
      message: 'AKV.SKR.1005: Non-exportable keys must not have release policy.',
    });
    const old = await rawRequest(hsm, 'POST', '/keys/old-api/create?api-version=7.2', {
      kty: 'RSA-HSM',
      attributes: { exportable: true },
      release_policy: { data: Buffer.from(JSON.stringify(POLICY)).toString('base64url') },
    });
    expect(old).toMatchObject({
      status: 400,
      body: {
        error: { code: 'BadParameter', message: expect.stringMatching(/^AKV\.SKR\.1001: .*'7\.3-preview'/) },
      },
    });
    expect(hsm.keys().map((k) => k.name)).not.toEqual(
      expect.arrayContaining(['no-policy', 'policy-only', 'old-api']),
    );
  });

  it('refuses a release policy outside the documented grammar', async () => {
    const authority = POLICY.anyOf[0] as (typeof POLICY.anyOf)[number];
    const cases: Array<[string, unknown, RegExp]> = [
      ['no version', { anyOf: POLICY.anyOf }, /version must be "1\.0\.0"/],
      ['another version', { ...POLICY, version: '2.0' }, /version must be "1\.0\.0"/],
      ['no authorities', { version: '1.0.0', anyOf: [] }, /anyOf must be a non-empty array of authorities/],
      [
        'authority not https',
        { version: '1.0.0', anyOf: [{ ...authority, authority: 'http://x/' }] },
        /authority must be an https URL/,
      ],
      [
        'two operators',
        {
          version: '1.0.0',
          anyOf: [{ authority: authority.authority, allOf: [{ claim: 'c', equals: 'a', exists: true }] }],
        },
        /needs exactly one of equals/,
      ],
      [
        'no claim',
        { version: '1.0.0', anyOf: [{ authority: authority.authority, allOf: [{ equals: 'a' }] }] },
        /has no "claim"/,
      ],
      [
        'an object as operand',
        {
          version: '1.0.0',
          anyOf: [{ authority: authority.authority, anyOf: [{ claim: 'c', equals: {} }] }],
        },
        /must be a string, number or boolean/,
      ],
      ['not JSON', 'not json', /data is not JSON/],
    ];
    for (const [what, policy, pattern] of cases) {
      const releasePolicy =
        typeof policy === 'string' ? { encodedPolicy: new Uint8Array(Buffer.from(policy)) } : encoded(policy);
      const result = await refusal(importRsa('bad-policy', { exportable: true, releasePolicy }));
      expect({ what, status: result.status, code: result.code }).toEqual({
        what,
        status: 400,
        code: 'BadParameter',
      });
      expect(result.message).toMatch(pattern);
    }
    expect(hsm.keys().some((k) => k.name === 'bad-policy')).toBe(false);
  });
});
