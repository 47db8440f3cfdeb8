import {
  type AdminAreaInput,
  buildCoverageModel,
  buildGraph,
  haversineM,
  readGeoJsonRoads,
} from '@siaga/geo';
import { booleanPointInPolygon, buffer, pointToLineDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { adminAreas, desaPoints, positionKey, readSeed, roads } from './load_seed.ts';
import { onSingleWayIn } from './road_graph_figures.ts';

const network = roads();
const outline = adminAreas().find((f) => f.properties.level === 'kabupaten');

/** Connected components of the road graph whose nodes are vertices shared by position (OSM-style joins). */
function componentCount(): number {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(k, r);
    return r;
  };
  for (const road of network) {
    const keys = road.geometry.coordinates.map(positionKey);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (let i = 1; i < keys.length; i++) parent.set(find(keys[i] ?? ''), find(keys[0] ?? ''));
  }
  return new Set([...parent.keys()].map(find)).size;
}

/** Where segments a-b and c-d cross strictly inside both (planar lon/lat is enough to tell). */
function crossesInside(a: Position, b: Position, c: Position, d: Position): boolean {
  const side = (p: Position, q: Position, r: Position): number =>
    ((q[0] ?? 0) - (p[0] ?? 0)) * ((r[1] ?? 0) - (p[1] ?? 0)) -
    ((q[1] ?? 0) - (p[1] ?? 0)) * ((r[0] ?? 0) - (p[0] ?? 0));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

function distanceM(a: Position, b: Position): number {
  return haversineM(a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0);
}

function lengthKm(coords: Position[]): number {
  let m = 0;
  for (let i = 1; i < coords.length; i++) m += distanceM(coords[i - 1] ?? [0, 0], coords[i] ?? [0, 0]);
  return m / 1000;
}

describe('seed roads', () => {
  it('form one connected component', () => {
    expect(network.length).toBeGreaterThan(20);
    expect(componentCount()).toBe(1);
  });

  it('stay on land: every vertex inside the kabupaten outline (100 m tolerance at the edges)', {
    timeout: 60_000,
  }, () => {
    expect(outline).toBeDefined();
    if (!outline) return;
    const grown = buffer(outline, 0.1, { units: 'kilometers' }) as Feature<Polygon | MultiPolygon>;
    for (const road of network) {
      for (const p of road.geometry.coordinates) {
        expect(booleanPointInPolygon(p, grown), `${road.properties['@id']} at ${p.join(',')}`).toBe(true);
      }
    }
  });

  it('stay on land between vertices too: points every 100 m along each segment (100 m tolerance)', {
    timeout: 60_000,
  }, () => {
    expect(outline).toBeDefined();
    if (!outline) return;
    const grown = buffer(outline, 0.1, { units: 'kilometers' }) as Feature<Polygon | MultiPolygon>;
    for (const road of network) {
      const c = road.geometry.coordinates;
      for (let i = 1; i < c.length; i++) {
        const a = c[i - 1] ?? [0, 0];
        const b = c[i] ?? [0, 0];
        const n = Math.ceil(distanceM(a, b) / 100);
        for (let k = 1; k < n; k++) {
          const p = [
            (a[0] ?? 0) + ((b[0] ?? 0) - (a[0] ?? 0)) * (k / n),
            (a[1] ?? 0) + ((b[1] ?? 0) - (a[1] ?? 0)) * (k / n),
          ];
          expect(booleanPointInPolygon(p, grown), `${road.properties['@id']} near ${p.join(',')}`).toBe(true);
        }
      }
    }
  });

  it('join wherever they cross: no two segments cross without a shared vertex', () => {
    const segments = network.flatMap((r) =>
      r.geometry.coordinates.slice(1).map((b, i) => ({
        id: r.properties['@id'],
        a: r.geometry.coordinates[i] ?? [0, 0],
        b,
      })),
    );
    const crossings: string[] = [];
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i];
      if (!s) continue;
      for (let j = i + 1; j < segments.length; j++) {
        const t = segments[j];
        if (t && crossesInside(s.a, s.b, t.a, t.b)) crossings.push(`${s.id} x ${t.id} near ${s.a.join(',')}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('give most desa two ways in and bring most land within 500 m of a road (prints the figures)', {
    timeout: 60_000,
  }, () => {
    const graph = buildGraph(
      readGeoJsonRoads(readSeed('roads') as Parameters<typeof readGeoJsonRoads>[0]).roads,
    );
    const points = desaPoints();
    const single = onSingleWayIn(
      graph,
      points.map((d) => d.geometry.coordinates),
    );
    const singleNames = points.filter((_, i) => single[i]).map((d) => d.properties.name);
    const model = buildCoverageModel({
      graph,
      adminAreas: adminAreas() as unknown as AdminAreaInput[],
      hazardZones: [],
    });
    const { landAreaKm2, noRoadAreaKm2 } = model.totals;
    const byClass = new Map<string, number>();
    for (const r of network) {
      const h = r.properties.highway ?? '';
      byClass.set(h, (byClass.get(h) ?? 0) + lengthKm(r.geometry.coordinates));
    }
    const totalKm = [...byClass.values()].reduce((s, k) => s + k, 0);
    console.info(
      `seed roads: ${network.length} roads, ${graph.nodeLon.length} graph nodes, ${totalKm.toFixed(0)} km ` +
        `(${[...byClass.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([c, k]) => `${c} ${k.toFixed(0)}`)
          .join(', ')}); land within 500 m of a road ${(landAreaKm2 - noRoadAreaKm2).toFixed(0)} of ` +
        `${landAreaKm2.toFixed(0)} km²; desa on a single way in ${singleNames.length}/148: ${singleNames.join(', ')}`,
    );
    expect(singleNames.length).toBeLessThanOrEqual(25);
    expect((landAreaKm2 - noRoadAreaKm2) / landAreaKm2).toBeGreaterThan(0.4);
    expect(singleNames).not.toContain('Mengening');
  });

  it('reach every desa: each desa point within 300 m of a road', { timeout: 60_000 }, () => {
    for (const d of desaPoints()) {
      const nearest = Math.min(...network.map((r) => pointToLineDistance(d, r, { units: 'meters' })));
      expect(nearest, d.properties.name).toBeLessThanOrEqual(300);
    }
  });

  it('reach every post, cache and incident within 300 m', { timeout: 60_000 }, () => {
    for (const file of ['posts', 'caches', 'incidents'] as const) {
      for (const f of readSeed<Point>(file).features) {
        const nearest = Math.min(
          ...network.map((r) => pointToLineDistance(f.geometry.coordinates, r, { units: 'meters' })),
        );
        expect(nearest, `${file} ${JSON.stringify(f.properties).slice(0, 60)}`).toBeLessThanOrEqual(300);
      }
    }
  });

  it('carry the named corridors of DOMAIN.md', () => {
    const names = new Set(network.map((r) => r.properties.name));
    for (const n of [
      'Jalan Raya Singaraja-Gilimanuk',
      'Jalan Raya Singaraja-Amlapura',
      'Jalan Raya Singaraja-Denpasar',
      'Jalan Raya Seririt-Pupuan',
      'Jalan Raya Singaraja-Kintamani',
      'Jalan Dahlia',
    ]) {
      expect(names.has(n), n).toBe(true);
    }
    expect(network.some((r) => r.properties.highway === 'trunk')).toBe(true);
    expect(network.some((r) => r.properties.highway === 'track' && r.properties.surface)).toBe(true);
  });
});
