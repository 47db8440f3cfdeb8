import { hazardZones } from '@siaga/db';
import { HazardZoneCollection, HazardZoneCreate, HazardZoneFeature, HazardZonePatch } from '@siaga/schema';
import { HazardZoneListQuery } from '../schemas/list_queries.ts';
import { featureRoutes } from './feature_routes.ts';

/** /api/hazard-zones and /api/hazard-zones/{id}: planners change hazard zones. */
export const hazardZoneRoutes = featureRoutes({
  path: '/api/hazard-zones',
  tag: 'Hazard zones',
  names: { one: 'hazard zone', many: 'hazard zones', a: 'a hazard zone' },
  schemas: {
    feature: HazardZoneFeature,
    collection: HazardZoneCollection,
    create: HazardZoneCreate,
    patch: HazardZonePatch,
    query: HazardZoneListQuery,
  },
  repository: hazardZones,
  access: { read: 'read', write: ['planner'] },
  summaries: { list: 'List hazard zones, optionally within a bbox and by hazard type and level' },
});
