// Jest global set-up: the integration and end-to-end tests run the committed bundles, so a dist/ older than its
// sources would test old code. Say which, and the command that fixes it, before any test runs.
import { existsSync, readdirSync } from 'node:fs';
import { recordedDigest, sourcesDigest } from '../scripts/bundle-sources.mjs';

export default function checkBundles() {
  const bundles = readdirSync('.').filter(
    (dir) => (dir.startsWith('action-') || dir === 'cli') && existsSync(`${dir}/src/main.ts`),
  );
  const stale = bundles.filter((bundle) => recordedDigest(bundle) !== sourcesDigest(bundle));
  if (stale.length > 0) {
    throw new Error(
      `${stale.map((b) => `${b}/dist`).join(', ')} ${stale.length === 1 ? 'is' : 'are'} older than the sources; run \`npm run bundle\` (the tests run the bundles)`,
    );
  }
}
