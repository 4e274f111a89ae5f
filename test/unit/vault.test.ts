import { resolveVault } from '../../shared/src/azure/vault.js';

describe('resolveVault', () => {
  test('maps hsm-name and vault-name to the service hosts, verification on', () => {
    expect(resolveVault({ hsmName: 'Contoso-HSM' })).toEqual({
      url: 'https://contoso-hsm.managedhsm.azure.net',
      loopback: false,
      kind: 'managedhsm',
    });
    expect(resolveVault({ vaultName: 'contoso' })).toEqual({
      url: 'https://contoso.vault.azure.net',
      loopback: false,
      kind: 'vault',
    });
  });
  test('takes a vault-url; only loopback hosts are marked loopback', () => {
    expect(resolveVault({ vaultUrl: 'https://127.0.0.1:8443/' })).toEqual({
      url: 'https://127.0.0.1:8443',
      loopback: true,
    });
    expect(resolveVault({ vaultUrl: 'https://localhost:1' }).loopback).toBe(true);
    expect(resolveVault({ vaultUrl: 'https://contoso.managedhsm.usgovcloudapi.net' }).loopback).toBe(false);
    expect(resolveVault({ vaultUrl: 'https://127.0.0.1.evil.example' }).loopback).toBe(false);
  });
  test.each([
    [{}, /No vault given/],
    [{ hsmName: 'a1c', vaultName: 'b1c' }, /"hsm-name" and "vault-name" are both set/],
    [{ hsmName: 'https://x.managedhsm.azure.net' }, /expected 3-24 letters/],
    [{ vaultUrl: 'http://127.0.0.1:1' }, /bare https origin/],
    [{ vaultUrl: 'https://x.example/keys' }, /bare https origin/],
    [{ vaultUrl: 'not a url' }, /not a URL/],
  ])('refuses %j', (options, message) => {
    expect(() => resolveVault(options)).toThrow(message);
  });
});
