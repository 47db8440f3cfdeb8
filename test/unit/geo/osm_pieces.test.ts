import {
  buildGraph,
  closestFacility,
  FIRE_ENGINE,
  MOTORBIKE,
  OsmFileError,
  OsmXmlReader,
  readOsmPbf,
  wayPieces,
} from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { makePbf, type SyntheticElement } from '../../support/make_pbf.ts';

const at = (i: number): [number, number] => [115 + i * 0.001, -8.1];

describe('wayPieces', () => {
  it('keeps the runs of a way whose nodes are present and splits where nodes are missing', () => {
    const present = new Set([1, 2, 3, 5, 6, 8]);
    const { pieces, cut } = wayPieces(
      [1, 2, 3, 4, 5, 6, 7, 8],
      (id) => (present.has(id) ? at(id) : null),
      new Map(),
    );
    expect(cut).toBe(true);
    expect(pieces.map((p) => p.nodeIds)).toEqual([
      [1, 2, 3],
      [5, 6],
    ]);
  });

  it('puts a barrier on the metre of road through its node', () => {
    const { pieces } = wayPieces([1, 2, 3], at, new Map([[2, 'private']]));
    expect(pieces.map((p) => p.barrierAccess ?? null)).toEqual([null, 'private', null]);
    const stub = pieces[1]?.positions ?? [];
    expect(stub[0]).toEqual(at(2));
    expect((stub[1]?.[0] ?? 0) - at(2)[0]).toBeCloseTo(1 / 110_000, 6);
  });

  it('puts a barrier at the end of a way on the last metre', () => {
    const { pieces } = wayPieces([1, 2], at, new Map([[2, 'no']]));
    expect(pieces.map((p) => p.barrierAccess ?? null)).toEqual([null, 'no']);
    expect(pieces[1]?.positions[1]).toEqual(at(2));
  });
});

const street = (id: number, refs: number[], tags: Record<string, string> = {}): SyntheticElement => ({
  type: 'way',
  id,
  refs,
  tags: { highway: 'residential', ...tags },
});
const node = (id: number, tags?: Record<string, string>): SyntheticElement => ({
  type: 'node',
  id,
  lon: at(id)[0],
  lat: at(id)[1],
  ...(tags ? { tags } : {}),
});

describe('readOsmPbf on a generated file', () => {
  it('reads nodes, ways and barrier tags; cuts a way at the edge of the extract', () => {
    const bytes = makePbf([
      node(1),
      node(2, { barrier: 'gate', access: 'private' }),
      node(3),
      node(5),
      node(6),
      street(100, [1, 2, 3]),
      street(101, [3, 4, 5, 6]),
      { type: 'way', id: 102, refs: [5, 6], tags: { route: 'ferry' } },
    ]);
    const { roads, summary } = readOsmPbf(bytes);
    expect(summary).toEqual({
      waysRead: 3,
      kept: 2,
      skipped: { 'route=ferry': 1 },
      cutAtExtractEdge: 1,
      barriers: 1,
    });
    expect(roads.map((r) => [r.properties.sourceId, r.properties.access])).toEqual([
      ['osm:way/100#0', null],
      ['osm:way/100#1', 'private'],
      ['osm:way/100#2', null],
      ['osm:way/101', null],
    ]);
    expect(roads[3]?.nodeIds).toEqual([5, 6]);
  });

  it('routes a motorbike through a private gate, a fire engine round it', () => {
    const bytes = makePbf([
      node(1),
      node(2, { barrier: 'gate', access: 'private' }),
      node(3),
      { type: 'node', id: 7, lon: 115.001, lat: -8.098 },
      street(100, [1, 2, 3]),
      street(103, [1, 7, 3]),
    ]);
    const g = buildGraph(readOsmPbf(bytes).roads);
    const post = [{ id: 'p', point: at(1), turnoutSeconds: 0 }];
    const engine = closestFacility(g, FIRE_ENGINE, at(3), post).routes[0];
    const bike = closestFacility(g, MOTORBIKE, at(3), post).routes[0];
    expect(bike?.distanceM).toBeCloseTo(220.4, 0);
    expect(engine?.distanceM).toBeGreaterThan(500);
  });

  it('fails at once, with a reason, on a truncated, empty or garbage file', () => {
    const bytes = makePbf([node(1), node(2), street(100, [1, 2])]);
    expect(() => readOsmPbf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toThrow(OsmFileError);
    expect(() => readOsmPbf(bytes.subarray(0, bytes.length - 3))).toThrow(/cut short/);
    expect(() => readOsmPbf(new Uint8Array())).toThrow(/empty/);
    expect(() => readOsmPbf(new TextEncoder().encode('this is not a pbf file at all'))).toThrow(
      /not an OSM PBF/,
    );
  });
});

describe('OsmXmlReader', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
  <node id="1" lat="-8.1" lon="115.001"/>
  <node id="2" lat="-8.1" lon="115.002"><tag k="barrier" v="bollard"/></node>
  <node id="3" lat="-8.1" lon="115.003"/>
  <way id="100"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/><tag k="name" v="Jalan &amp; Gang"/></way>
  <way id="101"><nd ref="3"/><nd ref="9"/><tag k="highway" v="construction"/></way>
</osm>`;

  it('reads the same roads as the PBF reader, fed in small chunks', () => {
    const r = new OsmXmlReader();
    for (let i = 0; i < xml.length; i += 7) r.write(xml.slice(i, i + 7));
    const { roads, summary } = r.close();
    expect(summary).toEqual({
      waysRead: 2,
      kept: 1,
      skipped: { 'highway=construction': 1 },
      cutAtExtractEdge: 0,
      barriers: 1,
    });
    expect(roads.map((x) => x.properties.access)).toEqual([null, 'no', null]);
    expect(roads[0]?.properties.name).toBe('Jalan & Gang');
  });

  it('refuses malformed XML, another root and an empty document', () => {
    const run = (text: string) => () => {
      const r = new OsmXmlReader();
      r.write(text);
      return r.close();
    };
    expect(run('<osm><node id="1"></osm>')).toThrow(OsmFileError);
    expect(run('<html><body/></html>')).toThrow(/not an OSM XML file/);
    expect(run('   ')).toThrow(OsmFileError);
  });
});
