import { roadClosures } from '@siaga/db';
import {
  RoadClosureCollection,
  RoadClosureCreate,
  RoadClosureFeature,
  RoadClosurePatch,
} from '@siaga/schema';
import { RoadClosureListQuery } from '../schemas/list_queries.ts';
import { featureRoutes } from './feature_routes.ts';

/** /api/closures and /api/closures/{id}: dispatchers store road closures, which routing applies until they expire. */
export const closureRoutes = featureRoutes({
  path: '/api/closures',
  tag: 'Closures',
  names: { one: 'closure', many: 'closures', a: 'a closure' },
  schemas: {
    feature: RoadClosureFeature,
    collection: RoadClosureCollection,
    create: RoadClosureCreate,
    patch: RoadClosurePatch,
    query: RoadClosureListQuery,
  },
  repository: roadClosures,
  access: { read: 'read', write: ['dispatcher'] },
  summaries: {
    list: 'List the active road closures (unexpired), or all with includeExpired=true, optionally of one incident',
    create: 'Store road closures (a point closes roads within 25 m); the road is named from the nearest road',
  },
});
