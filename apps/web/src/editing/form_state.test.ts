import { id } from '@siaga/i18n';
import type { CacheItem, Unit } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/app_store.ts';
import { hazardZone, post } from '../testing/fixtures.ts';
import { canEdit } from './can_edit.ts';
import { changedFields, numberOf, textOrNull } from './drafts.ts';
import { hazardZoneBody, hazardZoneDraft, postBody, postDraft } from './feature_drafts.ts';
import { validate } from './issue_messages.ts';
import {
  clickShape,
  dragShape,
  geometryOfShape,
  isSimpleZone,
  ringOfMultiPolygon,
  undoCorner,
} from './shape_edits.ts';
import { itemBody, itemDraft, stockBody, stockDraft } from './stock_drafts.ts';
import { unitBody, unitDraft } from './unit_drafts.ts';

const CACHE = '00000000-0000-4000-8000-000000000011';

describe('draft values', () => {
  it('numbers keep mistakes visible; blank optional text is null', () => {
    expect(numberOf(' 12 ')).toBe(12);
    expect(numberOf('2,5')).toBe(2.5);
    expect(numberOf('')).toBeNaN();
    expect(numberOf('dua')).toBeNaN();
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull('Jalan Dahlia')).toBe('Jalan Dahlia');
    expect(changedFields({ a: 1, b: 'x' }, { a: 1, b: 'y' })).toEqual({ b: 'y' });
  });
});

describe('post form', () => {
  it('an edit sends only what changed, and the geometry only when moved', () => {
    const stored = post();
    const draft = { ...postDraft(stored), name: 'Pos Induk (baru)' };
    expect(postBody(stored, draft, undefined).send).toEqual({ properties: { name: 'Pos Induk (baru)' } });
    const moved = postBody(stored, postDraft(stored), { type: 'Point', coordinates: [115.2, -8.2] });
    expect(moved.send).toEqual({ geometry: { type: 'Point', coordinates: [115.2, -8.2] } });
  });

  it('the whole draft is checked, so every wrong field has its message', () => {
    const stored = post();
    const draft = { ...postDraft(stored), name: '', staff: 'banyak' };
    const body = postBody(stored, draft, undefined);
    expect(validate(id, body.check, body.checked)).toEqual({
      ok: false,
      errors: { name: 'Wajib diisi', staff: 'Isi dengan angka' },
    });
  });

  it('a new post is a whole Feature; without a point it asks for one', () => {
    const draft = { ...postDraft(null), name: 'Pos Relawan Tejakula' };
    const body = postBody(null, draft, null);
    expect(validate(id, body.check, body.checked)).toEqual({
      ok: false,
      errors: { geometry: 'Tempatkan titiknya di peta' },
    });
    const placed = postBody(null, draft, { type: 'Point', coordinates: [115.3, -8.1] });
    expect(validate(id, placed.check, placed.checked).ok).toBe(true);
  });
});

describe('hazard zone form', () => {
  it('the level alone changes; a redrawn outline is a closed Polygon', () => {
    const stored = hazardZone();
    expect(hazardZoneBody(stored, { ...hazardZoneDraft(stored), level: 'rendah' }, undefined).send).toEqual({
      properties: { level: 'rendah' },
    });
    let shape = clickShape({ type: 'polygon', ring: [] }, [115, -8.2]);
    shape = clickShape(shape, [115.01, -8.2]);
    shape = clickShape(shape, [115.01, -8.21]);
    expect(geometryOfShape(shape)).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [115, -8.2],
          [115.01, -8.2],
          [115.01, -8.21],
          [115, -8.2],
        ],
      ],
    });
  });
});

describe('shape edits', () => {
  it('a point moves by click or drag; a corner drags by index; the last corner can be undone', () => {
    expect(clickShape({ type: 'point', position: null }, [115, -8])).toEqual({
      type: 'point',
      position: [115, -8],
    });
    expect(dragShape({ type: 'point', position: [115, -8] }, 0, [116, -8])).toEqual({
      type: 'point',
      position: [116, -8],
    });
    const ring = {
      type: 'polygon' as const,
      ring: [
        [1, 1],
        [2, 1],
        [2, 2],
      ] as [number, number][],
    };
    expect(dragShape(ring, 1, [3, 1]).type === 'polygon' && dragShape(ring, 1, [3, 1])).toMatchObject({
      ring: [
        [1, 1],
        [3, 1],
        [2, 2],
      ],
    });
    expect(dragShape(ring, 7, [3, 1])).toBe(ring);
    expect(undoCorner(ring)).toEqual({
      type: 'polygon',
      ring: [
        [1, 1],
        [2, 1],
      ],
    });
    expect(geometryOfShape({ type: 'point', position: null })).toBeNull();
  });

  it('a stored zone is edited on the outer ring of its largest part', () => {
    const small = [
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [0, 0],
      ],
    ];
    const large = [
      [
        [5, 5],
        [6, 5],
        [6, 6],
        [5, 6],
        [5, 5],
      ],
    ];
    expect(ringOfMultiPolygon([small, large] as never)).toEqual([
      [5, 5],
      [6, 5],
      [6, 6],
      [5, 6],
    ]);
    expect(isSimpleZone([large] as never)).toBe(true);
    expect(isSimpleZone([small, large] as never)).toBe(false);
  });
});

describe('stock forms', () => {
  it('a receive and a move between caches', () => {
    const d = { ...stockDraft(), quantity: '5', reason: 'Bantuan BNPB' };
    expect(stockBody(CACHE, d)).toEqual({
      kind: 'receive',
      cacheId: CACHE,
      itemType: 'tent',
      condition: 'baik',
      quantity: 5,
      reason: 'Bantuan BNPB',
    });
    expect(stockBody(CACHE, { ...d, kind: 'move', toCacheId: 'x' })).toMatchObject({
      fromCacheId: CACHE,
      toCacheId: 'x',
    });
  });

  it('an item edit sends only the changed fields: the inspection date', () => {
    const item: CacheItem = {
      id: '00000000-0000-4000-8000-000000000021',
      cacheId: CACHE,
      itemType: 'tent',
      quantity: 4,
      quantityAvailable: 4,
      condition: 'baik',
      lastInspected: '2024-10-14',
      notes: null,
      version: 2,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as CacheItem;
    expect(itemBody(item, { ...itemDraft(item), lastInspected: '2026-11-20' })).toEqual({
      lastInspected: '2026-11-20',
    });
    expect(itemBody(item, { ...itemDraft(item), lastInspected: '' })).toEqual({ lastInspected: null });
  });
});

describe('unit form', () => {
  it('a new unit carries its post; an assigned unit’s status is never sent', () => {
    const d = { ...unitDraft(null), callSign: 'Damkar 1', crew: '5' };
    expect(unitBody('p1', null, d).body).toEqual({
      postId: 'p1',
      callSign: 'Damkar 1',
      unitType: 'fire_engine',
      crew: 5,
      notes: null,
      status: 'available',
    });
    const assigned = {
      id: 'u',
      postId: 'p1',
      callSign: 'Damkar 1',
      unitType: 'fire_engine',
      crew: 5,
      status: 'assigned',
      notes: null,
      version: 1,
    } as Unit;
    expect(
      unitBody('p1', assigned, { ...unitDraft(assigned), crew: '6', status: 'maintenance' }).body,
    ).toEqual({ crew: 6 });
  });
});

describe('who may edit, and the editing state', () => {
  it('follows the API’s write access', () => {
    expect(canEdit('planner', 'post')).toBe(true);
    expect(canEdit('planner', 'stock')).toBe(false);
    expect(canEdit('logistics', 'unit')).toBe(true);
    expect(canEdit('logistics', 'hazardZone')).toBe(false);
    expect(canEdit('admin', 'cache')).toBe(true);
    expect(canEdit('viewer', 'post')).toBe(false);
    expect(canEdit(null, 'post')).toBe(false);
  });

  it('moving turns the map tool on; cancel and a tab change drop the unsaved shape', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().openEditor({ kind: 'post', id: 'p1' });
    s().setShape({ type: 'point', position: [115, -8] });
    expect(s().tool).toBe('edit_shape');
    s().shapeDrag(0, [115.1, -8.1]);
    expect(s().shape).toEqual({ type: 'point', position: [115.1, -8.1] });
    s().setShape(null);
    expect([s().tool, s().shape]).toEqual(['select', null]);
    s().setShape({ type: 'polygon', ring: [] });
    s().shapeClick([115, -8]);
    s().setPanel('planner');
    expect([s().editTarget, s().shape, s().tool]).toEqual([null, null, 'select']);
  });
});
