export type { Database, Driver, SiagaDb } from './database.ts';
export { isDatabaseUnavailable } from './db_error.ts';
export { executeRows } from './execute_rows.ts';
export { MAX_REPAIR_CHANGE } from './geometry/prepare_geometries.ts';
export { type OpenDatabaseOptions, openDatabase } from './open_database.ts';
export {
  type AreaSize,
  type DesaBoundaryInput,
  type ReplaceDesaBoundariesOptions,
  type ReplaceDesaBoundariesResult,
  replaceDesaBoundaries,
} from './repositories/admin_area_boundaries.ts';
export {
  type AdminAreaCreateParsed,
  type AdminAreaQuery,
  type AdminAreaSummary,
  adminAreas,
} from './repositories/admin_areas.ts';
export { type CacheItemCreateParsed, cacheItems } from './repositories/cache_items.ts';
export type { StockFilter } from './repositories/cache_rows.ts';
export { type CacheCreateParsed, type CacheQuery, caches } from './repositories/caches.ts';
export {
  type HazardZoneCreateParsed,
  type HazardZoneQuery,
  hazardZones,
} from './repositories/hazard_zones.ts';
export { type IncidentCreateParsed, type IncidentQuery, incidents } from './repositories/incidents.ts';
export { type NearestQuery, type NearestResult, nearest } from './repositories/nearest.ts';
export { type PostCreateParsed, type PostQuery, posts } from './repositories/posts.ts';
export { roadInputsOf } from './repositories/road_inputs.ts';
export { type RoadCreateParsed, type RoadQuery, roads } from './repositories/roads.ts';
export { type LoadSeedOptions, loadSeedIfEmpty } from './seed/load_seed.ts';
