import type { CoverageSummary } from '@siaga/geo';
import {
  AdminAreaFeature,
  CacheFeature,
  ClosestRequest as ClosestQuery,
  type ClosestResponse,
  CoverageRequest as CoverageQuery,
  type ErrorCode,
  HazardZoneFeature,
  type IsochroneCollection,
  IsochroneRequest as IsochroneQuery,
  type ItemType,
  Position,
  PostFeature,
  PrepositioningRequest as PrepositioningQuery,
  type PrepositioningResponse,
  SitingRequest as SitingQuery,
  type SitingResponse,
} from '@siaga/schema';
import { z } from 'zod';

/**
 * The messages between the page and the engine Worker. Each wraps a request of @siaga/schema (the API's own) with
 * a type and an id; requests are validated with zod in the Worker (a malformed one is answered with an `error`
 * message, never dropped); responses are the API's answers plus what only the page needs.
 */

export type { CoverageSummary, ModeSummary, MovedPost } from '@siaga/geo';

/** A site the planner adds by clicking the map; it counts like a new post with the default turnout. */
export interface Candidate {
  id: string;
  position: Position;
}

/** The dispatcher's cache filter: caches holding at least this many units of one item. */
export interface ItemFilter {
  itemType: ItemType;
  minAvailable: number;
}

const RequestId = z.number().int().nonnegative();

export const LoadNetworkRequest = z.object({
  type: z.literal('load_network'),
  id: RequestId,
  url: z.string().min(1),
});

export const SetContextRequest = z.object({
  type: z.literal('set_context'),
  id: RequestId,
  adminAreas: z.array(AdminAreaFeature),
  hazardZones: z.array(HazardZoneFeature),
  posts: z.array(PostFeature),
  caches: z.array(CacheFeature),
});

export const ClosestRequest = z.object({
  type: z.literal('closest'),
  id: RequestId,
  request: ClosestQuery,
});

export const IsochronesRequest = z.object({
  type: z.literal('isochrones'),
  id: RequestId,
  /** The post or candidate the bands are drawn for, echoed in the answer. */
  postId: z.string().min(1),
  request: IsochroneQuery,
});

export const CoverageRequest = z.object({
  type: z.literal('coverage'),
  id: RequestId,
  request: CoverageQuery,
  /** Posts of the request left out of the scenario (the baseline keeps them). */
  switchedOff: z.array(z.string()).default([]),
  /** Posts of the request counted at another place in the scenario (the baseline keeps them where they are). */
  movedPosts: z.array(z.object({ postId: z.string(), position: Position })).default([]),
});

/** The best new sites: answered by a `siting_progress` message per phase, then one `siting` answer. */
export const SitingRequest = z.object({
  type: z.literal('siting'),
  id: RequestId,
  request: SitingQuery,
});

/** Equipment pre-positioning: answered by one `prepositioning_progress` (the fast plan), then the exact plan. */
export const PrepositioningRequest = z.object({
  type: z.literal('prepositioning'),
  id: RequestId,
  request: PrepositioningQuery,
});

export const EngineRequest = z.discriminatedUnion('type', [
  LoadNetworkRequest,
  SetContextRequest,
  ClosestRequest,
  IsochronesRequest,
  CoverageRequest,
  SitingRequest,
  PrepositioningRequest,
]);
export type EngineRequest = z.input<typeof EngineRequest>;
export type ParsedRequest = z.output<typeof EngineRequest>;
export type RequestType = EngineRequest['type'];

export interface NetworkInfo {
  /** The server's ETag for graph.bin (the network version), null when it sent none. */
  version: string | null;
  nodes: number;
  links: number;
  bytes: number;
  /** False when the server answered 304 or the same version: nothing was rebuilt. */
  changed: boolean;
}

/** One ranked route of a closest answer, to a post or a cache. */
export type RankedRoute =
  | NonNullable<ClosestResponse['posts']>['results'][number]
  | NonNullable<ClosestResponse['caches']>['results'][number];

/** Milliseconds spent in the Worker on the answer, measured there. */
interface Timed {
  ms: number;
}

export type EngineResponse =
  | ({ type: 'load_network'; id: number } & NetworkInfo & Timed)
  | ({ type: 'set_context'; id: number; desa: number; posts: number; caches: number } & Timed)
  | ({ type: 'closest'; id: number; answer: ClosestResponse } & Timed)
  | ({ type: 'isochrones'; id: number; postId: string; result: IsochroneCollection } & Timed)
  | ({
      type: 'coverage';
      id: number;
      scenario: CoverageSummary;
      /**
       * Today's posts without candidates, switched-off or moved posts; null when the plan has none of these (the
       * scenario is the baseline).
       */
      baseline: CoverageSummary | null;
      baselineMs: number;
    } & Timed)
  | ({ type: 'siting'; id: number; answer: SitingResponse } & Timed)
  | SitingProgress
  | ({ type: 'prepositioning'; id: number; answer: PrepositioningResponse } & Timed)
  | {
      type: 'prepositioning_progress';
      id: number;
      /** The fast plan (first step), then null while HiGHS runs with its relative gap. */
      answer: PrepositioningResponse | null;
      gap: number | null;
      ms: number;
    }
  | { type: 'error'; id: number | null; code: ErrorCode; message: string };

/**
 * A step of a siting answer before the last: the fast answer (with `answer`), then the exact search's incumbent,
 * proven bound and gap as it goes (in the answer's units: p-median values are weighted means).
 */
export interface SitingProgress {
  type: 'siting_progress';
  id: number;
  answer: SitingResponse | null;
  value: number | null;
  bound: number | null;
  gap: number | null;
  ms: number;
}

export type ResponseOf<T extends RequestType> = Extract<EngineResponse, { type: T }>;
export type ErrorResponse = Extract<EngineResponse, { type: 'error' }>;
