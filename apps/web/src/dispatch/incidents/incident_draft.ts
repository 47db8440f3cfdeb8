import {
  IncidentCreate,
  type IncidentFeature,
  type IncidentPatch,
  type IncidentType,
  type Position,
} from '@siaga/schema';
import type { z } from 'zod';
import { isoFromWitaInput, witaInputValue } from './wita_time.ts';

/** The create/edit form as typed: every field a string, as the inputs hold them. */
export interface IncidentDraft {
  title: string;
  incidentType: IncidentType | '';
  occurredAt: string;
  reportedAt: string;
  reporterName: string;
  reporterPhone: string;
  peopleAffected: string;
  notes: string;
}

export const DRAFT_FIELDS = [
  'title',
  'incidentType',
  'occurredAt',
  'reportedAt',
  'reporterName',
  'reporterPhone',
  'peopleAffected',
  'notes',
] as const satisfies readonly (keyof IncidentDraft)[];
export type DraftField = (typeof DRAFT_FIELDS)[number] | 'location';

export function emptyDraft(now: string): IncidentDraft {
  const at = witaInputValue(now);
  return {
    title: '',
    incidentType: '',
    occurredAt: at,
    reportedAt: at,
    reporterName: '',
    reporterPhone: '',
    peopleAffected: '',
    notes: '',
  };
}

export function draftOf(f: IncidentFeature): IncidentDraft {
  const p = f.properties;
  return {
    title: p.title,
    incidentType: p.incidentType,
    occurredAt: witaInputValue(p.occurredAt),
    reportedAt: witaInputValue(p.reportedAt),
    reporterName: p.reporterName ?? '',
    reporterPhone: p.reporterPhone ?? '',
    peopleAffected: p.peopleAffected === null ? '' : String(p.peopleAffected),
    notes: p.notes ?? '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

/** The draft as the API's create body (before validation: the schema decides what is wrong). */
export function createBody(draft: IncidentDraft, position: Position | null): unknown {
  return {
    type: 'Feature',
    geometry: position === null ? null : { type: 'Point', coordinates: [position[0], position[1]] },
    properties: {
      title: draft.title,
      incidentType: draft.incidentType === '' ? undefined : draft.incidentType,
      occurredAt: isoFromWitaInput(draft.occurredAt),
      reportedAt: draft.reportedAt.trim() === '' ? undefined : isoFromWitaInput(draft.reportedAt),
      reporterName: orNull(draft.reporterName),
      reporterPhone: orNull(draft.reporterPhone),
      peopleAffected: draft.peopleAffected.trim() === '' ? null : Number(draft.peopleAffected.trim()),
      notes: orNull(draft.notes),
    },
  };
}

export type DraftCheck =
  | { ok: true; body: z.output<typeof IncidentCreate> }
  | { ok: false; issues: z.core.$ZodIssue[] };

/** Checks the draft with the API's own schema, so the form refuses exactly what the server would. */
export function checkDraft(draft: IncidentDraft, position: Position | null): DraftCheck {
  const r = IncidentCreate.safeParse(createBody(draft, position));
  return r.success ? { ok: true, body: r.data } : { ok: false, issues: r.error.issues };
}

/**
 * What an edit changes: the properties whose value differs from the stored incident, and the point when it
 * moved; null when nothing changed.
 */
export function patchBody(
  stored: IncidentFeature,
  body: z.output<typeof IncidentCreate>,
): IncidentPatch | null {
  const before = stored.properties;
  const after = body.properties;
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (key === 'status') continue;
    const a = after[key];
    const b = before[key];
    const same =
      key === 'occurredAt' || key === 'reportedAt'
        ? typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b)
        : a === b;
    if (!same && a !== undefined) changed[key] = a;
  }
  const [lon, lat] = body.geometry.coordinates;
  const [lon0, lat0] = stored.geometry.coordinates;
  const moved = lon !== lon0 || lat !== lat0;
  if (Object.keys(changed).length === 0 && !moved) return null;
  return {
    ...(moved ? { geometry: body.geometry } : {}),
    ...(Object.keys(changed).length > 0 ? { properties: changed as IncidentPatch['properties'] } : {}),
  };
}
