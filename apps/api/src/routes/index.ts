import type { ApiApp } from '../app_env.ts';
import { registerAdminAreas } from './admin_areas.ts';
import { registerAdminAreasCode } from './admin_areas_code.ts';
import { registerCaches } from './caches.ts';
import { registerCachesId } from './caches_id.ts';
import { registerCachesIdItems } from './caches_id_items.ts';
import { registerCachesIdItemsItemId } from './caches_id_items_item_id.ts';
import { registerHazardZones } from './hazard_zones.ts';
import { registerHazardZonesId } from './hazard_zones_id.ts';
import { registerHealth } from './health.ts';
import { registerIncidents } from './incidents.ts';
import { registerIncidentsId } from './incidents_id.ts';
import { registerNearest } from './nearest.ts';
import { registerPosts } from './posts.ts';
import { registerPostsId } from './posts_id.ts';
import { registerRoads } from './roads.ts';

/** Every API route, one file per URL. */
export function registerRoutes(app: ApiApp): void {
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
  registerHealth(app);
}
