/** A versioned key id as the service writes it: https://HOST/keys/NAME/VERSION (docs/byok-format.md "REST"). */
const VERSIONED_KEY_ID = /^(https:\/\/[^/\s]+)\/keys\/([0-9a-zA-Z-]{1,127})\/([0-9a-fA-F]{32})$/;

/** Splits a versioned key id; undefined when the text is not one. */
export function parseVersionedKeyId(
  kid: string,
): { origin: string; name: string; version: string } | undefined {
  const match = VERSIONED_KEY_ID.exec(kid);
  if (!match) return undefined;
  const base = match[1] as string;
  return {
    // Normalised (case, default port) when the host parses, so it compares with a vault URL.
    origin: URL.canParse(base) ? new URL(base).origin : base.toLowerCase(),
    name: match[2] as string,
    version: match[3] as string,
  };
}
