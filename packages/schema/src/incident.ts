import { z } from 'zod';
import { IncidentStatus, IncidentType } from './enums.ts';
import { DesaCode, feature, Id, KemendagriCode, patchProperties, Versioned } from './feature.ts';
import { PointGeometry } from './geometry.ts';
import { text } from './text.ts';

const isoTime = z.iso.datetime({ offset: true });

export const IncidentProperties = z.strictObject({
  title: text().trim().min(1).max(300),
  incidentType: IncidentType,
  status: IncidentStatus.default('reported'),
  occurredAt: isoTime,
  /** When the call came in; the server fills in the time of the request when it is left out. */
  reportedAt: isoTime.optional(),
  reporterName: text().trim().max(200).nullable().default(null),
  reporterPhone: text()
    .trim()
    .max(40)
    .regex(/^[+\d][\d\s().-]*$/, 'a phone number such as 0812 3456 7890 or +62 812 3456 7890')
    .nullable()
    .default(null),
  peopleAffected: z.number().int().min(0).max(10_000_000).nullable().default(null),
  source: text().max(1_000).nullable().default(null),
  notes: text().max(10_000).nullable().default(null),
});
export type IncidentProperties = z.infer<typeof IncidentProperties>;

export const IncidentCreate = feature(PointGeometry, IncidentProperties).meta({ id: 'IncidentCreate' });
export type IncidentCreate = z.input<typeof IncidentCreate>;

/** A status change is checked against the workflow (incident_workflow.ts) and recorded in the timeline. */
export const IncidentPatch = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: PointGeometry.optional(),
    properties: patchProperties(IncidentProperties).optional(),
  })
  .meta({ id: 'IncidentPatch' });
export type IncidentPatch = z.infer<typeof IncidentPatch>;

/** Fields the server derives: the desa and kecamatan holding the point, and when the incident closed. */
const IncidentDerived = z.object({
  reportedAt: z.iso.datetime(),
  desaCode: DesaCode.nullable().meta({ description: 'Read-only: the desa holding the point' }),
  kecamatanCode: KemendagriCode.nullable().meta({
    description: 'Read-only: the kecamatan holding the point',
  }),
  closedAt: z.iso
    .datetime()
    .nullable()
    .meta({ description: 'Read-only: when the status became resolved or cancelled' }),
});

export const IncidentFeature = feature(
  PointGeometry,
  z.object({ id: Id, ...IncidentProperties.shape, ...IncidentDerived.shape, ...Versioned.shape }),
).meta({ id: 'Incident' });
export type IncidentFeature = z.infer<typeof IncidentFeature>;
