import { randomUUID } from 'node:crypto';

/** Request bodies for each entity, placed in Buleleng; every call gives new data so tests never share rows. */

let counter = 0;
const next = () => {
  counter += 1;
  return counter;
};

/** A point a little to the east of Singaraja for each `offset` step (about 1.1 km per 0.01). */
export function point(offset = 0): { type: 'Point'; coordinates: [number, number] } {
  return { type: 'Point', coordinates: [115.09 + offset * 0.01, -8.11] };
}

/** A closed square ring of `size` degrees at lon, lat. */
export function square(
  lon: number,
  lat: number,
  size = 0.01,
): { type: 'Polygon'; coordinates: number[][][] } {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  };
}

export function postBody(properties: Record<string, unknown> = {}, geometry: unknown = point()) {
  return {
    type: 'Feature' as const,
    geometry,
    properties: { name: `Pos ${next()}`, kind: 'bpbd_post', status: 'operational', ...properties },
  };
}

export function cacheBody(properties: Record<string, unknown> = {}, geometry: unknown = point()) {
  return { type: 'Feature' as const, geometry, properties: { name: `Gudang ${next()}`, ...properties } };
}

export function itemBody(fields: Record<string, unknown> = {}) {
  return { itemType: 'chainsaw', quantity: 3, quantityAvailable: 2, ...fields };
}

export function hazardZoneBody(
  properties: Record<string, unknown> = {},
  geometry: unknown = square(115.2, -8.2),
) {
  return {
    type: 'Feature' as const,
    geometry,
    properties: { name: `Zona ${next()}`, hazardType: 'landslide', level: 'tinggi', ...properties },
  };
}

export function incidentBody(properties: Record<string, unknown> = {}, geometry: unknown = point()) {
  return {
    type: 'Feature' as const,
    geometry,
    properties: {
      title: `Kejadian ${next()}`,
      incidentType: 'landslide',
      occurredAt: '2023-01-02T19:30:00+08:00',
      ...properties,
    },
  };
}

export function collection<T>(features: T[]) {
  return { type: 'FeatureCollection' as const, features };
}

export const unknownId = () => randomUUID();
