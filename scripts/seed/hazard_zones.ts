import { buffer, circle, lineString, polygon } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Position } from 'geojson';
import { type Area, intersectAreas, polygonsOf, roundArea } from './geometry_utils.ts';
import { riverFloodZones, type Waterway } from './river_floods.ts';

export interface HazardRow {
  key: string;
  name: string;
  hazardType: string;
  level: 'rendah' | 'sedang' | 'tinggi';
  geometry: Feature<MultiPolygon>;
  source: string;
  notes: string | null;
}

const APPROX = 'Demo seed approximation drawn from public knowledge, not an InaRISK or BPBD map';

function clip(a: Area, outline: Feature<MultiPolygon>): Feature<MultiPolygon> {
  const c = intersectAreas(a, outline);
  if (!c) throw new Error('hazard zone lies outside the kabupaten');
  return roundArea(c);
}

function band(
  coast: Feature<LineString>[],
  outline: Feature<MultiPolygon>,
  km: number,
): Feature<MultiPolygon> {
  const parts = coast
    .map((l) => buffer(l, km, { units: 'kilometers', steps: 4 }))
    .filter((b): b is NonNullable<typeof b> => b !== undefined);
  const merged: Area = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: parts.flatMap((p) => polygonsOf(p as Area)) },
  };
  return clip(merged, outline);
}

function around(line: Position[], km: number, outline: Feature<MultiPolygon>): Feature<MultiPolygon> {
  const b = buffer(lineString(line), km, { units: 'kilometers', steps: 6 });
  if (!b) throw new Error('empty buffer');
  return clip(b as Area, outline);
}

function disc(center: Position, km: number, outline: Feature<MultiPolygon>): Feature<MultiPolygon> {
  return clip(circle(center, km, { units: 'kilometers', steps: 32 }), outline);
}

function handDrawn(ring: Position[], outline: Feature<MultiPolygon>): Feature<MultiPolygon> {
  return clip(polygon([ring]), outline);
}

export function buildHazardZones(
  coast: Feature<LineString>[],
  outline: Feature<MultiPolygon>,
  waterways: readonly Waterway[],
): HazardRow[] {
  return [
    {
      key: 'landslide-mengening',
      name: 'Longsor Desa Mengening',
      hazardType: 'landslide',
      level: 'tinggi',
      geometry: disc([115.2435, -8.1605], 1.6, outline),
      source: `${APPROX}; BPBD Buleleng lists 8 landslide-prone points in Mengening (2019, 2021, 2023 events)`,
      notes: 'Circle of 1.6 km around the steep banjar dinas of Mengening, incl. Sangker.',
    },
    {
      key: 'landslide-gitgit-wanagiri',
      name: 'Longsor lereng Gitgit-Wanagiri-Pancasari',
      hazardType: 'landslide',
      level: 'tinggi',
      geometry: around(
        [
          [115.125, -8.185],
          [115.135, -8.203],
          [115.14, -8.22],
          [115.145, -8.232],
          [115.118, -8.232],
          [115.09, -8.245],
        ],
        1.5,
        outline,
      ),
      source: `${APPROX}; slides on the Singaraja-Bedugul road at Gitgit and Wanagiri are reported most rainy seasons`,
      notes: 'Band of 1.5 km along the climbing road.',
    },
    {
      key: 'landslide-busungbiu',
      name: 'Longsor perbukitan Busungbiu',
      hazardType: 'landslide',
      level: 'sedang',
      geometry: around(
        [
          [114.97, -8.235],
          [114.993, -8.262],
          [115.005, -8.283],
          [115.005, -8.31],
          [115.035, -8.285],
        ],
        2,
        outline,
      ),
      source: APPROX,
      notes: null,
    },
    {
      key: 'landslide-munduk-ridge',
      name: 'Longsor punggungan Munduk-Gobleg',
      hazardType: 'landslide',
      level: 'sedang',
      geometry: around(
        [
          [115.085, -8.25],
          [115.065, -8.262],
          [115.048, -8.258],
          [115.035, -8.25],
        ],
        1.2,
        outline,
      ),
      source: APPROX,
      notes: null,
    },
    {
      key: 'landslide-sawan-uplands',
      name: 'Longsor hulu Sawan (Sekumpul, Lemukih, Galungan)',
      hazardType: 'landslide',
      level: 'sedang',
      geometry: around(
        [
          [115.165, -8.175],
          [115.178, -8.182],
          [115.185, -8.2],
        ],
        1.5,
        outline,
      ),
      source: APPROX,
      notes: null,
    },
    {
      key: 'tsunami-coast',
      name: 'Tsunami pesisir utara Buleleng',
      hazardType: 'tsunami',
      level: 'tinggi',
      geometry: band(coast, outline, 1),
      source: `${APPROX}: a 1 km band inland of the OpenStreetMap coastline; Buleleng's risk study rates tsunami high`,
      notes: 'Uniform width: real inundation depends on elevation, which the seed does not have.',
    },
    {
      key: 'abrasion-coast',
      name: 'Gelombang ekstrem dan abrasi pantai',
      hazardType: 'extreme_wave_abrasion',
      level: 'sedang',
      geometry: band(coast, outline, 0.25),
      source: `${APPROX}: a 250 m band inland of the coastline`,
      notes: null,
    },
    {
      key: 'forest-fire-west',
      name: 'Kebakaran hutan dan lahan TN Bali Barat dan perbukitan Gerokgak',
      hazardType: 'forest_fire',
      level: 'tinggi',
      geometry: handDrawn(
        [
          [114.42, -8.08],
          [114.53, -8.08],
          [114.56, -8.165],
          [114.7, -8.18],
          [114.86, -8.215],
          [114.88, -8.3],
          [114.42, -8.3],
          [114.42, -8.08],
        ],
        outline,
      ),
      source: `${APPROX}; West Bali National Park and the dry Gerokgak hills burn most dry seasons; the risk study rates forest fire high`,
      notes: 'The coastal settlement strip is left out roughly.',
    },
    {
      key: 'flash-flood-kalibukbuk',
      name: 'Banjir bandang Kalibukbuk (Lovina)',
      hazardType: 'flash_flood',
      level: 'tinggi',
      geometry: disc([115.026, -8.163], 0.8, outline),
      source: `${APPROX}; flash floods in Feb 2023 (about 40 houses) and again in 2024 (news reports)`,
      notes: null,
    },
    ...riverFloodZones(waterways, coast, outline).map(
      (z): HazardRow => ({
        key: z.key,
        name: z.name
          ? `Rawan banjir ${z.name} (hilir)`
          : 'Rawan banjir sungai dan saluran lain di dataran pantai',
        hazardType: 'flood',
        level: 'sedang',
        geometry: z.geometry,
        source: `${APPROX}: a buffer of OpenStreetMap waterways (© OpenStreetMap contributors, ODbL) by class near the coast`,
        notes: z.notes,
      }),
    ),
    {
      key: 'volcanic-batur-ash',
      name: 'Hujan abu Gunung Batur (hulu Kubutambahan dan Tejakula)',
      hazardType: 'volcanic',
      level: 'sedang',
      geometry: handDrawn(
        [
          [115.22, -8.17],
          [115.3, -8.145],
          [115.46, -8.18],
          [115.47, -8.26],
          [115.22, -8.26],
          [115.22, -8.17],
        ],
        outline,
      ),
      source: `${APPROX}: the uplands on the northern flank of the Batur caldera`,
      notes: null,
    },
    {
      key: 'earthquake-buleleng',
      name: 'Gempa bumi (seluruh kabupaten)',
      hazardType: 'earthquake',
      level: 'sedang',
      geometry: outline,
      source: `${APPROX}; the whole kabupaten, recalling the 1976 Seririt earthquake`,
      notes: null,
    },
  ];
}
