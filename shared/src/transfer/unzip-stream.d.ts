/** The part of unzip-stream (the zip reader @actions/artifact extracts with) that archive.ts uses. */
declare module 'unzip-stream' {
  import type { PassThrough, Transform } from 'node:stream';

  export interface Entry extends PassThrough {
    /** The name in the archive; unzip-stream rewrites `..` segments to `.`. */
    path: string;
    type: 'File' | 'Directory';
    /** The uncompressed size the entry's header declares; undefined when a data descriptor follows the data. */
    size?: number;
  }

  /** A stream of zip bytes in, Entry objects out; each entry's data must be consumed before the next arrives. */
  export function Parse(): Transform;

  const unzip: { Parse: typeof Parse };
  export default unzip;
}
