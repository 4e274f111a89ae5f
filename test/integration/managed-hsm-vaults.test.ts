import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TokenCredential } from '@azure/identity';
import { KeyClient, type KeyVaultKey } from '@azure/keyvault-keys';
import { publicKeyFromJwk } from '../../shared/src/crypto/public-key.js';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { byokBytes, refusal, secretCredential } from './managed-hsm-support.js';

const HSM = 'https://contoso.managedhsm.azure.net';
const VAULT = 'https://contoso.vault.azure.net';
const b64u = (bytes: Uint8Array | undefined) =>
  bytes ? Buffer.from(bytes).toString('base64url') : undefined;
const publicKeyOf = (key: KeyVaultKey) =>
  publicKeyFromJwk({ kty: key.keyType ?? '', n: b64u(key.key?.n), e: b64u(key.key?.e) });

/**
 * Real vault names without DNS: the real KeyClient reaches https://NAME.managedhsm.azure.net and
 * https://NAME.vault.azure.net through the emulator's CONNECT proxy, with challenge-resource verification on
 * (the SDK's default), and every key id carries the host that was asked for.
 */
describe('Emulator: vault names through its proxy, Managed HSM and Key Vault side by side', () => {
  let hsm: ManagedHsmEmulator;
  let user: { clientId: string; tenantId: string; clientSecret?: string };
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

  /** The pipeline ignores tlsOptions behind a proxy, so the CA is trusted process-wide (Node 22.19+/24.5+). */
  beforeAll(async () => {
    hsm = await startManagedHsm();
    setDefaultCACertificates([...getCACertificates('default'), hsm.caPem]);
    user = hsm.registerClient();
  });
  afterAll(() => hsm.close());

  const client = (vaultUrl: string, credential: TokenCredential = secretCredential(hsm, user)) =>
    new KeyClient(vaultUrl, credential, {
      proxyOptions: { host: 'http://127.0.0.1', port: Number(new URL(hsm.proxyUrl).port) },
      retryOptions: { maxRetries: 0 },
    });
  const kek = (vaultUrl: string) =>
    client(vaultUrl).createKey('KEKforBYOK', 'RSA-HSM', { keySize: 2048, keyOps: ['import'] });
  const importRsa = (vaultUrl: string, made: KeyVaultKey, name = 'target') =>
    client(vaultUrl).importKey(
      name,
      {
        kty: 'RSA-HSM',
        keyOps: ['sign', 'verify'],
        t: byokBytes(
          made.id ?? '',
          publicKeyOf(made),
          rsa.privateKey.export({ type: 'pkcs8', format: 'der' }),
        ),
      },
      { hardwareProtected: true },
    );

  it('an hsm-name-style vault: keys under https://NAME.managedhsm.azure.net, oct-HSM included', async () => {
    const made = await kek(HSM);
    expect(made.id).toMatch(/^https:\/\/contoso\.managedhsm\.azure\.net\/keys\/KEKforBYOK\/[0-9a-f]{32}$/);
    const imported = await importRsa(HSM, made);
    expect(imported.id).toMatch(/^https:\/\/contoso\.managedhsm\.azure\.net\/keys\/target\//);
    const aes = await client(HSM).importKey(
      'aes',
      {
        kty: 'oct-HSM',
        keyOps: ['wrapKey', 'unwrapKey'],
        t: byokBytes(made.id ?? '', publicKeyOf(made), randomBytes(32)),
      },
      { hardwareProtected: true },
    );
    expect(aes.keyType).toBe('oct-HSM');
    expect(hsm.requests().filter((r) => r.host === 'contoso.managedhsm.azure.net').length).toBeGreaterThan(2);
  });

  it('a vault-name-style vault is Key Vault: its own keys, no oct-HSM, the vault.azure.net challenge', async () => {
    const made = await kek(VAULT);
    expect(made.id).toMatch(/^https:\/\/contoso\.vault\.azure\.net\/keys\/KEKforBYOK\/[0-9a-f]{32}$/);
    expect((await importRsa(VAULT, made)).id).toMatch(
      /^https:\/\/contoso\.vault\.azure\.net\/keys\/target\//,
    );
    // Each vault holds its own keys: the two KEKs are different keys with different ids.
    const other = await client(HSM).getKey('KEKforBYOK');
    expect(other.id).not.toBe(made.id);
    expect(await refusal(client(VAULT).getKey('aes'))).toMatchObject({ status: 404, code: 'KeyNotFound' });

    const octByok = byokBytes(made.id ?? '', publicKeyOf(made), randomBytes(32));
    const octImport = await refusal(
      client(VAULT).importKey(
        'aes',
        { kty: 'oct-HSM', keyOps: ['wrapKey'], t: octByok },
        { hardwareProtected: true },
      ),
    );
    expect(octImport).toMatchObject({ status: 400, code: 'BadParameter' });
    expect(octImport.message).toMatch(/oct-HSM is not supported by Key Vault/);
    expect(await refusal(client(VAULT).createKey('aes', 'oct-HSM'))).toMatchObject({
      status: 400,
      code: 'BadParameter',
    });
    expect(
      hsm
        .keys()
        .filter((k) => k.vault === VAULT)
        .map((k) => k.name),
    ).toEqual(['KEKforBYOK', 'target']);
    // The challenge named Key Vault's resource: the client asked for, and used, a token for it.
    const audiences = hsm
      .issuedTokens()
      .map(
        (t) =>
          (JSON.parse(Buffer.from(t.split('.')[1] ?? '', 'base64url').toString()) as { aud: unknown }).aud,
      );
    expect(audiences).toEqual(
      expect.arrayContaining(['https://vault.azure.net', 'https://managedhsm.azure.net']),
    );
  });

  it('a .byok wrapped under another vault’s KEK is refused: the KEK must be in the vault that imports', async () => {
    const vaultKek = await client(VAULT).getKey('KEKforBYOK');
    expect(await refusal(importRsa(HSM, vaultKek, 'crossed'))).toMatchObject({
      status: 400,
      code: 'BadParameter',
    });
    expect(hsm.keys().some((k) => k.name === 'crossed')).toBe(false);
  });

  it('Key Vault refuses by access policy (Forbidden, access-policy wording), Managed HSM by local RBAC', async () => {
    const reader = hsm.registerClient({ roles: [], keyPermissions: ['get', 'list'] });
    const readerCredential = secretCredential(hsm, reader);
    const denied = await refusal(client(VAULT, readerCredential).createKey('nope', 'RSA-HSM'));
    expect(denied).toMatchObject({ status: 403, code: 'Forbidden' });
    expect(denied.message).toMatch(
      new RegExp(
        `^The user, group or application 'appid=${reader.clientId};oid=[0-9a-f-]{36};iss=[^']+' does not have keys create permission on key vault 'contoso;location=[a-z]+'\\. For help resolving this issue, please see https://go\\.microsoft\\.com/fwlink/\\?linkid=2125287$`,
      ),
    );
    await expect(client(VAULT, readerCredential).getKey('KEKforBYOK')).resolves.toMatchObject({
      name: 'KEKforBYOK',
    });
    // The same identity has no Managed HSM role: the HSM answers with its own RBAC refusal.
    const rbac = await refusal(client(HSM, readerCredential).getKey('KEKforBYOK'));
    expect(rbac).toMatchObject({ status: 403 });
    expect(rbac.message).toMatch(/Microsoft\.KeyVault\/managedHsm\/keys\/read\/action/);
  });

  it('the proxy tunnels to vault names on port 443 only, never anywhere else', async () => {
    const connectTo = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const { port } = new URL(hsm.proxyUrl);
        const socket = connect(Number(port), '127.0.0.1', () =>
          socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`),
        );
        socket.once('data', (chunk: Buffer) => {
          resolve(chunk.toString().split('\r\n')[0] ?? '');
          socket.destroy();
        });
        socket.once('error', reject);
      });
    expect(await connectTo('contoso.vault.azure.net:443')).toBe('HTTP/1.1 200 Connection Established');
    for (const target of ['example.com:443', 'contoso.vault.azure.net:80', 'login.microsoftonline.com:443'])
      expect(await connectTo(target)).toBe('HTTP/1.1 403 Forbidden');
  });
});
