import type { StateCreator } from 'zustand';

/**
 * Which dispatcher route the map brings forward (the others dim): the card under the pointer or keyboard focus
 * wins over the card clicked. Ids are `post-<facilityId>` or `cache-<facilityId>`, as on the map's route lines.
 */
export interface RouteFocusSlice {
  routeHover: string | null;
  routeSelected: string | null;
  hoverRoute(id: string | null): void;
  /** Selects a route, or clears the selection when it is selected already. */
  toggleRoute(id: string): void;
}

export const createRouteFocusSlice: StateCreator<RouteFocusSlice, [], [], RouteFocusSlice> = (set) => ({
  routeHover: null,
  routeSelected: null,
  hoverRoute: (routeHover) => set((s) => (s.routeHover === routeHover ? s : { routeHover })),
  toggleRoute: (id) => set((s) => ({ routeSelected: s.routeSelected === id ? null : id })),
});

/** The route the map highlights now, or null when none is. */
export const focusedRoute = (s: Pick<RouteFocusSlice, 'routeHover' | 'routeSelected'>): string | null =>
  s.routeHover ?? s.routeSelected;

/** The map's and the cards' id of a route. */
export const routeId = (kind: 'post' | 'cache', facilityId: string): string => `${kind}-${facilityId}`;
