import type { AuditEntity } from '@siaga/schema';

/** What one burst of changes asks for: the entities that changed, or everything after missed changes. */
export interface Burst {
  entities: Set<AuditEntity>;
  everything: boolean;
}

export interface ChangeBatch {
  change(entity: AuditEntity): void;
  /** Changes were missed: the next flush asks for everything. */
  resync(): void;
  cancel(): void;
}

/**
 * Gathers a burst of changes (an assignment writes an incident event, a unit and stock in one go) and hands it
 * over once, `delayMs` after its first change: later changes of the burst join it without pushing the flush
 * back, so a steady stream still flushes every `delayMs`.
 *
 * @example
 * const batch = createChangeBatch(150, ({ entities }) => reload(entities));
 * batch.change('post'); batch.change('cache'); // one reload of posts and caches 150 ms later
 */
export function createChangeBatch(delayMs: number, flush: (burst: Burst) => void): ChangeBatch {
  let pending: Burst | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): Burst => {
    if (pending) return pending;
    const burst: Burst = { entities: new Set(), everything: false };
    pending = burst;
    timer = setTimeout(() => {
      pending = null;
      flush(burst);
    }, delayMs);
    return burst;
  };
  return {
    change: (entity) => {
      schedule().entities.add(entity);
    },
    resync: () => {
      schedule().everything = true;
    },
    cancel: () => {
      clearTimeout(timer);
      pending = null;
    },
  };
}
