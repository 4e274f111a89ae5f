// What the protocol needs at least, per step, next to which npm run bench prints what each step asked.

interface Minimum {
  hsm: string[];
  artifacts: string[];
  /** Each request above the minimum, and the library call that makes it. */
  extra: string[];
}

/**
 * What each step of an RSA ceremony needs at least (the protocol's minimum), and why the rest is made. The sign-in
 * extras are paid once per process; both kek steps are processes of their own, so the kek job signs in twice.
 */
export const MINIMUM: Record<string, Minimum> = {
  'action-kek-create': {
    hsm: ['OIDC token', 'Entra token', 'GET key 404', 'create'],
    artifacts: [],
    extra: [
      '401 challenge: @azure/keyvault-keys KeyClient, whose challenge policy sends the first request without a token to learn the tenant and resource (once per client)',
      'discovery: MSAL (@azure/identity) reads the authority metadata once per process; @azure/identity offers no option to pass it',
    ],
  },
  'action-kek-download': {
    hsm: ['OIDC token', 'Entra token', 'GET key version 200'],
    artifacts: ['CreateArtifact', 'blob:PUT', 'FinalizeArtifact'],
    extra: [
      '401 challenge and discovery: as kek-create, a second sign-in (its own process); one process for the kek job would save 4 requests',
      'second blob:PUT: @actions/artifact uploadToBlobStorage calls BlockBlobClient.uploadStream (Put Block + Put Block List), never a single Put Blob',
    ],
  },
  'action-wrap': {
    hsm: [],
    artifacts: [
      'ListArtifacts',
      'GetSignedArtifactURL',
      'blob:GET',
      'CreateArtifact',
      'blob:PUT',
      'FinalizeArtifact',
    ],
    extra: [
      'second ListArtifacts: @actions/artifact downloadArtifactInternal lists the artifact again by id to find its backend ids, after getArtifactInternal found it by name (its id and digest)',
      'second blob:PUT: BlockBlobClient.uploadStream, as kek-download',
    ],
  },
  'action-import': {
    hsm: ['OIDC token', 'Entra token', 'GET key version 200', 'import'],
    artifacts: ['ListArtifacts', 'GetSignedArtifactURL', 'blob:GET', 'approvals'],
    extra: [
      '401 challenge and discovery: as kek-create',
      'GET key 404: if-exists "converge" reads the target name first (Key Vault has no conditional import)',
      'second ListArtifacts: as wrap',
      'AES only: GET key version + encrypt, the key check value (CryptographyClient fetches the key before a remote encrypt)',
    ],
  },
};

/** Counts of each label, e.g. "2 ListArtifacts, GetSignedArtifactURL". */
export function tally(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].map(([label, n]) => (n > 1 ? `${n} ${label}` : label)).join(', ') || '-';
}
