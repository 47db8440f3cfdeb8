import { PostKind, PostStatus } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { enumText, id, inWgs84Range, oneOf, pointGeometry, timestamps, version } from './columns.ts';

export const posts = pgTable(
  'posts',
  {
    id: id(),
    name: text('name').notNull(),
    kind: enumText('kind', PostKind).notNull(),
    status: enumText('status', PostStatus).notNull(),
    address: text('address'),
    desaCode: text('desa_code'),
    staff: integer('staff').notNull().default(0),
    vehicles: integer('vehicles').notNull().default(0),
    turnoutSeconds: integer('turnout_seconds').notNull().default(120),
    locationApprox: boolean('location_approx').notNull().default(false),
    source: text('source'),
    notes: text('notes'),
    geom: pointGeometry('geom').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('posts_geom_idx').using('gist', t.geom),
    index('posts_status_idx').on(t.status),
    index('posts_desa_code_idx').on(t.desaCode),
    check('posts_kind_check', oneOf(t.kind, PostKind.options)),
    check('posts_status_check', oneOf(t.status, PostStatus.options)),
    check('posts_counts_check', sql`${t.staff} >= 0 AND ${t.vehicles} >= 0 AND ${t.turnoutSeconds} >= 0`),
    check('posts_geom_range_check', inWgs84Range(t.geom)),
  ],
);
