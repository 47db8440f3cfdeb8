import { buffer, lineString } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Position } from 'geojson';
import { type Area, intersectAreas, polygonsOf, roundArea, unionAreas } from './geometry_utils.ts';
import { projectOnSegment } from './planar.ts';
import { sampleLine } from './road_network.ts';

export type Waterway = Feature<
  LineString | MultiLineString,
  { kind: string; name: string | null; intermittent: boolean; tunnel: boolean }
>;

/** Half-width of the flood-prone strip by OSM `waterway` class, in metres (rivers carry the big floods). */
export const FLOOD_BUFFER_M: Readonly<Record<string, number>> = {
  river: 300,
  stream: 100,
  canal: 100,
  drain: 100,
};
/** Only the low ground: the parts of a waterway within this distance of the coast (Buleleng's plain is narrow). */
export const FLOOD_COAST_KM = 3;
/** Waterways are cut into pieces at points this far apart before the coast-distance test. */
const STEP_M = 50;

export interface RiverFloodZone {
  key: string;
  name: string;
  geometry: Feature<MultiPolygon>;
  notes: string;
}

function coastDistanceM(p: Position, coast: readonly Feature<LineString>[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const l of coast) {
    const c = l.geometry.coordinates;
    for (let i = 0; i + 1 < c.length; i++)
      best = Math.min(best, projectOnSegment(p, c[i] ?? [], c[i + 1] ?? []).d);
  }
  return best;
}

/** The runs of a line (sampled every STEP_M) that lie within FLOOD_COAST_KM of the coast. */
function lowRuns(line: readonly Position[], coast: readonly Feature<LineString>[]): Position[][] {
  const runs: Position[][] = [];
  let run: Position[] = [];
  for (const p of sampleLine(line, STEP_M)) {
    if (coastDistanceM(p, coast) <= FLOOD_COAST_KM * 1000) run.push(p);
    else {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

function strip(ways: readonly Waterway[], coast: readonly Feature<LineString>[]): Area | null {
  const parts: Area[] = [];
  for (const w of ways) {
    const m = FLOOD_BUFFER_M[w.properties.kind];
    if (m === undefined) continue;
    const lines = w.geometry.type === 'LineString' ? [w.geometry.coordinates] : w.geometry.coordinates;
    for (const l of lines)
      for (const run of lowRuns(l, coast)) {
        const b = buffer(lineString(run), m / 1000, { units: 'kilometers', steps: 4 });
        if (b)
          parts.push(
            ...polygonsOf(b as Area).map(
              (p) =>
                ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: p } }) as Area,
            ),
          );
      }
  }
  return parts.length > 0 ? unionAreas(parts) : null;
}

/**
 * Approximate flood-prone strips along the real OpenStreetMap waterways: a buffer by class (FLOOD_BUFFER_M) of
 * the parts within FLOOD_COAST_KM of the coast, clipped to the kabupaten. One zone per named waterway that OSM
 * tags as a river somewhere (with its stream parts), one for all the other waterways. The seed has no
 * elevation, so the width is uniform and the zones are approximate.
 */
export function riverFloodZones(
  waterways: readonly Waterway[],
  coast: readonly Feature<LineString>[],
  outline: Feature<MultiPolygon>,
): RiverFloodZone[] {
  const riverNames = [
    ...new Set(
      waterways
        .filter((w) => w.properties.kind === 'river' && w.properties.name)
        .map((w) => w.properties.name ?? ''),
    ),
  ].sort();
  const groups: { key: string; name: string; ways: Waterway[] }[] = riverNames.map((n) => ({
    key: `flood-${n.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    name: n,
    ways: waterways.filter((w) => w.properties.name === n),
  }));
  groups.push({
    key: 'flood-other-waterways',
    name: '',
    ways: waterways.filter((w) => !riverNames.includes(w.properties.name ?? '')),
  });
  const out: RiverFloodZone[] = [];
  for (const g of groups) {
    const s = strip(g.ways, coast);
    const clipped = s ? intersectAreas(s, outline) : null;
    if (!clipped) continue;
    out.push({
      key: g.key,
      name: g.name,
      geometry: roundArea(clipped),
      notes: `APPROXIMATE: ${FLOOD_BUFFER_M.river} m each side of a river, ${FLOOD_BUFFER_M.stream} m of a stream, canal or drain (OpenStreetMap waterways), within ${FLOOD_COAST_KM} km of the coast; no elevation or flood model behind it.`,
    });
  }
  return out;
}
