import { describe, expect, it } from 'vitest';
import { demoSeed } from '../testing/demo_seed.ts';
import { area } from '../testing/fixtures.ts';
import { seedBasemap } from '../testing/seed_gazetteer.ts';
import { adminIndex, locatePoint } from './locate_point.ts';
import { placeable, readCoordinates } from './read_coordinates.ts';

const seed = demoSeed();
const level = (l: string) => seed.adminAreas.filter((a) => a.properties.level === l);
const index = adminIndex(level('desa'), level('kecamatan'), level('kabupaten'));

function named(text: string) {
  const r = readCoordinates(text, index);
  if (r.kind === 'text' || r.kind === 'range' || r.kind === 'invalid' || r.where.kind !== 'desa') return r;
  return { kind: r.kind, desa: r.where.desa.properties.name, kecamatan: r.where.kecamatan?.properties.name };
}

describe('readCoordinates on the demo seed', () => {
  it('names the desa and kecamatan of every typed form', () => {
    const mengening = { kind: 'point', desa: 'Mengening', kecamatan: 'Kubutambahan' };
    for (const text of [
      '-8.158, 115.242',
      '-8,158; 115,242',
      '8.158 S 115.242 E',
      `8°9'28.8" LS 115°14'31.2" BT`,
    ]) {
      expect(named(text), text).toEqual(mengening);
    }
  });

  it('offers the fix for swapped latitude and longitude, located', () => {
    expect(named('115.242, -8.158')).toEqual({
      kind: 'swapped',
      desa: 'Mengening',
      kecamatan: 'Kubutambahan',
    });
  });

  it('offers the minus sign when it was left out and the mirrored point is in a desa', () => {
    const r = readCoordinates('8.158, 115.242', index);
    expect(r).toMatchObject({ kind: 'sign', typed: [115.242, 8.158], fix: [115.242, -8.158] });
  });

  it('says when a point is outside every desa, how far from the kabupaten, and whether it can be placed', () => {
    const sea = locatePoint(index, [115.1, -7.9]);
    expect(sea).toMatchObject({ kind: 'outside', inStudyArea: false, areaNames: ['Buleleng'] });
    const offshore = locatePoint(index, [115.1, -8.085]);
    expect(offshore.kind).toBe('outside');
    if (offshore.kind === 'outside') expect(offshore.distanceM).toBeLessThan(2_000);
    expect(placeable(offshore)).toBe(true);
    // Denpasar, far south of the kabupaten's border.
    const denpasar = locatePoint(index, [115.216, -8.65]);
    expect(denpasar).toMatchObject({ kind: 'outside', inStudyArea: false });
    expect(placeable(denpasar)).toBe(false);
    expect(readCoordinates('-8.65, 115.216', index)).toMatchObject({
      kind: 'point',
      where: { kind: 'outside' },
    });
  });

  it('passes range and format problems through, and leaves names to the search', () => {
    expect(readCoordinates('-95, 115', index)).toEqual({ kind: 'range', axis: 'latitude', value: -95 });
    expect(readCoordinates('-8.1', index)).toEqual({ kind: 'invalid', problem: 'count' });
    expect(readCoordinates('Mengening', index)).toEqual({ kind: 'text' });
  });

  it('cannot say where a point lies before the areas load, and does not refuse it', () => {
    const empty = adminIndex([], [], []);
    expect(readCoordinates('-8.158, 115.242', empty)).toEqual({
      kind: 'point',
      position: [115.242, -8.158],
      where: { kind: 'unknown' },
    });
  });

  it('counts a point inside the kabupaten but in no loaded desa as in the study area', () => {
    const only = adminIndex([], [], [area('kabupaten', '51.08', 'Buleleng')]);
    expect(locatePoint(only, [115.25, -8.15])).toEqual({
      kind: 'outside',
      distanceM: 0,
      inStudyArea: true,
      areaNames: ['Buleleng'],
    });
  });

  it('holds points to the roads when no kabupaten is loaded, as the API does', () => {
    // The API's road graph extent (/api/network bbox), as the web app loads it.
    const roadsOnly = adminIndex([], [], [], [1.5, 42.5, 1.6, 42.55]);
    expect(locatePoint(roadsOnly, [1.55, 42.52])).toMatchObject({ kind: 'outside', inStudyArea: true });
    expect(locatePoint(roadsOnly, [115.25, -8.15])).toMatchObject({ kind: 'outside', inStudyArea: false });
  });
});

describe('locatePoint with the basemap’s stored land', () => {
  const withLand = adminIndex(level('desa'), level('kecamatan'), level('kabupaten'), null, seedBasemap());

  it('calls a point outside the kabupaten and all stored land sea, with the distance to the nearest coast', () => {
    const bay = locatePoint(withLand, [115.1, -7.9]);
    expect(bay).toMatchObject({ kind: 'sea', inStudyArea: false, areaNames: ['Buleleng'] });
    if (bay.kind === 'sea') expect(bay.distanceM).toBeGreaterThan(15_000);
    const offshore = locatePoint(withLand, [115.1, -8.085]);
    expect(offshore).toMatchObject({ kind: 'sea', inStudyArea: true });
    if (offshore.kind === 'sea') expect(offshore.distanceM).toBeLessThan(2_000);
    expect(placeable(offshore)).toBe(true);
    // The Bali Strait, between Java and Bali's west tip: no kabupaten's north coast to guess from.
    expect(locatePoint(withLand, [114.4, -8.2])).toMatchObject({ kind: 'sea' });
    // The Indian Ocean south of the Bukit peninsula, and the peninsula itself (land, far outside).
    expect(locatePoint(withLand, [115.15, -8.95])).toMatchObject({ kind: 'sea' });
    expect(locatePoint(withLand, [115.15, -8.8])).toMatchObject({ kind: 'outside', inStudyArea: false });
  });

  it('says land outside the kabupaten is outside it, near or far', () => {
    expect(locatePoint(withLand, [115.216, -8.65])).toMatchObject({ kind: 'outside', inStudyArea: false });
    // Just south of the kabupaten's southern border, in the hills.
    const border = locatePoint(withLand, [115.1, -8.37]);
    expect(border).toMatchObject({ kind: 'outside' });
  });

  it('still names the desa of a point on land, and says nothing of sea without stored land', () => {
    expect(locatePoint(withLand, [115.242, -8.158])).toMatchObject({ kind: 'desa' });
    expect(locatePoint(index, [115.1, -7.9])).toMatchObject({ kind: 'outside' });
  });
});
