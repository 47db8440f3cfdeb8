import { describe, expect, it } from 'vitest';
import { hazardLevelOf, hazardTypeOf } from '../../packages/db/src/imports/hazard_classes.ts';
import { split } from '../../packages/db/src/imports/plan_population.ts';
import { bpsCode, count, kemendagriCode } from '../../packages/db/src/imports/spreadsheet_values.ts';

describe('what a spreadsheet does to codes and counts', () => {
  it('reads Kemendagri codes with or without dots, as numbers, and refuses lost digits', () => {
    expect(kemendagriCode('51.08.08.2013')).toEqual({ value: '51.08.08.2013' });
    expect(kemendagriCode('5108082013')).toMatchObject({ value: '51.08.08.2013' });
    expect(kemendagriCode('5108082013.0')).toMatchObject({ value: '51.08.08.2013' });
    expect(kemendagriCode('5.108082013E+09')).toMatchObject({ value: '51.08.08.2013' });
    expect(kemendagriCode('510808')).toMatchObject({ value: '51.08.08' });
    expect(kemendagriCode('5.10808E+09')).toMatchObject({
      error: expect.stringMatching(/last digits are lost/),
    });
    expect(kemendagriCode('5108010001')).toMatchObject({
      error: expect.stringMatching(/not a Kemendagri code/),
    });
    expect(kemendagriCode('Gerokgak')).toMatchObject({ error: expect.any(String) });
  });

  it('reads BPS codes of 4, 7 and 10 digits', () => {
    expect(bpsCode('5108010')).toEqual({ value: '5108010' });
    expect(bpsCode('5108010001.0')).toMatchObject({ value: '5108010001' });
    expect(bpsCode('51080')).toMatchObject({ error: expect.any(String) });
  });

  it('reads counts with Indonesian and English thousands separators', () => {
    expect(count('12345')).toEqual({ value: 12345 });
    expect(count('12.345')).toMatchObject({ value: 12345, repaired: expect.any(String) });
    expect(count('1.234.567')).toMatchObject({ value: 1234567 });
    expect(count('12,345')).toMatchObject({ value: 12345 });
    expect(count('12 345')).toMatchObject({ value: 12345 });
    expect(count('12345.0')).toMatchObject({ value: 12345 });
    for (const bad of ['', '-', '12,5', '-3', '1.23', 'abc']) expect(count(bad)).toHaveProperty('error');
  });
});

describe('split', () => {
  it('splits by weight with exact sums (largest remainder)', () => {
    expect(split(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(split(103615, [7396, 7396, 5000])).toEqual([38720, 38719, 26176]);
    expect(split(5, [0, 0])).toEqual([3, 2]);
    expect(split(0, [3, 4])).toEqual([0, 0]);
  });
});

describe('InaRISK classes and hazard types', () => {
  it('reads classes in words, numbers and English', () => {
    expect(['Rendah', '1', 1, 'low', 'Kelas Rendah'].map((v) => hazardLevelOf(v))).toEqual(
      Array(5).fill({ value: 'rendah' }),
    );
    expect(hazardLevelOf('2.0')).toEqual({ value: 'sedang' });
    expect(hazardLevelOf('moderate')).toEqual({ value: 'sedang' });
    expect(hazardLevelOf('HIGH')).toEqual({ value: 'tinggi' });
    expect(hazardLevelOf('Sangat Tinggi')).toMatchObject({ value: 'tinggi', repaired: expect.any(String) });
    expect(hazardLevelOf('5')).toHaveProperty('error');
  });

  it('reads hazard types in Bahasa Indonesia and English', () => {
    expect(hazardTypeOf('Banjir Bandang')).toEqual({ value: 'flash_flood' });
    expect(hazardTypeOf('BANJIR')).toEqual({ value: 'flood' });
    expect(hazardTypeOf('Tanah Longsor')).toEqual({ value: 'landslide' });
    expect(hazardTypeOf('gempa bumi')).toEqual({ value: 'earthquake' });
    expect(hazardTypeOf('forest_fire')).toEqual({ value: 'forest_fire' });
    expect(hazardTypeOf('angin')).toHaveProperty('error');
  });
});
