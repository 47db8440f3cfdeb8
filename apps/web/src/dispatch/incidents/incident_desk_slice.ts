import type { IncidentStatus, IncidentType } from '@siaga/schema';
import type { StateCreator } from 'zustand';

/** The recent-incidents list's filters; null (or '') is "any". */
export interface IncidentFilters {
  status: IncidentStatus | 'open' | null;
  incidentType: IncidentType | null;
  kecamatanCode: string | null;
  /** Occurred on or after this day (YYYY-MM-DD, local time). */
  fromDate: string | null;
}

/** What the dispatcher's desk shows: the incident being written or worked on. */
export type DeskView = { kind: 'list' } | { kind: 'new' } | { kind: 'incident'; id: string };

export interface IncidentDeskSlice {
  /** Incidents the dispatcher has open side by side (ids), in the order opened. */
  openIncidents: string[];
  desk: DeskView;
  incidentFilters: IncidentFilters;
  /**
   * Bumped after this page's own writes to incidents, assignments or units, so the panels that read them
   * (timeline, assignments, units) fetch again; live updates from others bump `liveTick` the same way.
   */
  deskTick: number;
  openIncident(id: string): void;
  closeIncident(id: string): void;
  showDesk(view: DeskView): void;
  setIncidentFilters(change: Partial<IncidentFilters>): void;
  bumpDesk(): void;
}

export const NO_FILTERS: IncidentFilters = {
  status: 'open',
  incidentType: null,
  kecamatanCode: null,
  fromDate: null,
};

export const createIncidentDeskSlice: StateCreator<IncidentDeskSlice, [], [], IncidentDeskSlice> = (set) => ({
  openIncidents: [],
  desk: { kind: 'list' },
  incidentFilters: NO_FILTERS,
  deskTick: 0,
  openIncident: (id) =>
    set((s) => ({
      openIncidents: s.openIncidents.includes(id) ? s.openIncidents : [...s.openIncidents, id],
      desk: { kind: 'incident', id },
    })),
  closeIncident: (id) =>
    set((s) => {
      const left = s.openIncidents.filter((x) => x !== id);
      const showing = s.desk.kind === 'incident' && s.desk.id === id;
      const next = left[left.length - 1];
      return {
        openIncidents: left,
        desk: showing ? (next ? { kind: 'incident', id: next } : { kind: 'list' }) : s.desk,
      };
    }),
  showDesk: (desk) => set({ desk }),
  setIncidentFilters: (change) => set((s) => ({ incidentFilters: { ...s.incidentFilters, ...change } })),
  bumpDesk: () => set((s) => ({ deskTick: s.deskTick + 1 })),
});
