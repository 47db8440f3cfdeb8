import { describe, expect, it } from 'vitest';
import { area, cache, hazardZone, incident, post, road } from '../testing/fixtures.ts';
import { changedDatasets, sourceDataOf } from './source_data.ts';

describe('sourceDataOf', () => {
  it('gives posts an icon per kind and status and keeps only what the style reads', () => {
    const out = sourceDataOf('posts', [post({ kind: 'combined_post', status: 'proposed' })]);
    const f = out.posts?.features[0];
    expect(f?.properties).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Pos Induk Damkar Buleleng',
      kind: 'combined_post',
      status: 'proposed',
      icon: 'post-combined_post-proposed',
    });
    expect(f?.geometry).toEqual({ type: 'Point', coordinates: [115.1045, -8.1248] });
  });

  it('keeps a cache item list out of the map and counts it instead', () => {
    const props = sourceDataOf('caches', [cache()]).caches?.features[0]?.properties;
    expect(props?.itemCount).toBe(1);
    expect(props).not.toHaveProperty('items');
  });

  it('feeds desa polygons and a label point per desa', () => {
    const out = sourceDataOf('desa', [area('desa', '51.08.08.2013', 'Mengening')]);
    expect(out.desa?.features).toHaveLength(1);
    // The smaller area wins a click or hover over overlapping areas (rankHits): a desa needs its area.
    expect(out.desa?.features[0]?.properties).toHaveProperty('areaKm2');
    const label = out['desa-labels']?.features[0];
    expect(label?.geometry.type).toBe('Point');
    expect(label?.properties).toEqual({ code: '51.08.08.2013', name: 'Mengening', population: null });
  });

  it('ranks roads and labels them by name, else by ref', () => {
    const named = sourceDataOf('roads', [road()]).roads?.features[0]?.properties;
    expect(named).toMatchObject({ rank: 1, label: 'Jalan Raya Singaraja-Gilimanuk' });
    const ref = sourceDataOf('roads', [road({ roadClass: 'track', name: null, ref: 'P12' })]).roads
      ?.features[0];
    expect(ref?.properties).toMatchObject({ rank: 8, label: 'P12' });
  });

  it('passes hazard type and level and incident icons', () => {
    expect(sourceDataOf('hazardZones', [hazardZone()]).hazardZones?.features[0]?.properties).toMatchObject({
      hazardType: 'landslide',
      level: 'tinggi',
    });
    expect(sourceDataOf('incidents', [incident()]).incidents?.features[0]?.properties.icon).toBe(
      'incident-resolved',
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze([Object.freeze(post())]);
    const before = JSON.stringify(input);
    sourceDataOf('posts', input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('changedDatasets', () => {
  it('reports only datasets whose array was replaced', () => {
    const posts = [post()];
    const roads = [road()];
    const prev = { posts, roads };
    const changed = changedDatasets(prev, { ...emptyAll(), posts, roads });
    expect(changed).not.toContain('posts');
    expect(changed).not.toContain('roads');
    expect(changed).toHaveLength(8);
    expect(changedDatasets(prev, { ...emptyAll(), posts: [post()], roads })).toContain('posts');
    expect(changedDatasets(prev, { ...emptyAll(), posts: [post()], roads })).not.toContain('roads');
  });

  it('reports everything on the first sync', () => {
    expect(changedDatasets({}, emptyAll()).sort()).toEqual(Object.keys(emptyAll()).sort());
  });
});

function emptyAll() {
  const none: never[] = [];
  return {
    incidents: none,
    closures: none,
    posts: none,
    caches: none,
    hazardZones: none,
    roads: none,
    desa: none,
    kecamatan: none,
    kabupaten: none,
    water: none,
  };
}
