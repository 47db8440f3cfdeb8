import { incidents, type SiagaDb } from '@siaga/db';
import { type IncidentFeature, SiagaError } from '@siaga/schema';

/** The incident of a `/api/incidents/{id}/…` route, or 404. */
export async function incidentOf(db: SiagaDb, id: string): Promise<IncidentFeature> {
  const incident = await incidents.get(db, id);
  if (!incident) throw new SiagaError('not_found', `No incident with id ${id}`);
  return incident;
}
