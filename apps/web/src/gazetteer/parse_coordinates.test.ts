import { describe, expect, it } from 'vitest';
import { type ParsedCoordinates, parseCoordinates } from './parse_coordinates.ts';

/** 8°10'16" and 115°10'44" in decimal degrees. */
const LAT = -(8 + 10 / 60 + 16 / 3600);
const LON = 115 + 10 / 60 + 44 / 3600;

function position(text: string): [number, number] {
  const r = parseCoordinates(text);
  if (r.kind !== 'point') throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.position;
}

function expectNear(text: string, lon: number, lat: number) {
  const [x, y] = position(text);
  expect(x, text).toBeCloseTo(lon, 6);
  expect(y, text).toBeCloseTo(lat, 6);
}

describe('parseCoordinates: the forms people type', () => {
  it('reads decimal degrees, latitude first, with any separator', () => {
    for (const text of [
      '-8.1712, 115.1790',
      '-8.1712 115.1790',
      '  -8.1712,115.1790 ',
      '-8.1712; 115.1790',
      '-8.1712/115.1790',
    ]) {
      expect(position(text), text).toEqual([115.179, -8.1712]);
    }
  });

  it('reads the decimal comma the app itself displays', () => {
    expect(position('-8,1712; 115,1790')).toEqual([115.179, -8.1712]);
    expect(position('-8,1712 115,1790')).toEqual([115.179, -8.1712]);
    expect(position('-8,1712, 115,1790')).toEqual([115.179, -8.1712]);
    expect(position('-8,115')).toEqual([115, -8]);
  });

  it('reads degrees-minutes-seconds with straight, curly and doubled quotes, with or without spaces', () => {
    for (const text of [
      `8°10'16"S 115°10'44"E`,
      '8°10’16”S 115°10’44”E',
      `8° 10' 16" S, 115° 10' 44" E`,
      `8°10'16''S 115°10'44''E`,
      `8º10′16″S 115º10′44″E`,
      '8 10 16 S 115 10 44 E',
      `S 8°10'16" E 115°10'44"`,
      `-8°10'16" 115°10'44"`,
      '-8 10 16 115 10 44',
      `8°10'16"s 115°10'44"e`,
    ]) {
      expectNear(text, LON, LAT);
    }
  });

  it('reads the Indonesian LS/BT and LU/BB letters', () => {
    expectNear(`8°10'16" LS 115°10'44" BT`, LON, LAT);
    expectNear(`8°10'16"LS 115°10'44"BT`, LON, LAT);
    expectNear('8.1712 LS 115.1790 BT', 115.179, -8.1712);
    expectNear('1.5 LU 100.25 BB', -100.25, 1.5);
    expectNear('8 derajat LS 115 derajat BT', 115, -8);
  });

  it('reads hemisphere letters after or before decimal degrees, in either order when lettered', () => {
    expectNear('8.1712 S 115.1790 E', 115.179, -8.1712);
    expectNear('8.1712S 115.1790E', 115.179, -8.1712);
    expectNear('S 8.1712 E 115.1790', 115.179, -8.1712);
    expectNear('115.1790 E 8.1712 S', 115.179, -8.1712);
    expectNear('-8.1712 S, 115.1790 E', 115.179, -8.1712);
  });

  it('reads degrees and decimal minutes', () => {
    expectNear(`8°10.27'S 115°10.74'E`, 115 + 10.74 / 60, -(8 + 10.27 / 60));
    expectNear('8 10,27 LS 115 10,74 BT', 115 + 10.74 / 60, -(8 + 10.27 / 60));
  });
});

describe('parseCoordinates: what is not a point', () => {
  it('leaves names to the search', () => {
    for (const text of ['Mengening', 'Desa Mengening', 'Jalan 17 Agustus', 'Pos II Damkar', '']) {
      expect(parseCoordinates(text), text).toEqual({ kind: 'text' });
    }
  });

  it('offers the fix for swapped latitude and longitude instead of applying it', () => {
    expect(parseCoordinates('115.179, -8.171')).toEqual({
      kind: 'swapped',
      typed: [115.179, -8.171],
      fix: [115.179, -8.171],
    });
    expect(parseCoordinates('115,179; -8,171')).toMatchObject({ kind: 'swapped', fix: [115.179, -8.171] });
  });

  it('refuses values out of range with the axis', () => {
    expect(parseCoordinates('-95, 115')).toEqual({ kind: 'range', axis: 'latitude', value: -95 });
    expect(parseCoordinates('-8, 195')).toEqual({ kind: 'range', axis: 'longitude', value: 195 });
    expect(parseCoordinates('120, 200')).toEqual({ kind: 'range', axis: 'latitude', value: 120 });
    expect(parseCoordinates('95 S 115 E')).toEqual({ kind: 'range', axis: 'latitude', value: -95 });
  });

  it('names what is wrong with malformed coordinates', () => {
    const cases: Array<[string, ParsedCoordinates]> = [
      ['-8.1712', { kind: 'invalid', problem: 'count' }],
      ['-8.1 115.2 7.3', { kind: 'invalid', problem: 'count' }],
      [`8°75'16"S 115°10'44"E`, { kind: 'invalid', problem: 'minutes' }],
      [`8°10'61"S 115°10'44"E`, { kind: 'invalid', problem: 'minutes' }],
      ['8.5 10 S 115 10 E', { kind: 'invalid', problem: 'count' }],
      ['8.17 S 8.20 S', { kind: 'invalid', problem: 'axes' }],
      ['115 E 116 BT', { kind: 'invalid', problem: 'axes' }],
      ['-8.17 N 115.17 E', { kind: 'invalid', problem: 'sign' }],
      ['8.17 Q 115', { kind: 'invalid', problem: 'format' }],
      ['- , 115', { kind: 'invalid', problem: 'format' }],
      [`8°10'16' S 115°10'44" E`, { kind: 'invalid', problem: 'minutes' }],
    ];
    for (const [text, expected] of cases) expect(parseCoordinates(text), text).toEqual(expected);
  });
});
