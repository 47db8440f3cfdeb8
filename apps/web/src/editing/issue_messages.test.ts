import { type Catalogue, en, id } from '@siaga/i18n';
import {
  CacheItemProperties,
  HazardZoneCreate,
  PostCreate,
  PostProperties,
  StockOperation,
} from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldErrors, fieldOf, validate } from './issue_messages.ts';

const post = {
  name: 'Pos Damkar Seririt',
  kind: 'fire_station',
  status: 'operational',
  address: null,
  staff: 8,
  vehicles: 1,
  turnoutSeconds: 120,
  source: null,
  notes: null,
};

/** The messages of a value the schema refuses. */
function errorsOf(schema: z.ZodType, value: unknown, t: Catalogue = id) {
  const r = validate(t, schema, value);
  if (r.ok) throw new Error('expected issues');
  return r.errors;
}

describe('zod issues of the shared schemas as the user’s messages', () => {
  it('an empty name is required, a too-long one says the limit', () => {
    expect(errorsOf(PostProperties, { ...post, name: '' })).toEqual({ name: 'Wajib diisi' });
    expect(errorsOf(PostProperties, { ...post, name: 'x'.repeat(201) })).toEqual({
      name: 'Maksimal 200 karakter',
    });
    expect(errorsOf(PostProperties, { ...post, name: '' }, en)).toEqual({ name: 'Required' });
  });

  it('numbers: not a number, not whole, out of range', () => {
    expect(errorsOf(PostProperties, { ...post, staff: Number.NaN })).toEqual({ staff: 'Isi dengan angka' });
    expect(errorsOf(PostProperties, { ...post, vehicles: 1.5 })).toEqual({
      vehicles: 'Isi dengan bilangan bulat',
    });
    expect(errorsOf(PostProperties, { ...post, staff: -1 })).toEqual({ staff: 'Minimal 0' });
    expect(errorsOf(PostProperties, { ...post, turnoutSeconds: 4000 })).toEqual({
      turnoutSeconds: 'Maksimal 3600',
    });
  });

  it('a bad date and an enum value outside the list', () => {
    const item = { itemType: 'tent', quantity: 3, quantityAvailable: 3, lastInspected: '20-11-2026' };
    expect(errorsOf(CacheItemProperties, item)).toEqual({
      lastInspected: 'Tanggal tidak valid (TTTT-BB-HH)',
    });
    expect(errorsOf(PostProperties, { ...post, kind: 'castle' })).toEqual({ kind: 'Pilih salah satu' });
  });

  it('the refinements are known by where they point', () => {
    const item = { itemType: 'tent', quantity: 3, quantityAvailable: 5 };
    expect(errorsOf(CacheItemProperties, item)).toEqual({
      quantityAvailable: 'Siap pakai tidak boleh melebihi jumlah',
    });
    const move = {
      kind: 'move',
      fromCacheId: 'a',
      toCacheId: 'a',
      itemType: 'tent',
      quantity: 1,
      reason: 'x',
    };
    const r = StockOperation.safeParse({
      ...move,
      fromCacheId: '00000000-0000-4000-8000-000000000001',
      toCacheId: '00000000-0000-4000-8000-000000000001',
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(en, r.error.issues)).toEqual({ toCacheId: 'Choose another cache' });
  });

  it('geometry issues all go to the one geometry field: a missing point, a ring of two corners', () => {
    const noPoint = validate(id, PostCreate, { type: 'Feature', geometry: undefined, properties: post });
    expect(noPoint).toEqual({ ok: false, errors: { geometry: 'Tempatkan titiknya di peta' } });
    const zone = {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [115, -8.2],
            [115.01, -8.2],
            [115, -8.2],
          ],
        ],
      },
      properties: { name: 'Zona', hazardType: 'flood', level: 'sedang' },
    };
    expect(validate(id, HazardZoneCreate, zone)).toEqual({
      ok: false,
      errors: { geometry: 'Gambar minimal 3 titik sudut' },
    });
  });

  it('a body that passes comes back parsed', () => {
    expect(validate(id, PostProperties, post)).toEqual({
      ok: true,
      value: { ...post, locationApprox: false, desaCode: null },
    });
  });

  it('field paths: a Feature’s properties are the form’s fields, geometry folded', () => {
    expect(fieldOf(['properties', 'name'])).toBe('name');
    expect(fieldOf(['items', 0, 'quantity'])).toBe('items.0.quantity');
    expect(fieldOf(['geometry', 'coordinates', 0, 3])).toBe('geometry');
  });
});
