import type { CacheFeature, CacheItem, ItemType } from '@siaga/schema';
import { and, asc, inArray, type SQL, sql } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { SiagaDb } from '../database.ts';
import { parsePoint } from '../geometry/parse_geometry.ts';
import { geoJsonOf } from '../geometry/sql_fragments.ts';
import { cacheItems, caches } from '../schema/index.ts';
import { iso } from './shared.ts';

export const cacheSelection = {
  id: caches.id,
  name: caches.name,
  postId: caches.postId,
  desaCode: caches.desaCode,
  notes: caches.notes,
  geometry: geoJsonOf(caches.geom),
  version: caches.version,
  createdAt: caches.createdAt,
  updatedAt: caches.updatedAt,
};
export type CacheRow = SelectResultFields<typeof cacheSelection>;

export const itemSelection = {
  id: cacheItems.id,
  cacheId: cacheItems.cacheId,
  itemType: cacheItems.itemType,
  quantity: cacheItems.quantity,
  quantityAvailable: cacheItems.quantityAvailable,
  condition: cacheItems.condition,
  lastInspected: cacheItems.lastInspected,
  notes: cacheItems.notes,
  version: cacheItems.version,
  createdAt: cacheItems.createdAt,
  updatedAt: cacheItems.updatedAt,
};
type ItemRow = SelectResultFields<typeof itemSelection>;

export function cacheItemOf(row: ItemRow): CacheItem {
  return {
    ...row,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** Items of the given caches, in a stable order (type, then age). */
async function itemsOf(db: SiagaDb, cacheIds: string[]): Promise<Map<string, CacheItem[]>> {
  const byCache = new Map<string, CacheItem[]>(cacheIds.map((id) => [id, []]));
  if (cacheIds.length === 0) return byCache;
  const rows = await db
    .select(itemSelection)
    .from(cacheItems)
    .where(inArray(cacheItems.cacheId, cacheIds))
    .orderBy(asc(cacheItems.itemType), asc(cacheItems.createdAt), asc(cacheItems.id));
  for (const row of rows) byCache.get(row.cacheId)?.push(cacheItemOf(row));
  return byCache;
}

function cacheFeatureOf(row: CacheRow, items: CacheItem[]): CacheFeature {
  const { geometry, createdAt, updatedAt, ...properties } = row;
  return {
    type: 'Feature',
    id: row.id,
    geometry: parsePoint(geometry),
    properties: { ...properties, items, createdAt: iso(createdAt), updatedAt: iso(updatedAt) },
  };
}

/** Cache rows plus their items (one extra query for all items). */
export async function withItems(db: SiagaDb, rows: CacheRow[]): Promise<CacheFeature[]> {
  const items = await itemsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => cacheFeatureOf(row, items.get(row.id) ?? []));
}

export interface StockFilter {
  itemType?: ItemType;
  /** Units ready for dispatch (quantityAvailable summed over the cache's items of `itemType`, or all items). */
  minAvailable?: number;
}

/** Caches that stock at least `minAvailable` (default 1) available units of `itemType`. */
export function stockCondition(q: StockFilter): SQL | undefined {
  if (q.itemType === undefined && q.minAvailable === undefined) return undefined;
  const ofType = q.itemType === undefined ? undefined : sql`${cacheItems.itemType} = ${q.itemType}`;
  return sql`(SELECT COALESCE(SUM(${cacheItems.quantityAvailable}), 0) FROM ${cacheItems}
    WHERE ${and(sql`${cacheItems.cacheId} = ${caches.id}`, ofType)}) >= ${q.minAvailable ?? 1}`;
}
