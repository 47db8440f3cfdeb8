import type { RoadFeature } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { pickRoad } from './pick_road.ts';

const road = (id: string, name: string | null, coordinates: [number, number][]): RoadFeature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates },
  properties: {
    id,
    name,
    roadClass: 'secondary',
    ref: null,
    oneway: 'no',
    maxspeedKmh: null,
    surface: null,
    access: null,
    sourceId: `seed:${id}`,
    lengthM: 1000,
  },
});

const yani = road('r1', 'Jalan Ahmad Yani', [
  [115.0, -8.1],
  [115.01, -8.1],
]);
const gajah = road('r2', 'Jalan Gajah Mada', [
  [115.0, -8.105],
  [115.01, -8.105],
]);

describe('pickRoad', () => {
  it('puts the closure on the nearest of the roads drawn near the click, naming it', () => {
    const p = pickRoad([yani, gajah], ['r1', 'r2'], [115.004, -8.1012]);
    expect(p?.name).toBe('Jalan Ahmad Yani');
    expect(p?.position[0]).toBeCloseTo(115.004, 9);
    expect(p?.position[1]).toBeCloseTo(-8.1, 9);
    expect(p?.distanceM).toBeCloseTo(133.4, 0);
  });

  it('only considers the roads the map found near the click, however far the click is in metres', () => {
    expect(pickRoad([yani, gajah], ['r2'], [115.004, -8.1012])?.name).toBe('Jalan Gajah Mada');
    expect(pickRoad([yani, gajah], [], [115.004, -8.1])).toBeNull();
    expect(pickRoad([yani], ['r9'], [115.004, -8.1])).toBeNull();
  });
});
