import type { AdminAreaFeature } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { desaFocusData, touchesDesa } from './desa_focus.ts';

const desa = (code: string): AdminAreaFeature =>
  ({
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [115, -8.2],
          [115.01, -8.2],
          [115.01, -8.21],
          [115, -8.2],
        ],
      ],
    },
    properties: { code, name: `Desa ${code}`, level: 'desa', areaKm2: 1 },
  }) as unknown as AdminAreaFeature;

const all = [desa('51.08.01.2001'), desa('51.08.01.2002'), desa('51.08.01.2003')];

describe('desaFocusData', () => {
  it('holds only the hovered and the selected desa, with their state', () => {
    const fc = desaFocusData(
      all,
      { kind: 'desa', id: '51.08.01.2001' },
      { kind: 'desa', id: '51.08.01.2003' },
    );
    expect(fc.features.map((f) => f.properties)).toEqual([
      { code: '51.08.01.2001', state: 'hover' },
      { code: '51.08.01.2003', state: 'selected' },
    ]);
  });

  it('shows a desa both hovered and selected as selected', () => {
    const same = { kind: 'desa', id: '51.08.01.2002' } as const;
    expect(desaFocusData(all, same, same).features.map((f) => f.properties.state)).toEqual(['selected']);
  });

  it('is empty when neither the hover nor the selection is a desa', () => {
    expect(desaFocusData(all, { kind: 'post', id: 'p1' }, null).features).toEqual([]);
  });
});

describe('touchesDesa', () => {
  it('is true when any side of a change is a desa', () => {
    expect(touchesDesa(null, { kind: 'desa', id: 'x' })).toBe(true);
    expect(touchesDesa({ kind: 'post', id: 'p' }, null)).toBe(false);
  });
});
