import { activeClosureGeometries, type SiagaDb } from '@siaga/db';
import type { ClosureInput } from '@siaga/schema';

/**
 * The request with the stored active closures (/api/closures) added to its own, unless it asks
 * `storedClosures: false`; the engine gets them as if the client had sent them.
 */
export async function withStoredClosures<Q extends { closures: ClosureInput[]; storedClosures: boolean }>(
  db: SiagaDb,
  q: Q,
): Promise<Q> {
  if (!q.storedClosures) return q;
  const stored = await activeClosureGeometries(db);
  return stored.length === 0 ? q : { ...q, closures: [...q.closures, ...stored] };
}
