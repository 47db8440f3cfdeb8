import type { AppState } from '../store/app_store.ts';
import { shownValue } from '../store/async_result.ts';

export type Bounds = [[number, number], [number, number]];

/** What the map flies to: the incident and every route drawn to it, once per incident (`key`). */
export interface RouteView {
  key: string;
  bounds: Bounds;
}

/**
 * The view of the dispatcher's answer, or null until the answer for the current incident is in. The key is the
 * incident's position, so new routes for the same incident (a closure, another vehicle) do not move the map again.
 */
export function routeView(s: Pick<AppState, 'panel' | 'dispatch' | 'closest'>): RouteView | null {
  const incident = s.dispatch.incident;
  const answer = shownValue(s.closest)?.answer;
  if (s.panel !== 'dispatch' || incident === null || answer === undefined) return null;
  const [lon, lat] = incident.position;
  const at = answer.incident.point.coordinates;
  if (at[0] !== lon || at[1] !== lat) return null;
  let west = lon;
  let east = lon;
  let south = lat;
  let north = lat;
  for (const r of [...(answer.posts?.results ?? []), ...(answer.caches?.results ?? [])]) {
    for (const [x, y] of r.route.coordinates) {
      west = Math.min(west, x);
      east = Math.max(east, x);
      south = Math.min(south, y);
      north = Math.max(north, y);
    }
  }
  return {
    key: `${lon},${lat}`,
    bounds: [
      [west, south],
      [east, north],
    ],
  };
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Padding that keeps a fitted view clear of whatever lies over the map (the side panel, a bottom sheet, a
 * details card): each cover that overlaps the map pushes the side it sits on by its overlap, plus `margin`.
 */
export function coverPadding(map: Box, covers: readonly Box[], margin = 56): Padding {
  const p: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  for (const c of covers) {
    const overlapX = Math.min(map.right, c.right) - Math.max(map.left, c.left);
    const overlapY = Math.min(map.bottom, c.bottom) - Math.max(map.top, c.top);
    if (overlapX <= 0 || overlapY <= 0) continue;
    // A cover spanning most of the width is a top or bottom sheet; otherwise it sits on a side.
    if (overlapX > w * 0.6) {
      if (c.top > map.top + h / 2 || c.bottom >= map.bottom)
        p.bottom = Math.max(p.bottom, map.bottom - c.top + margin);
      else p.top = Math.max(p.top, c.bottom - map.top + margin);
    } else if (c.left <= map.left + w / 2) p.left = Math.max(p.left, c.right - map.left + margin);
    else p.right = Math.max(p.right, map.right - c.left + margin);
  }
  // Never pad away the whole map: keep at least a third of each dimension for the view.
  const squeeze = (a: number, b: number, size: number): [number, number] => {
    const room = size * (2 / 3);
    return a + b <= room ? [a, b] : [(a * room) / (a + b), (b * room) / (a + b)];
  };
  [p.left, p.right] = squeeze(p.left, p.right, w);
  [p.top, p.bottom] = squeeze(p.top, p.bottom, h);
  return p;
}
