// The list answers' schemas live in @siaga/schema (the web app checks its fetches with them); still exported here.
export {
  AdminAreaCollection,
  AdminAreaSummary,
  CacheCollection,
  CacheItemList,
  HazardZoneCollection,
  IncidentCollection,
  PostCollection,
  RoadCollection,
} from '@siaga/schema';
export { type AppDeps, createApp } from './app.ts';
export type { ApiApp } from './app_env.ts';
export { parseEnv, type ServerConfig } from './env.ts';
export * from './schemas/health.ts';
export * from './schemas/nearest.ts';
export { type RunningServer, type StartOptions, start } from './start.ts';
