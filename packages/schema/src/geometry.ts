import { z } from 'zod';

const longitude = z.number().finite().min(-180, 'longitude below -180').max(180, 'longitude above 180');
const latitude = z.number().finite().min(-90, 'latitude below -90').max(90, 'latitude above 90');

/** A WGS84 position [lon, lat]; a third (elevation) value is accepted and dropped by the database. */
export const Position = z.union([z.tuple([longitude, latitude]), z.tuple([longitude, latitude, z.number()])]);
export type Position = z.infer<typeof Position>;

export const PointGeometry = z.object({ type: z.literal('Point'), coordinates: Position });
export type PointGeometry = z.infer<typeof PointGeometry>;

export const LineStringGeometry = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(Position).min(2, 'a line needs at least 2 positions'),
});
export type LineStringGeometry = z.infer<typeof LineStringGeometry>;

const ring = z
  .array(Position)
  .min(4, 'a polygon ring needs at least 4 positions')
  .refine((r) => {
    const a = r[0];
    const b = r[r.length - 1];
    return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
  }, 'a polygon ring must be closed (first position equal to last)');

export const PolygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
export type PolygonGeometry = z.infer<typeof PolygonGeometry>;

export const MultiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
});
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
    const parts = s.split(',').map((p) => Number(p.trim()));
    const parsed = BBox.safeParse(parts);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'bbox must be four numbers: minLon,minLat,maxLon,maxLat' });
      return z.NEVER;
    }
    return parsed.data;
  })
  .meta({ description: 'minLon,minLat,maxLon,maxLat (WGS84)', example: '114.9,-8.2,115.2,-8.05' });
