export { type Actor, systemActor } from './actor.ts';
export { hashPassword, verifyPassword } from './auth/password.ts';
export { sha256Hex } from './auth/tokens.ts';
export { restoreBackup } from './backup/restore_backup.ts';
export { type BackupHeader, streamBackup, writeBackup } from './backup/write_backup.ts';
export type { Database, Driver, SiagaDb, Unlisten } from './database.ts';
export { isDatabaseUnavailable } from './db_error.ts';
export { executeRows } from './execute_rows.ts';
export { MAX_REPAIR_CHANGE } from './geometry/prepare_geometries.ts';
export { storedStudyArea } from './geometry/stored_study_area.ts';
export * from './imports/index.ts';
export { listenChanges } from './live/listen_changes.ts';
export { BATCH_FROM, liveChangesOf } from './live/live_changes_of.ts';
export { onServer } from './on_server.ts';
export { embeddedFolderOf, type OpenDatabaseOptions, openDatabase } from './open_database.ts';
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
export { apiTokens } from './repositories/api_tokens.ts';
export { assignments } from './repositories/assignment_rows.ts';
export { assignmentWrites } from './repositories/assignment_writes.ts';
export { type AuditChange, type AuditFilter, audit, recordAudit } from './repositories/audit.ts';
export { type BasemapFeatureCreateParsed, basemapFeatures } from './repositories/basemap_features.ts';
export { type CacheItemCreateParsed, cacheItems } from './repositories/cache_items.ts';
export type { StockFilter } from './repositories/cache_rows.ts';
export { type CacheCreateParsed, type CacheQuery, caches } from './repositories/caches.ts';
export type { FeaturePatch, FeatureRepository, WriteOptions } from './repositories/feature_repository.ts';
export {
  type HazardZoneCreateParsed,
  type HazardZoneQuery,
  hazardZones,
} from './repositories/hazard_zones.ts';
export { incidentEvents } from './repositories/incident_events.ts';
export { COAST_TOLERANCE_M } from './repositories/incident_places.ts';
export { type IncidentCreateParsed, type IncidentQuery, incidents } from './repositories/incidents.ts';
export { type NearestQuery, type NearestResult, nearest } from './repositories/nearest.ts';
export { type PostCreateParsed, type PostQuery, posts } from './repositories/posts.ts';
export { type RateLimit, type RateLimitHit, rateLimits, SIGN_IN_LIMIT } from './repositories/rate_limits.ts';
export {
  activeClosureGeometries,
  ROAD_NAME_RADIUS_M,
  type RoadClosureCreateParsed,
  type RoadClosureQuery,
  roadClosures,
} from './repositories/road_closures.ts';
export { roadInputsOf } from './repositories/road_inputs.ts';
export { type RoadCreateParsed, type RoadQuery, roads } from './repositories/roads.ts';
export { scenarios } from './repositories/scenarios.ts';
export { demoSeedLoaded } from './repositories/seed_runs.ts';
export {
  type ResolvedSession,
  SESSION_TTL_MS,
  type StartedSession,
  sessions,
} from './repositories/sessions.ts';
export { applyStockOperation } from './repositories/stock_operations.ts';
export { type UnitCreateParsed, type UnitQuery, units } from './repositories/units.ts';
export { authUserOf, users } from './repositories/users.ts';
export { type LoadSeedOptions, loadSeedIfEmpty } from './seed/load_seed.ts';
export {
  heldBy,
  liveLock,
  localUrl,
  parseServerLock,
  pidAlive,
  readServerLock,
  removeServerLock,
  SERVER_LOCK_FILE,
  type ServerLock,
  serverHolding,
  writeServerLock,
} from './server_lock.ts';
