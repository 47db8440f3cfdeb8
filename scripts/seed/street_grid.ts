import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import type { DesaArea } from './admin_areas.ts';
import { M_PER_DEG_LAT, M_PER_DEG_LON } from './planar.ts';
import { addJoined, type Road, shareNearNetwork } from './road_network.ts';
import { roundPositions } from './round.ts';

/**
 * A town's street grid: residential streets every `spacingM` over the given desa/kelurahan polygons. The real
 * streets are not this regular; the grid stands for the density of the built-up area, not for its layout.
 */
export interface TownGrid {
  key: string;
  /** Desa/kelurahan whose polygons make up the built-up town. */
  areaCodes: readonly string[];
  spacingM: number;
  /** One grid node: fixes where the grid lines fall. */
  origin: Position;
}

/** A block already within this of a road along most of its length duplicates it and is dropped. */
const DUPLICATE_NEAR_M = 80;
const DUPLICATE_SHARE = 0.6;

const residential = { highway: 'residential', surface: 'asphalt', maxspeed: '30' };

/**
 * Adds a town grid to the network. Grid nodes inside the town are joined to their east and north neighbours;
 * each unbroken run of blocks along one grid line becomes one street, sharing the grid nodes with the streets
 * it crosses; crossings with the roads already there become junctions.
 */
export function addStreetGrid(roads: Road[], grid: TownGrid, desa: readonly DesaArea[]): void {
  const areas = grid.areaCodes.map((code) => {
    const d = desa.find((x) => x.code === code);
    if (!d) throw new Error(`town grid ${grid.key}: no desa ${code}`);
    return d.geometry;
  });
  const xs = areas.flatMap((a) => a.geometry.coordinates.flat(2).map((p) => p[0] ?? 0));
  const ys = areas.flatMap((a) => a.geometry.coordinates.flat(2).map((p) => p[1] ?? 0));
  const dLon = grid.spacingM / M_PER_DEG_LON;
  const dLat = grid.spacingM / M_PER_DEG_LAT;
  const [lon0, lat0] = [grid.origin[0] ?? 0, grid.origin[1] ?? 0];
  const iMin = Math.ceil((Math.min(...xs) - lon0) / dLon);
  const iMax = Math.floor((Math.max(...xs) - lon0) / dLon);
  const jMin = Math.ceil((Math.min(...ys) - lat0) / dLat);
  const jMax = Math.floor((Math.max(...ys) - lat0) / dLat);
  const node = (i: number, j: number): Position => roundPositions([lon0 + i * dLon, lat0 + j * dLat]);
  const inside = (i: number, j: number): boolean => areas.some((a) => booleanPointInPolygon(node(i, j), a));
  const before = [...roads];
  const keep = (a: Position, b: Position): boolean =>
    shareNearNetwork([a, b], before, DUPLICATE_NEAR_M) < DUPLICATE_SHARE;

  const lines: { key: string; nodes: (readonly [number, number])[] }[] = [];
  for (let j = jMin; j <= jMax; j++)
    lines.push({ key: `ew-${j - jMin}`, nodes: rangeOf(iMin, iMax).map((i) => [i, j] as const) });
  for (let i = iMin; i <= iMax; i++)
    lines.push({ key: `ns-${i - iMin}`, nodes: rangeOf(jMin, jMax).map((j) => [i, j] as const) });

  for (const line of lines) {
    let run: Position[] = [];
    let part = 0;
    const flush = (): void => {
      if (run.length >= 2) {
        addJoined(roads, {
          key: `grid-${grid.key}-${line.key}-${part}`,
          tags: { ...residential },
          coords: run,
        });
        part++;
      }
      run = [];
    };
    for (let k = 0; k + 1 < line.nodes.length; k++) {
      const [i1, j1] = line.nodes[k] ?? [0, 0];
      const [i2, j2] = line.nodes[k + 1] ?? [0, 0];
      const a = node(i1, j1);
      const b = node(i2, j2);
      if (inside(i1, j1) && inside(i2, j2) && keep(a, b)) {
        if (run.length === 0) run.push(a);
        run.push(b);
      } else flush();
    }
    flush();
  }
}

function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}
