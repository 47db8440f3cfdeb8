import { z } from 'zod';
import { IncidentStatus, IncidentType } from './enums.ts';
import { DesaCode, feature, Id, patchProperties, Versioned } from './feature.ts';
import { PointGeometry } from './geometry.ts';
import { text } from './text.ts';

export const IncidentProperties = z.strictObject({
  title: text().trim().min(1).max(300),
  incidentType: IncidentType,
  status: IncidentStatus.default('reported'),
  occurredAt: z.iso.datetime({ offset: true }),
  desaCode: DesaCode.nullable().default(null),
  source: text().max(1_000).nullable().default(null),
  notes: text().max(10_000).nullable().default(null),
});
export type IncidentProperties = z.infer<typeof IncidentProperties>;

export const IncidentCreate = feature(PointGeometry, IncidentProperties).meta({ id: 'IncidentCreate' });
export type IncidentCreate = z.input<typeof IncidentCreate>;

export const IncidentPatch = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: PointGeometry.optional(),
    properties: patchProperties(IncidentProperties).optional(),
  })
  .meta({ id: 'IncidentPatch' });
export type IncidentPatch = z.infer<typeof IncidentPatch>;

export const IncidentFeature = feature(
  PointGeometry,
  z.object({ id: Id, ...IncidentProperties.shape, ...Versioned.shape }),
).meta({ id: 'Incident' });
export type IncidentFeature = z.infer<typeof IncidentFeature>;
