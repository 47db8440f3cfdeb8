import { z } from 'zod';
import { TravelMinutes } from './coverage.ts';
import { HazardLevel, HazardType, PostStatus } from './enums.ts';
import { Id } from './feature.ts';
import { PointGeometry } from './geometry.ts';
import { RoutingProfile } from './routing.ts';
import { text } from './text.ts';

/** The location models: maximal covering, set covering, p-center, p-median. */
export const SitingObjective = z.enum(['mclp', 'lscp', 'pCenter', 'pMedian']).meta({ id: 'SitingObjective' });
export type SitingObjective = z.infer<typeof SitingObjective>;

/** Where candidate sites come from. */
export const CandidateSource = z
  .enum(['planned', 'proposed', 'desa', 'junction', 'marked'])
  .meta({ id: 'CandidateSource' });
export type CandidateSource = z.infer<typeof CandidateSource>;

/** The standard a demand item is covered by: drive time with turnout, the WMK radius, or WMK by road. */
export const SitingStandard = z
  .discriminatedUnion('mode', [
    z.strictObject({
      mode: z.literal('travelTime'),
      minutes: TravelMinutes.default(15),
      countTurnout: z.boolean().default(true),
    }),
    z.strictObject({
      mode: z.literal('wmkRadius'),
      radiusM: z.number().positive().max(50_000).default(7_500),
    }),
    z.strictObject({
      mode: z.literal('wmkNetwork'),
      radiusM: z.number().positive().max(50_000).default(7_500),
    }),
  ])
  .meta({ id: 'SitingStandard' });
export type SitingStandard = z.infer<typeof SitingStandard>;

const hazardFactor = z.number().min(0).max(10);

export const SitingDemand = z
  .strictObject({
    kind: z.enum(['desa', 'grid']).default('desa').meta({
      description:
        "'desa': each desa's population at its point; 'grid': populated cells gathered into blocks",
    }),
    blockM: z
      .number()
      .int()
      .min(500)
      .max(5_000)
      .default(1_000)
      .meta({ description: "Block side for 'grid'" }),
    hazardWeights: z
      .strictObject({
        types: z.partialRecord(HazardType, hazardFactor).default({}),
        levels: z
          .strictObject({ rendah: hazardFactor, sedang: hazardFactor, tinggi: hazardFactor })
          .default({ rendah: 1, sedang: 2, tinggi: 3 }),
      })
      .optional()
      .meta({
        description:
          'Weight = population x (1 + the largest type x level factor among the hazard zones at the point)',
      }),
  })
  .meta({ id: 'SitingDemand' });
export type SitingDemand = z.infer<typeof SitingDemand>;

export const MarkedSite = z
  .strictObject({
    id: text().min(1).max(100).optional(),
    name: text().trim().min(1).max(200).optional(),
    point: PointGeometry,
  })
  .meta({ id: 'MarkedSite' });
export type MarkedSite = z.infer<typeof MarkedSite>;

export const SitingCandidates = z
  .strictObject({
    sources: z.array(CandidateSource).min(1).default(['planned', 'proposed', 'desa']),
    marked: z.array(MarkedSite).max(200).default([]),
    junctionSpacingM: z.number().int().min(500).max(10_000).default(2_000).meta({
      description: 'Road junctions are thinned to one per square of this side',
    }),
    exclude: z
      .strictObject({ hazardTypes: z.array(HazardType).min(1), minLevel: HazardLevel.default('tinggi') })
      .optional()
      .meta({ description: 'No site inside a zone of these hazard types at or above this level' }),
    turnoutSeconds: z.number().int().min(0).max(3_600).default(120),
  })
  .meta({ id: 'SitingCandidates' });
export type SitingCandidates = z.infer<typeof SitingCandidates>;

export const SitingBudget = z
  .strictObject({
    newSiteCost: z.number().positive().max(1e12),
    upgradeCost: z
      .number()
      .positive()
      .max(1e12)
      .meta({ description: 'Cost of making a planned post operational' }),
    cap: z.number().positive('the budget must be above zero').max(1e13),
  })
  .meta({ id: 'SitingBudget' });
export type SitingBudget = z.infer<typeof SitingBudget>;

export const SitingRequest = z
  .strictObject({
    objective: SitingObjective.default('mclp'),
    k: z.number().int().min(1).max(15).default(3).meta({ description: 'New sites, when no budget is given' }),
    budget: SitingBudget.optional(),
    standard: SitingStandard.default({ mode: 'travelTime', minutes: 15, countTurnout: true }),
    demand: SitingDemand.default({ kind: 'desa', blockM: 1_000 }),
    candidates: SitingCandidates.default({
      sources: ['planned', 'proposed', 'desa'],
      marked: [],
      junctionSpacingM: 2_000,
      turnoutSeconds: 120,
    }),
    postIds: z.array(Id).min(1).max(500).optional().meta({ description: 'Existing posts kept open' }),
    postStatus: z.array(PostStatus).default(['operational']),
    profile: RoutingProfile,
    exact: z.boolean().default(true).meta({ description: 'False stops at the fast answer' }),
    timeLimitS: z.number().min(1).max(120).default(10),
  })
  .meta({ id: 'SitingRequest' });
export type SitingRequest = z.infer<typeof SitingRequest>;

const named = z.object({ id: z.string(), name: z.string().nullable() });

export const SuggestedSite = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    source: CandidateSource,
    point: PointGeometry,
    price: z.number(),
    servedWeight: z.number().meta({ description: 'Demand this site serves best' }),
    newlyCoveredWeight: z.number(),
    newlyCovered: z
      .array(
        z.object({
          id: z.string(),
          name: z.string().nullable(),
          before: z.number().nullable(),
          after: z.number(),
        }),
      )
      .meta({ description: 'Demand items moved inside the standard, with their cost before and after' }),
    newlyCoveredHazards: z
      .array(
        z.object({
          hazardType: HazardType,
          population: z.number(),
          areaKm2: z
            .number()
            .meta({ description: 'Land of this type’s zones (any level) newly within, km²' }),
        }),
      )
      .meta({
        description:
          'People newly within the standard who live in a zone of each hazard type, and the zone area',
      }),
    newlyCoveredHazardAreaKm2: z.number().meta({
      description:
        'Land in any hazard zone newly within the standard, km² on the coverage grid (each cell counted once, given to the suggested site that reaches it soonest)',
    }),
    relieves: named.extend({ weight: z.number() }).nullable(),
    nextBest: named.extend({ worseBy: z.number() }).nullable().meta({
      description: 'The best other candidate in its place and how much worse the objective would be',
    }),
  })
  .meta({ id: 'SuggestedSite' });
export type SuggestedSite = z.infer<typeof SuggestedSite>;

export const SitingResponse = z
  .object({
    version: z.string(),
    profile: RoutingProfile,
    objective: SitingObjective,
    unit: z.enum(['seconds', 'metres']),
    standard: z.number().meta({ description: 'The covering limit in `unit`' }),
    phase: z.enum(['fast', 'exact']),
    status: z.enum(['heuristic', 'optimal', 'time_limit']),
    value: z.number().meta({
      description:
        'mclp: weight covered; lscp: total price; pCenter: worst cost; pMedian: weighted mean cost (unit)',
    }),
    bound: z.number().nullable().meta({ description: 'Proven bound on the optimum, in the units of value' }),
    gap: z.number().nullable(),
    baseline: z.number().meta({ description: 'The value with the existing posts alone' }),
    fastMs: z.number(),
    exactMs: z.number().nullable(),
    demand: z.object({ count: z.number().int(), weight: z.number(), unreachableWeight: z.number() }),
    candidateCount: z.number().int(),
    existingCount: z.number().int(),
    sites: z.array(SuggestedSite),
  })
  .meta({ id: 'SitingResponse' });
export type SitingResponse = z.infer<typeof SitingResponse>;
