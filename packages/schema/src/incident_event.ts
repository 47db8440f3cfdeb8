import { z } from 'zod';
import { AssignmentStatus, IncidentEventKind, IncidentStatus } from './enums.ts';
import { Id } from './feature.ts';
import { text } from './text.ts';

/** One line of an incident's timeline: who did what, when. Fields that do not apply to the kind are null. */
export const IncidentEvent = z
  .object({
    id: z.number().int(),
    incidentId: Id,
    at: z.iso.datetime(),
    kind: IncidentEventKind,
    actor: z.object({ userId: Id.nullable(), name: z.string() }),
    /** `created`: the first status; `status`: the new one. */
    status: IncidentStatus.nullable(),
    fromStatus: IncidentStatus.nullable(),
    assignmentId: Id.nullable(),
    /** `assignment_status`: the assignment's new status. */
    assignmentStatus: AssignmentStatus.nullable(),
    closureId: Id.nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'IncidentEvent' });
export type IncidentEvent = z.infer<typeof IncidentEvent>;

export const IncidentEventList = z
  .object({ events: z.array(IncidentEvent) })
  .meta({ id: 'IncidentEventList' });
export type IncidentEventList = z.infer<typeof IncidentEventList>;

/** The only event a person writes directly; every other kind is recorded by the change it describes. */
export const IncidentNoteCreate = z
  .strictObject({ kind: z.literal('note'), note: text().trim().min(1).max(5_000) })
  .meta({ id: 'IncidentNoteCreate' });
export type IncidentNoteCreate = z.infer<typeof IncidentNoteCreate>;
