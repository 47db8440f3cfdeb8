import { type Unit, UnitCreate, UnitPatch, type UnitType } from '@siaga/schema';
import type { z } from 'zod';
import { changedFields, numberOf, shown, textOrNull } from './drafts.ts';

/** A unit's status as people set it; `assigned` comes only from an assignment. */
export type SettableUnitStatus = 'available' | 'maintenance';

export interface UnitDraft {
  callSign: string;
  unitType: UnitType;
  crew: string;
  status: SettableUnitStatus;
  notes: string;
}

export function unitDraft(unit: Unit | null): UnitDraft {
  return {
    callSign: unit?.callSign ?? '',
    unitType: unit?.unitType ?? 'fire_engine',
    crew: shown(unit?.crew ?? 0),
    status: unit?.status === 'maintenance' ? 'maintenance' : 'available',
    notes: shown(unit?.notes),
  };
}

function unitValues(d: UnitDraft, assigned: boolean) {
  const values = {
    callSign: d.callSign,
    unitType: d.unitType,
    crew: numberOf(d.crew),
    notes: textOrNull(d.notes),
  };
  // An assigned unit's status is the assignment's to change: it is not sent.
  return assigned ? values : { ...values, status: d.status };
}

/** POST /api/units for a new unit of `postId`, or the PATCH of what changed. */
export function unitBody(
  postId: string,
  unit: Unit | null,
  d: UnitDraft,
): { schema: z.ZodType; body: unknown } {
  if (unit === null) return { schema: UnitCreate, body: { postId, ...unitValues(d, false) } };
  const assigned = unit.status === 'assigned';
  return {
    schema: UnitPatch,
    body: changedFields(unitValues(unitDraft(unit), assigned), unitValues(d, assigned)),
  };
}
