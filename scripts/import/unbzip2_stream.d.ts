declare module 'unbzip2-stream' {
  import type { Duplex } from 'node:stream';
  /** A stream that decompresses bzip2 bytes written to it. */
  export default function unbzip2(): Duplex;
}
