import * as schema from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { formatAreaKm2, formatDate, formatDateTime, formatDuration, formatNumber, plural } from './format.ts';
import { catalogues, fill, LOCALES, placeholdersOf } from './locale.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

/** Every z.enum exported by @siaga/schema, by export name: a new enum there fails this test until translated. */
function schemaEnums(): Array<[string, readonly string[]]> {
  return Object.entries(schema).flatMap(([name, value]) => {
    const options = (value as { options?: unknown }).options;
    const isEnum =
      value !== null &&
      typeof value === 'object' &&
      Array.isArray(options) &&
      options.every((o) => typeof o === 'string') &&
      'enum' in value;
    return isEnum ? [[name, options as string[]]] : [];
  });
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

describe('catalogues', () => {
  it('finds the schema enums it must translate', () => {
    const names = schemaEnums().map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(['PostKind', 'PostStatus', 'HazardType', 'ItemCondition']));
  });

  for (const locale of LOCALES) {
    it(`labels every enum value of @siaga/schema in ${locale}`, () => {
      const enums = catalogues[locale].enums as unknown as Record<string, Record<string, string> | undefined>;
      for (const [name, options] of schemaEnums()) {
        const labels = enums[lowerFirst(name)];
        expect(labels, `catalogue ${locale}.enums.${lowerFirst(name)}`).toBeDefined();
        for (const option of options) {
          expect(labels?.[option], `${locale}.enums.${lowerFirst(name)}.${option}`).toMatch(/\S/);
        }
        expect(Object.keys(labels ?? {}).sort()).toEqual([...options].sort());
      }
    });

    it(`has no empty string in ${locale}`, () => {
      for (const [key, value] of leaves(catalogues[locale] as unknown as Tree)) {
        expect(value.trim(), key).not.toBe('');
      }
    });
  }

  it('uses the same keys and placeholders in English as in Indonesian', () => {
    const source = new Map(leaves(catalogues.id as unknown as Tree));
    const english = new Map(leaves(catalogues.en as unknown as Tree));
    expect([...english.keys()].sort()).toEqual([...source.keys()].sort());
    for (const [key, text] of source) {
      expect(placeholdersOf(english.get(key) ?? ''), key).toEqual(placeholdersOf(text));
    }
  });

  it('translates enum labels rather than copying the source', () => {
    expect(catalogues.id.enums.hazardType.landslide).toBe('Tanah longsor');
    expect(catalogues.en.enums.hazardType.landslide).toBe('Landslide');
    expect(catalogues.id.enums.hazardType.flash_flood).toBe('Banjir bandang');
  });
});

describe('fill', () => {
  it('replaces placeholders and leaves unknown ones visible', () => {
    expect(fill('{n} objek', { n: 12 })).toBe('12 objek');
    expect(fill('{a} dan {b}', { a: 'x' })).toBe('x dan {b}');
  });
});

describe('formatting', () => {
  it('groups thousands per locale', () => {
    expect(formatNumber('id', 791813)).toBe('791.813');
    expect(formatNumber('en', 791813)).toBe('791,813');
    expect(formatNumber('id', 12.345, 2)).toBe('12,35');
  });

  it('keeps each locale and precision apart when the formats are reused', () => {
    expect(formatNumber('id', 12.345, 2)).toBe('12,35');
    expect(formatNumber('id', 12.345)).toBe('12');
    expect(formatNumber('en', 12.345, 1)).toBe('12.3');
    expect(formatNumber('id', 1234.5, 1)).toBe('1.234,5');
  });

  it('shows date-times in WITA whatever the offset given', () => {
    const iso = '2023-01-02T11:30:00Z';
    expect(formatDateTime('id', catalogues.id, iso)).toContain('19.30');
    expect(formatDateTime('id', catalogues.id, iso)).toContain('WITA');
    expect(formatDateTime('en', catalogues.en, iso)).toContain('19:30');
    expect(formatDateTime('en', catalogues.en, '2023-01-02T19:30:00+08:00')).toContain('2 Jan 2023');
  });

  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('id', '2024-01-31')).toBe('31 Januari 2024');
    expect(formatDate('en', '2024-01-31')).toBe('31 January 2024');
  });

  it('chooses plural forms by locale', () => {
    expect(plural('en', catalogues.en.layers.count, 1)).toBe('1 feature');
    expect(plural('en', catalogues.en.layers.count, 1200)).toBe('1,200 features');
    expect(plural('id', catalogues.id.layers.count, 1)).toBe('1 objek');
  });

  it('formats durations and areas', () => {
    expect(formatDuration('id', catalogues.id, 60)).toBe('1 menit');
    expect(formatDuration('id', catalogues.id, 45)).toBe('45 detik');
    expect(formatDuration('en', catalogues.en, 150)).toBe('2 min 30 s');
    expect(formatAreaKm2('id', catalogues.id, 1323.4)).toBe('1.323,4 km²');
    expect(formatAreaKm2('en', catalogues.en, 2.345)).toBe('2.35 km²');
  });
});
