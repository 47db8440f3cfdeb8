import type { AdminAreaFeature, MultiPolygonGeometry } from '@siaga/schema';

type Ring = MultiPolygonGeometry['coordinates'][number][number];

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i];
    const q = ring[j];
    if (p && q) a += (q[0] - p[0]) * (q[1] + p[1]);
  }
  return Math.abs(a / 2);
}

/** Longitudes where the horizontal line at `lat` crosses any ring of the polygon, sorted. */
function crossings(polygon: Ring[], lat: number): number[] {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const p = ring[i];
      const q = ring[j];
      if (!p || !q) continue;
      if (p[1] > lat !== q[1] > lat) xs.push(p[0] + ((lat - p[1]) / (q[1] - p[1])) * (q[0] - p[0]));
    }
  }
  return xs.sort((a, b) => a - b);
}

/**
 * A point inside the largest part of an area, where its name label goes. Scans a few horizontal lines
 * across the part and takes the middle of the widest inside stretch: always inside (unlike a centroid of
 * a crescent-shaped desa) and cheap enough to run for every desa on each load.
 * @example labelPoint({ type: 'MultiPolygon', coordinates: [[[[0,0],[2,0],[2,2],[0,2],[0,0]]]] }) // [1, 1]
 */
export function labelPoint(geometry: MultiPolygonGeometry): [number, number] | null {
  let best: Ring[] | null = null;
  let bestArea = -1;
  for (const polygon of geometry.coordinates) {
    const outer = polygon[0];
    const area = outer ? ringArea(outer) : 0;
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  const outer = best?.[0];
  if (!best || !outer || outer.length < 4) return null;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const p of outer) {
    minLat = Math.min(minLat, p[1]);
    maxLat = Math.max(maxLat, p[1]);
  }
  const scans = 9;
  let point: [number, number] | null = null;
  let widest = -1;
  for (let k = 1; k <= scans; k++) {
    const lat = minLat + ((maxLat - minLat) * k) / (scans + 1);
    const xs = crossings(best, lat);
    // A stretch is weighted by its distance from the scan edges so labels prefer the middle band.
    const centrality = 1 - Math.abs(k - (scans + 1) / 2) / (scans + 1);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const a = xs[i] ?? 0;
      const b = xs[i + 1] ?? 0;
      const width = (b - a) * centrality;
      if (width > widest) {
        widest = width;
        point = [(a + b) / 2, lat];
      }
    }
  }
  return point;
}

/** The area's stored representative point (the desa point of the seed or an import), else one computed here. */
export function areaLabelPoint(area: AdminAreaFeature): [number, number] | null {
  const stored = area.properties.labelPoint?.coordinates;
  return stored ? [stored[0], stored[1]] : labelPoint(area.geometry);
}
