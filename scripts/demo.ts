// npm run demo [-- --key-type RSA|EC|oct] [--key-size N] [--curve P-256]
// The whole ceremony on this machine: both emulators, a throw-away SoftHSM2 token, the four action bundles run as
// three jobs with artifacts between them. The same path as test/e2e.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startArtifactService } from '../emulators/artifact-service/index.js';
import { startManagedHsm } from '../emulators/managed-hsm/index.js';
import { runCeremony } from '../emulators/runner/ceremony.js';
import { summaryAsText } from '../emulators/runner/summary-text.js';
import { createSoftHsmToken, softHsmProblem } from '../emulators/softhsm/token.js';

const { values } = parseArgs({
  options: {
    'key-type': { type: 'string', default: 'RSA' },
    'key-size': { type: 'string' },
    curve: { type: 'string' },
  },
});
const type = values['key-type'] as 'RSA' | 'EC' | 'oct';
if (!['RSA', 'EC', 'oct'].includes(type)) {
  console.error(`demo: --key-type ${type} is not RSA, EC or oct`);
  process.exit(2);
}
const target = {
  type,
  ...(type === 'EC'
    ? { curve: values.curve ?? 'P-256' }
    : { size: Number(values['key-size'] ?? (type === 'RSA' ? 3072 : 256)) }),
};

const problem = await softHsmProblem();
if (problem) {
  console.error(`demo: ${problem} (Debian/Ubuntu: sudo apt-get install -y softhsm2)`);
  process.exit(1);
}

const started = Date.now();
const root = await mkdtemp(join(tmpdir(), 'byok-demo-'));
// SoftHSM 2.6.1 zero-pads RSA/EC PKCS#8 before its RFC 5649 wrap: the emulator tolerates that, by name, and says so.
const hsm = await startManagedHsm({ tolerate: ['zero-padded-pkcs8'] });
const artifacts = await startArtifactService();
const token = await createSoftHsmToken({
  label: 'byok-demo',
  pin: `demo-${Math.random().toString(36).slice(2, 10)}`,
});
let exitCode = 1;
try {
  console.log(
    `demo: Managed HSM emulator ${hsm.url}, artifact service ${artifacts.url}, SoftHSM2 token "${token.label}"`,
  );
  const result = await runCeremony(
    { hsm, artifacts, token, root },
    { runId: String(Date.now()), keyName: 'demo-key', target, kekSize: 4096 },
  );
  let job = '';
  for (const { job: name, action, result: step } of result.steps) {
    if (name !== job) console.log(`\n=== job ${(job = name)} ===`);
    console.log(`\n--- ${action} (exit ${step.exitCode}) ---`);
    console.log(step.summary ? summaryAsText(step.summary) : step.log.trim());
    for (const error of step.errors) console.log(`  error: ${error}`);
  }
  if (result.failed || !result.keyId) {
    console.error(`\ndemo: failed in job ${result.failed?.job} (${result.failed?.action})`);
  } else {
    console.log(
      `\ndemo: ${type} key generated in SoftHSM2, wrapped under the KEK and imported in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log(`demo: imported ${result.keyId}`);
    const tolerated = hsm.requests().flatMap((r) => r.notes ?? []);
    for (const note of tolerated) console.log(`demo: the emulator ${note} (not what Azure documents)`);
    exitCode = 0;
  }
} finally {
  await Promise.all([
    hsm.close(),
    artifacts.close(),
    token.cleanup(),
    rm(root, { recursive: true, force: true }),
  ]);
}
process.exit(exitCode);
