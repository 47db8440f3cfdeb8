import type { Position, RoutingProfile } from '@siaga/schema';
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
  position: Position;
}

export interface DispatchSettings {
  incident: Incident | null;
  k: number;
  profile: RoutingProfile;
  item: ItemFilter | null;
  closures: Closure[];
}

export interface DispatchSlice {
  dispatch: DispatchSettings;
  closest: AsyncResult<ResponseOf<'closest'>>;
  setIncident(incident: Incident | null): void;
  setDispatch(change: Partial<Omit<DispatchSettings, 'incident' | 'closures'>>): void;
  addClosure(position: Position): void;
  removeClosure(id: string): void;
  setClosest(r: AsyncResult<ResponseOf<'closest'>>): void;
}

export const DEFAULT_K = 3;

export const createDispatchSlice: StateCreator<DispatchSlice, [], [], DispatchSlice> = (set) => {
  let counter = 1;
  return {
    dispatch: { incident: null, k: DEFAULT_K, profile: 'fire_engine', item: null, closures: [] },
    closest: IDLE,
    setIncident: (incident) => set((s) => ({ dispatch: { ...s.dispatch, incident } })),
    setDispatch: (change) => set((s) => ({ dispatch: { ...s.dispatch, ...change } })),
    addClosure: (position) =>
      set((s) => ({
        dispatch: { ...s.dispatch, closures: [...s.dispatch.closures, { id: `C${counter++}`, position }] },
      })),
    removeClosure: (id) =>
      set((s) => ({
        dispatch: { ...s.dispatch, closures: s.dispatch.closures.filter((c) => c.id !== id) },
      })),
    setClosest: (closest) => set({ closest }),
  };
};
