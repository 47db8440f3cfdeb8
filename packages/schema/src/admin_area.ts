import { z } from 'zod';
import { AdminLevel } from './enums.ts';
import { feature, KemendagriCode } from './feature.ts';
import { AreaGeometry, MultiPolygonGeometry, PointGeometry } from './geometry.ts';
import { text } from './text.ts';

export const AdminAreaProperties = z.strictObject({
  code: KemendagriCode,
  /** BPS code where known (e.g. 5108080013); BPS and Kemendagri numbering differ. */
  bpsCode: text().max(20).nullable().default(null),
  name: text().trim().min(1).max(200),
  level: AdminLevel,
  parentCode: KemendagriCode.nullable().default(null),
  /** For a desa: true for a kelurahan (urban), false for a desa. */
  isKelurahan: z.boolean().nullable().default(null),
  population: z.number().int().min(0).nullable().default(null),
  populationYear: z.number().int().min(1900).max(2100).nullable().default(null),
  /** How exact the boundary is: official boundary or an approximation (see data/README.md). */
  boundaryPrecision: z.enum(['official', 'approximate']).default('approximate'),
  source: text().max(1_000).nullable().default(null),
  /**
   * A point inside the area standing for it: where its name is drawn, where a dispatcher's desa search puts the
   * incident, and where coverage measures "time to the desa". Null on create: the database computes one
   * (ST_PointOnSurface), so every stored area has one.
   */
  labelPoint: PointGeometry.nullable().default(null),
});
export type AdminAreaProperties = z.infer<typeof AdminAreaProperties>;

export const AdminAreaCreate = feature(AreaGeometry, AdminAreaProperties).meta({ id: 'AdminAreaCreate' });
export type AdminAreaCreate = z.input<typeof AdminAreaCreate>;

export const AdminAreaFeature = feature(
  MultiPolygonGeometry,
  z.object({
    ...AdminAreaProperties.shape,
    // Always sent by the API; optional in the type so that features built without it (before label points
    // existed) stay valid, and readers fall back to their own point.
    labelPoint: PointGeometry.nullable().optional(),
    areaKm2: z.number(),
  }),
).meta({ id: 'AdminArea' });
export type AdminAreaFeature = z.infer<typeof AdminAreaFeature>;
