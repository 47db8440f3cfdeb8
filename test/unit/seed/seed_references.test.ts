import { booleanPointInPolygon } from '@turf/turf';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { adminAreas, readSeed } from './load_seed.ts';

const desa = adminAreas().filter((f) => f.properties.level === 'desa');
const posts = readSeed<Point>('posts').features;

describe('seed references', () => {
  it('every cache.postId refers to a post', () => {
    const ids = new Set(posts.map((p) => p.id));
    const caches = readSeed<Point>('caches').features;
    expect(caches.filter((c) => c.properties?.postId === null).length).toBeGreaterThanOrEqual(2);
    for (const c of caches) {
      const postId = c.properties?.postId;
      if (postId !== null) expect(ids.has(postId), c.properties?.name).toBe(true);
    }
  });

  it('every desaCode exists and the point lies in that desa', () => {
    const byCode = new Map(desa.map((d) => [d.properties.code, d]));
    for (const file of ['posts', 'caches'] as const) {
      for (const f of readSeed<Point>(file).features) {
        const d = byCode.get(f.properties?.desaCode);
        expect(d, `${file} ${f.properties?.desaCode}`).toBeDefined();
        if (d) expect(booleanPointInPolygon(f, d)).toBe(true);
      }
    }
  });

  it('fire engines stand only at fire stations', () => {
    const kindById = new Map(posts.map((p) => [p.id, p.properties?.kind]));
    for (const c of readSeed<Point>('caches').features) {
      const items = c.properties?.items as { itemType: string }[];
      if (items.some((i) => i.itemType === 'fire_engine')) {
        expect(kindById.get(c.properties?.postId), c.properties?.name).toBe('fire_station');
      }
    }
  });

  it('has the 9 operational Damkar posts of March 2025 plus the BPBD office', () => {
    const operational = posts.filter((p) => p.properties?.status === 'operational');
    expect(operational.filter((p) => p.properties?.kind === 'fire_station')).toHaveLength(9);
    expect(operational.filter((p) => p.properties?.kind === 'bpbd_post')).toHaveLength(1);
    expect(posts.every((p) => p.properties?.locationApprox === true)).toBe(true);
  });

  it('places every incident in a desa (the server derives it), the Mengening ones in Desa Mengening', () => {
    const incidents = readSeed<Point>('incidents').features;
    for (const i of incidents)
      expect(
        desa.some((d) => booleanPointInPolygon(i, d)),
        i.properties?.title,
      ).toBe(true);
    const mengening = incidents.filter((i) => String(i.properties?.title).includes('Mengening'));
    const desaMengening = desa.find((d) => d.properties.code === '51.08.08.2013');
    expect(mengening).toHaveLength(3);
    for (const i of mengening) expect(desaMengening && booleanPointInPolygon(i, desaMengening)).toBe(true);
  });

  it('gives every operational post its units, and units only to operational posts', () => {
    const units = readSeed<null>('units').features;
    const operational = new Set(posts.filter((p) => p.properties?.status === 'operational').map((p) => p.id));
    expect(new Set(units.map((u) => u.properties?.postId))).toEqual(operational);
    expect(new Set(units.map((u) => u.properties?.callSign)).size).toBe(units.length);
  });
});
