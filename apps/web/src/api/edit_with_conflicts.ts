import type { AppStore } from '../store/app_store.ts';
import { ApiError } from './api_error.ts';

/**
 * Runs an edit made against `version`; when someone changed the record meanwhile (412), the conflict dialog
 * asks the user: "Terapkan lagi" sends the same edit against the current version, "Muat ulang" calls
 * `reload` and drops the edit. Resolves with the edit's answer, or null when it was dropped.
 */
export async function editWithConflicts<T>(
  store: AppStore,
  edit: (version: number) => Promise<T>,
  version: number,
  reload: () => void,
): Promise<T | null> {
  let against = version;
  for (;;) {
    try {
      return await edit(against);
    } catch (e) {
      if (!(e instanceof ApiError) || e.problem.kind !== 'conflict') throw e;
      const current = e.problem.currentVersion;
      const choice = await new Promise<'reload' | 'reapply' | 'cancel'>((choose) =>
        store.getState().setConflict({ currentVersion: current, choose }),
      );
      store.getState().setConflict(null);
      if (choice === 'reapply' && current !== null) {
        against = current;
        continue;
      }
      if (choice === 'reload') reload();
      return null;
    }
  }
}
