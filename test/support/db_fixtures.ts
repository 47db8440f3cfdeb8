import { randomUUID } from 'node:crypto';
import { type Actor, systemActor } from '@siaga/db';
import {
  AdminAreaCreate,
  type BBox,
  CacheCreate,
  HazardZoneCreate,
  IncidentCreate,
  PostCreate,
  RoadCreate,
} from '@siaga/schema';

/** The actor of writes a test makes directly through the repositories. */
export const testActor: Actor = systemActor('system', 'test');

let regions = 0;

/**
 * A square of the map no other test in the file uses (0.2° apart along the equator, far from Bali), so list
 * and bbox assertions in a shared database see only the test's own rows.
 */
export function freshRegion(): { lon: number; lat: number; bbox: BBox } {
  const lon = 20 + 0.2 * regions++;
  const lat = 0;
  return { lon, lat, bbox: [lon - 0.04, lat - 0.04, lon + 0.04, lat + 0.04] };
}

export function postInput(
  name: string,
  [lon, lat]: [number, number],
  properties: Record<string, unknown> = {},
) {
  return PostCreate.parse({
    type: 'Feature',
    id: randomUUID(),
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name, kind: 'fire_station', status: 'operational', ...properties },
  });
}

export function cacheInput(
  name: string,
  [lon, lat]: [number, number],
  items: Record<string, unknown>[] = [],
  properties: Record<string, unknown> = {},
) {
  return CacheCreate.parse({
    type: 'Feature',
    id: randomUUID(),
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name, items, ...properties },
  });
}

/** An axis-aligned square ring of side `size` degrees with its south-west corner at (lon, lat). */
export function square(lon: number, lat: number, size: number): [number, number][] {
  return [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
}

export function hazardInput(name: string, rings: number[][][], properties: Record<string, unknown> = {}) {
  return HazardZoneCreate.parse({
    type: 'Feature',
    id: randomUUID(),
    geometry: { type: 'Polygon', coordinates: rings },
    properties: { name, hazardType: 'landslide', level: 'tinggi', ...properties },
  });
}

export function incidentInput(
  title: string,
  [lon, lat]: [number, number],
  properties: Record<string, unknown> = {},
) {
  return IncidentCreate.parse({
    type: 'Feature',
    id: randomUUID(),
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { title, incidentType: 'landslide', occurredAt: '2023-01-02T19:30:00+08:00', ...properties },
  });
}

export function roadInput(
  sourceId: string,
  coordinates: number[][],
  properties: Record<string, unknown> = {},
) {
  return RoadCreate.parse({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates },
    properties: { sourceId, roadClass: 'secondary', ...properties },
  });
}

export function adminAreaInput(
  code: string,
  level: 'kabupaten' | 'kecamatan' | 'desa',
  rings: number[][][],
  properties: Record<string, unknown> = {},
) {
  return AdminAreaCreate.parse({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: rings },
    properties: { code, level, name: `Area ${code}`, ...properties },
  });
}

/** Great-circle distance in metres on a sphere of the WGS84 mean radius. */
export function haversineM([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(a));
}
