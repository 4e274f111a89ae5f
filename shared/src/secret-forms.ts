/**
 * The forms in which a secret could be printed: itself, base64, base64url and URL-encoded. Masking matches exact
 * strings only, so each form is registered (BYOK's rule: derived forms of a secret are masked too, or never printed).
 */
export function secretForms(value: string): string[] {
  if (value.length === 0) return [];
  return [
    value,
    Buffer.from(value).toString('base64'),
    Buffer.from(value).toString('base64url'),
    encodeURIComponent(value),
  ];
}

/** `text` with every occurrence of every secret replaced by ***. */
export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('***');
  return result;
}

/** Control characters (but newlines) shown as \xNN, so that a value echoed from input cannot rewrite the terminal. */
export function visibleControls(text: string): string {
  return text.replace(/[^\P{Cc}\n]/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
