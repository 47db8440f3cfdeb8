import { ErrorEnvelope } from '@siaga/schema';
import { type DatasetFeatures, type DatasetId, datasetPath, datasetSchema } from '../datasets.ts';
import type { LoadError } from './load_error.ts';

export type FetchResult<K extends DatasetId> =
  | { ok: true; features: DatasetFeatures[K] }
  | { ok: false; error: LoadError };

export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return undefined;
  }
}

/**
 * Loads one dataset from the API and validates it with the shared zod schema, so a server that drifted
 * from the contract shows a clear message instead of a half-drawn map.
 */
export async function fetchDataset<K extends DatasetId>(
  dataset: K,
  fetchFn: FetchFn,
  signal?: AbortSignal,
): Promise<FetchResult<K>> {
  let res: Response;
  try {
    res = await fetchFn(datasetPath[dataset], { headers: { accept: 'application/json' }, signal });
  } catch (e) {
    return { ok: false, error: { type: 'unreachable', message: e instanceof Error ? e.message : String(e) } };
  }
  const body = await readJson(res);
  if (!res.ok) {
    const envelope = ErrorEnvelope.safeParse(body);
    if (envelope.success) {
      const { code, message } = envelope.data.error;
      return { ok: false, error: { type: 'api', status: res.status, code, message } };
    }
    return { ok: false, error: { type: 'http', status: res.status } };
  }
  const parsed = datasetSchema[dataset].safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : parsed.error.message;
    return { ok: false, error: { type: 'invalid', message: where } };
  }
  // TypeScript cannot follow the dataset key through the schema table; the schema above checked the shape.
  return { ok: true, features: parsed.data.features as DatasetFeatures[K] };
}
