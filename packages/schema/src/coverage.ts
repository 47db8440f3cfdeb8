import { z } from 'zod';

/** A travel-time limit in minutes; 120 min is far beyond any response standard and keeps searches bounded. */
export const TravelMinutes = z.number().finite().min(1).max(120);

const ascending = (values: readonly number[]): boolean =>
  values.every((v, i) => i === 0 || v > (values[i - 1] ?? v));

/** Drive-time breaks of an isochrone, minutes, strictly ascending (each polygon contains the previous one). */
export const IsochroneBreaks = z
  .array(TravelMinutes)
  .min(1)
  .max(12)
  .refine(ascending, 'breaks must be strictly ascending')
  .default([5, 10, 15])
  .meta({ id: 'IsochroneBreaks', description: 'Minutes, strictly ascending, 1..120', example: [5, 10, 15] });
export type IsochroneBreaks = z.infer<typeof IsochroneBreaks>;

/** Response-time thresholds a coverage report counts against, minutes, strictly ascending. */
export const CoverageThresholds = IsochroneBreaks.meta({
  id: 'CoverageThresholds',
  description: 'Minutes from the call (turnout included), strictly ascending, 1..120',
  example: [5, 10, 15],
});
export type CoverageThresholds = z.infer<typeof CoverageThresholds>;

/**
 * The WMK (Wilayah Manajemen Kebakaran) rule: a post serves at most `radiusM` around it, and built-up areas must
 * have a post within `builtUpRadiusM` (Permen PU 20/PRT/M/2009: 7.5 km and 2.5 km).
 */
export const WmkRule = z
  .strictObject({
    radiusM: z.number().positive().max(50_000).default(7_500),
    builtUpRadiusM: z.number().positive().max(50_000).default(2_500),
    /**
     * People per km² at or above which a grid cell counts as built-up (every kelurahan cell does anyway). Coverage
     * lays each desa's population on its road-accessible cells, so this is the density of settled land along the
     * roads: 5,000/km² marks a town core (Singaraja, Seririt), while village roads stay below it.
     */
    builtUpDensityPerKm2: z.number().positive().default(5_000),
  })
  .meta({ id: 'WmkRule' });
export type WmkRule = z.infer<typeof WmkRule>;
