import { zlibSync } from 'fflate';
import Pbf from 'pbf';

/** A synthetic OSM element for writing test files: a node with a position, or a way of node ids. */
export type SyntheticElement =
  | { type: 'node'; id: number; lon: number; lat: number; tags?: Record<string, string> }
  | { type: 'way'; id: number; refs: number[]; tags: Record<string, string> };

/**
 * Writes elements as a small but genuine .osm.pbf (an OSMHeader blob, then one zlib-compressed OSMData blob
 * holding plain nodes and ways), so the PBF reader is tested without any real extract.
 */
export function makePbf(elements: readonly SyntheticElement[]): Uint8Array {
  const header = new Pbf();
  header.writeStringField(4, 'OsmSchema-V0.6');
  header.writeStringField(4, 'DenseNodes');
  const strings = [''];
  const index = new Map<string, number>([['', 0]]);
  const s = (v: string): number => {
    let i = index.get(v);
    if (i === undefined) {
      i = strings.length;
      strings.push(v);
      index.set(v, i);
    }
    return i;
  };
  const groups: Uint8Array[] = [];
  const nodes = new Pbf();
  const ways = new Pbf();
  for (const e of elements) {
    const tags = Object.entries(e.tags ?? {});
    const target = e.type === 'node' ? nodes : ways;
    target.writeMessage(
      e.type === 'node' ? 1 : 3,
      (_: null, p: Pbf) => {
        if (e.type === 'node') p.writeSVarintField(1, e.id);
        else p.writeVarintField(1, e.id);
        p.writePackedVarint(
          2,
          tags.map(([k]) => s(k)),
        );
        p.writePackedVarint(
          3,
          tags.map(([, v]) => s(v)),
        );
        if (e.type === 'node') {
          p.writeSVarintField(8, Math.round(e.lat * 1e7));
          p.writeSVarintField(9, Math.round(e.lon * 1e7));
        } else {
          let last = 0;
          p.writePackedSVarint(
            8,
            e.refs.map((r) => {
              const d = r - last;
              last = r;
              return d;
            }),
          );
        }
      },
      null,
    );
  }
  groups.push(nodes.finish(), ways.finish());
  const block = new Pbf();
  block.writeMessage(
    1,
    (_: null, p: Pbf) => {
      for (const v of strings) p.writeBytesField(1, new TextEncoder().encode(v));
    },
    null,
  );
  for (const g of groups) block.writeBytesField(2, g);
  return concat([blob('OSMHeader', header.finish()), blob('OSMData', block.finish())]);
}

function blob(type: string, raw: Uint8Array): Uint8Array {
  const b = new Pbf();
  b.writeVarintField(2, raw.length);
  b.writeBytesField(3, zlibSync(raw));
  const body = b.finish();
  const h = new Pbf();
  h.writeStringField(1, type);
  h.writeVarintField(3, body.length);
  const head = h.finish();
  const size = new Uint8Array(4);
  new DataView(size.buffer).setInt32(0, head.length, false);
  return concat([size, head, body]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
