import type { AuditEntity } from '@siaga/schema';
import type { StateCreator } from 'zustand';

/** The live connection: off (nobody may read yet), connecting, live, or lost and trying again. */
export type LiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting';

/** How many times each kind of record changed since the page opened, as the live connection heard it. */
export type LiveTicks = Partial<Record<AuditEntity, number>>;

export interface LiveSlice {
  liveStatus: LiveStatus;
  /** A panel that shows records of an entity refetches when its tick moves (e.g. a timeline on `incident`). */
  liveTick: LiveTicks;
  setLiveStatus(status: LiveStatus): void;
  bumpLiveTicks(entities: Iterable<AuditEntity>): void;
}

export const createLiveSlice: StateCreator<LiveSlice, [], [], LiveSlice> = (set) => ({
  liveStatus: 'off',
  liveTick: {},
  setLiveStatus: (liveStatus) => set({ liveStatus }),
  bumpLiveTicks: (entities) =>
    set((s) => {
      const liveTick = { ...s.liveTick };
      for (const entity of entities) liveTick[entity] = (liveTick[entity] ?? 0) + 1;
      return { liveTick };
    }),
});
