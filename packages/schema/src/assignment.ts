import { z } from 'zod';
import { AssignmentKind, AssignmentStatus, ItemType } from './enums.ts';
import { Id, Versioned } from './feature.ts';

/** Send a unit (must be available), or items from a cache's good stock (issued from it at once). */
export const AssignmentCreate = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('unit'), unitId: Id }),
    z.strictObject({
      kind: z.literal('items'),
      cacheId: Id,
      itemType: ItemType,
      quantity: z.number().int().min(1).max(100_000),
    }),
  ])
  .meta({ id: 'AssignmentCreate' });
export type AssignmentCreate = z.infer<typeof AssignmentCreate>;

/** Moves the assignment forward; `cleared` releases the unit and returns the items to their cache. */
export const AssignmentPatch = z.strictObject({ status: AssignmentStatus }).meta({ id: 'AssignmentPatch' });
export type AssignmentPatch = z.infer<typeof AssignmentPatch>;

const time = z.iso.datetime();

export const Assignment = z
  .object({
    id: Id,
    incidentId: Id,
    kind: AssignmentKind,
    unitId: Id.nullable(),
    /** The unit's post (unit), or the post the cache stands at (items, null for a standalone cache). */
    postId: Id.nullable(),
    cacheId: Id.nullable(),
    itemType: ItemType.nullable(),
    quantity: z.number().int().nullable(),
    status: AssignmentStatus,
    etaSeconds: z.number().nullable().meta({
      description:
        "Modelled at dispatch by the server's engine (stored closures included); null when not routable",
    }),
    dispatchedAt: time,
    enRouteAt: time.nullable(),
    arrivedAt: time.nullable(),
    clearedAt: time.nullable(),
    ...Versioned.shape,
  })
  .meta({ id: 'Assignment' });
export type Assignment = z.infer<typeof Assignment>;

export const AssignmentList = z.object({ assignments: z.array(Assignment) }).meta({ id: 'AssignmentList' });
export type AssignmentList = z.infer<typeof AssignmentList>;
