import type { ApiApp } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { registerAdminAreas } from './admin_areas.ts';
import { registerAdminAreasCode } from './admin_areas_code.ts';
import { registerCaches } from './caches.ts';
import { registerCachesId } from './caches_id.ts';
import { registerCachesIdItems } from './caches_id_items.ts';
import { registerCachesIdItemsItemId } from './caches_id_items_item_id.ts';
import { registerCoverage } from './coverage.ts';
import { registerHazardZones } from './hazard_zones.ts';
import { registerHazardZonesId } from './hazard_zones_id.ts';
import { registerHealth } from './health.ts';
import { registerIncidents } from './incidents.ts';
import { registerIncidentsId } from './incidents_id.ts';
import { registerNearest } from './nearest.ts';
import { registerNetwork } from './network.ts';
import { registerNetworkGraphBin } from './network_graph_bin.ts';
import { registerPosts } from './posts.ts';
import { registerPostsId } from './posts_id.ts';
import { registerRoads } from './roads.ts';
import { registerRoutingClosest } from './routing_closest.ts';
import { registerRoutingIsochrones } from './routing_isochrones.ts';
import { registerRoutingMatrix } from './routing_matrix.ts';

/** Every API route, one file per URL. */
export function registerRoutes(app: ApiApp, services: { network: NetworkService }): void {
  registerPosts(app);
  registerPostsId(app);
  registerCaches(app);
  registerCachesId(app);
  registerCachesIdItems(app);
  registerCachesIdItemsItemId(app);
  registerHazardZones(app);
  registerHazardZonesId(app);
  registerIncidents(app);
  registerIncidentsId(app);
  registerAdminAreas(app);
  registerAdminAreasCode(app);
  registerRoads(app);
  registerNearest(app);
  registerRoutingClosest(app, services.network);
  registerRoutingIsochrones(app, services.network);
  registerRoutingMatrix(app, services.network);
  registerCoverage(app, services.network);
  registerNetwork(app, services.network);
  registerNetworkGraphBin(app, services.network);
  registerHealth(app);
}
