// The part of @vercel/ncc's programmatic API scripts/bundle.ts uses (the package ships no types).
declare module '@vercel/ncc' {
  interface NccOptions {
    /** request -> what the bundle requires at run time instead (relative to the bundle). */
    externals?: Record<string, string>;
    quiet?: boolean;
    /** Compile TypeScript without type checking it. */
    transpileOnly?: boolean;
  }
  interface NccAsset {
    source: string | Buffer;
    permissions?: number;
  }
  interface NccResult {
    code: string;
    assets: Record<string, NccAsset>;
    stats: { toJson(options: object): unknown };
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<NccResult>;
}
