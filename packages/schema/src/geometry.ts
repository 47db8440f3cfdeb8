import { z } from 'zod';
import { parseDecimal } from './decimal.ts';

const longitude = z.number().finite().min(-180, 'longitude below -180').max(180, 'longitude above 180');
const latitude = z.number().finite().min(-90, 'latitude below -90').max(90, 'latitude above 90');

/** A WGS84 position [lon, lat]; a third (elevation) value is accepted and dropped by the database. */
export const Position = z.union([z.tuple([longitude, latitude]), z.tuple([longitude, latitude, z.number()])]);
export type Position = z.infer<typeof Position>;

export const PointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: Position });
export type PointGeometry = z.infer<typeof PointGeometry>;

/**
 * Bounds on one feature's geometry, so no single input can hold the database or the event loop for long: at most
 * MAX_POSITIONS positions (the densest official desa boundary has a few thousand, an OSM way at most 2,000), and at
 * most MAX_SPAN_DEGREES across in longitude and in latitude (Kabupaten Buleleng spans about 1.05° by 0.32°).
 */
export const MAX_POSITIONS = 20_000;
export const MAX_SPAN_DEGREES = 2;
export const geometryLimitsInWords = `at most ${MAX_POSITIONS.toLocaleString('en')} positions and ${MAX_SPAN_DEGREES}° across`;

/** Every position of a GeoJSON coordinates array, at any nesting depth. */
export function* positionsOf(coordinates: unknown): Generator<readonly number[]> {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') {
    yield coordinates as number[];
    return;
  }
  for (const inner of coordinates) yield* positionsOf(inner);
}

/** Why raw coordinates break the limits (too many positions, too wide), or null; non-numbers are left to zod. */
function limitProblem(coordinates: unknown): string | null {
  let count = 0;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positionsOf(coordinates)) {
    count += 1;
    if (count > MAX_POSITIONS) {
      return `a geometry may have at most ${MAX_POSITIONS.toLocaleString('en')} positions`;
    }
    if (typeof lon === 'number' && typeof lat === 'number') {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return east - west > MAX_SPAN_DEGREES || north - south > MAX_SPAN_DEGREES
    ? `a geometry may span at most ${MAX_SPAN_DEGREES}° of longitude and of latitude (more than the whole kabupaten)`
    : null;
}

/**
 * Coordinates held to the limits before any position is parsed, so an oversized input costs one cheap pass over
 * the raw arrays, not a full validation.
 */
function limited<S extends z.ZodType>(coordinates: S) {
  return z.preprocess((value, ctx) => {
    const problem = limitProblem(value);
    if (problem === null) return value;
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }, coordinates);
}

export const LineStringGeometry = z
  .strictObject({
    type: z.literal('LineString'),
    coordinates: limited(z.array(Position).min(2, 'a line needs at least 2 positions')),
  })
  .meta({ description: `A GeoJSON LineString (${geometryLimitsInWords})` });
export type LineStringGeometry = z.infer<typeof LineStringGeometry>;

const ring = z
  .array(Position)
  .min(4, 'a polygon ring needs at least 4 positions')
  .refine((r) => {
    const a = r[0];
    const b = r[r.length - 1];
    return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
  }, 'a polygon ring must be closed (first position equal to last)');

export const PolygonGeometry = z
  .strictObject({ type: z.literal('Polygon'), coordinates: limited(z.array(ring).min(1)) })
  .meta({ description: `A GeoJSON Polygon (${geometryLimitsInWords})` });
export type PolygonGeometry = z.infer<typeof PolygonGeometry>;

export const MultiPolygonGeometry = z
  .strictObject({
    type: z.literal('MultiPolygon'),
    coordinates: limited(z.array(z.array(ring).min(1)).min(1)),
  })
  .meta({ description: `A GeoJSON MultiPolygon (${geometryLimitsInWords})` });
export type MultiPolygonGeometry = z.infer<typeof MultiPolygonGeometry>;

/** Areas are stored as MultiPolygon; a Polygon is accepted on input. */
export const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
export type AreaGeometry = z.infer<typeof AreaGeometry>;

/** minLon, minLat, maxLon, maxLat. */
export const BBox = z
  .tuple([longitude, latitude, longitude, latitude])
  .refine(([w, s, e, n]) => w <= e && s <= n, 'bbox must be minLon,minLat,maxLon,maxLat');
export type BBox = z.infer<typeof BBox>;

/** Parses the `bbox` query parameter, "minLon,minLat,maxLon,maxLat". */
export const BBoxParam = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(',').map((p) => parseDecimal(p.trim()));
    const parsed = BBox.safeParse(parts);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'bbox must be four numbers: minLon,minLat,maxLon,maxLat' });
      return z.NEVER;
    }
    return parsed.data;
  })
  .meta({ description: 'minLon,minLat,maxLon,maxLat (WGS84)', example: '114.9,-8.2,115.2,-8.05' });
