/** Both emulators and a SoftHSM2 token for ceremony tests; one set per test file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startArtifactService } from '../../emulators/artifact-service/index.js';
import { startManagedHsm, type Tolerance } from '../../emulators/managed-hsm/index.js';
import type { CeremonyServices } from '../../emulators/runner/ceremony.js';
import { connectSoftHsm, type SoftHsmClient } from './softhsm/client.js';
import { createSoftHsmToken } from '../../emulators/softhsm/token.js';

/**
 * A rehearsal on SoftHSM: its RFC 5649 mechanism zero-pads (docs/byok-format.md), so an RSA or EC key wrapped there
 * may unwrap to its PKCS#8 followed by zero bytes. A test that imports such a key says so twice: the wrap step gets
 * allow-padded-kwp (the sidecar records it), and the strict emulator is started with the zero-padded-pkcs8 tolerance
 * (each import that needed it carries a note). AES keys need neither.
 */
export const SOFTHSM_REHEARSAL = {
  wrapInputs: { 'allow-padded-kwp': 'true' },
  tolerate: ['zero-padded-pkcs8'] satisfies Tolerance[],
};

export async function startCeremonyServices(
  pin = 'e2e-pin-Kx81',
  options: { tolerate?: Tolerance[] } = {},
): Promise<CeremonyServices & { stop(): Promise<void> }> {
  const [hsm, artifacts, token, root] = await Promise.all([
    startManagedHsm({ tolerate: options.tolerate ?? [] }),
    startArtifactService(),
    createSoftHsmToken({ label: 'byok-e2e', pin }),
    mkdtemp(join(tmpdir(), 'byok-e2e-')),
  ]);
  return {
    hsm,
    artifacts,
    token,
    root,
    stop: async () => {
      await Promise.all([
        hsm.close(),
        artifacts.close(),
        token.cleanup(),
        rm(root, { recursive: true, force: true }),
      ]);
    },
  };
}

export interface OpenCeremony {
  services: Awaited<ReturnType<typeof startCeremonyServices>>;
  /** The SoftHSM token seen from the test, to compare what was imported with what the token holds. */
  token: SoftHsmClient;
  close(): Promise<void>;
}

/** The services plus a client of their token, for a test file's beforeAll; `close` in its afterAll. */
export async function openCeremony(options: { tolerate?: Tolerance[] } = {}): Promise<OpenCeremony> {
  const services = await startCeremonyServices(undefined, options);
  const token = await connectSoftHsm(services.token);
  return {
    services,
    token,
    close: async () => {
      await token.close();
      await services.stop();
    },
  };
}
