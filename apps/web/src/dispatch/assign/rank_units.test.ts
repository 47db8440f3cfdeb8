import type { Unit } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import type { RankedRoute } from '../../worker/protocol.ts';
import { rankUnits } from './rank_units.ts';

function unit(id: string, postId: string, status: Unit['status'] = 'available'): Unit {
  return {
    id,
    postId,
    callSign: id,
    unitType: 'fire_engine',
    crew: 4,
    status,
    notes: null,
    version: 1,
    createdAt: '2026-11-29T00:00:00Z',
    updatedAt: '2026-11-29T00:00:00Z',
  } as Unit;
}

const route = (postId: string, etaS: number) =>
  ({ facility: { properties: { id: postId } }, etaS }) as unknown as RankedRoute;

describe('rankUnits', () => {
  it('offers only available units, fastest post first, the others apart', () => {
    const units = Object.freeze([
      unit('DMK-2', 'far'),
      unit('DMK-1', 'near'),
      unit('BPBD-1', 'near', 'assigned'),
      unit('BPBD-9', 'none'),
      unit('DMK-3', 'far', 'maintenance'),
      unit('A-1', 'far'),
    ]);
    const r = rankUnits(units, [route('far', 900), route('near', 300)]);
    expect(r.ranked.map((x) => x.unit.id)).toEqual(['DMK-1', 'A-1', 'DMK-2']);
    expect(r.ranked[0]?.route.etaS).toBe(300);
    expect(r.others.map((u) => u.id)).toEqual(['BPBD-9']);
  });
});
