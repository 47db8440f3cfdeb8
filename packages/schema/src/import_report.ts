import { z } from 'zod';
import { HazardType } from './enums.ts';

/** What `npm run import` and `POST /api/imports/{kind}` bring in from official files. */
export const ImportKind = z.enum(['population', 'hazard-zones', 'posts', 'caches']);
export type ImportKind = z.infer<typeof ImportKind>;

/** One row (CSV line, GeoJSON feature or shapefile record, counted from 1) that was repaired or refused. */
export const ImportNote = z.object({
  /** 1-based: the CSV line (the header is line 1) or the feature/record number; null for the whole file. */
  row: z.number().int().min(0).nullable(),
  message: z.string(),
});
export type ImportNote = z.infer<typeof ImportNote>;

/** What an import took, repaired and refused; `written` is false on a dry run or when a refused row stopped it. */
export const ImportReport = z
  .object({
    kind: ImportKind,
    file: z.string(),
    /** csv, geojson or shapefile. */
    format: z.string(),
    dryRun: z.boolean(),
    written: z.boolean(),
    rows: z.number().int().min(0),
    taken: z.number().int().min(0),
    repaired: z.array(ImportNote),
    refused: z.array(ImportNote),
    /** Facts about the whole file: the column read, the CRS reprojected from, what happened to desa, … */
    notes: z.array(z.string()),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;

/** Query of POST /api/imports/{kind}. */
export const ImportQuery = z.strictObject({
  dryRun: z.enum(['true', 'false']).optional(),
  skipInvalid: z.enum(['true', 'false']).optional(),
  /** The CRS of a file without a .prj, e.g. 32750 (UTM 50S). */
  epsg: z
    .string()
    .regex(/^\d{4,5}$/, 'an EPSG code such as 32750')
    .optional(),
  /** The file's name (its extension tells the format when the content does not). */
  file: z.string().max(200).optional(),
  /** Population: the column to read when several hold population figures. */
  column: z.string().max(100).optional(),
  /** Hazard zones: the type of every zone of a file without a type column. */
  hazardType: HazardType.optional(),
});
export type ImportQuery = z.infer<typeof ImportQuery>;
