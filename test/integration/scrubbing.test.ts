/**
 * Library errors that carry a secret (an OIDC service echoing the request token, a sign-in refused for a wrong
 * client secret, a wrong PIN) come out of the actions scrubbed, with debug logging on.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import type { StepResult } from '../../emulators/runner/run-action.js';
import { connectSoftHsm } from '../helpers/softhsm/client.js';
import { createSoftHsmToken, type SoftHsmToken } from '../../emulators/softhsm/token.js';
import { azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';
import { describeHits, scan, secretForms } from '../helpers/leak-scan.js';
import { everythingPrinted, makeKek, PIN, runWrap } from './wrap-helpers.js';

const DEBUG = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' };

let hsm: ManagedHsmEmulator;
let context: AzureStepContext;
let token: SoftHsmToken;
/** A GitHub OIDC endpoint gone wrong: it answers 500 and repeats the request's Authorization header. */
let echoingOidc: Server;
const oidcRequests: string[] = [];

beforeAll(async () => {
  [hsm, token] = await Promise.all([startManagedHsm(), createSoftHsmToken({ label: 'scrubbing', pin: PIN })]);
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-scrub-')) };
  echoingOidc = createServer((req, res) => {
    oidcRequests.push(req.headers.authorization ?? '');
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: `Request refused for Authorization: ${req.headers.authorization}` }));
  });
  await new Promise<void>((resolve) => echoingOidc.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => echoingOidc?.close(resolve));
  await Promise.all([
    hsm?.close(),
    token?.cleanup(),
    rm(context.workspace, { recursive: true, force: true }),
  ]);
});

/** The step failed with one line, debug was on, and no form of the secrets is anywhere the step printed. */
function expectScrubbed(result: StepResult, secrets: Record<string, string>, pattern: RegExp): void {
  expectOneLineError(result, pattern);
  expect(result.log).toContain('::debug::');
  const printed = [{ where: 'the step', bytes: Buffer.from(everythingPrinted(result)) }];
  const needles = Object.entries(secrets).flatMap(([name, secret]) => secretForms(name, secret));
  expect(describeHits(scan(printed, needles))).toBe('');
  for (const secret of Object.values(secrets)) expect(result.masks).toContain(secret);
}

test('a GitHub OIDC failure that echoes the request token prints it nowhere', async () => {
  const requestToken = randomBytes(24).toString('base64url');
  const client = hsm.registerClient({
    clientSecret: false,
    federated: { subject: 'repo:acme/keys:ref:main' },
  });
  const result = await azureStep(
    'action-kek-create',
    context,
    {
      'client-id': client.clientId,
      'tenant-id': client.tenantId,
      'authority-host': hsm.authorityHost,
      'key-size': '2048',
    },
    {
      omitAuth: true,
      env: {
        ...DEBUG,
        ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${(echoingOidc.address() as AddressInfo).port}/idtoken?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      },
    },
  );
  expect(oidcRequests).toContain(`Bearer ${requestToken}`);
  expectScrubbed(
    result,
    { 'request token': requestToken },
    /^GitHub did not issue an OIDC token .*Failed to get ID Token.*Error Code : 500.*Authorization: Bearer \*\*\*.*\[OIDC_TOKEN_FAILED\]$/,
  );
});

test('a sign-in refused for a wrong client secret prints the secret nowhere', async () => {
  const client = hsm.registerClient();
  const wrongSecret = `wrong-${randomBytes(16).toString('base64url')}`;
  const result = await azureStep(
    'action-kek-create',
    context,
    { 'key-size': '2048' },
    {
      omitAuth: true,
      env: {
        ...DEBUG,
        AZURE_CLIENT_ID: client.clientId,
        AZURE_TENANT_ID: client.tenantId,
        AZURE_CLIENT_SECRET: wrongSecret,
        AZURE_AUTHORITY_HOST: hsm.authorityHost,
      },
    },
  );
  expectScrubbed(
    result,
    { 'client secret': wrongSecret },
    /EnvironmentCredential authentication failed.*\[AUTH_FAILED\]$/,
  );
});

test('a vault error that echoes the Authorization header prints the access token nowhere', async () => {
  hsm.faults.add({
    method: 'POST',
    path: '/keys/*/create',
    status: 503,
    retryAfterSeconds: 0,
    echoAuthorization: true,
  });
  const issuedBefore = hsm.issuedTokens().length;
  try {
    const result = await azureStep(
      'action-kek-create',
      context,
      { 'kek-name': 'KEK-echo', 'key-size': '2048' },
      { env: DEBUG },
    );
    // The GitHub OIDC tokens (MSAL asks for the assertion more than once) and the Entra access token.
    const issued = hsm.issuedTokens().slice(issuedBefore);
    expect(issued.length).toBeGreaterThanOrEqual(2);
    expectScrubbed(
      result,
      Object.fromEntries(issued.map((t, i) => [`token #${i}`, t])),
      /Authorization: Bearer \*\*\*.*\[SERVICE_ERROR\]$/,
    );
  } finally {
    hsm.faults.clear();
  }
});

test('a wrong PIN prints the PIN nowhere, with debug logging on', async () => {
  const hsmClient = await connectSoftHsm(token);
  try {
    const workspace = join(context.workspace, 'wrap');
    const run = { token, hsm: hsmClient, workspace, kek: await makeKek(join(workspace, 'kek')) };
    const wrongPin = `wrong-${PIN}/+=`;
    const result = await runWrap(
      run,
      { 'key-label': 'never-made', generate: 'true', 'key-type': 'RSA', pin: wrongPin },
      DEBUG,
    );
    expectScrubbed(
      result,
      { PIN: wrongPin },
      /the PIN is wrong \(CKR_PIN_INCORRECT\).*\[HSM_PIN_INCORRECT\]$/,
    );
  } finally {
    await hsmClient.close();
  }
});
