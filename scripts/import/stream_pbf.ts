import { createReadStream } from 'node:fs';
import { inflateSync } from 'node:zlib';
import {
  type Inflate,
  OsmFileError,
  type OsmSink,
  pbfBlobLength,
  readBlob,
  readBlobHeader,
} from '@siaga/geo';
import { openChecked } from './checked_file.ts';

/** Called after each blob with the bytes read so far and the file's size. */
export type OnBytes = (read: number, total: number) => void;

/** Node's zlib: native, fails on cut-off or corrupt data, and never writes more than the blob says. */
const nodeInflate: Inflate = (zlib, rawSize) =>
  new Uint8Array(inflateSync(zlib, { maxOutputLength: Math.max(1, rawSize) }));

/** The file read ahead in 4 MB chunks while the last blob is decoded. */
const READ_AHEAD = 4 * 1024 * 1024;

/**
 * Reads an .osm.pbf blob by blob (the 4-byte length, the BlobHeader, the Blob: at most 32 MB at a time, never
 * the whole file) and hands each blob's nodes and ways to the sink, so a 1.5 GB extract is read in the memory
 * of one blob plus what the sink keeps. Throws an OsmFileError on a file that is cut short or corrupt.
 *
 * @example await streamPbf('nusa-tenggara-latest.osm.pbf', collector, (read, total) => {})
 */
export async function streamPbf(file: string, sink: OsmSink, onBytes: OnBytes = () => {}): Promise<void> {
  const handle = await openChecked(file);
  const total = (await handle.stat()).size;
  const source = new ChunkReader(
    createReadStream('', { fd: handle, highWaterMark: READ_AHEAD, autoClose: false }),
  );
  try {
    let blobs = 0;
    while (source.position < total) {
      const lengthAt = source.position;
      const lengthBytes = await source.take(4, () => `the file is cut short at byte ${lengthAt}`);
      const length = pbfBlobLength(
        new DataView(lengthBytes.buffer, lengthBytes.byteOffset).getInt32(0, false),
        blobs,
        lengthAt,
      );
      const headerAt = source.position;
      const headerBytes = await source.take(length, () => `the file is cut short at byte ${headerAt}`);
      const header = readBlobHeader(headerBytes, blobs, headerAt);
      const at = source.position;
      const blob = await source.take(
        header.datasize,
        () => `the file is cut short: a blob of ${header.datasize} bytes at byte ${at} runs past its end`,
      );
      readBlob(header.type, blob, at, sink, nodeInflate);
      blobs++;
      onBytes(source.position, total);
    }
  } finally {
    source.close();
    await handle.close();
  }
}

/** Exact-length reads from a byte stream: `take(n)` answers the next n bytes, or throws at the end of the file. */
class ChunkReader {
  position = 0;
  private readonly chunks: AsyncIterator<Buffer>;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;

  constructor(private readonly stream: NodeJS.ReadableStream & { destroy(): void }) {
    this.chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  async take(length: number, cutShort: () => string): Promise<Uint8Array> {
    while (this.bufferedBytes < length) {
      const next = await this.chunks.next();
      if (next.done === true) throw new OsmFileError(cutShort());
      this.buffered.push(next.value);
      this.bufferedBytes += next.value.length;
    }
    const all = this.buffered.length === 1 ? (this.buffered[0] as Buffer) : Buffer.concat(this.buffered);
    const out = all.subarray(0, length);
    const rest = all.subarray(length);
    this.buffered = rest.length > 0 ? [rest] : [];
    this.bufferedBytes = rest.length;
    this.position += length;
    return out;
  }

  close(): void {
    this.stream.destroy();
  }
}
