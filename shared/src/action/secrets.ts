import * as core from '@actions/core';

const secrets = new Set<string>();

/**
 * Masks a secret in the runner's log and remembers it, so that messages byok prints itself (errors from
 * libraries included) are scrubbed too: the runner's masking matches exact strings only and does not exist
 * outside the runner. Derived forms that could be printed (base64, URL encoding) are registered as well.
 */
export function registerSecret(value: string): void {
  if (value.length === 0) return;
  const forms = [
    value,
    Buffer.from(value).toString('base64'),
    Buffer.from(value).toString('base64url'),
    encodeURIComponent(value),
  ];
  for (const form of forms) {
    if (secrets.has(form)) continue;
    secrets.add(form);
    core.setSecret(form);
  }
}

export function scrub(text: string): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('***');
  return result;
}
