export { adminAreas } from './admin_areas.ts';
export { cacheItems } from './cache_items.ts';
export { caches } from './caches.ts';
export { hazardZones } from './hazard_zones.ts';
export { incidents } from './incidents.ts';
export { posts } from './posts.ts';
export { roads } from './roads.ts';
export { seedRuns } from './seed_runs.ts';
