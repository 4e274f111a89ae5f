/** The part of archiver (the zip writer @actions/artifact uploads with) that tests use to craft archives. */
declare module 'archiver' {
  import type { Readable, Transform } from 'node:stream';

  interface Archiver extends Transform {
    /** Queues an entry; entries given as buffers or streams are written in the order they are appended. */
    append(source: Readable | Buffer | string, data: { name: string }): this;
    finalize(): Promise<void>;
  }

  export default function archiver(format: 'zip', options?: { zlib?: { level?: number } }): Archiver;
}
