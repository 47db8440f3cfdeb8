import { z } from 'zod';
import { CacheFeature } from './cache.ts';
import { CoverageThresholds, IsochroneBreaks, WmkRule } from './coverage.ts';
import { HazardLevel, HazardType, ItemType, PostStatus } from './enums.ts';
import { Id } from './feature.ts';
import {
  LineStringGeometry,
  MultiPolygonGeometry,
  PointGeometry,
  PolygonGeometry,
  Position,
} from './geometry.ts';
import { PostFeature } from './post.ts';
import { text } from './text.ts';

/** The vehicle a road query is answered for (speeds and barred roads: packages/geo/README.md). */
export const RoutingProfile = z
  .enum(['fire_engine', 'light_rescue', 'motorbike'])
  .default('fire_engine')
  .meta({ id: 'RoutingProfile' });
export type RoutingProfile = z.infer<typeof RoutingProfile>;

/**
 * A blocked road as drawn by a dispatcher: a point closes roads within 25 m, a line the roads it crosses, an area
 * the roads crossing or inside it. The network is never changed; closures apply to the one request.
 */
export const ClosureInput = z
  .discriminatedUnion('type', [PointGeometry, LineStringGeometry, PolygonGeometry, MultiPolygonGeometry])
  .meta({ id: 'Closure' });
export type ClosureInput = z.infer<typeof ClosureInput>;

const closures = z.array(ClosureInput).max(500).default([]);

/** The server adds the stored active closures (/api/closures) to the request's own unless this is false. */
const storedClosures = z
  .boolean()
  .default(true)
  .meta({ description: "Apply the stored active closures (/api/closures) on top of the request's closures" });

/** Post statuses a query draws its posts from when no ids are given. */
const postStatus = z.array(PostStatus).min(1).default(['operational']);
const postIds = z.array(Id).min(1).max(500);

export const ClosestRequest = z
  .strictObject({
    incident: z.union([PointGeometry, z.object({ incidentId: Id }).strict()]).meta({
      description: 'Where help is needed: a Point, or a stored incident by id',
    }),
    layer: z.enum(['posts', 'caches', 'both']).default('both'),
    k: z.number().int().min(1).max(20).default(3),
    profile: RoutingProfile,
    postStatus: postStatus.meta({
      description: 'Posts (and the posts whose turnout caches use) to consider',
    }),
    itemType: ItemType.optional().meta({ description: 'Caches only: keep caches holding this item' }),
    minAvailable: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .optional()
      .meta({ description: 'Caches only: at least this many units of itemType available now (default 1)' }),
    closures,
    storedClosures,
  })
  .refine((r) => r.minAvailable === undefined || r.itemType !== undefined, {
    message: 'minAvailable needs itemType',
    path: ['minAvailable'],
  })
  .meta({ id: 'ClosestRequest' });
export type ClosestRequest = z.infer<typeof ClosestRequest>;

export const RouteStep = z
  .object({
    kind: z.enum(['road', 'off_network']),
    name: z.string().nullable().meta({ description: 'Street name; null is an unnamed road' }),
    ref: z.string().nullable(),
    distanceM: z.number(),
    cumulativeS: z
      .number()
      .meta({ description: 'Seconds from leaving (turnout excluded) to the end of the step' }),
  })
  .meta({ id: 'RouteStep' });
export type RouteStep = z.infer<typeof RouteStep>;

const routeFields = {
  rank: z.number().int().min(1),
  etaS: z.number().meta({ description: 'turnoutS + travelS' }),
  turnoutS: z.number(),
  travelS: z.number().meta({ description: 'Driving plus both off-network legs' }),
  distanceM: z.number(),
  offNetworkM: z
    .number()
    .meta({ description: 'Straight legs between the points and the roads they snap to' }),
  offNetworkS: z.number().meta({ description: 'Seconds of travelS spent on those straight legs' }),
  route: LineStringGeometry.meta({ description: 'From the facility to the incident' }),
  steps: z.array(RouteStep),
};

export const NotRoutedReason = z.enum(['incident_off_network', 'facility_off_network', 'unreachable']);
export type NotRoutedReason = z.infer<typeof NotRoutedReason>;

const notRouted = z.array(z.object({ id: Id, reason: NotRoutedReason })).meta({
  description: 'Facilities shown not to be routable; those merely ranked after the k-th are not listed',
});

const considered = z.number().int().meta({
  description: 'Facilities that passed the filters (post status, cache item) and were ranked',
});

/** The incident is cut off from every post: how near the posts' vehicles can still get. */
export const CutOff = z
  .object({
    nearestReachable: z
      .object({
        point: PointGeometry,
        distanceM: z.number().meta({ description: 'Straight-line metres from there to the incident' }),
        roadName: z.string().nullable().meta({ description: 'The road from there toward the incident' }),
        etaS: z.number().meta({ description: 'Seconds from the call (turnout included) to reach it' }),
      })
      .nullable()
      .meta({ description: 'Null when no post reaches any road at all' }),
  })
  .meta({ id: 'CutOff' });

export const ClosestPostRoute = z
  .object({ facility: PostFeature, ...routeFields })
  .meta({ id: 'ClosestPostRoute' });
export const ClosestCacheRoute = z
  .object({ facility: CacheFeature, ...routeFields })
  .meta({ id: 'ClosestCacheRoute' });

export const ClosestResponse = z
  .object({
    version: z.string().meta({ description: 'Road network version the answer was computed on' }),
    profile: RoutingProfile,
    incident: z.object({
      point: PointGeometry,
      /** Null when no usable road lies within the profile's snap distance: nothing can be routed. */
      snapped: PointGeometry.nullable(),
      offNetworkM: z.number().nullable(),
      routable: z.boolean(),
    }),
    closedLinks: z.number().int().meta({ description: 'Road links the closures closed for this answer' }),
    posts: z.object({ considered, results: z.array(ClosestPostRoute), notRouted }).nullable(),
    caches: z.object({ considered, results: z.array(ClosestCacheRoute), notRouted }).nullable(),
    cutOff: CutOff.nullable().meta({
      description:
        'Set when posts were asked for, the incident lies by a road, and no post reaches it (closures or a broken ' +
        'network): the reachable road point nearest to the incident; null otherwise',
    }),
  })
  .meta({ id: 'ClosestResponse' });
export type ClosestResponse = z.infer<typeof ClosestResponse>;

export const IsochroneRequest = z
  .strictObject({
    postId: Id.optional(),
    point: PointGeometry.optional(),
    turnoutSeconds: z
      .number()
      .int()
      .min(0)
      .max(3_600)
      .optional()
      .meta({ description: 'With `point`: seconds before the vehicle rolls (default 0)' }),
    includeTurnout: z
      .boolean()
      .default(false)
      .meta({ description: 'Start the clock at the call (turnout first) instead of at the wheels rolling' }),
    breaksMin: IsochroneBreaks,
    profile: RoutingProfile,
    closures,
    storedClosures,
  })
  .refine((r) => (r.postId === undefined) !== (r.point === undefined), {
    message: 'give exactly one of postId and point',
    path: ['postId'],
  })
  .refine((r) => r.turnoutSeconds === undefined || r.point !== undefined, {
    message: 'turnoutSeconds goes with point; a post uses its own',
    path: ['turnoutSeconds'],
  })
  .meta({ id: 'IsochroneRequest' });
export type IsochroneRequest = z.infer<typeof IsochroneRequest>;

/** Output MultiPolygon: may be empty (nothing reached), unlike stored areas. */
const OutputMultiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(Position))),
});

export const IsochroneCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    version: z.string(),
    profile: RoutingProfile,
    /** False when the start has no usable road within the snap distance (every polygon is empty). */
    anchored: z.boolean(),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        geometry: OutputMultiPolygon,
        properties: z.object({ breakMin: z.number(), areaKm2: z.number(), population: z.number() }),
      }),
    ),
  })
  .meta({
    id: 'IsochroneCollection',
    description: 'One MultiPolygon per break, smallest first; each contains the previous',
  });
export type IsochroneCollection = z.infer<typeof IsochroneCollection>;

export const CoverageModeName = z.enum(['travelTime', 'wmkRadius', 'wmkNetwork']);
export type CoverageModeName = z.infer<typeof CoverageModeName>;

export const CoverageCandidate = z
  .strictObject({
    id: text().min(1).max(100).optional(),
    name: text().trim().min(1).max(200).optional(),
    point: PointGeometry,
    turnoutSeconds: z.number().int().min(0).max(3_600).default(120),
  })
  .meta({ id: 'CoverageCandidate' });

export const CoverageRequest = z
  .strictObject({
    postIds: postIds.optional().meta({ description: 'These posts; when absent, all posts of postStatus' }),
    postStatus: z.array(PostStatus).default(['operational']).meta({
      description: 'Post statuses to count when no ids are given; empty counts the candidates alone',
    }),
    candidates: z.array(CoverageCandidate).max(200).default([]),
    thresholdsMin: CoverageThresholds,
    modes: z.array(CoverageModeName).min(1).default(['travelTime', 'wmkRadius', 'wmkNetwork']),
    wmk: WmkRule.partial().optional(),
    profile: RoutingProfile,
    closures,
    storedClosures,
    gaps: z
      .boolean()
      .default(false)
      .meta({ description: 'Trace the uncovered land as polygons (larger answer)' }),
    countTurnout: z.boolean().default(true).meta({
      description:
        'False counts every post and candidate as rolling at once (thresholds are pure driving time)',
    }),
  })
  .meta({ id: 'CoverageRequest' });
export type CoverageRequest = z.infer<typeof CoverageRequest>;

const perLimit = z.array(z.number());

const ModeCoverage = z
  .object({
    mode: z.enum(['travel_time', 'wmk_radius', 'wmk_network']),
    unit: z.enum(['minutes', 'metres']),
    wmk: WmkRule.nullable(),
    builtUpAreaKm2: z.number().nullable(),
    levels: z.array(
      z.object({
        limit: z.number(),
        coveredAreaKm2: z.number(),
        areaShare: z.number(),
        coveredPopulation: z.number(),
        uncoveredPopulation: z.number(),
        populationShare: z.number(),
        hazards: z.array(
          z.object({
            hazardType: HazardType,
            level: HazardLevel,
            areaKm2: z.number(),
            coveredAreaKm2: z.number(),
            share: z.number(),
          }),
        ),
        gaps: OutputMultiPolygon.nullable(),
      }),
    ),
    desa: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kecamatanCode: z.string(),
        population: z.number(),
        atPoint: z.number().nullable(),
        coveredPopulation: perLimit,
        coveredShare: perLimit,
      }),
    ),
    kecamatan: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        population: z.number(),
        coveredPopulation: perLimit,
        coveredShare: perLimit,
        desaCovered: perLimit,
        desaCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ModeCoverage' });

export const CoverageResponse = z
  .object({
    version: z.string(),
    profile: RoutingProfile,
    posts: z.array(
      z.object({
        id: z.string(),
        name: z.string().nullable().meta({
          description: 'Null for a candidate given without a name: the client labels it in its own language',
        }),
        source: z.enum(['post', 'candidate']),
        turnoutSeconds: z.number(),
      }),
    ),
    cellSizeM: z.number(),
    landAreaKm2: z.number(),
    population: z.number(),
    noRoadAreaKm2: z.number(),
    noRoadPopulation: z.number(),
    unanchoredPosts: z.array(z.string()),
    travelTime: ModeCoverage.nullable(),
    wmkRadius: ModeCoverage.nullable(),
    wmkNetwork: ModeCoverage.nullable(),
  })
  .meta({ id: 'CoverageResponse' });
export type CoverageResponse = z.infer<typeof CoverageResponse>;

export const MatrixRequest = z
  .strictObject({
    postIds: postIds
      .optional()
      .meta({ description: 'These posts as origins; when absent, all posts of postStatus' }),
    postStatus,
    destinations: z
      .union([z.literal('desa'), z.array(PointGeometry).min(1).max(2_000)])
      .default('desa')
      .meta({
        description: "'desa': every desa's representative point (as in the coverage report), or points",
      }),
    profile: RoutingProfile,
    closures,
    storedClosures,
  })
  .meta({ id: 'MatrixRequest' });
export type MatrixRequest = z.infer<typeof MatrixRequest>;

export const MatrixResponse = z
  .object({
    version: z.string(),
    profile: RoutingProfile,
    origins: z.array(z.object({ id: Id, name: z.string() })),
    destinations: z.array(
      z.object({
        code: z.string().optional(),
        index: z.number().int().optional(),
        name: z.string().nullable(),
      }),
    ),
    seconds: z.array(z.array(z.number().nullable())).meta({
      description: 'seconds[origin][destination], travel only (no turnout); null where unreachable',
    }),
  })
  .meta({ id: 'MatrixResponse' });
export type MatrixResponse = z.infer<typeof MatrixResponse>;

export const NetworkInfo = z
  .object({
    version: z.string().meta({ description: 'Changes whenever the roads change; the ETag of graph.bin' }),
    nodes: z.number().int(),
    edges: z.number().int(),
    roads: z.number().int(),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
    builtAt: z.iso.datetime(),
    buildMs: z.number(),
  })
  .meta({ id: 'NetworkInfo' });
export type NetworkInfo = z.infer<typeof NetworkInfo>;
