import Pbf from 'pbf';
import { framedBlob, headerBlock, StringTable, writeTags, writeWay } from './pbf_writer.ts';

/** A synthetic OSM element for writing test files: a node with a position, or a way of node ids. */
export type SyntheticElement =
  | { type: 'node'; id: number; lon: number; lat: number; tags?: Record<string, string> }
  | { type: 'way'; id: number; refs: number[]; tags: Record<string, string> };

/**
 * Writes elements as a small but genuine .osm.pbf (an OSMHeader blob, then one zlib-compressed OSMData blob
 * holding plain nodes and ways), so the PBF reader is tested without any real extract.
 */
export function makePbf(elements: readonly SyntheticElement[]): Uint8Array {
  const table = new StringTable();
  const nodes = new Pbf();
  const ways = new Pbf();
  for (const e of elements) {
    const tags = Object.entries(e.tags ?? {});
    if (e.type === 'way') {
      writeWay(ways, { id: e.id, refs: e.refs, tags }, table);
      continue;
    }
    nodes.writeMessage(
      1,
      (_: null, p: Pbf) => {
        p.writeSVarintField(1, e.id);
        writeTags(p, tags, table);
        p.writeSVarintField(8, Math.round(e.lat * 1e7));
        p.writeSVarintField(9, Math.round(e.lon * 1e7));
      },
      null,
    );
  }
  const block = new Pbf();
  table.writeTo(block);
  for (const g of [nodes.finish(), ways.finish()]) block.writeBytesField(2, g);
  const header = framedBlob('OSMHeader', headerBlock());
  const data = framedBlob('OSMData', block.finish());
  const out = new Uint8Array(header.length + data.length);
  out.set(header);
  out.set(data, header.length);
  return out;
}
