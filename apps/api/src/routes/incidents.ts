import { incidents } from '@siaga/db';
import { IncidentCollection, IncidentCreate, IncidentFeature, IncidentPatch } from '@siaga/schema';
import { IncidentListQuery } from '../schemas/list_queries.ts';
import { featureRoutes } from './feature_routes.ts';

/** /api/incidents and /api/incidents/{id}: dispatchers record incidents. */
export const incidentRoutes = featureRoutes({
  path: '/api/incidents',
  tag: 'Incidents',
  names: { one: 'incident', many: 'incidents', a: 'an incident' },
  schemas: {
    feature: IncidentFeature,
    collection: IncidentCollection,
    create: IncidentCreate,
    patch: IncidentPatch,
    query: IncidentListQuery,
  },
  repository: incidents,
  access: { read: 'read', write: ['dispatcher'] },
  summaries: { list: 'List incidents, optionally within a bbox, by status, type and time of occurrence' },
});
