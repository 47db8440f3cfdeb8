import { ItemCondition, ItemType } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { caches } from './caches.ts';
import { enumText, id, oneOf, timestamps, version } from './columns.ts';

export const cacheItems = pgTable(
  'cache_items',
  {
    id: id(),
    cacheId: uuid('cache_id')
      .notNull()
      .references(() => caches.id, { onDelete: 'cascade' }),
    itemType: enumText('item_type', ItemType).notNull(),
    quantity: integer('quantity').notNull(),
    quantityAvailable: integer('quantity_available').notNull(),
    condition: enumText('condition', ItemCondition).notNull().default('baik'),
    lastInspected: date('last_inspected', { mode: 'string' }),
    notes: text('notes'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('cache_items_cache_id_item_type_idx').on(t.cacheId, t.itemType),
    index('cache_items_item_type_idx').on(t.itemType),
    check('cache_items_item_type_check', oneOf(t.itemType, ItemType.options)),
    check('cache_items_condition_check', oneOf(t.condition, ItemCondition.options)),
    check(
      'cache_items_quantity_check',
      sql`${t.quantity} >= 0 AND ${t.quantityAvailable} >= 0 AND ${t.quantityAvailable} <= ${t.quantity}`,
    ),
  ],
);
