import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildGraph,
  closestFacility,
  deserializeGraph,
  edgeCount,
  FIRE_ENGINE,
  nodeCount,
  readOsmPbf,
  serializeGraph,
  travelTimeMatrix,
} from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { realDataDir } from '../../support/real_data.ts';

const dir = realDataDir();
if (dir === null) console.warn('andorra.test.ts skipped: real data folder absent (set SIAGA_REAL_DATA)');

describe.skipIf(dir === null)('Andorra OSM extract (real data)', () => {
  const read = (): ReturnType<typeof readOsmPbf> =>
    readOsmPbf(new Uint8Array(readFileSync(join(dir ?? '', 'osm', 'andorra.osm.pbf'))));

  it('reads every way and keeps the drivable ones', () => {
    const { roads, summary } = read();
    expect(summary.waysRead).toBe(2725);
    const withHighway = summary.waysRead - (summary.skipped['no highway tag'] ?? 0);
    expect(withHighway).toBe(1615);
    // Two ways with access=no open one vehicle kind (kept for it); two barrier nodes split their way in two.
    expect(summary.kept).toBe(1322);
    expect(summary.barriers).toBe(2);
    expect(roads.length).toBe(summary.kept + summary.barriers);
    expect(summary.cutAtExtractEdge).toBe(0);
    expect(summary.skipped['highway=footway']).toBe(44);
    expect(roads.every((r) => r.properties.sourceId.startsWith('osm:way/'))).toBe(true);
    expect(roads.filter((r) => r.properties.oneway !== 'no').length).toBeGreaterThan(50);
  });

  it('builds a graph that round-trips and routes across the country', () => {
    const graph = buildGraph(read().roads);
    expect(nodeCount(graph)).toBeGreaterThan(1000);
    expect(edgeCount(graph)).toBeGreaterThan(nodeCount(graph));
    expect(deserializeGraph(serializeGraph(graph))).toEqual(graph);
    // Andorra la Vella to Pas de la Casa over the Envalira pass: ~35 km of mountain road.
    const result = closestFacility(
      graph,
      FIRE_ENGINE,
      [1.7335, 42.5425],
      [{ id: 'andorra-la-vella', point: [1.5218, 42.5063], turnoutSeconds: 60 }],
    );
    const route = result.routes[0];
    expect(route?.distanceM).toBeGreaterThan(25_000);
    expect(route?.distanceM).toBeLessThan(60_000);
    const m = travelTimeMatrix(graph, FIRE_ENGINE, [[1.5218, 42.5063]], [[1.7335, 42.5425]]);
    expect((m[0] ?? 0) + 60).toBeCloseTo(route?.etaS ?? 0, 6);
  });
});
