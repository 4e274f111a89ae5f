import { generateKeyPairSync, sign } from 'node:crypto';
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClientAssertionCredential } from '@azure/identity';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { clientWithRoles, fixedToken, keyClient, refusal, secretCredential } from './managed-hsm-support.js';

const EXCHANGE = 'api://AzureADTokenExchange';
const SUBJECT = 'repo:contoso/byok:environment:prod';

/** GET with the emulator's CA, as a raw client sees the service. */
function get(
  hsm: ManagedHsmEmulator,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { ca: hsm.caPem, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

/**
 * What `core.getIDToken(audience)` does with the two variables the runner sets
 * (emulators/README.md "What the real clients ask").
 */
async function getIdToken(
  hsm: ManagedHsmEmulator,
  env: Record<string, string>,
  audience: string,
): Promise<string> {
  const answer = await get(
    hsm,
    `${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`,
    {
      authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}`,
    },
  );
  return (JSON.parse(answer.body) as { value: string }).value;
}

describe('Managed HSM emulator: authentication, faults', () => {
  let hsm: ManagedHsmEmulator;

  beforeAll(async () => {
    hsm = await startManagedHsm();
  });
  afterAll(() => hsm.close());

  it('challenges like Key Vault and checks the api-version', async () => {
    const challenge = await get(hsm, `${hsm.url}/keys?api%2Dversion=7.4-preview.1`);
    expect(challenge.status).toBe(401);
    expect(challenge.headers['www-authenticate']).toBe(
      `Bearer authorization="${hsm.url}/${hsm.tenantId}", resource="https://managedhsm.azure.net"`,
    );
    expect(JSON.parse(challenge.body)).toMatchObject({ error: { code: 'Unauthorized' } });
    expect(JSON.parse((await get(hsm, `${hsm.url}/keys?api-version=6.0`)).body)).toMatchObject({
      error: { code: 'BadParameter' },
    });
    expect((await get(hsm, `${hsm.url}/keys`)).status).toBe(400);
  });

  it('refuses tokens it did not issue for this HSM: foreign signature, wrong audience, other tenant, expired', async () => {
    const user = hsm.registerClient();
    const stranger = hsm.registerClient({ tenantId: 'b9a1c2d3-0000-4000-8000-000000000001' });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const [header, payload] = hsm.accessToken(user.clientId).split('.');
    const forged = `${header}.${payload}.${sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url')}`;
    const tokens = {
      forged,
      'wrong audience': hsm.accessToken(user.clientId, { resource: 'https://vault.azure.net' }),
      'other tenant': hsm.accessToken(stranger.clientId, { tenantId: stranger.tenantId }),
      expired: hsm.accessToken(user.clientId, { lifetimeSeconds: -60 }),
      'not a JWT': 'opaque-token',
    };
    for (const [what, token] of Object.entries(tokens)) {
      const result = await refusal(keyClient(hsm, fixedToken(token)).getKey('any'));
      expect({ what, status: result.status, code: result.code }).toEqual({
        what,
        status: 401,
        code: 'Unauthorized',
      });
    }
    // The same token, once valid, is accepted.
    expect(
      await refusal(keyClient(hsm, fixedToken(hsm.accessToken(user.clientId))).getKey('any')),
    ).toMatchObject({ status: 404 });
  });

  it('accepts any token when told to', async () => {
    const lax = await startManagedHsm({ acceptAnyToken: true });
    try {
      await expect(keyClient(lax, fixedToken('anything')).createKey('k', 'EC-HSM')).resolves.toMatchObject({
        name: 'k',
      });
    } finally {
      await lax.close();
    }
  });

  it('exchanges a GitHub OIDC token through ClientAssertionCredential (federated credential)', async () => {
    const app = hsm.registerClient({ clientSecret: false, federated: { subject: SUBJECT } });
    const env = { ...hsm.oidcEnv({ subject: SUBJECT }) };
    const options = {
      authorityHost: hsm.authorityHost,
      disableInstanceDiscovery: true,
      tlsOptions: hsm.tlsOptions,
    };
    const credential = new ClientAssertionCredential(
      app.tenantId,
      app.clientId,
      () => getIdToken(hsm, env, EXCHANGE),
      options,
    );
    await expect(keyClient(hsm, credential).createKey('federated', 'EC-HSM')).resolves.toMatchObject({
      name: 'federated',
    });

    const claims = JSON.parse(
      Buffer.from((await getIdToken(hsm, env, EXCHANGE)).split('.')[1] ?? '', 'base64url').toString(),
    ) as Record<string, unknown>;
    expect(claims).toMatchObject({
      iss: `${hsm.url}/github-oidc`,
      aud: EXCHANGE,
      sub: SUBJECT,
      repository: 'contoso/byok',
      environment: 'prod',
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300);

    const refused = async (assertion: () => Promise<string>) =>
      (
        await refusal(
          new ClientAssertionCredential(app.tenantId, app.clientId, assertion, options).getToken(
            'https://managedhsm.azure.net/.default',
          ),
        )
      ).message;
    const otherEnv = { ...hsm.oidcEnv({ subject: 'repo:contoso/byok:environment:dev' }) };
    expect(await refused(() => getIdToken(hsm, otherEnv, EXCHANGE))).toMatch(/AADSTS700213/);
    expect(await refused(() => getIdToken(hsm, env, 'api://other'))).toMatch(/AADSTS700212/);
    expect(await refused(async () => hsm.githubIdToken({ subject: SUBJECT }, EXCHANGE, -10))).toMatch(
      /AADSTS700024/,
    );
    expect(
      (await get(hsm, `${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=x`, { authorization: 'Bearer wrong' }))
        .status,
    ).toBe(401);
  });

  it('refuses a wrong client secret as Entra does', async () => {
    const app = hsm.registerClient();
    const result = await refusal(
      secretCredential(hsm, { ...app, clientSecret: 'wrong' }).getToken(
        'https://managedhsm.azure.net/.default',
      ),
    );
    expect(result.message).toMatch(/AADSTS7000215/);
  });

  it('injects faults: a 503 the SDK retries, a drop after the effect landed, latency', async () => {
    const client = clientWithRoles(hsm);
    await client.createKey('faulty', 'EC-HSM');
    hsm.faults.add({ method: 'GET', path: '/keys/*', status: 503, times: 1 });
    await expect(client.getKey('faulty')).resolves.toMatchObject({ name: 'faulty' });
    expect(
      hsm
        .requests()
        .filter((r) => r.path === '/keys/faulty/')
        .map((r) => r.status),
    ).toEqual([503, 200]);

    // The create lands, the answer is lost, the SDK retries: two versions. Creation is not idempotent.
    hsm.faults.add({ method: 'POST', path: '/keys/faulty/create', drop: 'after', latencyMs: 50, times: 1 });
    await client.createKey('faulty', 'EC-HSM');
    expect(hsm.keys().filter((k) => k.name === 'faulty')).toHaveLength(3);
    expect(
      hsm
        .requests()
        .filter((r) => r.path === '/keys/faulty/create')
        .map((r) => r.dropped ?? r.status),
    ).toEqual([401, 200, 'after', 200]);
  });

  it('enforces the create-key rate (1/s) with a 429 Throttled and no Retry-After', async () => {
    const limited = await startManagedHsm({ enforceRateLimits: true });
    try {
      const client = clientWithRoles(limited);
      await client.createKey('first', 'EC-HSM');
      const throttled = await refusal(client.createKey('second', 'EC-HSM'));
      expect(throttled).toMatchObject({ status: 429, code: 'Throttled' });
      expect(throttled.message).toMatch(/VaultRequestTypeLimitReached/);
    } finally {
      await limited.close();
    }
  });
});
