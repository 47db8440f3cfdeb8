import { describe, expect, it } from 'vitest';
import { areaLabelPoint } from '../map/label_point.ts';
import { seedGazetteer } from '../testing/seed_gazetteer.ts';
import { KNOWN_PLACES } from './known_places.ts';
import { searchGazetteer } from './search_gazetteer.ts';

const index = seedGazetteer();

const first = (q: string) => searchGazetteer(index, q)[0];
const summary = (q: string) => {
  const r = first(q);
  return (
    r && {
      kind: r.kind,
      label: r.label,
      desa: r.desa?.properties.name,
      kecamatan: r.kecamatan?.properties.name,
    }
  );
};

describe('searchGazetteer on the demo seed', () => {
  it('finds a desa with and without its prefix, in any case and with accents', () => {
    const mengening = { kind: 'desa', label: 'Mengening', desa: 'Mengening', kecamatan: 'Kubutambahan' };
    for (const q of [
      'Mengening',
      'Desa Mengening',
      'ds. mengening',
      'DESA MENGENING',
      'Méngéning',
      '  mengening ',
    ]) {
      expect(summary(q), q).toEqual(mengening);
    }
  });

  it('finds a kelurahan with "Kelurahan" or "Kel."', () => {
    const banyuasri = { kind: 'kelurahan', label: 'Banyuasri', desa: 'Banyuasri', kecamatan: 'Buleleng' };
    expect(summary('Kelurahan Banyuasri')).toEqual(banyuasri);
    expect(summary('Kel. Banyuasri')).toEqual(banyuasri);
    expect(summary('banyuasri')).toEqual(banyuasri);
  });

  it('forgives small misspellings and typing in progress', () => {
    expect(summary('Mengenig')?.label).toBe('Mengening');
    expect(summary('Mengneing')?.label).toBe('Mengening');
    expect(summary('Desa Mengenig')?.label).toBe('Mengening');
    expect(summary('Banyuasr')?.label).toBe('Banyuasri');
    expect(summary('Celukan Bawang')?.label).toBe('Celukanbawang');
    expect(summary('tinga tinga')?.label).toBe('Tinga-tinga');
  });

  it('knows Singaraja is the kelurahan of Kecamatan Buleleng', () => {
    const results = searchGazetteer(index, 'Singaraja');
    expect(results[0]).toMatchObject({ kind: 'place', label: 'Singaraja' });
    expect(results[0]?.desa?.properties.name).toBe('Kampung Singaraja');
    const places = results.filter((r) => r.kind === 'place');
    expect(places.length).toBeGreaterThan(3);
    for (const r of places) {
      expect(r.kecamatan?.properties.name).toBe('Buleleng');
      expect(r.desa?.properties.isKelurahan ?? r.desa?.properties.code.includes('.1')).toBe(true);
    }
  });

  it('knows Lovina is the beach strip of Kalibukbuk, Anturan and Kaliasem, at their own label points', () => {
    const places = searchGazetteer(index, 'lovina').filter((r) => r.kind === 'place');
    expect(places.map((r) => r.desa?.properties.name)).toEqual(['Kalibukbuk', 'Anturan', 'Kaliasem']);
    expect(places.map((r) => r.kecamatan?.properties.name)).toEqual(['Buleleng', 'Buleleng', 'Banjar']);
    for (const r of places) expect(r.position).toEqual(r.desa && areaLabelPoint(r.desa));
    expect(first('Pantai Lovina')?.label).toBe('Lovina');
  });

  it('maps every known place to desa of the seed, so none is silently dropped', () => {
    for (const place of KNOWN_PLACES) {
      for (const code of place.desaCodes)
        expect(index.desaByCode.has(code), `${place.names[0]} ${code}`).toBe(true);
      expect(first(place.names[0] ?? '')).toMatchObject({ kind: 'place', label: place.names[0] });
    }
  });

  it('finds kecamatan, preferring them when the prefix says so', () => {
    expect(summary('Kecamatan Sawan')).toEqual({
      kind: 'kecamatan',
      label: 'Sawan',
      desa: undefined,
      kecamatan: 'Sawan',
    });
    expect(summary('Kec. Sukasada')?.kind).toBe('kecamatan');
    // Without the prefix the desa of the same name comes first, the kecamatan right after.
    expect(
      searchGazetteer(index, 'Sawan')
        .slice(0, 2)
        .map((r) => r.kind),
    ).toEqual(['desa', 'kecamatan']);
  });

  it('finds posts and caches by name, with their desa', () => {
    const post = first('Pos Damkar Gerokgak');
    expect(post).toMatchObject({ kind: 'post', label: 'Pos Damkar Gerokgak' });
    expect(post?.kecamatan?.properties.name).toBe('Gerokgak');
    expect(first('pos induk damkar')?.label).toBe('Pos Induk Damkar Buleleng');
    const cache = first('Gudang Logistik BPBD');
    expect(cache).toMatchObject({ kind: 'cache', label: 'Gudang Logistik BPBD Buleleng' });
    expect(first('posko banjir kalibukbuk')).toMatchObject({
      kind: 'cache',
      label: 'Posko Banjir Kantor Desa Kalibukbuk',
    });
  });

  it('finds named roads with or without "Jalan" / "Jl.", and names their desa', () => {
    for (const q of ['Jl. Ahmad Yani', 'Jalan Ahmad Yani', 'ahmad yani', 'Jln Ahmad Yani', 'Jl Ahmad Yan']) {
      expect(first(q), q).toMatchObject({ kind: 'road', label: 'Jalan Ahmad Yani' });
    }
    const road = first('Jl. Ahmad Yani');
    expect(road?.kecamatan).not.toBeNull();
    expect(first('Singaraja-Gilimanuk')?.label).toBe('Jalan Raya Singaraja-Gilimanuk');
  });

  it('answers nothing for a blank or one-letter query, or for a name that is nowhere', () => {
    expect(searchGazetteer(index, '')).toEqual([]);
    expect(searchGazetteer(index, 'M')).toEqual([]);
    expect(searchGazetteer(index, 'Kuta Mandalika Xyz')).toEqual([]);
  });

  it('ranks at most the limit, best first', () => {
    const results = searchGazetteer(index, 'jalan desa', 5);
    expect(results).toHaveLength(5);
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
