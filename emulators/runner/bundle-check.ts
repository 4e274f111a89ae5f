import { recordedDigest, sourcesDigest } from '../../scripts/bundle-sources.mjs';

const checked = new Set<string>();

/**
 * A test that runs a bundle must run what the sources build to: a dist/ older than its sources (sources.sha256, written
 * by `npm run bundle`) would test old code. Checked once per bundle and process; the message says the fix.
 */
export function assertBundleCurrent(bundle: string): void {
  // A copy outside the checkout (a test of the bundle as shipped) is the caller's to vouch for.
  if (checked.has(bundle) || bundle.startsWith('..')) return;
  if (recordedDigest(bundle) !== sourcesDigest(bundle))
    throw new Error(
      `${bundle}/dist is older than its sources; run \`npm run bundle\` (this test runs the bundle)`,
    );
  checked.add(bundle);
}
