import { z } from 'zod';
import { AuditAction, AuditEntity } from './audit.ts';

/** The channel every committed audited write is announced on (PostgreSQL NOTIFY), in every API process. */
export const LIVE_CHANNEL = 'siaga_changes';

/**
 * One committed change, as `GET /api/events` sends it (`event: change`). A batch of many rows of one entity and
 * action (an import, the seed) is announced once, with `entityId` null and `count` the number of rows.
 */
export const LiveChange = z
  .object({
    entity: AuditEntity,
    entityId: z.string().nullable().meta({ description: 'The changed record; null for a batch' }),
    action: AuditAction,
    version: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The record’s version after the change, if any' }),
    incidentId: z.string().nullable().meta({ description: 'The incident the change belongs to, when known' }),
    count: z.number().int().min(1).meta({ description: 'How many rows the change covers' }),
    at: z.iso.datetime(),
  })
  .meta({ id: 'LiveChange' });
export type LiveChange = z.infer<typeof LiveChange>;
