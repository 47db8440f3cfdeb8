import { describe, expect, it } from 'vitest';
import type { RoadLine } from '../osm/road_line.ts';
import { buildGraph } from './build_graph.ts';
import { deserializeGraph, serializeGraph } from './serialize_graph.ts';
import { utf8Encode } from './utf8.ts';

/** Source ids of every shape the readers make, and ones the number split must leave whole. */
const SOURCE_IDS = [
  'osm:way/123456789',
  'osm:way/123456789#2',
  'osm:way/9007199254740',
  'way/0',
  'rand:7',
  'rand:007',
  '12345',
  'road-with-no-number',
  'seed:999999999999999',
  'seed:12345678901234567890',
  'a1b2',
  'x#',
];
const NAMES = [
  'Jalan Ahmad Yani',
  'Jalan Ahmad Yani',
  null,
  '',
  'Jl. Raya Seririt – Gilimanuk',
  'ᬚᬮᬦ᭄',
  '🚒 Pos',
  'é',
];

const road = (i: number): RoadLine => ({
  type: 'Feature',
  geometry: {
    type: 'LineString',
    coordinates: [
      [115 + i * 0.001, -8.1],
      [115 + (i + 1) * 0.001, -8.1],
    ],
  },
  properties: {
    roadClass: 'residential',
    name: NAMES[i % NAMES.length] ?? null,
    ref: i % 3 === 0 ? `P${i % 2}` : null,
    oneway: 'no',
    maxspeedKmh: i % 2 === 0 ? 40 : null,
    surface: i % 4 === 0 ? 'gravel' : null,
    access: i % 5 === 0 ? 'destination' : null,
    sourceId: SOURCE_IDS[i] ?? `osm:way/${i}`,
  },
});

const graph = buildGraph(Array.from({ length: 20 }, (_, i) => road(i)));

describe('serializeGraph', () => {
  it('round-trips every road string exactly: shared, null, empty, non-Latin, and source ids of every shape', () => {
    const back = deserializeGraph(serializeGraph(graph));
    expect(back).toEqual(graph);
    expect(back.roadSourceId.slice(0, SOURCE_IDS.length)).toEqual(SOURCE_IDS);
    expect(new Uint8Array(serializeGraph(back))).toEqual(new Uint8Array(serializeGraph(graph)));
  });

  it('stores a name shared by many roads once', () => {
    const name = 'Jalan Ahmad Yani yang sangat panjang sekali';
    const same = (i: number): RoadLine => {
      const r = road(i);
      return { ...r, properties: { ...r.properties, name } };
    };
    const many = serializeGraph(buildGraph(Array.from({ length: 200 }, (_, i) => same(i))));
    const unnamed = serializeGraph(
      buildGraph(
        Array.from({ length: 200 }, (_, i) => {
          const r = same(i);
          return { ...r, properties: { ...r.properties, name: null } };
        }),
      ),
    );
    // The name's bytes, its end offset and at most two alignment paddings; 200 copies would be 8,600 bytes.
    expect(many.byteLength - unnamed.byteLength).toBeLessThanOrEqual(name.length + 4 + 14);
  });

  it('refuses other files, other versions, cut-off buffers and a corrupt string table', () => {
    const bytes = serializeGraph(graph);
    expect(() => deserializeGraph(new ArrayBuffer(16))).toThrow(/not a Siaga road graph/);
    const v1 = bytes.slice(0);
    new DataView(v1).setUint32(4, 1, true);
    expect(() => deserializeGraph(v1)).toThrow(/unsupported road graph version 1/);
    expect(() => deserializeGraph(bytes.slice(0, bytes.byteLength - 64))).toThrow(/cut off/);
    const corrupt = bytes.slice(0);
    const u8 = new Uint8Array(corrupt);
    const text = utf8Encode('Jalan Ahmad Yani');
    const at = u8.findIndex((_, i) => text.every((b, j) => u8[i + j] === b));
    expect(at).toBeGreaterThan(0);
    u8[at] = 0xff;
    expect(() => deserializeGraph(corrupt)).toThrow();
  });
});
