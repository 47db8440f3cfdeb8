import { buildGraph, closestAnswer, EngineNetwork, readGeoJsonRoads } from '@siaga/geo';
import { type CacheFeature, ClosestRequest, type ItemType, type PostFeature } from '@siaga/schema';
import { describe, expect, it } from 'vitest';

/**
 * Jalan Pantai runs east from 115.000 to 115.010 (lat -8.1) with an unnamed stub north at every 0.002°, so each
 * stub is a junction. The post stands at the west end, the incident at the east end.
 */
const LAT = -8.1;
const stubs = [115.002, 115.004, 115.006, 115.008].map((lon, i) => ({
  type: 'Feature' as const,
  properties: { '@id': `s${i}`, highway: 'service' },
  geometry: {
    type: 'LineString' as const,
    coordinates: [
      [lon, LAT],
      [lon, LAT + 0.001],
    ],
  },
}));
const roads = [
  {
    type: 'Feature' as const,
    properties: { '@id': 'w1', highway: 'secondary', name: 'Jalan Pantai' },
    geometry: {
      type: 'LineString' as const,
      coordinates: [115.0, 115.002, 115.004, 115.006, 115.008, 115.01].map((lon) => [lon, LAT]),
    },
  },
  ...stubs,
];
const network = new EngineNetwork(buildGraph(readGeoJsonRoads({ features: roads }).roads), 'test');
const incident = { type: 'Point' as const, coordinates: [115.01, LAT] as [number, number] };
const stamps = { version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const post: PostFeature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [115.0, LAT] },
  properties: {
    id: uuid(1),
    name: 'Pos Barat',
    kind: 'fire_station',
    status: 'operational',
    address: null,
    desaCode: null,
    staff: 10,
    vehicles: 2,
    turnoutSeconds: 60,
    locationApprox: false,
    source: null,
    notes: null,
    ...stamps,
  },
};

function cache(
  n: number,
  lon: number,
  items: [ItemType, number, ('baik' | 'rusak_ringan')?][],
): CacheFeature {
  const id = uuid(100 + n);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, LAT] },
    properties: {
      id,
      name: `Gudang ${n}`,
      postId: null,
      desaCode: null,
      notes: null,
      items: items.map(([itemType, q, condition], i) => ({
        id: uuid(200 + 10 * n + i),
        cacheId: id,
        itemType,
        quantity: q,
        quantityAvailable: q,
        condition: condition ?? 'baik',
        lastInspected: null,
        notes: null,
        ...stamps,
      })),
      ...stamps,
    },
  };
}

const saws = cache(1, 115.002, [
  ['chainsaw', 2],
  ['generator', 3, 'rusak_ringan'],
]);
const camp = cache(2, 115.004, [
  ['generator', 1],
  ['tent', 10],
]);
const all = cache(3, 115.008, [
  ['chainsaw', 2],
  ['generator', 1],
  ['tent', 10],
]);
const boats = cache(4, 115.001, [['rubber_boat', 1]]);
const data = { posts: [post], caches: [saws, camp, all, boats] };
/** Closes Jalan Pantai between 115.006 and 115.008: the west is cut off from the incident. */
const cut = [{ type: 'Point', coordinates: [115.007, LAT] }];
const ask = (body: Record<string, unknown>) =>
  closestAnswer(network, data, ClosestRequest.parse({ incident, ...body }), incident);

describe('closestAnswer: caches against what is asked', () => {
  it('counts ready units (available, good condition) against the request', () => {
    const a = ask({ layer: 'caches', itemType: 'generator' });
    expect(a.caches?.results.map((r) => [r.facility.properties.name, r.ready])).toEqual([
      ['Gudang 3', [{ itemType: 'generator', ready: 1, requested: 1 }]],
      ['Gudang 2', [{ itemType: 'generator', ready: 1, requested: 1 }]],
    ]);
    expect(a.caches?.holding).toBe(2);
  });

  it('tells "no cache holds this item" (holding 0) from "none reachable" (holding > 0, no result)', () => {
    expect(ask({ layer: 'caches', itemType: 'light_tower' }).caches).toMatchObject({
      considered: 0,
      holding: 0,
      results: [],
    });
    const boat = ask({ layer: 'caches', itemType: 'rubber_boat', closures: cut });
    expect(boat.caches).toMatchObject({ considered: 1, holding: 1, results: [] });
    expect(boat.caches?.notRouted).toEqual([{ id: boats.properties.id, reason: 'unreachable' }]);
  });

  it('meets a requirement of several items from one cache that has all', () => {
    const a = ask({
      layer: 'caches',
      items: [
        { itemType: 'chainsaw', quantity: 2 },
        { itemType: 'generator', quantity: 1 },
        { itemType: 'tent', quantity: 10 },
      ],
    });
    expect(a.requirement?.outcome).toBe('one_cache');
    expect(a.requirement?.members.map((m) => m.cacheId)).toEqual([all.properties.id]);
    expect(a.caches?.results.map((r) => [r.rank, r.facility.properties.id])).toEqual([
      [1, all.properties.id],
    ]);
  });

  it('combines caches when no one cache has enough, the slowest member giving the ETA', () => {
    const a = ask({
      layer: 'caches',
      items: [
        { itemType: 'chainsaw', quantity: 4 },
        { itemType: 'tent', quantity: 10 },
      ],
    });
    expect(a.requirement?.outcome).toBe('combination');
    expect(a.requirement?.members.map((m) => [m.cacheId, m.take])).toEqual([
      [
        all.properties.id,
        [
          { itemType: 'chainsaw', quantity: 2 },
          { itemType: 'tent', quantity: 10 },
        ],
      ],
      [saws.properties.id, [{ itemType: 'chainsaw', quantity: 2 }]],
    ]);
    const slowest = a.caches?.results.find((r) => r.facility.properties.id === saws.properties.id);
    expect(a.requirement?.etaS).toBe(slowest?.etaS);
  });

  it('is short when even every reachable cache lacks an item, saying how much all caches hold', () => {
    const a = ask({
      layer: 'caches',
      items: [
        { itemType: 'generator', quantity: 3 },
        { itemType: 'light_tower', quantity: 1 },
      ],
    });
    expect(a.requirement).toMatchObject({
      outcome: 'short',
      etaS: null,
      members: [],
      missing: [
        { itemType: 'generator', quantity: 1, heldReady: 2 },
        { itemType: 'light_tower', quantity: 1, heldReady: 0 },
      ],
    });
  });
});

describe('closestAnswer: an incident cut off from every post', () => {
  it('says so and names the nearest point the posts still reach', () => {
    const a = ask({ layer: 'posts', closures: cut });
    expect(a.incident.routable).toBe(true);
    expect(a.posts?.results).toEqual([]);
    expect(a.cutOff?.nearestReachable?.point.coordinates).toEqual([115.006, LAT]);
    expect(a.cutOff?.nearestReachable?.roadName).toBe('Jalan Pantai');
    expect(a.cutOff?.nearestReachable?.distanceM).toBeCloseTo(440.3, 0);
    expect(a.cutOff?.nearestReachable?.etaS).toBeGreaterThan(60);
  });

  it('is null when a post reaches the incident', () => {
    expect(ask({ layer: 'posts' }).cutOff).toBeNull();
  });
});
