import type { StepRecord } from './ceremony.js';

/** A Managed HSM emulator request, named for what it is in the protocol (e.g. "401 challenge", "create"). */
export function hsmRequestLabel(entry: { method: string; path: string; status: number }): string {
  const { method, path, status } = entry;
  if (path === '/github-oidc/idtoken') return 'OIDC token';
  if (path.endsWith('/.well-known/openid-configuration')) return 'discovery';
  if (path.endsWith('/oauth2/v2.0/token')) return 'Entra token';
  if (status === 401) return '401 challenge';
  if (method === 'POST' && path.endsWith('/create')) return 'create';
  if (method === 'POST') return path.split('/').at(-1) as string;
  if (method === 'PUT') return 'import';
  return `${method} ${/^\/keys\/[^/]+\/[0-9a-f]{32}$/.test(path) ? 'key version' : 'key'} ${status}`;
}

/** What a step of a ceremony asked, in order: of the Managed HSM (labels) and of the artifact service (operations). */
export function stepRequests(step: StepRecord): { hsm: string[]; artifacts: string[] } {
  return {
    hsm: step.requests.hsm.map(hsmRequestLabel),
    artifacts: step.requests.artifacts.map((record) => record.operation),
  };
}
