/** Parses text that must hold one JSON object; `invalid` builds the caller's error for its own file. */
export function parseJsonObject(text: string, invalid: (problem: string) => Error): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid('is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw invalid('is not a JSON object');
  return json as Record<string, unknown>;
}
