import type { ItemNeed, Position, RoutingProfile } from '@siaga/schema';
import type { StateCreator } from 'zustand';
import type { ItemFilter, ResponseOf } from '../worker/protocol.ts';
import { type AsyncResult, IDLE } from './async_result.ts';

export interface Incident {
  position: Position;
  /** How it was given: a placing click on the map, a search result, or typed coordinates. */
  source: 'map' | 'search' | 'coordinates';
  /** The name it was found by (desa, place, post, road); null for a map click or coordinates. */
  label: string | null;
  /** The desa it lies in, when known. */
  desaCode?: string | null;
}

export interface Closure {
  id: string;
  /** On the closed road (picked by screen distance), so the engine's point closure takes. */
  position: Position;
  /** The closed road's name; null for an unnamed road. */
  roadName: string | null;
}

export interface DispatchSettings {
  incident: Incident | null;
  k: number;
  profile: RoutingProfile;
  item: ItemFilter | null;
  /** An equipment requirement of several items at once; empty when none is asked. */
  items: ItemNeed[];
  closures: Closure[];
}

export interface DispatchSlice {
  dispatch: DispatchSettings;
  closest: AsyncResult<ResponseOf<'closest'>>;
  /** The last closure click hit no road (cleared by the next closure placed). */
  closureMiss: boolean;
  /** Stored closures (/api/closures) the dispatcher reopened, waiting for their DELETE. */
  closureDeletes: string[];
  setIncident(incident: Incident | null): void;
  setDispatch(change: Partial<Omit<DispatchSettings, 'incident' | 'closures'>>): void;
  addClosure(position: Position, roadName: string | null): void;
  /** Reopens a road: a closure not saved yet goes at once, a stored one is queued for deletion. */
  removeClosure(id: string): void;
  /** The stored closure's DELETE is done (or failed): it leaves the queue. */
  closureDeleted(id: string): void;
  setClosureMiss(miss: boolean): void;
  setClosest(r: AsyncResult<ResponseOf<'closest'>>): void;
}

export const DEFAULT_K = 3;

export const createDispatchSlice: StateCreator<DispatchSlice, [], [], DispatchSlice> = (set) => {
  let counter = 1;
  return {
    dispatch: { incident: null, k: DEFAULT_K, profile: 'fire_engine', item: null, items: [], closures: [] },
    closest: IDLE,
    closureMiss: false,
    closureDeletes: [],
    setIncident: (incident) => set((s) => ({ dispatch: { ...s.dispatch, incident } })),
    setDispatch: (change) => set((s) => ({ dispatch: { ...s.dispatch, ...change } })),
    addClosure: (position, roadName) =>
      set((s) => ({
        dispatch: {
          ...s.dispatch,
          closures: [...s.dispatch.closures, { id: `C${counter++}`, position, roadName }],
        },
        closureMiss: false,
        closureDeletes: [],
      })),
    removeClosure: (id) =>
      set((s) =>
        s.dispatch.closures.some((c) => c.id === id)
          ? { dispatch: { ...s.dispatch, closures: s.dispatch.closures.filter((c) => c.id !== id) } }
          : { closureDeletes: s.closureDeletes.includes(id) ? s.closureDeletes : [...s.closureDeletes, id] },
      ),
    closureDeleted: (id) => set((s) => ({ closureDeletes: s.closureDeletes.filter((x) => x !== id) })),
    setClosest: (closest) => set({ closest }),
    setClosureMiss: (closureMiss) => set({ closureMiss }),
  };
};
