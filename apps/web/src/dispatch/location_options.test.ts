import { catalogues } from '@siaga/i18n';
import { describe, expect, it } from 'vitest';
import { seedGazetteer } from '../testing/seed_gazetteer.ts';
import { desaCodeAt, locationChoices } from './location_options.ts';

const index = seedGazetteer();
const id = (text: string) => locationChoices('id', catalogues.id, text, index);

describe('locationChoices', () => {
  it('offers search results with their desa and kecamatan', () => {
    const { options, message } = id('Desa Mengening');
    expect(message).toBeNull();
    expect(options[0]).toMatchObject({
      kind: 'desa',
      title: 'Mengening',
      secondary: 'Kec. Kubutambahan',
      label: 'Mengening',
      desaCode: '51.08.08.2013',
      fix: false,
    });
    expect(id('Lovina').options[1]).toMatchObject({
      title: 'Lovina',
      secondary: 'Desa Anturan · Kec. Buleleng',
    });
  });

  it('offers typed coordinates as one option naming the desa, in the app’s own decimal comma', () => {
    const { options } = id(`8°9'28.8" LS 115°14'31.2" BT`);
    expect(options).toHaveLength(1);
    expect(options[0]).toMatchObject({
      kind: 'coordinates',
      title: '-8,158; 115,242',
      secondary: 'Desa Mengening · Kec. Kubutambahan',
      label: null,
      desaCode: '51.08.08.2013',
      fix: false,
    });
    expect(id('-8,158; 115,242').options[0]?.title).toBe('-8,158; 115,242');
  });

  it('offers the swapped fix as a choice, with a warning, never as a plain point', () => {
    const { options, message } = id('115.242, -8.158');
    expect(message).toBe(catalogues.id.search.swappedHelp);
    expect(options[0]).toMatchObject({
      fix: true,
      position: [115.242, -8.158],
      title: 'Lintang dan bujur tertukar? Pakai -8,158; 115,242',
    });
  });

  it('refuses points beyond the study area and says where they are', () => {
    const { options, message } = id('-8.65, 115.216');
    expect(options).toEqual([]);
    expect(message).toMatch(
      /^Titik ini di luar wilayah kerja .*Di luar Kabupaten Buleleng \(\d+(,\d)? km dari batas\)\.$/,
    );
    expect(id('-7.9, 115.1').message).toMatch(
      /^Titik ini di luar wilayah kerja \(lebih dari 2 km dari Kabupaten Buleleng\): Di laut, tanpa desa \(\d+(,\d)? km dari pantai\)\.$/,
    );
  });

  it('offers a point just offshore, saying it is at sea, and land beyond the border as outside', () => {
    const { options, message } = id('-8.085, 115.1');
    expect(message).toBeNull();
    expect(options[0]?.secondary).toMatch(/^Di laut, tanpa desa \(\d+ m dari pantai\)$/);
    expect(locationChoices('en', catalogues.en, '-8.085, 115.1', index).options[0]?.secondary).toMatch(
      /^At sea, no village \(\d+ m from the coast\)$/,
    );
    expect(id('-8.65, 115.216').message).toMatch(/: Di luar Kabupaten Buleleng \(/);
  });

  it('explains out-of-range and malformed coordinates, and unknown names', () => {
    expect(id('-95, 115').message).toBe('Lintang harus antara -90 dan 90 (tertulis -95).');
    expect(id('-8.1').message).toBe(catalogues.id.search.problem.count);
    expect(id('Atlantis').message).toBe('Tidak ada desa, tempat, pos, gudang atau jalan bernama "Atlantis".');
    expect(id('   ')).toEqual({ options: [], message: null });
  });

  it('speaks English when asked', () => {
    const { options } = locationChoices('en', catalogues.en, '-8.158, 115.242', index);
    expect(options[0]).toMatchObject({
      title: '-8.158, 115.242',
      secondary: 'Desa Mengening · Kec. Kubutambahan',
    });
  });

  it('names the desa of a map placement', () => {
    expect(desaCodeAt(index, [115.242, -8.158])).toBe('51.08.08.2013');
    expect(desaCodeAt(index, [115.1, -7.9])).toBeNull();
  });
});
