import type {
  AdminAreaFeature,
  CacheFeature,
  HazardZoneFeature,
  IncidentFeature,
  PostFeature,
  RoadFeature,
} from '@siaga/schema';

/** Small, schema-valid features for unit tests; every call returns fresh objects. */

const stamps = { version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };

function square(lon: number, lat: number, d: number): AdminAreaFeature['geometry'] {
  return {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [lon, lat],
          [lon + d, lat],
          [lon + d, lat + d],
          [lon, lat + d],
          [lon, lat],
        ],
      ],
    ],
  };
}

export function post(over: Partial<PostFeature['properties']> = {}): PostFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [115.1045, -8.1248] },
    properties: {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Pos Induk Damkar Buleleng',
      kind: 'fire_station',
      status: 'operational',
      address: 'Jalan Dahlia, Singaraja',
      desaCode: '51.08.06.1011',
      staff: 72,
      vehicles: 9,
      turnoutSeconds: 60,
      locationApprox: true,
      source: null,
      notes: null,
      ...stamps,
      ...over,
    },
  };
}

export function cache(over: Partial<CacheFeature['properties']> = {}): CacheFeature {
  const id = over.id ?? '00000000-0000-4000-8000-000000000011';
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [115.105, -8.125] },
    properties: {
      id,
      name: 'Gudang Pos Induk',
      postId: '00000000-0000-4000-8000-000000000001',
      desaCode: '51.08.06.1011',
      notes: null,
      items: [
        {
          id: '00000000-0000-4000-8000-000000000021',
          cacheId: id,
          itemType: 'chainsaw',
          quantity: 3,
          quantityAvailable: 2,
          condition: 'baik',
          lastInspected: '2024-11-30',
          notes: null,
          ...stamps,
        },
      ],
      ...stamps,
      ...over,
    },
  };
}

export function hazardZone(over: Partial<HazardZoneFeature['properties']> = {}): HazardZoneFeature {
  return {
    type: 'Feature',
    geometry: square(115.23, -8.17, 0.02),
    properties: {
      id: '00000000-0000-4000-8000-000000000031',
      name: 'Rawan longsor Mengening',
      hazardType: 'landslide',
      level: 'tinggi',
      source: 'seed',
      notes: null,
      areaKm2: 4.8,
      ...stamps,
      ...over,
    },
  };
}

export function incident(over: Partial<IncidentFeature['properties']> = {}): IncidentFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [115.242, -8.158] },
    properties: {
      id: '00000000-0000-4000-8000-000000000041',
      title: 'Longsor Mengening',
      incidentType: 'landslide',
      status: 'resolved',
      occurredAt: '2023-01-02T19:30:00+08:00',
      reportedAt: '2023-01-02T11:35:00.000Z',
      reporterName: null,
      reporterPhone: null,
      peopleAffected: null,
      desaCode: '51.08.08.2013',
      kecamatanCode: '51.08.08',
      closedAt: '2023-01-03T02:00:00.000Z',
      source: null,
      notes: null,
      ...stamps,
      ...over,
    },
  };
}

export function area(
  level: AdminAreaFeature['properties']['level'],
  code: string,
  name: string,
  over: Partial<AdminAreaFeature['properties']> = {},
): AdminAreaFeature {
  return {
    type: 'Feature',
    geometry: square(115.2, -8.2, 0.1),
    properties: {
      code,
      bpsCode: null,
      name,
      level,
      parentCode: null,
      isKelurahan: level === 'desa' ? false : null,
      population: null,
      populationYear: null,
      boundaryPrecision: 'approximate',
      source: null,
      areaKm2: 120,
      ...over,
    },
  };
}

export function road(over: Partial<RoadFeature['properties']> = {}): RoadFeature {
  return {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [115.0, -8.12],
        [115.1, -8.11],
      ],
    },
    properties: {
      id: '00000000-0000-4000-8000-000000000051',
      roadClass: 'trunk',
      name: 'Jalan Raya Singaraja-Gilimanuk',
      ref: null,
      oneway: 'no',
      maxspeedKmh: null,
      surface: null,
      access: null,
      sourceId: 'seed:coast-1',
      lengthM: 11_000,
      ...over,
    },
  };
}
