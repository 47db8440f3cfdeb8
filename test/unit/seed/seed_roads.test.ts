import { booleanPointInPolygon, buffer, pointToLineDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { adminAreas, desaPoints, positionKey, readSeed, roads } from './load_seed.ts';

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

describe('seed roads', () => {
  it('form one connected component', () => {
    expect(network.length).toBeGreaterThan(20);
    expect(componentCount()).toBe(1);
  });

  it('stay on land: every vertex inside the kabupaten outline (100 m tolerance at the edges)', () => {
    expect(outline).toBeDefined();
    if (!outline) return;
    const grown = buffer(outline, 0.1, { units: 'kilometers' }) as Feature<Polygon | MultiPolygon>;
    for (const road of network) {
      for (const p of road.geometry.coordinates) {
        expect(booleanPointInPolygon(p, grown), `${road.properties['@id']} at ${p.join(',')}`).toBe(true);
      }
    }
  });

  it('reach every desa: each desa point within 300 m of a road', () => {
    for (const d of desaPoints()) {
      const nearest = Math.min(...network.map((r) => pointToLineDistance(d, r, { units: 'meters' })));
      expect(nearest, d.properties.name).toBeLessThanOrEqual(300);
    }
  });

  it('reach every post, cache and incident within 300 m', () => {
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
