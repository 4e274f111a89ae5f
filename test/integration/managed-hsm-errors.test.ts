import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { rawRequest } from './managed-hsm-support.js';

interface Shape {
  status: number;
  code: string;
  message: RegExp;
  inner?: string;
}

/**
 * The emulator's answers held to the shapes Microsoft's services give (status, error.code, message), each from a
 * public source: the Key Vault REST spec and error-code docs, service answers recorded in the Azure SDK tests and
 * quoted in Azure CLI / docs issues. Messages the docs do not fix are matched on their documented part only.
 */
describe('Emulator: error answers as the service shapes them', () => {
  let hsm: ManagedHsmEmulator;
  let vault: ManagedHsmEmulator;
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

  beforeAll(async () => {
    [hsm, vault] = await Promise.all([startManagedHsm(), startManagedHsm({ kind: 'vault' })]);
    hsm.seedKey('kek', rsa.privateKey);
    hsm.seedKey('disabled', rsa.privateKey, { enabled: false, keyOps: ['sign'] });
    vault.seedKey('kek', rsa.privateKey);
  });
  afterAll(() => Promise.all([hsm.close(), vault.close()]));

  const expectShape = (answer: { status: number; body: Record<string, unknown> }, shape: Shape) => {
    const error = answer.body.error as { code?: string; message?: string; innererror?: { code?: string } };
    expect({ status: answer.status, code: error?.code }).toEqual({ status: shape.status, code: shape.code });
    expect(error.message).toMatch(shape.message);
    if (shape.inner) expect(error.innererror?.code).toBe(shape.inner);
  };

  it('authentication: the challenge and the AKV100xx refusals', async () => {
    // REST "Authentication, requests and responses": a request without a token gets 401 and a Bearer challenge.
    const bare = await rawRequest(hsm, 'GET', '/keys?api-version=7.4', undefined, '');
    expectShape(bare, {
      status: 401,
      code: 'Unauthorized',
      message: /^AKV10000: Request is missing a Bearer or PoP token\.$/,
    });
    const wrongAudience = hsm.accessToken(hsm.registerClient().clientId, {
      resource: 'https://vault.azure.net',
    });
    expectShape(await rawRequest(hsm, 'GET', '/keys?api-version=7.4', undefined, wrongAudience), {
      status: 401,
      code: 'Unauthorized',
      message:
        /^AKV10022: Invalid audience\. Expected https:\/\/managedhsm\.azure\.net, found: https:\/\/vault\.azure\.net\.$/,
    });
  });

  it('keys: not found, disabled, soft-deleted names, operations a type does not have', async () => {
    expectShape(await rawRequest(hsm, 'GET', '/keys/nothing?api-version=7.4'), {
      status: 404,
      code: 'KeyNotFound',
      message:
        /^A key with \(name\/id\) nothing was not found in this key vault\. .*https:\/\/go\.microsoft\.com\/fwlink\/\?linkid=2125182$/,
    });
    expectShape(await rawRequest(hsm, 'GET', '/keys/disabled?api-version=7.4'), {
      status: 403,
      code: 'Forbidden',
      message: /^Operation get is not allowed on a disabled key\.$/,
    });
    // Azure/AzureKeyVault#22: (BadParameter) Unsupported key operation(s): "wrapKey", "unwrapKey". Supported values are "sign", "verify".
    expectShape(
      await rawRequest(hsm, 'POST', '/keys/ec/create?api-version=7.4', {
        kty: 'EC-HSM',
        key_ops: ['wrapKey', 'unwrapKey'],
      }),
      {
        status: 400,
        code: 'BadParameter',
        message:
          /^Unsupported key operation\(s\): "wrapKey", "unwrapKey"\. Supported values are "sign", "verify"\.$/,
      },
    );
    // azure-sdk-for-java#3405: {"code":"BadParameter","message":"The property \"key\" must be a valid JsonWebKey object."}
    expectShape(
      await rawRequest(hsm, 'PUT', '/keys/jwk?api-version=7.4', {
        key: { kty: 'RSA-HSM', n: 'AQAB', e: 'AQAB', d: 'AQAB' },
      }),
      {
        status: 400,
        code: 'BadParameter',
        message: /^The property "key" must be a valid JsonWebKey object\.$/,
      },
    );
    await rawRequest(hsm, 'DELETE', '/keys/kek?api-version=7.4');
    expectShape(await rawRequest(hsm, 'POST', '/keys/kek/create?api-version=7.4', { kty: 'RSA-HSM' }), {
      status: 409,
      code: 'Conflict',
      message: /deleted but recoverable state, and its name cannot be reused/,
      inner: 'ObjectIsDeletedButRecoverable',
    });
  });

  it('exportable keys: the AKV.SKR answers recorded from the service', async () => {
    const policy = { data: Buffer.from('{"version":"1.0.0","anyOf":[]}').toString('base64url') };
    expectShape(
      await rawRequest(hsm, 'POST', '/keys/x/create?api-version=7.4', {
        kty: 'RSA-HSM',
        attributes: { exportable: true },
      }),
      {
        status: 400,
        code: 'BadParameter',
        message: /^AKV\.SKR\.1004: Exportable keys must have release policy\.$/,
      },
    );
    expectShape(
      await rawRequest(hsm, 'POST', '/keys/x/create?api-version=7.4', {
        kty: 'RSA-HSM',
        release_policy: policy,
      }),
      {
        status: 400,
        code: 'BadParameter',
        message: /^AKV\.SKR\.1005: Non-exportable keys must not have release policy\.$/,
      },
    );
  });

  it('authorization: Key Vault access policy and Managed HSM local RBAC each in their own words', async () => {
    const noAccess = vault.registerClient({ keyPermissions: [] });
    // The access-policy refusal quoted in turbot/steampipe-plugin-azure#127 (Forbidden, innererror AccessDenied).
    expectShape(
      await rawRequest(
        vault,
        'GET',
        '/keys/kek?api-version=7.4',
        undefined,
        vault.accessToken(noAccess.clientId),
      ),
      {
        status: 403,
        code: 'Forbidden',
        message:
          /^The user, group or application 'appid=[^;]+;oid=[^;]+;iss=[^']+' does not have keys get permission on key vault '[^;]+;location=[a-z]+'\. For help resolving this issue, please see https:\/\/go\.microsoft\.com\/fwlink\/\?linkid=2125287$/,
        inner: 'AccessDenied',
      },
    );
    const noRole = hsm.registerClient({ roles: [] });
    expectShape(
      await rawRequest(hsm, 'GET', '/keys/kek?api-version=7.4', undefined, hsm.accessToken(noRole.clientId)),
      {
        status: 403,
        code: 'Forbidden',
        message: /Microsoft\.KeyVault\/managedHsm\/keys\/read\/action/,
        inner: 'AccessDenied',
      },
    );
  });

  it('throttling: 429 Throttled, without Retry-After', async () => {
    hsm.faults.add({ path: '/keys/*', status: 429, times: 1 });
    const answer = await rawRequest(hsm, 'GET', '/keys/kek?api-version=7.4');
    expectShape(answer, {
      status: 429,
      code: 'Throttled',
      message:
        /^Request was not processed because too many requests were received\. Reason: VaultRequestTypeLimitReached$/,
    });
  });
});
