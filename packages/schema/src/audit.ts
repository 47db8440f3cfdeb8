import { z } from 'zod';
import { Id } from './feature.ts';
import { text } from './text.ts';

/** How the actor reached the change: through the API (session or token) or a command on the machine. */
export const AuditVia = z.enum(['session', 'token', 'cli', 'seed', 'import', 'system']);
export type AuditVia = z.infer<typeof AuditVia>;

export const AuditEntity = z.enum([
  'post',
  'cache',
  'cache_item',
  'hazard_zone',
  'incident',
  'user',
  'api_token',
  'admin_area',
  'road',
  'database',
  'unit',
  'assignment',
  'closure',
  'incident_event',
  'scenario',
  'basemap_feature',
]);
export type AuditEntity = z.infer<typeof AuditEntity>;

export const AuditAction = z.enum([
  'create',
  'update',
  'delete',
  'receive',
  'issue',
  'move',
  'adjust',
  'sign_in',
  'revoke',
  'import',
  'backup',
]);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    actorId: Id.nullable(),
    actorName: z.string(),
    via: AuditVia,
    remoteAddr: z.string().nullable(),
    entity: AuditEntity,
    entityId: z.string(),
    action: AuditAction,
    /** The record as its GET answered before the change (null on create). */
    before: z.unknown().nullable(),
    /** The record as its GET answers after the change (null on delete). */
    after: z.unknown().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z.object({ entries: z.array(AuditEntry) }).meta({ id: 'AuditList' });
export type AuditList = z.infer<typeof AuditList>;

/** A query-string integer: digits only (no '', no 0x73, no 1e3). */
const queryInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'an integer')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** Filters of the audit log, newest first; `actor` is a user name. */
export const AuditQuery = z
  .strictObject({
    entity: AuditEntity.optional(),
    entityId: text().min(1).max(200).optional(),
    actor: text().min(1).max(200).optional(),
    from: z.iso.datetime({ offset: true }).optional().meta({ description: 'At or after' }),
    to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Before' }),
    limit: queryInt(1, 1_000).default(100),
    offset: queryInt(0, 1_000_000_000).default(0),
  })
  .meta({ id: 'AuditQuery' });
export type AuditQuery = z.infer<typeof AuditQuery>;
