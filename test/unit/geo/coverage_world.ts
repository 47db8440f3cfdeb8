import type { AdminAreaInput, CoveragePost, HazardZoneInput, RoadGraph } from '@siaga/geo';
import type { AreaGeometry, Position } from '@siaga/schema';
import { prng, randomNetwork } from './random_network.ts';

/** An axis-aligned box as a Polygon. */
export const rect = (w: number, s: number, e: number, n: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

/**
 * The routing engineer's seeded street grid near Singaraja (~2 km square) on a piece of land whose north-east
 * corner is sea, split into three desa (the middle one a kelurahan) plus one desa smaller than a cell, with two
 * hazard zones. Roads run out over the sea, so "no coverage of the sea" is tested, not assumed.
 */
export function randomWorld(seed: number): {
  graph: RoadGraph;
  land: AreaGeometry;
  adminAreas: AdminAreaInput[];
  hazardZones: HazardZoneInput[];
  point: () => number[];
  /** A random road junction: where a closure surely blocks something. */
  junction: () => number[];
  post: (id: string) => CoveragePost;
} {
  const net = randomNetwork(seed);
  const rnd = prng(seed * 7919);
  const coast: Position[] = [
    [115.075, -8.135],
    [115.103, -8.135],
    [115.103, -8.119],
    [115.093, -8.113],
    [115.086, -8.107],
    [115.075, -8.107],
    [115.075, -8.135],
  ];
  const land: AreaGeometry = { type: 'Polygon', coordinates: [coast] };
  const pop = (): number => Math.round(1000 + rnd() * 19000);
  const desa = (
    code: string,
    name: string,
    geometry: AreaGeometry,
    isKelurahan: boolean,
  ): AdminAreaInput => ({
    geometry,
    properties: { code, name, level: 'desa', parentCode: '51.08.06', isKelurahan, population: pop() },
  });
  const adminAreas: AdminAreaInput[] = [
    {
      geometry: land,
      properties: { code: '51.08', name: 'Kabupaten', level: 'kabupaten', parentCode: null },
    },
    {
      geometry: land,
      properties: { code: '51.08.06', name: 'Kecamatan', level: 'kecamatan', parentCode: '51.08' },
    },
    desa('51.08.06.2001', 'Barat', rect(115.07, -8.14, 115.085, -8.1), false),
    desa('51.08.06.1002', 'Kota', rect(115.085, -8.14, 115.095, -8.1), true),
    desa('51.08.06.2003', 'Timur', rect(115.095, -8.14, 115.11, -8.1), false),
    desa('51.08.06.2004', 'Mungil', rect(115.0801, -8.1301, 115.0803, -8.1299), false),
  ];
  const box = (): AreaGeometry => {
    const w = 115.076 + rnd() * 0.02;
    const s = -8.134 + rnd() * 0.02;
    return rect(w, s, w + 0.002 + rnd() * 0.008, s + 0.002 + rnd() * 0.008);
  };
  const hazardZones: HazardZoneInput[] = [
    { geometry: box(), properties: { hazardType: 'landslide', level: 'tinggi' } },
    { geometry: box(), properties: { hazardType: 'flood', level: 'sedang' } },
  ];
  return {
    graph: net.graph,
    land,
    adminAreas,
    hazardZones,
    point: net.point,
    junction: () => {
      const n = Math.floor(rnd() * net.graph.nodeLon.length);
      return [net.graph.nodeLon[n] ?? 0, net.graph.nodeLat[n] ?? 0];
    },
    post: (id) => ({ id, position: net.point(), turnoutSeconds: Math.round(rnd() * 60) }),
  };
}
