/**
 * The whole ceremony with debug logging on, then every byte the actions wrote searched for the secrets that were
 * in play: the PIN, every token the emulators issued or the runner handed out, and the target's private key.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCeremony, type CeremonyOptions, type CeremonyResult } from '../../emulators/runner/ceremony.js';
import { SOFTHSM_REHEARSAL, startCeremonyServices } from '../helpers/ceremony-services.js';
import {
  describeHits,
  filesUnder,
  privateKeyNeedles,
  scan,
  secretForms,
  tokenNeedles,
  unzip,
  type Haystack,
  type Needle,
} from '../helpers/leak-scan.js';

const PIN = 'no-leak/Pin+9=x';

let services: Awaited<ReturnType<typeof startCeremonyServices>>;
/** What the runner handed the jobs: runtime tokens, OIDC request tokens and GITHUB_TOKENs, recorded as they are made. */
const runnerTokens: string[] = [];

beforeAll(async () => {
  services = await startCeremonyServices(PIN, { tolerate: SOFTHSM_REHEARSAL.tolerate });
});
afterAll(async () => {
  await services?.stop();
});

/** The services with the runner's token hand-outs recorded on the way. */
function recordingServices() {
  const { hsm, artifacts } = services;
  const keep = (token: string | undefined) => token && runnerTokens.push(token);
  return {
    ...services,
    artifacts: {
      ...artifacts,
      jobEnv: (options: Parameters<typeof artifacts.jobEnv>[0]) => {
        const env = artifacts.jobEnv(options);
        keep(env.ACTIONS_RUNTIME_TOKEN);
        return env;
      },
      githubToken: (runId: string | number) => {
        const token = artifacts.githubToken(runId);
        keep(token);
        return token;
      },
    },
    hsm: {
      ...hsm,
      oidcEnv: (subject: Parameters<typeof hsm.oidcEnv>[0]) => {
        const env = hsm.oidcEnv(subject);
        keep(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
        return env;
      },
    },
  };
}

/** Everything a run left: each step's log, stderr, outputs and summary, each artifact (archive and entries), every file. */
async function leftBehind(runId: string, result: CeremonyResult): Promise<Haystack[]> {
  const text = (where: string, value: string): Haystack => ({ where, bytes: Buffer.from(value) });
  const steps = result.steps.flatMap(({ job, action, result: step }) => [
    text(`${job}/${action} log`, step.log),
    text(`${job}/${action} stderr`, step.stderr),
    text(`${job}/${action} summary`, step.summary),
    ...Object.entries(step.outputs).map(([name, value]) => text(`${job}/${action} output ${name}`, value)),
  ]);
  const artifacts = services.artifacts.artifacts(runId).flatMap((artifact) => [
    { where: `artifact ${artifact.name} (archive)`, bytes: artifact.bytes },
    ...unzip(artifact.bytes).map((entry) => ({
      where: `artifact ${artifact.name}: ${entry.name}`,
      bytes: entry.bytes,
    })),
  ]);
  return [...steps, ...artifacts, ...(await filesUnder(join(services.root, runId), runId))];
}

describe('nothing secret leaves a ceremony run with debug logging on', () => {
  test.each<[string, CeremonyOptions['target']]>([
    ['RSA-2048', { type: 'RSA', size: 2048 }],
    ['EC P-256', { type: 'EC', curve: 'P-256' }],
    ['AES-256', { type: 'oct', size: 256 }],
  ])(
    '%s: no PIN, token or private key material in any log, output, artifact or file',
    async (name, target) => {
      runnerTokens.length = 0;
      const keyName = `leak-${name.replace(/\W/g, '')}`;
      const runId = `run-${keyName}`;
      // RUNNER_TEMP inside the run's folder, so that what the steps left there (downloaded artifacts) is scanned too.
      const runnerTemp = join(services.root, runId, 'runner-temp');
      await mkdir(runnerTemp, { recursive: true });
      const result = await runCeremony(recordingServices(), {
        runId,
        keyName,
        target,
        ...(target.type === 'oct' ? {} : { wrapInputs: SOFTHSM_REHEARSAL.wrapInputs }),
        env: { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1', RUNNER_TEMP: runnerTemp },
      });
      expect(result.failed && [result.failed.action, result.failed.result.stderr.slice(0, 600)]).toBeFalsy();
      expect(result.steps).toHaveLength(4);
      for (const step of result.steps) expect(step.result.log).toContain('::debug::');

      const haystacks = await leftBehind(runId, result);
      // The archives were really opened: the .byok inside equals the one the wrap job wrote.
      const byok = await readFile(join(services.root, runId, 'wrap', `${keyName}.byok`));
      expect(
        haystacks.some((h) => h.where.startsWith(`artifact byok-${keyName}: `) && h.bytes.equals(byok)),
      ).toBe(true);
      expect(haystacks.some((h) => h.where.startsWith(`${runId}/runner-temp/byok-artifact-`))).toBe(true);

      const issued = services.hsm.issuedTokens();
      expect(issued.length).toBeGreaterThanOrEqual(4);
      const needles: Needle[] = [
        ...secretForms('PIN', PIN),
        ...issued.flatMap((token, i) => tokenNeedles(`issued token #${i}`, token)),
        ...runnerTokens.flatMap((token, i) => tokenNeedles(`runner token #${i}`, token)),
        ...privateKeyNeedles(`target ${name}`, services.hsm.privateKeyOf(result.keyId as string)),
      ];
      expect(describeHits(scan(haystacks, needles))).toBe('');

      // The same needles do match where the secrets are meant to be: the ::add-mask:: commands the runner consumes.
      const rawStdout = result.steps.map(({ job, action, result: step }) => ({
        where: `${job}/${action} stdout`,
        bytes: Buffer.from(step.stdout),
      }));
      const masked = new Set(scan(rawStdout, needles).map((hit) => hit.needle));
      expect(masked).toContain('PIN (raw)');
      for (const i of runnerTokens.keys()) expect(masked).toContain(`runner token #${i} (raw)`);
      expect([...masked].some((needle) => needle.startsWith('issued token'))).toBe(true);
    },
  );

  test('the scanner finds a secret planted in the forms a careless print gives it', () => {
    const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const d = Buffer.from(key.export({ format: 'jwk' }).d as string, 'base64url');
    const planted: Haystack[] = [
      { where: 'pin in base64', bytes: Buffer.from(Buffer.from(`xy${PIN}z`).toString('base64')) },
      { where: 'pin url-encoded', bytes: Buffer.from(`?pin=${encodeURIComponent(PIN)}&x=1`) },
      { where: 'pem', bytes: Buffer.from(key.export({ type: 'pkcs8', format: 'pem' })) },
      { where: 'd in hex', bytes: Buffer.from(`::debug::d=${d.toString('hex').toUpperCase()}`) },
      { where: 'clean', bytes: Buffer.from(`${PIN.slice(0, 6)} ${d.toString('hex').slice(0, 20)}`) },
    ];
    const found = scan(planted, [...secretForms('PIN', PIN), ...privateKeyNeedles('key', key)]);
    expect([...new Set(found.map((hit) => hit.where))].sort()).toEqual(
      ['d in hex', 'pem', 'pin in base64', 'pin url-encoded'].sort(),
    );
  });
});
