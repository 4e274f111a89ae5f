export const SOURCES_FILE: string;
export function sourcesDigest(bundle: string): string;
export function recordedDigest(bundle: string): string | undefined;
