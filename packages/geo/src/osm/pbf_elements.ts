import { unzlibSync } from 'fflate';
import Pbf from 'pbf';
import { OsmFileError, type OsmSink } from './osm_file_error.ts';

const SUPPORTED_FEATURES = new Set(['OsmSchema-V0.6', 'DenseNodes', 'HistoricalInformation']);
/** Largest BlobHeader and Blob the format allows (osmium's limits). */
export const PBF_MAX_BLOB_HEADER = 64 * 1024;
export const PBF_MAX_BLOB = 32 * 1024 * 1024;

/**
 * Reads the nodes and ways of an .osm.pbf file held in memory (relations are skipped). Fails with an
 * OsmFileError, never a hang, on an empty, truncated or corrupt file: every length is checked against the bytes
 * there are, and blobs are inflated by fflate, which throws on cut-off or invalid data (tiny-inflate, used
 * before, looped forever). A file too big for memory is read blob by blob with the same steps (`pbfBlobLength`,
 * `readBlobHeader`, `readBlob`; see scripts/import/stream_pbf.ts).
 *
 * @example readPbfElements(bytes, { node: (id, lon, lat) => {}, way: (id, refs, tags) => {} })
 */
export function readPbfElements(data: Uint8Array, sink: OsmSink): void {
  if (data.length === 0) throw new OsmFileError('the file is empty');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let pos = 0;
  let blobs = 0;
  while (pos < data.length) {
    if (pos + 4 > data.length) throw new OsmFileError(`the file is cut short at byte ${pos}`);
    const headerLength = pbfBlobLength(view.getInt32(pos, false), blobs, pos);
    pos += 4;
    if (pos + headerLength > data.length) throw new OsmFileError(`the file is cut short at byte ${pos}`);
    const header = readBlobHeader(data.subarray(pos, pos + headerLength), blobs, pos);
    pos += headerLength;
    if (pos + header.datasize > data.length) {
      throw new OsmFileError(
        `the file is cut short: a blob of ${header.datasize} bytes at byte ${pos} runs past its end`,
      );
    }
    readBlob(header.type, data.subarray(pos, pos + header.datasize), pos, sink);
    pos += header.datasize;
    blobs++;
  }
}

/** Checks the big-endian length before blob number `blob` (at byte `at`): answers it, or throws. */
export function pbfBlobLength(length: number, blob: number, at: number): number {
  if (length <= 0 || length > PBF_MAX_BLOB_HEADER) {
    throw new OsmFileError(
      blob === 0 ? 'not an OSM PBF file (no blob header at the start)' : `corrupt blob header at byte ${at}`,
    );
  }
  return length;
}

/** Decodes and checks a BlobHeader (the first must be an OSMHeader): the blob's type and size in bytes. */
export function readBlobHeader(
  bytes: Uint8Array,
  blob: number,
  at: number,
): { type: string; datasize: number } {
  const header = guarded(() =>
    new Pbf(bytes).readFields(
      (tag, h: { type: string; datasize: number }, pbf) => {
        if (tag === 1) h.type = pbf.readString();
        else if (tag === 3) h.datasize = pbf.readVarint();
      },
      { type: '', datasize: 0 },
    ),
  );
  if (blob === 0 && header.type !== 'OSMHeader') throw new OsmFileError('not an OSM PBF file (no OSMHeader)');
  if (header.datasize <= 0 || header.datasize > PBF_MAX_BLOB)
    throw new OsmFileError(`corrupt blob size at byte ${at + bytes.length}`);
  return header;
}

/** Inflates zlib data of a known size; throws on cut-off or invalid data. */
export type Inflate = (zlib: Uint8Array, rawSize: number) => Uint8Array;

const fflateInflate: Inflate = (zlib, rawSize) => unzlibSync(zlib, { out: new Uint8Array(rawSize) });

/**
 * Inflates one blob (of its header's `type`, starting at byte `at`) and hands its elements to the sink. `inflate`
 * is fflate's by default (runs anywhere); Node passes its own zlib, about three times faster.
 */
export function readBlob(
  type: string,
  bytes: Uint8Array,
  at: number,
  sink: OsmSink,
  inflate: Inflate = fflateInflate,
): void {
  const block = inflateBlob(bytes, at, inflate);
  if (type === 'OSMHeader') checkHeaderBlock(block);
  else if (type === 'OSMData') readPrimitiveBlock(block, sink);
}

function inflateBlob(bytes: Uint8Array, at: number, inflate: Inflate): Uint8Array {
  const blob = guarded(() =>
    new Pbf(bytes).readFields(
      (tag, b: { raw: Uint8Array | null; rawSize: number; zlib: Uint8Array | null; other: boolean }, pbf) => {
        if (tag === 1) b.raw = pbf.readBytes();
        else if (tag === 2) b.rawSize = pbf.readVarint();
        else if (tag === 3) b.zlib = pbf.readBytes();
        else if (tag === 4 || tag === 5 || tag === 6 || tag === 7) b.other = true;
      },
      { raw: null, rawSize: 0, zlib: null, other: false },
    ),
  );
  if (blob.raw !== null) return blob.raw;
  if (blob.zlib === null) {
    throw new OsmFileError(`blob at byte ${at}: ${blob.other ? 'unsupported compression' : 'no data'}`);
  }
  if (blob.rawSize <= 0 || blob.rawSize > PBF_MAX_BLOB)
    throw new OsmFileError(`blob at byte ${at}: corrupt size`);
  let out: Uint8Array;
  try {
    out = inflate(blob.zlib, blob.rawSize);
  } catch (err) {
    throw new OsmFileError(`blob at byte ${at} does not inflate (${(err as Error).message})`);
  }
  if (out.length !== blob.rawSize) throw new OsmFileError(`blob at byte ${at} inflates to the wrong size`);
  return out;
}

function checkHeaderBlock(bytes: Uint8Array): void {
  const required = guarded(() =>
    new Pbf(bytes).readFields((tag, r: string[], pbf) => {
      if (tag === 4) r.push(pbf.readString());
    }, []),
  );
  const missing = required.filter((f) => !SUPPORTED_FEATURES.has(f));
  if (missing.length > 0) throw new OsmFileError(`unsupported PBF feature(s): ${missing.join(', ')}`);
}

interface Block {
  strings: string[];
  groups: Uint8Array[];
  granularity: number;
  latOffset: number;
  lonOffset: number;
}

function readPrimitiveBlock(bytes: Uint8Array, sink: OsmSink): void {
  const block = guarded(() =>
    new Pbf(bytes).readFields(
      (tag, b: Block, pbf) => {
        if (tag === 1) {
          pbf.readFields(
            (t, s: string[], p) => {
              if (t === 1) s.push(p.readString());
            },
            b.strings,
            pbf.readVarint() + pbf.pos,
          );
        } else if (tag === 2) b.groups.push(pbf.readBytes());
        else if (tag === 17) b.granularity = pbf.readVarint();
        else if (tag === 19) b.latOffset = pbf.readVarint(true);
        else if (tag === 20) b.lonOffset = pbf.readVarint(true);
      },
      { strings: [], groups: [], granularity: 100, latOffset: 0, lonOffset: 0 },
    ),
  );
  for (const group of block.groups) guarded(() => readGroup(group, block, sink));
}

function readGroup(bytes: Uint8Array, b: Block, sink: OsmSink): void {
  const pbf = new Pbf(bytes);
  pbf.readFields((tag, _: null, p) => {
    const end = p.readVarint() + p.pos;
    if (tag === 1) readNode(p, end, b, sink);
    else if (tag === 2) readDense(p, end, b, sink);
    else if (tag === 3) readWay(p, end, b, sink);
    else p.pos = end;
  }, null);
}

const coord = (b: Block, offset: number, value: number): number => 1e-9 * (offset + b.granularity * value);

function tagsOf(b: Block, keys: number[], vals: number[]): Record<string, string> {
  const tags: Record<string, string> = {};
  for (let i = 0; i < keys.length; i++) tags[b.strings[keys[i] ?? 0] ?? ''] = b.strings[vals[i] ?? 0] ?? '';
  return tags;
}

function readNode(pbf: Pbf, end: number, b: Block, sink: OsmSink): void {
  const n = pbf.readFields(
    (tag, x: { id: number; keys: number[]; vals: number[]; lat: number; lon: number }, p) => {
      if (tag === 1) x.id = p.readSVarint();
      else if (tag === 2) p.readPackedVarint(x.keys);
      else if (tag === 3) p.readPackedVarint(x.vals);
      else if (tag === 8) x.lat = p.readSVarint();
      else if (tag === 9) x.lon = p.readSVarint();
    },
    { id: 0, keys: [], vals: [], lat: 0, lon: 0 },
    end,
  );
  sink.node(
    n.id,
    coord(b, b.lonOffset, n.lon),
    coord(b, b.latOffset, n.lat),
    n.keys.length > 0 ? tagsOf(b, n.keys, n.vals) : null,
  );
}

function readDense(pbf: Pbf, end: number, b: Block, sink: OsmSink): void {
  const d = pbf.readFields(
    (tag, x: { id: number[]; lat: number[]; lon: number[]; kv: number[] }, p) => {
      if (tag === 1) p.readPackedSVarint(x.id);
      else if (tag === 8) p.readPackedSVarint(x.lat);
      else if (tag === 9) p.readPackedSVarint(x.lon);
      else if (tag === 10) p.readPackedVarint(x.kv);
    },
    { id: [], lat: [], lon: [], kv: [] },
    end,
  );
  if (d.lat.length !== d.id.length || d.lon.length !== d.id.length)
    throw new OsmFileError('corrupt dense nodes');
  let id = 0;
  let lat = 0;
  let lon = 0;
  let k = 0;
  for (let i = 0; i < d.id.length; i++) {
    id += d.id[i] ?? 0;
    lat += d.lat[i] ?? 0;
    lon += d.lon[i] ?? 0;
    let tags: Record<string, string> | null = null;
    while (k < d.kv.length && d.kv[k] !== 0) {
      tags ??= {};
      tags[b.strings[d.kv[k] ?? 0] ?? ''] = b.strings[d.kv[k + 1] ?? 0] ?? '';
      k += 2;
    }
    k++;
    sink.node(id, coord(b, b.lonOffset, lon), coord(b, b.latOffset, lat), tags);
  }
}

function readWay(pbf: Pbf, end: number, b: Block, sink: OsmSink): void {
  const w = pbf.readFields(
    (tag, x: { id: number; keys: number[]; vals: number[]; refs: number[] }, p) => {
      if (tag === 1) x.id = p.readVarint(true);
      else if (tag === 2) p.readPackedVarint(x.keys);
      else if (tag === 3) p.readPackedVarint(x.vals);
      else if (tag === 8) p.readPackedSVarint(x.refs);
    },
    { id: 0, keys: [], vals: [], refs: [] },
    end,
  );
  let ref = 0;
  const refs = w.refs.map((delta) => (ref += delta));
  if (sink.skipsWay?.(w.id, refs) === true) return;
  sink.way(w.id, refs, tagsOf(b, w.keys, w.vals));
}

/** Runs a decoding step, turning the protobuf library's errors (bad wire types, reads past the end) into ours. */
function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof OsmFileError) throw err;
    throw new OsmFileError(`corrupt data (${(err as Error).message})`);
  }
}
