/**
 * action-import's approval gate, through the real bundle: the run's deployment reviews come from the artifact
 * service stand-in's GitHub approvals endpoint, the import goes to the Managed HSM emulator. Each refusal is checked
 * to leave the vault as it was.
 */
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startArtifactService,
  type ArtifactService,
  type Review,
} from '../../emulators/artifact-service/index.js';
import { startManagedHsm, type ManagedHsmEmulator } from '../../emulators/managed-hsm/index.js';
import { serializeByok } from '../../shared/src/byok/file.js';
import { rsaAesKeyWrap } from '../../shared/src/byok/rsa-aes-key-wrap.js';
import { azureStep, expectOneLineError, type AzureStepContext } from '../helpers/azure-steps.js';

const REPOSITORY = 'acme/keys';
const STARTER = 'release-manager';

let hsm: ManagedHsmEmulator;
let github: ArtifactService;
let context: AzureStepContext;
let kekId: string;
let kekPublic: KeyObject;
let runs = 0;

beforeAll(async () => {
  [hsm, github] = await Promise.all([startManagedHsm(), startArtifactService({ repository: REPOSITORY })]);
  context = { hsm, workspace: await mkdtemp(join(tmpdir(), 'byok-approval-')) };
  const kek = await azureStep('action-kek-create', context, { 'key-size': '2048' });
  kekId = kek.outputs['kek-id'] as string;
  kekPublic = createPublicKey(hsm.privateKeyOf(kekId));
});
afterAll(async () => {
  await Promise.all([hsm.close(), github.close()]);
  await rm(context.workspace, { recursive: true, force: true });
});

const keysNamed = (name: string) => hsm.keys().filter((k) => k.name === name && !k.deleted);

/** One import job of a fresh run, after `reviews` were recorded for it; the key name is the run's own. */
async function importAfter(
  reviews: Review[],
  inputs: Record<string, string | undefined> = {},
  starter = STARTER,
) {
  const runId = String(1000 + ++runs);
  for (const review of reviews) github.approve(runId, review);
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const file = `run-${runId}.byok`;
  await writeFile(
    join(context.workspace, file),
    serializeByok({
      kid: kekId,
      ciphertext: rsaAesKeyWrap(kekPublic, privateKey.export({ type: 'pkcs8', format: 'der' })),
      generator: 'tests',
    }),
  );
  const name = `approved-${runId}`;
  const given = Object.entries({
    'require-approval': 'true',
    'github-token': github.githubToken(runId),
    ...inputs,
  });
  const result = await azureStep(
    'action-import',
    context,
    {
      'key-name': name,
      'byok-file': file,
      'key-type': 'EC',
      curve: 'P-256',
      ...Object.fromEntries(given.filter((entry): entry is [string, string] => entry[1] !== undefined)),
    },
    {
      env: {
        ...github.jobEnv({ runId, jobName: 'import' }),
        GITHUB_ACTOR: starter,
        GITHUB_TRIGGERING_ACTOR: starter,
      },
    },
  );
  // This file's .byok comes without the wrap job's outputs; their warning is not what these tests are about.
  const warnings = result.warnings.filter((w) => !/^No "[a-z-]+"(, "[a-z-]+")* given: /.test(w));
  return { result: { ...result, warnings }, name };
}

const alice: Review = { login: 'alice', environment: 'byok-import', comment: 'CHG-42 fingerprints match' };

describe('require-approval: the import runs only after an approval of its own environment in this run', () => {
  test.each<[string, Review[]]>([
    ['no review', []],
    ['a rejection', [{ login: 'bob', environment: 'byok-import', state: 'rejected' }]],
    ['an approval of another environment', [{ login: 'carol', environment: 'byok-wrap' }]],
  ])('refuses with %s, before anything changes in the vault', async (_what, reviews) => {
    const before = hsm.keys().length;
    const { result, name } = await importAfter(reviews);
    expectOneLineError(
      result,
      /No approval of environment "byok-import" is recorded for run \d+.*APPROVAL_MISSING/,
    );
    expect(keysNamed(name)).toEqual([]);
    expect(hsm.keys()).toHaveLength(before);
  });

  test('imports after an approval, and the summary names exactly the approvers of byok-import', async () => {
    const { result, name } = await importAfter([
      { login: 'dave', environment: 'byok-import', state: 'rejected' },
      { login: 'carol', environment: 'byok-wrap', comment: 'wrap looks fine' },
      alice,
    ]);
    expect(result.errors).toEqual([]);
    expect(keysNamed(name)).toHaveLength(1);
    const row = /\| Approved by \| `([^`]*)` \|/.exec(result.summary)?.[1];
    expect(row).toBe('alice approved byok-import: "CHG-42 fingerprints match"');
    expect(result.warnings).toEqual([]);
  });

  test('a self-approval is reported, and imported without two-person control', async () => {
    const { result, name } = await importAfter([{ login: STARTER, environment: 'byok-import' }]);
    expect(result.errors).toEqual([]);
    expect(keysNamed(name)).toHaveLength(1);
    expect(result.warnings).toEqual([
      `Self-approval: ${STARTER} started this run and approved environment "byok-import"`,
    ]);
    expect(result.summary).toContain(`(self-approval: ${STARTER} started the run)`);
  });

  test('a self-approval is refused under two-person control, and the one who re-ran it counts as starter', async () => {
    const refused = await importAfter([{ login: 'Release-Manager', environment: 'BYOK-Import' }], {
      'two-person-control': 'true',
    });
    expectOneLineError(
      refused.result,
      /approved only by Release-Manager, who started run \d+.*APPROVAL_SELF/,
    );
    expect(keysNamed(refused.name)).toEqual([]);

    const runId = String(1000 + ++runs);
    github.approve(runId, { login: 'ops-bot', environment: 'byok-import' });
    const rerun = await azureStep(
      'action-import',
      context,
      {
        'key-name': `rerun-${runId}`,
        'byok-file': 'unused.byok',
        'require-approval': 'true',
        'two-person-control': 'true',
        'github-token': github.githubToken(runId),
      },
      {
        env: {
          ...github.jobEnv({ runId, jobName: 'import' }),
          GITHUB_ACTOR: STARTER,
          GITHUB_TRIGGERING_ACTOR: 'ops-bot',
        },
      },
    );
    expectOneLineError(rerun, /approved only by ops-bot.*APPROVAL_SELF/);
  });

  test('two-person control is met by a second approver', async () => {
    const { result, name } = await importAfter([{ login: STARTER, environment: 'byok-import' }, alice], {
      'two-person-control': 'true',
    });
    expect(result.errors).toEqual([]);
    expect(keysNamed(name)).toHaveLength(1);
    expect(result.summary).toContain(`self-approval: ${STARTER} started the run`);
  });

  test('refuses without github-token, and when the approvals cannot be read', async () => {
    const missing = await importAfter([alice], { 'github-token': '' });
    expectOneLineError(
      missing.result,
      /Input "github-token" is required with require-approval: true.*INPUT_REQUIRED/,
    );
    expect(keysNamed(missing.name)).toEqual([]);
    const wrongRun = await importAfter([alice], { 'github-token': github.githubToken('999999') });
    expectOneLineError(wrongRun.result, /answered 401.*APPROVALS_UNAVAILABLE/);
    expect(keysNamed(wrongRun.name)).toEqual([]);
  });

  test('without require-approval the row is a report of byok-import alone: rejections and other environments are left out', async () => {
    const reviews: Review[] = [
      { login: 'dave', environment: 'byok-import', state: 'rejected' },
      { login: 'carol', environment: 'byok-wrap' },
    ];
    const none = await importAfter(reviews, { 'require-approval': undefined });
    expect(none.result.errors).toEqual([]);
    expect(keysNamed(none.name)).toHaveLength(1);
    expect(none.result.summary).toContain(
      '| Approved by | `no approval of byok-import recorded for this run; not counted: dave rejected byok-import; carol approved byok-wrap` |',
    );
    const some = await importAfter([...reviews, alice], { 'require-approval': undefined });
    expect(some.result.summary).toContain(
      '| Approved by | `alice approved byok-import: "CHG-42 fingerprints match"` |',
    );
  });
});
