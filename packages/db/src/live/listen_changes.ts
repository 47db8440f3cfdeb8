import { LIVE_CHANNEL, LiveChange } from '@siaga/schema';
import type { Database, Unlisten } from '../database.ts';

/**
 * Listens to the changes every audited write announces when it commits (`recordAudit`), from any process on the
 * same database. `onResync` runs when listening resumes after a lost connection: changes made meanwhile were not
 * heard, so a caller that mirrors data reloads it. Resolves once listening, with the function that stops it.
 *
 * @example
 * const stop = await listenChanges(database, (change) => console.log(change.entity, change.entityId));
 * await stop();
 */
export async function listenChanges(
  database: Database,
  onChange: (change: LiveChange) => void,
  onResync: () => void = () => {},
): Promise<Unlisten> {
  let listening = false;
  return database.listen(
    LIVE_CHANNEL,
    (payload) => {
      const parsed = LiveChange.safeParse(parseJson(payload));
      if (parsed.success) onChange(parsed.data);
    },
    () => {
      if (listening) onResync();
      listening = true;
    },
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
