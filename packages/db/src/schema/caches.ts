import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, inWgs84Range, pointGeometry, timestamps, version } from './columns.ts';
import { posts } from './posts.ts';

export const caches = pgTable(
  'caches',
  {
    id: id(),
    name: text('name').notNull(),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'set null' }),
    desaCode: text('desa_code'),
    notes: text('notes'),
    geom: pointGeometry('geom').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('caches_geom_idx').using('gist', t.geom),
    index('caches_post_id_idx').on(t.postId),
    index('caches_desa_code_idx').on(t.desaCode),
    check('caches_geom_range_check', inWgs84Range(t.geom)),
    check('caches_name_check', sql`length(${t.name}) > 0`),
  ],
);
