import type { Catalogue } from '@siaga/i18n';
import type { CacheItem } from '@siaga/schema';
import type { z } from 'zod';
import type { ApiClient, WriteMethod } from '../api/api_client.ts';
import { ApiError } from '../api/api_error.ts';
import { describeApiError } from '../api/describe_api_error.ts';
import { editWithConflicts } from '../api/edit_with_conflicts.ts';
import type { DatasetFeature, DatasetId } from '../datasets.ts';
import type { AppStore } from '../store/app_store.ts';
import { featuresOf } from '../store/data_slice.ts';
import { type FieldErrors, fieldOf } from './issue_messages.ts';

/** How a write ended: its answer, dropped after a conflict (the user chose to reload), or refused. */
export type WriteOutcome<T> =
  | { kind: 'done'; value: T }
  | { kind: 'dropped' }
  | { kind: 'refused'; message: string; errors: FieldErrors };

/**
 * A refusal in the user's language, with the envelope's issues put next to their fields (`body.` dropped from
 * the path); issues are only shown where the form has no message of its own from the shared schema.
 */
export function refusalOf(t: Catalogue, e: unknown): { message: string; errors: FieldErrors } {
  if (!(e instanceof ApiError)) return { message: e instanceof Error ? e.message : String(e), errors: {} };
  const errors: FieldErrors = {};
  for (const d of e.details) {
    const field = fieldOf(d.path.replace(/^body\.?/, '').split('.'));
    if (field !== '') errors[field] ??= d.message;
  }
  return { message: describeApiError(t, e), errors };
}

/**
 * One write of a form: with a version, sent with If-Match through the conflict dialog (a 412 asks the user to
 * reload or reapply); without, sent as is (a create, or a stock operation).
 */
export async function writeRecord<S extends z.ZodType>(
  api: ApiClient,
  store: AppStore,
  t: Catalogue,
  request: { method: WriteMethod; path: string; body?: unknown; version: number | null; answer?: S },
): Promise<WriteOutcome<z.output<S> | undefined>> {
  const { method, path, body, version, answer } = request;
  const send = (ifMatch?: number) => api.write(method, path, { body, ifMatch }, answer);
  try {
    if (version === null) return { kind: 'done', value: (await send()).value };
    const r = await editWithConflicts(
      store,
      (v) => send(v),
      version,
      () => {},
    );
    return r === null ? { kind: 'dropped' } : { kind: 'done', value: r.value };
  } catch (e) {
    return { kind: 'refused', ...refusalOf(t, e) };
  }
}

type FeatureDataset = 'posts' | 'caches' | 'hazardZones';

/** Puts a written feature into its dataset at once (the live update reloads it for every screen). */
export function putFeature<K extends FeatureDataset>(
  store: AppStore,
  dataset: K,
  feature: DatasetFeature[K],
): void {
  const s = store.getState();
  const id = feature.properties.id;
  const others = featuresOf(s.datasets, dataset).filter((f) => f.properties.id !== id);
  s.setLoaded(dataset, [...others, feature] as never);
}

/** Takes a deleted feature out of its dataset. */
export function dropFeature(store: AppStore, dataset: DatasetId & FeatureDataset, id: string): void {
  const s = store.getState();
  s.setLoaded(dataset, featuresOf(s.datasets, dataset).filter((f) => f.properties.id !== id) as never);
}

/** Puts written stock rows into their caches at once (a receive may create a row; a move changes two caches). */
export function putItems(store: AppStore, items: readonly CacheItem[]): void {
  const s = store.getState();
  const caches = featuresOf(s.datasets, 'caches').map((c) => {
    const mine = items.filter((i) => i.cacheId === c.properties.id);
    if (mine.length === 0) return c;
    const kept = c.properties.items.filter((i) => !mine.some((m) => m.id === i.id));
    return { ...c, properties: { ...c.properties, items: [...kept, ...mine] } };
  });
  s.setLoaded('caches', caches);
}
