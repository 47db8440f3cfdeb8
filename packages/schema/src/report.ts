import { z } from 'zod';
import { HazardLevel, HazardType, IncidentType, ItemCondition, ItemType } from './enums.ts';
import { RoutingProfile } from './routing.ts';

/*
 * The report's enums are not exported as zod schemas: their words live in @siaga/i18n's `report` section (methods,
 * sources, tables, layers), not among the entity enums of `t.enums`. Their values are exported as lists.
 */

/** Language of an export (Bahasa Indonesia first). */
const ReportLanguage = z.enum(['id', 'en']).default('id');
export type ReportLanguage = z.infer<typeof ReportLanguage>;

/** The 15-minute standard (waktu tanggap, Permen PU 20/PRT/M/2009): call to operations at the scene. */
export const RESPONSE_STANDARD_MIN = 15;
/** Rule of thumb: one post per 30,000 people. */
export const PEOPLE_PER_POST = 30_000;
/** Travel-time bands (minutes, turnout included) the population chart counts; the standard is one of them. */
export const REPORT_BANDS_MIN = [5, 10, 15, 20, 30, 45, 60] as const;
/** An item not inspected for this many days is overdue (a yearly inspection, as BMD asset checks are). */
export const INSPECTION_INTERVAL_DAYS = 365;

/** A saved scenario to compare with today's posts (its id); the summary then gains its figures and the change. */
const scenarioParam = z
  .string()
  .min(1)
  .max(100)
  .optional()
  .meta({ description: 'A saved scenario id: the summary adds its figures and the change against today' });

export const ReportQuery = z
  .strictObject({ profile: RoutingProfile, scenario: scenarioParam })
  .meta({ id: 'ReportQuery' });
export type ReportQuery = z.infer<typeof ReportQuery>;

export const REPORT_TABLES = ['kecamatan', 'desa', 'equipment'] as const;
const ReportTable = z.enum(REPORT_TABLES);
export type ReportTable = z.infer<typeof ReportTable>;

export const ReportCsvQuery = z
  .strictObject({
    level: ReportTable.default('kecamatan'),
    lang: ReportLanguage,
    profile: RoutingProfile,
    scenario: scenarioParam,
  })
  .meta({ id: 'ReportCsvQuery' });
export type ReportCsvQuery = z.infer<typeof ReportCsvQuery>;

export const ReportPdfQuery = z
  .strictObject({ lang: ReportLanguage, profile: RoutingProfile, scenario: scenarioParam })
  .meta({ id: 'ReportPdfQuery' });
export type ReportPdfQuery = z.infer<typeof ReportPdfQuery>;

/** `coverage`: land by travel-time band (one feature per band); `gaps`: land outside the standard and outside WMK. */
export const REPORT_LAYERS = ['coverage', 'gaps'] as const;
const ReportLayer = z.enum(REPORT_LAYERS);
export type ReportLayer = z.infer<typeof ReportLayer>;

export const ReportGeoJsonQuery = z
  .strictObject({ layer: ReportLayer.default('coverage'), profile: RoutingProfile })
  .meta({ id: 'ReportGeoJsonQuery' });
export type ReportGeoJsonQuery = z.infer<typeof ReportGeoJsonQuery>;

/** How a figure is computed; the words are in @siaga/i18n `report.methods`. */
export const REPORT_METHODS = [
  'travel_time',
  'wmk_radius',
  'posts_per_population',
  'hazard_uncovered',
  'incident_response',
  'nearest_post',
  'hazards_present',
  'equipment_reach',
  'equipment_inspection',
] as const;
const ReportMethod = z.enum(REPORT_METHODS);
export type ReportMethod = z.infer<typeof ReportMethod>;

/** A data set figures are computed from. */
export const REPORT_SOURCES = [
  'roads',
  'admin_areas',
  'population',
  'posts',
  'hazard_zones',
  'caches',
  'incidents',
] as const;
const ReportSource = z.enum(REPORT_SOURCES);
export type ReportSource = z.infer<typeof ReportSource>;

const share = z.number().min(0).max(1);
const minutesOrNull = z
  .number()
  .nullable()
  .meta({ description: 'Minutes, turnout included; null: unreachable' });
const postRef = z.object({ id: z.string(), name: z.string() }).nullable();

const StandardShares = z.object({
  coveredAreaKm2: z.number().nullable(),
  areaShare: share,
  coveredPopulation: z.number(),
  populationShare: share,
  desaCovered: z.number().int(),
  desaShare: share,
});

/** Kabupaten figures a set of posts reaches; in `change` the same fields hold scenario minus today. */
const ReportScenarioFigures = z.object({
  travel: z.object({ areaShare: z.number(), populationShare: z.number(), desaShare: z.number() }),
  wmk: z.object({ areaShare: z.number(), populationShare: z.number(), desaShare: z.number() }),
  posts: z.number().int(),
  postsPer30k: z.number(),
});
export type ReportScenarioFigures = z.infer<typeof ReportScenarioFigures>;

export const ReportScenario = z
  .object({
    id: z.string(),
    name: z.string(),
    today: ReportScenarioFigures.meta({ description: "Today's operational posts (as the summary above)" }),
    figures: ReportScenarioFigures.meta({
      description: "The scenario's posts (its statuses, switched-off and moved posts, candidates)",
    }),
    change: ReportScenarioFigures.meta({ description: 'Scenario minus today' }),
  })
  .meta({ id: 'ReportScenario' });
export type ReportScenario = z.infer<typeof ReportScenario>;

export const ReportKecamatanRow = z
  .object({
    code: z.string(),
    name: z.string(),
    population: z.number(),
    landAreaKm2: z.number(),
    desaCount: z.number().int(),
    postsInside: z.number().int(),
    travel: StandardShares,
    wmk: StandardShares,
    meanEtaMin: minutesOrNull.meta({ description: 'Population-weighted over the desa points' }),
    slowestDesa: z.object({ code: z.string(), name: z.string(), etaMin: minutesOrNull }).nullable(),
    bandPopulation: z
      .array(z.number())
      .meta({ description: 'Per REPORT_BANDS_MIN band, then beyond the last' }),
    hazards: z.array(z.object({ hazardType: HazardType, level: HazardLevel })),
    equipment: z.partialRecord(ItemType, z.number().int()),
  })
  .meta({ id: 'ReportKecamatanRow' });
export type ReportKecamatanRow = z.infer<typeof ReportKecamatanRow>;

export const ReportDesaRow = z
  .object({
    code: z.string(),
    name: z.string(),
    kecamatanCode: z.string(),
    kecamatanName: z.string(),
    isKelurahan: z.boolean(),
    population: z.number(),
    landAreaKm2: z.number(),
    nearestPost: postRef,
    etaMin: minutesOrNull,
    withinStandard: z.boolean(),
    coveredShare: share.meta({ description: 'Share of the desa population within the standard' }),
    wmkDistanceM: z.number().nullable(),
    wmkLimitM: z.number(),
    withinWmk: z.boolean(),
    hazards: z.array(z.object({ hazardType: HazardType, level: HazardLevel })),
    equipment: z
      .partialRecord(ItemType, z.number().int())
      .meta({ description: 'Available units at caches within the standard of the desa point' }),
  })
  .meta({ id: 'ReportDesaRow' });
export type ReportDesaRow = z.infer<typeof ReportDesaRow>;

export const ReportEquipmentRow = z
  .object({
    cacheId: z.string(),
    cacheName: z.string(),
    post: postRef,
    desaCode: z.string().nullable(),
    itemType: ItemType,
    condition: ItemCondition,
    quantity: z.number().int(),
    quantityAvailable: z.number().int(),
    lastInspected: z.iso.date().nullable(),
    overdue: z.boolean(),
  })
  .meta({ id: 'ReportEquipmentRow' });
export type ReportEquipmentRow = z.infer<typeof ReportEquipmentRow>;

export const ReportIncidentRow = z.object({
  id: z.string(),
  title: z.string(),
  incidentType: IncidentType,
  occurredAt: z.string(),
  desaCode: z.string().nullable(),
  nearestPost: postRef,
  modelledEtaMin: minutesOrNull,
  recordedResponseMin: z.number().nullable().meta({ description: 'Null: the record has no arrival time' }),
});
export type ReportIncidentRow = z.infer<typeof ReportIncidentRow>;

export const CoverageReport = z
  .object({
    generatedAt: z.iso.datetime(),
    networkVersion: z.string(),
    profile: RoutingProfile,
    demo: z.boolean().meta({ description: 'The data came from the demo seed: every page says so' }),
    area: z.array(z.object({ code: z.string(), name: z.string() })).meta({
      description:
        'The stored kabupaten the report is about (its heading names them); empty before one is stored',
    }),
    standardMin: z.number(),
    bandsMin: z.array(z.number()),
    sources: z.array(
      z.object({
        id: ReportSource,
        count: z.number().int(),
        citations: z.array(z.string()).meta({ description: "Distinct `source` texts of the data's rows" }),
      }),
    ),
    methods: z.array(z.object({ id: ReportMethod, sources: z.array(ReportSource) })),
    summary: z.object({
      population: z.number(),
      landAreaKm2: z.number(),
      noRoadPopulation: z.number(),
      kecamatanCount: z.number().int(),
      desaCount: z.number().int(),
      postCount: z.number().int(),
      travel: StandardShares,
      wmk: StandardShares.extend({
        radiusM: z.number(),
        builtUpRadiusM: z.number(),
        builtUpAreaKm2: z.number(),
      }),
      postsPer30k: z.object({ posts: z.number().int(), perPeople: z.number(), needed: z.number().int() }),
      bands: z.array(
        z.object({
          fromMin: z.number(),
          toMin: z.number().nullable(),
          population: z.number(),
          areaKm2: z.number(),
        }),
      ),
      hazards: z.array(
        z.object({
          hazardType: HazardType,
          level: HazardLevel,
          areaKm2: z.number(),
          uncoveredTravelKm2: z.number(),
          uncoveredWmkKm2: z.number(),
        }),
      ),
      incidents: z.object({
        recorded: z.number().int(),
        withResponseTimes: z.number().int(),
        rows: z.array(ReportIncidentRow),
      }),
      scenario: ReportScenario.optional().meta({ description: 'Present when a scenario was asked for' }),
    }),
    kecamatan: z.array(ReportKecamatanRow),
    desa: z.array(ReportDesaRow),
    equipment: z.array(ReportEquipmentRow),
  })
  .meta({ id: 'CoverageReport' });
export type CoverageReport = z.infer<typeof CoverageReport>;
