import { z } from 'zod';
import { CacheItem } from './cache.ts';
import { ItemCondition, ItemType } from './enums.ts';
import { Id } from './feature.ts';
import { text } from './text.ts';

const quantity = z.number().int().min(1).max(100_000);
const reason = text().trim().min(1).max(2_000);
/**
 * A cache may hold one item type in several conditions (tents in good order and tents beyond repair): an
 * operation acts on the stock of one condition, 'baik' unless stated.
 */
const condition = ItemCondition.default('baik');

/** Units arrive: quantity and quantityAvailable grow (the stock row is created when the cache has none). */
export const StockReceive = z.strictObject({
  kind: z.literal('receive'),
  cacheId: Id,
  itemType: ItemType,
  condition,
  quantity,
  reason,
});

/** Units leave (handed out, used up): both counts shrink; refused when fewer are available. */
export const StockIssue = z.strictObject({
  kind: z.literal('issue'),
  cacheId: Id,
  itemType: ItemType,
  condition,
  quantity,
  reason,
});

/**
 * A stock count: `quantity` is the counted new quantity; quantityAvailable moves by the same difference,
 * kept between 0 and the new quantity.
 */
export const StockAdjust = z.strictObject({
  kind: z.literal('adjust'),
  cacheId: Id,
  itemType: ItemType,
  condition,
  quantity: z.number().int().min(0).max(100_000),
  reason,
});

/** Available units go from one cache to another, in one transaction. */
export const StockMove = z
  .strictObject({
    kind: z.literal('move'),
    fromCacheId: Id,
    toCacheId: Id,
    itemType: ItemType,
    condition,
    quantity,
    reason,
  })
  .refine((m) => m.fromCacheId !== m.toCacheId, {
    message: 'a move needs two different caches',
    path: ['toCacheId'],
  });

export const StockOperation = z
  .discriminatedUnion('kind', [StockReceive, StockIssue, StockAdjust, StockMove])
  .meta({ id: 'StockOperation' });
export type StockOperation = z.infer<typeof StockOperation>;
export type StockOperationInput = z.input<typeof StockOperation>;

/** The stock rows an operation changed (a move: the source row, then the destination row). */
export const StockOperationResult = z
  .object({ items: z.array(CacheItem) })
  .meta({ id: 'StockOperationResult' });
export type StockOperationResult = z.infer<typeof StockOperationResult>;
