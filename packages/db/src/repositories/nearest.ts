import type { CacheFeature, ItemType, PostFeature, PostStatus } from '@siaga/schema';
import { and, asc, type SQL, sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { caches, posts } from '../schema/index.ts';
import { cacheSelection, withItems } from './cache_rows.ts';
import { cacheConditions } from './caches.ts';
import { postConditions, postFeatureOf, postSelection } from './posts.ts';

export interface NearestQuery {
  lon: number;
  lat: number;
  k: number;
  layer: 'posts' | 'caches';
  /** posts only. */
  status?: PostStatus[];
  /** caches only: caches stocking at least `minAvailable` (default 1) available units of this item. */
  itemType?: ItemType;
  minAvailable?: number;
}

export type NearestResult =
  | { layer: 'posts'; feature: PostFeature; distanceM: number }
  | { layer: 'caches'; feature: CacheFeature; distanceM: number };

/**
 * The KNN operator `<->` orders by planar distance in degrees, which at Buleleng's latitude differs from
 * ground distance by about 1 %; taking this many times k candidates from the index and re-sorting them by
 * geodesic distance keeps the answer exact in practice.
 */
const CANDIDATE_FACTOR = 3;

/**
 * The k nearest posts or caches by straight-line distance: KNN `<->` on the GiST index, exact distance on the
 * WGS84 spheroid (geography) in metres, nearest first.
 *
 * @example
 * const [first] = await nearest(db, { lon: 115.242, lat: -8.158, k: 3, layer: 'posts', status: ['operational'] });
 */
export async function nearest(db: SiagaDb, q: NearestQuery): Promise<NearestResult[]> {
  const k = Math.max(0, Math.floor(q.k));
  if (k === 0) return [];
  const point = sql`ST_SetSRID(ST_MakePoint(${q.lon}, ${q.lat}), 4326)`;
  const candidates = k * CANDIDATE_FACTOR + 10;
  switch (q.layer) {
    case 'posts': {
      const distance = distanceTo(posts.geom, point);
      const rows = await db
        .select({ ...postSelection, distanceM: distance })
        .from(posts)
        .where(and(...postConditions({ ...(q.status ? { status: q.status } : {}) })))
        .orderBy(sql`${posts.geom} <-> ${point}`)
        .limit(candidates);
      return rows
        .sort(byDistance)
        .slice(0, k)
        .map(({ distanceM, ...row }) => ({ layer: 'posts', feature: postFeatureOf(row), distanceM }));
    }
    case 'caches': {
      const distance = distanceTo(caches.geom, point);
      const rows = await db
        .select({ ...cacheSelection, distanceM: distance })
        .from(caches)
        .where(
          and(
            ...cacheConditions({
              ...(q.itemType ? { itemType: q.itemType } : {}),
              ...(q.minAvailable !== undefined ? { minAvailable: q.minAvailable } : {}),
            }),
          ),
        )
        .orderBy(sql`${caches.geom} <-> ${point}`, asc(caches.id))
        .limit(candidates);
      const nearestRows = rows.sort(byDistance).slice(0, k);
      const features = await withItems(
        db,
        nearestRows.map(({ distanceM: _d, ...row }) => row),
      );
      return features.map((feature, i) => ({
        layer: 'caches',
        feature,
        distanceM: nearestRows[i]?.distanceM ?? Number.NaN,
      }));
    }
  }
}

function distanceTo(column: typeof posts.geom | typeof caches.geom, point: SQL): SQL<number> {
  return sql`ST_Distance(${column}::geography, ${point}::geography)`.mapWith(Number);
}

function byDistance(a: { distanceM: number }, b: { distanceM: number }): number {
  return a.distanceM - b.distanceM;
}
