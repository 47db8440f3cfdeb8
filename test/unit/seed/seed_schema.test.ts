import { readGeoJsonRoads } from '@siaga/geo';
import {
  AdminAreaCreate,
  CacheCreate,
  HazardZoneCreate,
  IncidentCreate,
  PostCreate,
  RoadCreate,
} from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { readSeed, type SeedFile } from './load_seed.ts';

const CASES: [SeedFile, z.ZodType][] = [
  ['admin_areas', AdminAreaCreate],
  ['posts', PostCreate],
  ['caches', CacheCreate],
  ['hazard_zones', HazardZoneCreate],
  ['incidents', IncidentCreate],
];

describe('seed files parse with their Create schemas', () => {
  it.each(CASES)('%s', (file, schema) => {
    const fc = readSeed(file);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      const r = schema.safeParse(f);
      expect(r.success, `${file} ${JSON.stringify(f.properties).slice(0, 80)}: ${r.error?.message}`).toBe(
        true,
      );
    }
  });

  it('every road is kept by the OSM tag reader and parses as RoadCreate', () => {
    const fc = readSeed('roads');
    const { roads, summary } = readGeoJsonRoads(fc as Parameters<typeof readGeoJsonRoads>[0]);
    expect(summary.skipped).toEqual({});
    expect(roads).toHaveLength(fc.features.length);
    for (const r of roads) {
      expect(r.properties.sourceId).toMatch(/^seed:[a-z0-9-]+$/);
      const parsed = RoadCreate.safeParse({
        type: 'Feature',
        geometry: r.geometry,
        properties: r.properties,
      });
      expect(parsed.success, parsed.error?.message).toBe(true);
    }
  });

  it('road @ids and feature ids are unique', () => {
    const ids = readSeed('roads').features.map((f) => f.properties?.['@id']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const file of ['posts', 'caches', 'hazard_zones', 'incidents'] as const) {
      const fids = readSeed(file).features.map((f) => f.id);
      expect(fids.every((id) => typeof id === 'string')).toBe(true);
      expect(new Set(fids).size).toBe(fids.length);
    }
  });

  it('coordinates are rounded to 5 decimals and the files stay small', () => {
    for (const file of ['admin_areas', 'roads', 'hazard_zones', 'desa_points'] as const) {
      const text = JSON.stringify(readSeed(file));
      expect(text).not.toMatch(/\d\.\d{6,}/);
    }
  });
});
