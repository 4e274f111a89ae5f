import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { KeyClient } from '@azure/keyvault-keys';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { clientWithRoles, refusal } from './managed-hsm-support.js';

/** Key lifecycle through the real KeyClient + ClientSecretCredential, each role as Managed HSM grants it. */
describe('Managed HSM emulator: keys', () => {
  let hsm: ManagedHsmEmulator;
  let user: KeyClient;

  beforeAll(async () => {
    hsm = await startManagedHsm();
    user = clientWithRoles(hsm);
  });
  afterAll(() => hsm.close());

  it('creates a KEK, reads it back by name and by version, lists its versions and the keys', async () => {
    const kek = await user.createKey('kek', 'RSA-HSM', { keySize: 2048, keyOps: ['import'] });
    expect(kek.id).toMatch(new RegExp(`^${hsm.url}/keys/kek/[0-9a-f]{32}$`));
    expect(kek.keyType).toBe('RSA-HSM');
    expect(kek.keyOperations).toEqual(['import']);
    expect(kek.key?.n?.length).toBe(256);

    const rotated = await user.createKey('kek', 'RSA-HSM', { keySize: 2048, keyOps: ['import'] });
    expect((await user.getKey('kek')).id).toBe(rotated.id);
    expect((await user.getKey('kek', { version: kek.properties.version ?? '' })).id).toBe(kek.id);

    const versions: string[] = [];
    for await (const v of user.listPropertiesOfKeyVersions('kek')) versions.push(v.version ?? '');
    expect(versions.sort()).toEqual([kek.properties.version, rotated.properties.version].sort());
    const pages: number[] = [];
    for await (const page of user.listPropertiesOfKeyVersions('kek').byPage({ maxPageSize: 1 }))
      pages.push(page.length);
    expect(pages).toEqual([1, 1]);
    const names: string[] = [];
    for await (const k of user.listPropertiesOfKeys()) names.push(k.name);
    expect(names).toContain('kek');

    // The JS client sends `api%2Dversion`; the emulator keeps the real key pair behind the public key it shows.
    expect(hsm.privateKeyOf(kek.id ?? '').asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(
      hsm
        .requests()
        .map((r) => `${r.method} ${r.path} ${r.status}`)
        .slice(0, 4),
    ).toEqual([
      'POST /keys/kek/create 401',
      `GET /${hsm.tenantId}/v2.0/.well-known/openid-configuration 200`,
      `POST /${hsm.tenantId}/oauth2/v2.0/token 200`,
      'POST /keys/kek/create 200',
    ]);
  });

  it('creates EC and AES keys, refuses what Managed HSM refuses, and updates attributes', async () => {
    const ec = await user.createEcKey('ec', { curve: 'P-256K', hsm: true });
    expect([ec.keyType, ec.key?.crv, ec.keyOperations]).toEqual(['EC-HSM', 'P-256K', ['sign', 'verify']]);
    const aes = await user.createKey('aes', 'oct-HSM', { keySize: 128 });
    expect([aes.keyType, aes.key?.n]).toEqual(['oct-HSM', undefined]);

    expect(await refusal(user.createKey('small', 'RSA-HSM', { keySize: 1024 }))).toMatchObject({
      status: 400,
      code: 'BadParameter',
    });
    expect(await refusal(user.createKey('mixed', 'RSA-HSM', { keyOps: ['import', 'sign'] }))).toMatchObject({
      status: 400,
      code: 'BadParameter',
    });
    expect(await refusal(user.getKey('missing'))).toMatchObject({ status: 404, code: 'KeyNotFound' });

    const expiresOn = new Date(Math.floor(Date.now() / 1000 + 3600) * 1000);
    const updated = await user.updateKeyProperties('ec', ec.properties.version ?? '', {
      expiresOn,
      tags: { purpose: 'test' },
    });
    expect([updated.properties.expiresOn, updated.properties.tags]).toEqual([expiresOn, { purpose: 'test' }]);
    await user.updateKeyProperties('ec', ec.properties.version ?? '', { enabled: false });
    expect(await refusal(user.getKey('ec'))).toMatchObject({ status: 403, code: 'Forbidden' });
  });

  it('soft-deletes: the name is blocked (409) until the key is recovered or purged, purge is the officer’s', async () => {
    await user.createKey('doomed', 'EC-HSM');
    const deleted = await (await user.beginDeleteKey('doomed')).pollUntilDone();
    expect(deleted.properties.recoveryId).toBe(`${hsm.url}/deletedkeys/doomed`);
    expect(deleted.properties.scheduledPurgeDate?.getTime()).toBeGreaterThan(Date.now());
    expect(await refusal(user.getKey('doomed'))).toMatchObject({ status: 404, code: 'KeyNotFound' });
    const conflict = await refusal(user.createKey('doomed', 'EC-HSM'));
    expect(conflict).toMatchObject({ status: 409, code: 'Conflict' });
    expect(conflict.message).toMatch(/deleted but recoverable state/);

    expect((await (await user.beginRecoverDeletedKey('doomed')).pollUntilDone()).name).toBe('doomed');
    await (await user.beginDeleteKey('doomed')).pollUntilDone();

    // A Crypto User cannot purge; a Crypto Officer can, and then the name is free again.
    expect(await refusal(user.purgeDeletedKey('doomed'))).toMatchObject({ status: 403, code: 'Forbidden' });
    const officer = clientWithRoles(hsm, ['Managed HSM Crypto Officer']);
    await officer.purgeDeletedKey('doomed');
    expect(hsm.keys().some((k) => k.name === 'doomed')).toBe(false);
    await user.createKey('doomed', 'EC-HSM');
  });

  it('refuses with 403 and the data action what a role does not grant', async () => {
    const auditor = clientWithRoles(hsm, ['Managed HSM Crypto Auditor']);
    const denied = await refusal(auditor.createKey('audited', 'EC-HSM'));
    expect(denied).toMatchObject({ status: 403, code: 'Forbidden' });
    expect(denied.message).toMatch(
      /permission to perform action 'Microsoft\.KeyVault\/managedHsm\/keys\/create' on resource '\/keys\/audited'\. Caller: appid=/,
    );
    await expect(auditor.getKey('kek')).resolves.toMatchObject({ name: 'kek' });

    const officer = clientWithRoles(hsm, ['Managed HSM Crypto Officer']);
    expect(await refusal(officer.getKey('kek'))).toMatchObject({ status: 403, code: 'Forbidden' });
    expect(await refusal(officer.createKey('officer', 'EC-HSM'))).toMatchObject({
      status: 403,
      code: 'Forbidden',
    });
  });
});
