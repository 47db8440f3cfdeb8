import { z } from 'zod';
import { CoverageThresholds } from './coverage.ts';
import { HazardType, PostKind, PostStatus } from './enums.ts';
import { Id, patchProperties, Versioned } from './feature.ts';
import { PointGeometry, Position } from './geometry.ts';
import { PostFeature } from './post.ts';
import { CoverageModeName, RoutingProfile } from './routing.ts';
import { text } from './text.ts';

/** The document's format; a later format gets a new literal and a reader that upgrades the old one. */
export const SCENARIO_DOCUMENT_VERSION = 1;

/** A site the planner placed (or accepted from the siting solver); ids are the planner's own (`K1`, `K2`, …). */
export const ScenarioCandidate = z
  .strictObject({ id: text().trim().min(1).max(40), position: Position })
  .meta({ id: 'ScenarioCandidate' });
export type ScenarioCandidate = z.infer<typeof ScenarioCandidate>;

/** A stored post counted at another place in the what-if (its record is not changed). */
export const ScenarioMovedPost = z
  .strictObject({ postId: Id, position: Position })
  .meta({ id: 'ScenarioMovedPost' });
export type ScenarioMovedPost = z.infer<typeof ScenarioMovedPost>;

const unique = (values: readonly string[]): boolean => new Set(values).size === values.length;

/**
 * The planner's document as saved: which posts count (and which are switched off or moved), the candidates,
 * the standard (profile, thresholds, turnout, mode, shown level) and the siting solver's hazard weights.
 * Strict at every depth and versioned, so a document the app cannot read is refused (422) rather than half-read.
 */
export const ScenarioDocument = z
  .strictObject({
    format: z.literal(SCENARIO_DOCUMENT_VERSION),
    postStatuses: z
      .array(PostStatus.exclude(['closed']))
      .max(3)
      .refine(unique, 'statuses repeat'),
    profile: RoutingProfile,
    thresholdsMin: CoverageThresholds.unwrap(),
    countTurnout: z.boolean(),
    mode: CoverageModeName,
    levelIndex: z.number().int().min(0).max(11),
    candidates: z
      .array(ScenarioCandidate)
      .max(200)
      .refine((cs) => unique(cs.map((c) => c.id)), 'candidate ids repeat'),
    movedPosts: z
      .array(ScenarioMovedPost)
      .max(500)
      .refine((ms) => unique(ms.map((m) => m.postId)), 'a post is moved twice'),
    switchedOff: z
      .array(Id)
      .max(500)
      .refine(unique, 'a post is switched off twice')
      .meta({ description: 'Posts left out of the what-if ("closed for repairs")' }),
    isochroneOf: text().min(1).max(60).nullable(),
    hazardWeights: z.partialRecord(HazardType, z.number().min(0).max(10)),
  })
  .meta({ id: 'ScenarioDocument' });
export type ScenarioDocument = z.infer<typeof ScenarioDocument>;

const ScenarioProperties = z.strictObject({
  name: text().trim().min(1).max(120),
  document: ScenarioDocument,
});

export const ScenarioCreate = ScenarioProperties.meta({ id: 'ScenarioCreate' });
export type ScenarioCreate = z.infer<typeof ScenarioCreate>;

export const ScenarioPatch = patchProperties(ScenarioProperties).meta({ id: 'ScenarioPatch' });
export type ScenarioPatch = z.infer<typeof ScenarioPatch>;

/** A duplicate takes the original's document under a new name (default: the original's name and "(2)"). */
export const ScenarioDuplicate = z
  .strictObject({ name: text().trim().min(1).max(120).optional() })
  .meta({ id: 'ScenarioDuplicate' });
export type ScenarioDuplicate = z.infer<typeof ScenarioDuplicate>;

/**
 * Turns an accepted candidate into a real planned post. In the same transaction the scenario drops the candidate
 * and counts planned posts, so its figures still include the site.
 */
export const ScenarioPromote = z
  .strictObject({
    candidateId: text().trim().min(1).max(40),
    name: text()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: "Default: the scenario's name and the candidate id" }),
    kind: PostKind.default('fire_station'),
  })
  .meta({ id: 'ScenarioPromote' });
export type ScenarioPromote = z.infer<typeof ScenarioPromote>;

export const Scenario = z
  .object({
    id: Id,
    name: z.string(),
    /** Who saved it first (the audit log names every later writer). */
    author: z.string(),
    document: ScenarioDocument,
    ...Versioned.shape,
  })
  .meta({ id: 'Scenario' });
export type Scenario = z.infer<typeof Scenario>;

/** The list leaves the documents out; a planner opens one by id. */
export const ScenarioSummary = Scenario.omit({ document: true })
  .extend({ candidateCount: z.number().int(), switchedOffCount: z.number().int() })
  .meta({ id: 'ScenarioSummary' });
export type ScenarioSummary = z.infer<typeof ScenarioSummary>;

export const ScenarioList = z.object({ scenarios: z.array(ScenarioSummary) }).meta({ id: 'ScenarioList' });
export type ScenarioList = z.infer<typeof ScenarioList>;

export const ScenarioPromoted = z
  .object({ scenario: Scenario, post: PostFeature })
  .meta({ id: 'ScenarioPromoted' });
export type ScenarioPromoted = z.infer<typeof ScenarioPromoted>;

/** People and desa within the standard in one area. */
export const AreaFigures = z
  .object({
    code: z.string(),
    name: z.string(),
    population: z.number(),
    coveredPopulation: z.number(),
    populationShare: z.number(),
    desaCovered: z.number().int(),
    desaCount: z.number().int(),
  })
  .meta({ id: 'ScenarioAreaFigures' });
export type AreaFigures = z.infer<typeof AreaFigures>;

/** A scenario's figures at its shown standard (its chosen threshold, or the WMK rule). */
export const ScenarioFigures = z
  .object({
    mode: CoverageModeName,
    limit: z.number().meta({ description: 'Minutes for travel time, metres for the WMK rule' }),
    unit: z.enum(['minutes', 'metres']),
    kabupaten: AreaFigures,
    kecamatan: z.array(AreaFigures),
  })
  .meta({ id: 'ScenarioFigures' });
export type ScenarioFigures = z.infer<typeof ScenarioFigures>;

/** What the export lists: the scenario's own sites and the stored posts it changes. */
export const ScenarioSiteKind = z.enum(['candidate', 'moved_post', 'switched_off_post']);
export type ScenarioSiteKind = z.infer<typeof ScenarioSiteKind>;

export const ScenarioExport = z
  .object({
    type: z.literal('FeatureCollection'),
    scenario: z.object({ id: Id, name: z.string(), author: z.string(), version: z.number().int() }),
    figures: ScenarioFigures.nullable().meta({
      description: 'Null when the scenario counts no post and no site',
    }),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        geometry: PointGeometry,
        properties: z.object({
          kind: ScenarioSiteKind,
          id: z.string(),
          name: z.string().nullable(),
          postId: Id.nullable(),
        }),
      }),
    ),
  })
  .meta({ id: 'ScenarioExport' });
export type ScenarioExport = z.infer<typeof ScenarioExport>;
