import { describe, expect, it } from 'vitest';
import { area } from '../testing/fixtures.ts';
import { desaOptions, findDesa } from './desa_search.ts';

const kecamatan = [area('kecamatan', '51.08.01', 'Gerokgak'), area('kecamatan', '51.08.07', 'Kubutambahan')];
const desa = [
  area('desa', '51.08.07.2001', 'Tamblang', { parentCode: '51.08.07' }),
  area('desa', '51.08.01.2001', 'Sumberkima', { parentCode: '51.08.01' }),
  area('desa', '51.08.01.2002', 'Sumberklampok', { parentCode: '51.08.01' }),
  area('desa', '51.08.07.2002', 'Bengkala', { parentCode: '51.08.07' }),
  area('desa', '51.08.99.2001', 'Bengkala', { parentCode: '51.08.99' }),
];
const options = desaOptions(desa, kecamatan);

describe('desa search', () => {
  it('labels each desa with its kecamatan (or its code when unknown), sorted', () => {
    expect(options.map((o) => o.label)).toEqual([
      'Bengkala (51.08.99)',
      'Bengkala (Kubutambahan)',
      'Sumberkima (Gerokgak)',
      'Sumberklampok (Gerokgak)',
      'Tamblang (Kubutambahan)',
    ]);
  });

  it('prefers the full label, then the bare name, then a label that begins with the text', () => {
    expect(findDesa(options, ' bengkala (kubutambahan) ')?.feature.properties.code).toBe('51.08.07.2002');
    expect(findDesa(options, 'TAMBLANG')?.label).toBe('Tamblang (Kubutambahan)');
    expect(findDesa(options, 'sumberk')?.label).toBe('Sumberkima (Gerokgak)');
  });

  it('finds nothing for empty or unknown text', () => {
    expect(findDesa(options, '   ')).toBeNull();
    expect(findDesa(options, 'Singaraja')).toBeNull();
    expect(findDesa([], 'Tamblang')).toBeNull();
  });
});
