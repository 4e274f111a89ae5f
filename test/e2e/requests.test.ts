import { runCeremony } from '../../emulators/runner/ceremony.js';
import { stepRequests } from '../../emulators/runner/requests.js';
import { openCeremony, SOFTHSM_REHEARSAL, type OpenCeremony } from '../helpers/ceremony-services.js';

/**
 * Every request each step of a ceremony makes, counted on the emulators' logs. The list is the protocol's minimum
 * plus what the libraries add (named below; npm run bench prints the same comparison): a new request, a second
 * sign-in in one process or a repeated KEK read fails here.
 *
 * - 401 challenge: @azure/keyvault-keys sends a client's first request without a token to learn the tenant;
 * - discovery: MSAL reads the authority's metadata once per process;
 * - two blob:PUT for one small archive: @actions/artifact uploads with BlockBlobClient.uploadStream (Put Block
 *   + Put Block List);
 * - two ListArtifacts: byok finds the artifact by name, then @actions/artifact's download lists it again by id.
 */
// A fresh vault per test: kek-create creates its KEK instead of reusing the last test's.
let ceremony: OpenCeremony;
beforeEach(async () => {
  ceremony = await openCeremony({ tolerate: SOFTHSM_REHEARSAL.tolerate });
});
afterEach(() => ceremony?.close());

const SIGN_IN = ['401 challenge', 'OIDC token', 'discovery', 'Entra token'];
const UPLOAD = ['CreateArtifact', 'blob:PUT', 'blob:PUT', 'FinalizeArtifact'];
const DOWNLOAD = ['ListArtifacts', 'ListArtifacts', 'GetSignedArtifactURL', 'blob:GET'];

test.each([
  ['RSA-2048', { type: 'RSA' as const, size: 2048 }, ['GET key version 200', 'GET key 404', 'import']],
  [
    // The AES check value: the vault encrypts a zero block; its CryptographyClient reads the key version first.
    'AES-256',
    { type: 'oct' as const, size: 256 },
    ['GET key version 200', 'GET key 404', 'import', 'GET key version 200', 'encrypt'],
  ],
])(
  '%s: each step makes the requests its work needs, and the ones its libraries add',
  async (name, target, imported) => {
    const keyName = `requests-${name.replace(/\W/g, '')}`;
    const result = await runCeremony(ceremony.services, {
      runId: `run-${keyName}`,
      keyName,
      target,
      // The RSA key from SoftHSM is a rehearsal file (ceremony-services.ts).
      ...(target.type === 'oct' ? {} : { wrapInputs: SOFTHSM_REHEARSAL.wrapInputs }),
    });
    expect(result.failed?.result.errors).toBeUndefined();
    expect(Object.fromEntries(result.steps.map((step) => [step.action, stepRequests(step)]))).toEqual({
      'action-kek-create': { hsm: [...SIGN_IN, 'GET key 404', 'create'], artifacts: [] },
      'action-kek-download': { hsm: [...SIGN_IN, 'GET key version 200'], artifacts: UPLOAD },
      'action-wrap': { hsm: [], artifacts: [...DOWNLOAD, ...UPLOAD] },
      'action-import': { hsm: [...SIGN_IN, ...imported], artifacts: ['approvals', ...DOWNLOAD] },
    });
  },
);
