import type { AuditEntity } from '@siaga/schema';
import type { DatasetId } from '../datasets.ts';

/**
 * The datasets that show records of each entity: a change of the entity reloads them. A new dataset joins
 * with one line; an entity not listed (users, tokens, backups) reloads nothing.
 */
export const DATASETS_OF_ENTITY: Partial<Record<AuditEntity, readonly DatasetId[]>> = {
  incident: ['incidents'],
  post: ['posts'],
  cache: ['caches'],
  cache_item: ['caches'],
  hazard_zone: ['hazardZones'],
  road: ['roads'],
  admin_area: ['desa', 'kecamatan', 'kabupaten'],
};

/** Entities whose change alters what the engine Worker routes on (the server rebuilds its graph for them too). */
const NETWORK_ENTITIES: ReadonlySet<AuditEntity> = new Set(['road', 'admin_area', 'hazard_zone']);

/** The datasets to reload after changes of these entities, each once. */
export function datasetsOf(entities: Iterable<AuditEntity>): Set<DatasetId> {
  const datasets = new Set<DatasetId>();
  for (const entity of entities) for (const d of DATASETS_OF_ENTITY[entity] ?? []) datasets.add(d);
  return datasets;
}

/** Whether the road network the Worker holds needs fetching again. */
export function touchesNetwork(entities: Iterable<AuditEntity>): boolean {
  for (const entity of entities) if (NETWORK_ENTITIES.has(entity)) return true;
  return false;
}
