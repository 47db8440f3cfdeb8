export { type AppDeps, createApp } from './app.ts';
export type { ApiApp } from './app_env.ts';
export { parseEnv, type ServerConfig } from './env.ts';
export * from './schemas/collections.ts';
export * from './schemas/health.ts';
export * from './schemas/nearest.ts';
export { type RunningServer, type StartOptions, start } from './start.ts';
