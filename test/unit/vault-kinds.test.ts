import { resolveVault } from '../../shared/src/azure/vault.js';
import { vaultOfHost } from '../../shared/src/azure/vault-kinds.js';
import { thrown } from '../helpers/thrown.js';
import { inputsFrom } from '../../shared/src/inputs/rules.js';
import { readCreateKekRequest } from '../../shared/src/requests/create-kek.js';
import { readImportWrappedKeyRequest } from '../../shared/src/requests/import-wrapped-key.js';
import { readWrapKeyRequest } from '../../shared/src/requests/wrap-key.js';

/** Managed HSM or Key Vault Premium: told by the host or input "vault-kind", and one capability table behind both. */

describe('the kind of a vault', () => {
  test.each([
    ['contoso.managedhsm.azure.net', 'managedhsm', 'https://managedhsm.azure.net'],
    ['contoso.managedhsm.usgovcloudapi.net', 'managedhsm', 'https://managedhsm.usgovcloudapi.net'],
    ['contoso.managedhsm.azure.cn', 'managedhsm', 'https://managedhsm.azure.cn'],
    ['Contoso-KV.vault.azure.net', 'vault', 'https://vault.azure.net'],
    ['contoso.vault.usgovcloudapi.net', 'vault', 'https://vault.usgovcloudapi.net'],
    ['contoso.vault.azure.cn', 'vault', 'https://vault.azure.cn'],
  ])('%s: kind %s, tokens for %s', (host, kind, resource) => {
    expect(vaultOfHost(host)).toEqual({ kind, name: host.split('.')[0]?.toLowerCase(), resource });
  });

  test.each([
    '127.0.0.1',
    'kv.privatelink.vaultcore.azure.net',
    'vault.azure.net',
    'x.vault.azure.net.evil.example',
  ])('%s does not tell', (host) => expect(vaultOfHost(host)).toBeUndefined());

  test('vault-kind names the kind of a host that does not tell, and may not contradict one that does', () => {
    expect(resolveVault({ vaultUrl: 'https://127.0.0.1:8443', vaultKind: 'vault' })).toEqual({
      url: 'https://127.0.0.1:8443',
      loopback: true,
      kind: 'vault',
    });
    expect(resolveVault({ vaultUrl: 'https://10.1.2.3', vaultKind: 'auto' }).kind).toBeUndefined();
    expect(resolveVault({ vaultUrl: 'https://contoso.vault.azure.net', vaultKind: 'vault' }).kind).toBe(
      'vault',
    );
    const contradiction = thrown(() => resolveVault({ hsmName: 'contoso', vaultKind: 'vault' }));
    expect(contradiction.code).toBe('VAULT_INPUT_INVALID');
    expect(contradiction.message).toBe(
      'Input "vault-kind" is vault, but https://contoso.managedhsm.azure.net is a Managed HSM',
    );
    expect(
      thrown(() =>
        readCreateKekRequest(inputsFrom({ 'vault-url': 'https://127.0.0.1:1', 'vault-kind': 'premium' })),
      ).code,
    ).toBe('INPUT_INVALID');
  });
});

describe('what a kind cannot take is refused before any request', () => {
  const aesOnKeyVault =
    /is an AES \(oct-HSM\) key, which Key Vault Premium https:\/\/contoso\.vault\.azure\.net cannot import; it imports RSA and EC keys$/;

  test('the kek job pre-flight: an AES target for a Key Vault', () => {
    const error = thrown(() =>
      readCreateKekRequest(inputsFrom({ 'vault-name': 'contoso', 'target-key-type': 'oct' })),
    );
    expect(error.code).toBe('TARGET_TYPE_UNSUPPORTED');
    expect(error.message).toMatch(/^Input "target-key-type": the key to import is an AES/);
    expect(error.message).toMatch(aesOnKeyVault);
    expect(error.hint).toMatch(/^AES keys go into a Managed HSM \(hsm-name\)/);
    // The emulator on loopback as a Key Vault: told by vault-kind.
    expect(
      thrown(() =>
        readCreateKekRequest(
          inputsFrom({ 'vault-url': 'https://127.0.0.1:1', 'vault-kind': 'vault', 'target-key-type': 'AES' }),
        ),
      ).code,
    ).toBe('TARGET_TYPE_UNSUPPORTED');
    expect(
      readCreateKekRequest(inputsFrom({ 'hsm-name': 'contoso', 'target-key-type': 'oct' })).target,
    ).toEqual({
      type: 'oct',
    });
    expect(
      readCreateKekRequest(inputsFrom({ 'vault-name': 'contoso', 'target-key-type': 'EC' })).vault.kind,
    ).toBe('vault');
  });

  test('the import: key-type oct for a Key Vault', () => {
    const error = thrown(() =>
      readImportWrappedKeyRequest(
        inputsFrom({ 'vault-name': 'contoso', 'key-name': 'k', 'key-type': 'oct' }),
      ),
    );
    expect(error.code).toBe('TARGET_TYPE_UNSUPPORTED');
    expect(error.message).toMatch(aesOnKeyVault);
  });

  test('the wrap, when kek-id names a Key Vault', () => {
    const wrap = {
      'pkcs11-module': '/usr/lib/softhsm/libsofthsm2.so',
      'key-label': 'k',
      'key-type': 'oct',
      'kek-id': `https://contoso.vault.azure.net/keys/KEK/${'0'.repeat(32)}`,
    };
    expect(thrown(() => readWrapKeyRequest(inputsFrom(wrap))).message).toMatch(aesOnKeyVault);
    const managed = { ...wrap, 'kek-id': `https://contoso.managedhsm.azure.net/keys/KEK/${'0'.repeat(32)}` };
    expect(readWrapKeyRequest(inputsFrom(managed))).toMatchObject({ allowPaddedKwp: false });
    expect(readWrapKeyRequest(inputsFrom({ ...managed, 'allow-padded-kwp': 'true' })).allowPaddedKwp).toBe(
      true,
    );
  });
});
