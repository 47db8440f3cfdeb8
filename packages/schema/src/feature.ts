import { z } from 'zod';

export const Id = z.uuid().meta({ description: 'Identifier (UUID)' });
export type Id = z.infer<typeof Id>;

/**
 * A GeoJSON Feature with the given geometry and properties schemas. The feature `id`, when given on create,
 * is a UUID that becomes the record's id (stable ids for seeds, imports and offline edits).
 */
export function feature<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.strictObject({ type: z.literal('Feature'), id: Id.optional(), geometry, properties });
}

/** A GeoJSON FeatureCollection of features of one schema. */
export function featureCollection<F extends z.ZodType>(feature: F) {
  return z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(feature) });
}

/** Input for create routes: one Feature or a FeatureCollection of them (written in one transaction). */
export function featureOrCollection<F extends z.ZodType>(feature: F) {
  return z.union([feature, featureCollection(feature)]);
}

/** Kemendagri area code: 51.08 (kabupaten), 51.08.01 (kecamatan), 51.08.08.2013 (desa). */
export const KemendagriCode = z
  .string()
  .regex(/^\d{2}(\.\d{2}){1,2}(\.\d{4})?$/, 'a Kemendagri code such as 51.08.08.2013');

export const DesaCode = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'a desa Kemendagri code such as 51.08.08.2013');

export const Timestamps = z.object({ createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() });

/** The record's version: 1 on create, bumped by every change; read-only (send it back as If-Match). */
export const Version = z
  .number()
  .int()
  .min(1)
  .meta({ description: 'Bumped by every change; use as If-Match' });

/** Read-only fields of a mutable record's answer. */
export const Versioned = z.object({ version: Version, ...Timestamps.shape });

type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: S[K] extends z.ZodDefault<infer T> ? z.ZodOptional<T> : z.ZodOptional<S[K]>;
};

/**
 * The properties of a PATCH body: every field optional, no defaults filled in (a default would overwrite what
 * the client did not send), unknown fields refused.
 */
export function patchProperties<S extends z.ZodRawShape>(properties: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(properties.shape).map(([key, field]) => {
      const bare = field instanceof z.ZodDefault ? field.unwrap() : field;
      return [key, (bare as z.ZodType).optional()];
    }),
  );
  return z.object(shape as unknown as PatchShape<S>).strict();
}
