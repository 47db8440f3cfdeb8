import type {
  ClosestFacilityResult,
  FacilityRoute,
  IsochroneResult,
  KecamatanCoverage,
  LevelCoverage,
} from '@siaga/geo';
import {
  AdminAreaFeature,
  CacheFeature,
  CoverageThresholds,
  type ErrorCode,
  HazardZoneFeature,
  IsochroneBreaks,
  ItemType,
  PostFeature,
  PostStatus,
} from '@siaga/schema';
import { z } from 'zod';

/**
 * The messages between the page and the engine Worker. Requests are validated with zod in the Worker (a
 * malformed one is answered with an `error` message, never dropped); responses are plain data typed here.
 */

const LonLat = z.tuple([z.number().finite().min(-180).max(180), z.number().finite().min(-90).max(90)]);
export type LonLat = z.infer<typeof LonLat>;

export const ProfileId = z.enum(['fire_engine', 'light_rescue', 'motorbike']);
export type ProfileId = z.infer<typeof ProfileId>;

/** A post the planner adds by clicking the map; it counts like a new post with the default turnout. */
export const Candidate = z.object({ id: z.string().min(1).max(100), position: LonLat });
export type Candidate = z.infer<typeof Candidate>;

const RequestId = z.number().int().nonnegative();

/** Road closures are points clicked on the map (the landslide itself): each closes roads within 25 m. */
const Closures = z.array(LonLat).max(200).default([]);

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

export const ItemFilter = z.object({
  itemType: ItemType,
  minAvailable: z.number().int().min(1).max(100_000),
});
export type ItemFilter = z.infer<typeof ItemFilter>;

export const ClosestRequest = z.object({
  type: z.literal('closest'),
  id: RequestId,
  profile: ProfileId,
  incident: LonLat,
  k: z.number().int().min(1).max(20),
  /** Posts of these statuses are dispatched from. */
  postStatuses: z.array(PostStatus).min(1),
  item: ItemFilter.nullable(),
  closures: Closures,
});

export const IsochronesRequest = z.object({
  type: z.literal('isochrones'),
  id: RequestId,
  profile: ProfileId,
  /** A post id from the context or a candidate id. */
  postId: z.string().min(1),
  candidates: z.array(Candidate).max(50).default([]),
  breaksMin: IsochroneBreaks,
  includeTurnout: z.boolean(),
  closures: Closures,
});

export const CoverageRequest = z.object({
  type: z.literal('coverage'),
  id: RequestId,
  profile: ProfileId,
  postStatuses: z.array(PostStatus),
  candidates: z.array(Candidate).max(50),
  thresholdsMin: CoverageThresholds,
  /** False applies the travel budget alone (the 15-minute standard's 5 minutes of driving). */
  countTurnout: z.boolean(),
  closures: Closures,
});

export const EngineRequest = z.discriminatedUnion('type', [
  LoadNetworkRequest,
  SetContextRequest,
  ClosestRequest,
  IsochronesRequest,
  CoverageRequest,
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

/** One mode of a coverage answer, trimmed to what the panels and map show (no per-desa list). */
export interface ModeSummary {
  unit: 'minutes' | 'metres';
  levels: LevelCoverage[];
  kecamatan: KecamatanCoverage[];
}

export interface CoverageSummary {
  landAreaKm2: number;
  population: number;
  noRoadPopulation: number;
  unanchoredPosts: string[];
  postCount: number;
  travelTime: ModeSummary;
  wmkRadius: ModeSummary;
  wmkNetwork: ModeSummary;
}

export type RankedRoute = FacilityRoute & { rank: number };

export interface ClosestAnswer {
  posts: RankedRoute[];
  caches: RankedRoute[];
  /** Metres from the incident to the road it was snapped to; null when no road is within reach. */
  incidentOffNetworkM: number | null;
  notRouted: ClosestFacilityResult['notRouted'];
  /** Caches that passed the item filter (all caches without one). */
  cachesConsidered: number;
  closedLinks: number;
}

/** Milliseconds spent in the Worker on the answer, measured there. */
interface Timed {
  ms: number;
}

export type EngineResponse =
  | ({ type: 'load_network'; id: number } & NetworkInfo & Timed)
  | ({ type: 'set_context'; id: number; desa: number; posts: number; caches: number } & Timed)
  | ({ type: 'closest'; id: number } & ClosestAnswer & Timed)
  | ({
      type: 'isochrones';
      id: number;
      postId: string;
      result: IsochroneResult;
    } & Timed)
  | ({
      type: 'coverage';
      id: number;
      scenario: CoverageSummary;
      /** The same question without candidates; null when there are none (the scenario is the baseline). */
      baseline: CoverageSummary | null;
      baselineMs: number;
    } & Timed)
  | { type: 'error'; id: number | null; code: ErrorCode; message: string };

export type ResponseOf<T extends RequestType> = Extract<EngineResponse, { type: T }>;
export type ErrorResponse = Extract<EngineResponse, { type: 'error' }>;
