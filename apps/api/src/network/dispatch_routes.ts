import { caches, posts, type SiagaDb, units } from '@siaga/db';
import { closestAnswer } from '@siaga/geo';
import {
  ClosestRequest,
  type ClosestResponse,
  type IncidentFeature,
  itemsProfile,
  PostStatus,
  type RouteStep,
  SiagaError,
  unitProfile,
} from '@siaga/schema';
import type { NetworkService } from './network_service.ts';
import { withStoredClosures } from './stored_closures.ts';

/** What is sent: a unit from its post, or items from a cache. */
export type Dispatched = { unitId: string } | { cacheId: string };

export interface DispatchRoute {
  etaSeconds: number;
  steps: RouteStep[];
}

/** How many road names a message gives per route. */
const MAIN_ROADS = 3;

/** The longest named roads of a route (at most MAIN_ROADS), in the order they are driven. */
export function mainRoads(steps: readonly RouteStep[]): string[] {
  const length = new Map<string, number>();
  for (const step of steps) {
    const name = step.name ?? step.ref;
    if (step.kind === 'road' && name) length.set(name, (length.get(name) ?? 0) + step.distanceM);
  }
  const longest = new Set(
    [...length.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAIN_ROADS)
      .map(([name]) => name),
  );
  return [...length.keys()].filter((name) => longest.has(name));
}

/**
 * The modelled route of a unit (its post, the unit type's profile) or of items (their cache, light vehicle)
 * to the incident, with the stored active closures applied: what the server's engine gives at dispatch. Null
 * when the road network is not loaded, the unit or cache is unknown, or there is no route.
 */
export async function dispatchRoute(
  db: SiagaDb,
  network: NetworkService,
  incident: IncidentFeature,
  what: Dispatched,
): Promise<DispatchRoute | null> {
  let state: Awaited<ReturnType<NetworkService['routing']>>;
  try {
    state = await network.routing();
  } catch (err) {
    if (err instanceof SiagaError && err.code === 'unavailable') return null;
    throw err;
  }
  let answer: ClosestResponse;
  const base = { incident: incident.geometry, k: 1, postStatus: PostStatus.options };
  if ('unitId' in what) {
    const unit = await units.get(db, what.unitId);
    const post = unit && (await posts.get(db, unit.postId));
    if (!unit || !post) return null;
    const q = ClosestRequest.parse({ ...base, layer: 'posts', profile: unitProfile[unit.unitType] });
    answer = closestAnswer(
      state.network.engine,
      { posts: [post], caches: [] },
      await withStoredClosures(db, q),
      incident.geometry,
    );
  } else {
    const cache = await caches.get(db, what.cacheId);
    if (!cache) return null;
    const q = ClosestRequest.parse({ ...base, layer: 'caches', profile: itemsProfile });
    const all = await posts.list(db);
    answer = closestAnswer(
      state.network.engine,
      { posts: all, caches: [cache] },
      await withStoredClosures(db, q),
      incident.geometry,
    );
  }
  const [best] = 'unitId' in what ? (answer.posts?.results ?? []) : (answer.caches?.results ?? []);
  return best ? { etaSeconds: best.etaS, steps: best.steps } : null;
}
