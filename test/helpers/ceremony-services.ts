/** Both emulators and a SoftHSM2 token for ceremony tests; one set per test file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startArtifactService } from '../../emulators/artifact-service/index.js';
import { startManagedHsm } from '../../emulators/managed-hsm/index.js';
import type { CeremonyServices } from '../../emulators/runner/ceremony.js';
import { connectSoftHsm, type SoftHsmClient } from './softhsm/client.js';
import { createSoftHsmToken } from '../../emulators/softhsm/token.js';

export async function startCeremonyServices(
  pin = 'e2e-pin-Kx81',
): Promise<CeremonyServices & { stop(): Promise<void> }> {
  const [hsm, artifacts, token, root] = await Promise.all([
    // SoftHSM 2.6.1 zero-pads RSA/EC PKCS#8 before its RFC 5649 wrap: tolerated by name until the wrap refuses it.
    startManagedHsm({ tolerate: ['zero-padded-pkcs8'] }),
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
export async function openCeremony(): Promise<OpenCeremony> {
  const services = await startCeremonyServices();
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
