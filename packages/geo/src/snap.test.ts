import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph/build_graph.ts';
import type { RoadLine } from './osm/road_line.ts';
import { atJunction, snapNode, snapPoint } from './snap.ts';

const road = (id: string, coords: [number, number][]): RoadLine => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: coords },
  properties: {
    roadClass: 'residential',
    name: null,
    ref: null,
    oneway: 'no',
    maxspeedKmh: null,
    surface: null,
    access: null,
    sourceId: id,
  },
});

// Two roads meeting at J = (115, -8.1); 1e-5 degree of longitude there is about 1.1 m.
const g = buildGraph([
  road('east', [
    [115, -8.1],
    [115.002, -8.1],
  ]),
  road('north', [
    [115, -8.1],
    [115, -8.098],
  ]),
]);

function junctionSnap(point: [number, number]) {
  const found = snapPoint(g, point, { maxSnapM: 100 });
  if (found === null) throw new Error('no snap');
  return atJunction(g, found, point);
}

describe('atJunction', () => {
  it('moves a snap within a metre of a link end onto the node', () => {
    const s = junctionSnap([115.000008, -8.10002]);
    expect(s.fraction).toBe(0);
    expect(s.point).toEqual([115, -8.1]);
    expect(snapNode(g, s)).toBe(g.linkFrom[s.link]);
    expect(s.offNetworkM).toBeCloseTo(2.4, 1);
  });

  it('leaves a snap 1.1 m along the link where it is', () => {
    const s = junctionSnap([115.00001, -8.10002]);
    expect(s.fraction).toBeGreaterThan(0);
    expect(snapNode(g, s)).toBe(-1);
  });

  it('treats a snap at the very end of a link as a snap to its node', () => {
    const s = junctionSnap([115.0025, -8.1]);
    expect(s.fraction).toBe(1);
    expect(snapNode(g, s)).toBe(g.linkTo[s.link]);
  });
});
