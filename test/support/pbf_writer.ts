import { zlibSync } from 'fflate';
import Pbf from 'pbf';

/**
 * The pieces of an .osm.pbf writer shared by the test files (make_pbf.ts) and the large benchmark file
 * (bench/make_big_pbf.ts): a block's string table, a way message, the OSMHeader block and a framed blob.
 */

/** A PrimitiveBlock's string table: index 0 is the empty string, every other string gets the next index. */
export class StringTable {
  readonly strings: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);

  /** The index of `v`, added at the end when it is new. */
  of(v: string): number {
    let i = this.index.get(v);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(v);
      this.index.set(v, i);
    }
    return i;
  }

  /** Writes the table as field 1 of a PrimitiveBlock. */
  writeTo(block: Pbf): void {
    writeStrings(block, this.strings);
  }
}

/** Writes `strings` as the string table (field 1) of a PrimitiveBlock. */
export function writeStrings(block: Pbf, strings: readonly string[]): void {
  const encoder = new TextEncoder();
  block.writeMessage(
    1,
    (_: null, p: Pbf) => {
      for (const v of strings) p.writeBytesField(1, encoder.encode(v));
    },
    null,
  );
}

/** Differences of consecutive values, the first from 0: how PBF stores ids, positions and refs. */
export function deltas(values: readonly number[]): number[] {
  let last = 0;
  return values.map((v) => {
    const d = v - last;
    last = v;
    return d;
  });
}

/** Writes the key and value indices of `tags` (fields 2 and 3 of a node or way), adding them to `table`. */
export function writeTags(p: Pbf, tags: readonly (readonly [string, string])[], table: StringTable): void {
  p.writePackedVarint(
    2,
    tags.map(([k]) => table.of(k)),
  );
  p.writePackedVarint(
    3,
    tags.map(([, v]) => table.of(v)),
  );
}

/** Writes one way (field 3 of a PrimitiveGroup): id, tags and delta-coded node refs. */
export function writeWay(
  group: Pbf,
  way: { id: number; refs: readonly number[]; tags: readonly (readonly [string, string])[] },
  table: StringTable,
): void {
  group.writeMessage(
    3,
    (_: null, p: Pbf) => {
      p.writeVarintField(1, way.id);
      writeTags(p, way.tags, table);
      p.writePackedSVarint(8, deltas(way.refs));
    },
    null,
  );
}

/** The OSMHeader block: the OSM schema, with dense nodes. */
export function headerBlock(): Uint8Array {
  const header = new Pbf();
  header.writeStringField(4, 'OsmSchema-V0.6');
  header.writeStringField(4, 'DenseNodes');
  return header.finish();
}

/** BlobHeader length, BlobHeader, Blob: one block of a file, its bytes compressed by `compress` (zlib). */
export function framedBlob(
  type: string,
  raw: Uint8Array,
  compress: (raw: Uint8Array) => Uint8Array = zlibSync,
): Uint8Array {
  const b = new Pbf();
  b.writeVarintField(2, raw.length);
  b.writeBytesField(3, compress(raw));
  const body = b.finish();
  const h = new Pbf();
  h.writeStringField(1, type);
  h.writeVarintField(3, body.length);
  const head = h.finish();
  const out = new Uint8Array(4 + head.length + body.length);
  new DataView(out.buffer).setInt32(0, head.length, false);
  out.set(head, 4);
  out.set(body, 4 + head.length);
  return out;
}
