import { describe, expect, it } from 'vitest';
import { bandLabel, bandOf, formatCell, REPORT_BAND_COLOURS } from './report_tables.ts';

const BANDS = [5, 10, 15, 20, 30, 45, 60];

describe('report bands', () => {
  it('puts a time in the first band whose limit it meets, and unreachable beyond the last', () => {
    expect(bandOf(BANDS, 0)).toBe(0);
    expect(bandOf(BANDS, 15)).toBe(2);
    expect(bandOf(BANDS, 15.1)).toBe(3);
    expect(bandOf(BANDS, 61)).toBe(7);
    expect(bandOf(BANDS, null)).toBe(7);
  });

  it('labels bands in both languages and has a colour for each', () => {
    expect(bandLabel('id', BANDS, 0)).toBe('0–5 mnt');
    expect(bandLabel('en', BANDS, 2)).toBe('10–15 min');
    expect(bandLabel('id', BANDS, 7)).toBe('> 60 mnt');
    expect(REPORT_BAND_COLOURS).toHaveLength(BANDS.length + 1);
  });
});

describe('formatCell', () => {
  it('formats numbers, shares and yes/no in the reader language', () => {
    expect(formatCell('id', 12345, 'int')).toBe('12.345');
    expect(formatCell('en', 12345, 'int')).toBe('12,345');
    expect(formatCell('id', 62.5, 'percent')).toBe('62,5 %');
    expect(formatCell('id', true, 'bool')).toBe('ya');
    expect(formatCell('en', false, 'bool')).toBe('no');
    expect(formatCell('id', null, 'decimal')).toBe('—');
    expect(formatCell('id', 'Gerokgak', 'text')).toBe('Gerokgak');
  });
});
