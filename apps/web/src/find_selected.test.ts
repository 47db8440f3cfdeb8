import { describe, expect, it } from 'vitest';
import type { DatasetFeatures } from './datasets.ts';
import { findSelected } from './find_selected.ts';
import { area, cache, hazardZone, incident, post } from './testing/fixtures.ts';

function features(): DatasetFeatures {
  return {
    incidents: [incident()],
    closures: [],
    posts: [post()],
    caches: [cache()],
    hazardZones: [hazardZone()],
    roads: [],
    desa: [
      area('desa', '51.08.06.1011', 'Kampung Baru', { parentCode: '51.08.06' }),
      area('desa', '51.08.08.2013', 'Mengening'),
    ],
    kecamatan: [area('kecamatan', '51.08.06', 'Buleleng'), area('kecamatan', '51.08.08', 'Kubutambahan')],
    kabupaten: [],
    water: [],
  };
}

describe('findSelected', () => {
  it('finds a post with its desa and kecamatan', () => {
    const r = findSelected(features(), { kind: 'post', id: '00000000-0000-4000-8000-000000000001' });
    expect(r?.kind).toBe('post');
    expect(r && 'place' in r && r.place.desa?.properties.name).toBe('Kampung Baru');
    expect(r && 'place' in r && r.place.kecamatan?.properties.name).toBe('Buleleng');
  });

  it('finds the kecamatan of a desa from its code when parentCode is missing', () => {
    const r = findSelected(features(), { kind: 'desa', id: '51.08.08.2013' });
    expect(r?.kind === 'desa' && r.kecamatan?.properties.name).toBe('Kubutambahan');
  });

  it('links a cache to its post', () => {
    const r = findSelected(features(), { kind: 'cache', id: '00000000-0000-4000-8000-000000000011' });
    expect(r?.kind === 'cache' && r.post?.properties.name).toBe('Pos Induk Damkar Buleleng');
  });

  it('finds hazard zones and incidents, and answers null for an unknown id', () => {
    expect(
      findSelected(features(), { kind: 'hazardZone', id: '00000000-0000-4000-8000-000000000031' })?.kind,
    ).toBe('hazardZone');
    expect(
      findSelected(features(), { kind: 'incident', id: '00000000-0000-4000-8000-000000000041' })?.kind,
    ).toBe('incident');
    expect(findSelected(features(), { kind: 'post', id: 'nope' })).toBeNull();
  });
});
