import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startArtifactService } from '../../../emulators/artifact-service/index.js';
import { startManagedHsm } from '../../../emulators/managed-hsm/index.js';
import { runCeremony } from '../../../emulators/runner/ceremony.js';
import { summaryAsText } from '../../../emulators/runner/summary-text.js';
import { createSoftHsmToken, softHsmProblem } from '../../../emulators/softhsm/token.js';
import { ConfigurationError } from '../../../shared/src/errors.js';

export interface DemoOutcome {
  keyId?: string;
  kekId?: string;
  failed?: { job: string; action: string; error: string };
}

/** The demo's stand-ins and ceremony, loaded only by `byok demo` (never by the commands that run at an HSM). */
export async function runDemo(
  repository: string,
  target: { type: 'RSA' | 'EC' | 'oct'; size?: number; curve?: string },
  print: (text: string) => void,
): Promise<DemoOutcome> {
  const problem = await softHsmProblem();
  if (problem)
    throw new ConfigurationError(
      'HSM_MODULE_NOT_FOUND',
      `demo: ${problem}`,
      'Debian/Ubuntu: sudo apt-get install -y softhsm2',
    );
  const started = Date.now();
  const root = await mkdtemp(join(tmpdir(), 'byok-demo-'));
  // SoftHSM zero-pads before its RFC 5649 wrap: an RSA or EC key from it is a rehearsal file, said on both sides.
  const rehearsal = target.type !== 'oct';
  const [hsm, artifacts, token] = await Promise.all([
    startManagedHsm({ tolerate: rehearsal ? ['zero-padded-pkcs8'] : [] }),
    startArtifactService(),
    createSoftHsmToken({ label: 'byok-demo', pin: `demo-${Math.random().toString(36).slice(2, 10)}` }),
  ]);
  const cwd = process.cwd();
  try {
    process.chdir(repository);
    print(
      `demo: Managed HSM emulator ${hsm.url}, artifact service ${artifacts.url}, SoftHSM2 token "${token.label}"`,
    );
    if (rehearsal)
      print(
        'demo: rehearsal: SoftHSM pads the PKCS#8 of RSA and EC keys with zero bytes before its RFC 5649 wrap, so the wrap runs with allow-padded-kwp and the emulator tolerates the padding (zero-padded-pkcs8); an HSM whose wrap passes the known-answer test needs neither',
      );
    const result = await runCeremony(
      { hsm, artifacts, token, root },
      {
        runId: String(Date.now()),
        keyName: 'demo-key',
        target,
        kekSize: 4096,
        ...(rehearsal ? { wrapInputs: { 'allow-padded-kwp': 'true' } } : {}),
      },
    );
    let job = '';
    for (const { job: name, action, result: step } of result.steps) {
      if (name !== job) print(`\n=== job ${(job = name)} ===`);
      print(`\n--- ${action} (exit ${step.exitCode}) ---`);
      print(step.summary ? summaryAsText(step.summary) : step.log.trim());
      for (const error of step.errors) print(`  error: ${error}`);
    }
    if (result.failed || !result.keyId) {
      const failed = result.failed;
      return {
        failed: {
          job: failed?.job ?? 'import',
          action: failed?.action ?? 'action-import',
          error: failed?.result.errors[0] ?? 'no key id was output',
        },
      };
    }
    const what = target.type === 'oct' ? 'AES' : target.type;
    print(
      `\ndemo: ${what} key generated in SoftHSM2, wrapped under the KEK and imported in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const note of hsm.requests().flatMap((r) => r.notes ?? []))
      print(`demo: the emulator ${note} (not what Azure documents)`);
    return { keyId: result.keyId, ...(result.kekId ? { kekId: result.kekId } : {}) };
  } finally {
    process.chdir(cwd);
    await Promise.all([
      hsm.close(),
      artifacts.close(),
      token.cleanup(),
      rm(root, { recursive: true, force: true }),
    ]);
  }
}
