import {
  type CacheFeature,
  DEFAULT_ITEM_PRICES,
  DEFAULT_KITS,
  DEFAULT_MOVE_SHARE,
  HazardLevel,
  type HazardZoneFeature,
  ItemType,
  type KitLine,
  type PostFeature,
  type PrepositioningRequest,
  SiagaError,
} from '@siaga/schema';
import type { CoverageModel } from '../coverage/coverage_model.ts';
import { rasterizeArea } from '../grid/rasterize_area.ts';
import { cellCentreLonLat } from '../grid/study_grid.ts';
import type { PrepositioningProblem } from '../prepositioning/prepositioning_problem.ts';
import { travelTimeMatrix } from '../route/travel_time_matrix.ts';
import type { EngineAreas, EngineNetwork } from './engine_network.ts';
import { candidateSites } from './siting_candidates.ts';

/** A cache of the question: an existing one, or a candidate where a new one could stand. */
export interface PlanCache {
  id: string;
  name: string | null;
  source: 'existing' | 'planned' | 'proposed' | 'desa' | 'marked';
  point: [number, number];
  turnoutSeconds: number;
}

/** A pre-positioning question ready for the solver, with the lists its indices point into. */
export interface PrepositioningCase {
  request: PrepositioningRequest;
  version: string;
  problem: PrepositioningProblem;
  zones: HazardZoneFeature[];
  zonePoints: [number, number][];
  caches: PlanCache[];
  types: ItemType[];
}

/** The kit of each hazard type: the request's where given, else the default. */
export function kitOf(
  q: PrepositioningRequest,
  type: HazardZoneFeature['properties']['hazardType'],
): KitLine[] {
  return q.kits[type] ?? DEFAULT_KITS[type] ?? [];
}

/** The zones of the question: of the chosen types (default: every type with a kit) at the level (or above). */
function chosenZones(areas: EngineAreas, q: PrepositioningRequest): HazardZoneFeature[] {
  const rank = HazardLevel.options.indexOf(q.level);
  const types = new Set(q.hazardTypes ?? areas.hazardZones.map((z) => z.properties.hazardType));
  const zones = areas.hazardZones.filter((z) => {
    const r = HazardLevel.options.indexOf(z.properties.level);
    if (!types.has(z.properties.hazardType) || (q.orAbove ? r < rank : r !== rank)) return false;
    return q.hazardTypes !== undefined || kitOf(q, z.properties.hazardType).length > 0;
  });
  if (zones.length === 0) {
    throw new SiagaError(
      'validation_failed',
      `No hazard zone of level ${q.level}${q.orAbove ? ' or above' : ''} for ${q.hazardTypes?.join(', ') ?? 'any hazard type with a kit'}`,
      [{ path: 'body.level', message: 'choose another level or hazard type' }],
    );
  }
  const empty = [...new Set(zones.map((z) => z.properties.hazardType))].filter(
    (t) => kitOf(q, t).length === 0,
  );
  if (empty.length > 0) {
    throw new SiagaError(
      'validation_failed',
      `The kit for ${empty.join(', ')} is empty: add at least one item`,
      empty.map((t) => ({ path: `body.kits.${t}`, message: 'empty kit' })),
    );
  }
  return zones;
}

/** The land cell nearest the centre of the zone's land cells (its centre when it has none). */
function zonePoint(model: CoverageModel, zone: HazardZoneFeature): [number, number] {
  const cells = Array.from(rasterizeArea(model.grid, zone.geometry)).filter((c) => model.grid.land[c] === 1);
  if (cells.length === 0) {
    const ring = zone.geometry.coordinates[0]?.[0] ?? [];
    const n = Math.max(1, ring.length);
    return [ring.reduce((s, p) => s + (p[0] ?? 0), 0) / n, ring.reduce((s, p) => s + (p[1] ?? 0), 0) / n];
  }
  const centres = cells.map((c) => cellCentreLonLat(model.grid, c));
  const mx = centres.reduce((s, p) => s + p[0], 0) / centres.length;
  const my = centres.reduce((s, p) => s + p[1], 0) / centres.length;
  let best = centres[0] as [number, number];
  let bestD = Infinity;
  for (const p of centres) {
    const d = ((p[0] - mx) * model.grid.mx) ** 2 + ((p[1] - my) * model.grid.my) ** 2;
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best;
}

/**
 * Turns a dataset and a pre-positioning request into the solver's problem: the hazard zones of the level with
 * their kits, every stored cache (stock: units available now; room: that stock plus the headroom) and the
 * candidate caches (planned and proposed posts without a cache, desa points, marked sites: empty, with the
 * capacity and opening cost asked), the travel time by road from each cache (plus the turnout of the post it
 * stands at, 0 for a standalone cache) to each zone's central land point, and the prices: buy from the request
 * or the catalogue defaults, move a flat share of the price (5%) unless given, plus the cost per km over the
 * road between the two caches.
 *
 * @example prepositioningCase(network, areas, caches, posts, PrepositioningRequest.parse({ hazardTypes: ['landslide'] }))
 */
export function prepositioningCase(
  network: EngineNetwork,
  areas: EngineAreas,
  caches: readonly CacheFeature[],
  posts: readonly PostFeature[],
  q: PrepositioningRequest,
): PrepositioningCase {
  const zones = chosenZones(areas, q);
  const model = network.coverageModel(areas, q.profile);
  const wanted = new Set(zones.flatMap((z) => kitOf(q, z.properties.hazardType).map((l) => l.itemType)));
  const types = ItemType.options.filter((t) => wanted.has(t));
  const T = types.length;
  const turnout = new Map(posts.map((p) => [p.properties.id, p.properties.turnoutSeconds]));
  const withCache = new Set(caches.map((c) => c.properties.postId).filter((id) => id !== null));
  const existing: PlanCache[] = caches.map((c) => ({
    id: c.properties.id,
    name: c.properties.name,
    source: 'existing',
    point: [c.geometry.coordinates[0] ?? 0, c.geometry.coordinates[1] ?? 0],
    turnoutSeconds: c.properties.postId === null ? 0 : (turnout.get(c.properties.postId) ?? 0),
  }));
  const candidates: PlanCache[] = candidateSites(
    model,
    posts.filter((p) => !withCache.has(p.properties.id)),
    {
      sources: q.candidates.sources,
      marked: q.candidates.marked,
      junctionSpacingM: 2_000,
      turnoutSeconds: 0,
    },
    undefined,
  ).map((s) => ({
    id: s.id,
    name: s.name,
    source: s.source === 'junction' ? 'marked' : s.source,
    point: s.point,
    turnoutSeconds: s.turnoutSeconds,
  }));
  const all = [...existing, ...candidates];
  const zonePoints = zones.map((z) => zonePoint(model, z));
  const time = travelTimeMatrix(
    network.graph,
    network.weights(q.profile),
    all.map((c) => c.point),
    zonePoints,
    { workspace: network.workspace() },
  );
  if (q.standard.countTurnout) {
    all.forEach((c, k) => {
      for (let z = 0; z < zones.length; z++)
        time[k * zones.length + z] = (time[k * zones.length + z] as number) + c.turnoutSeconds;
    });
  }
  // Road km between every two caches, for the per-km part of a move.
  const metres = travelTimeMatrix(
    network.graph,
    model.distance,
    all.map((c) => c.point),
    all.map((c) => c.point),
    { workspace: network.workspace() },
  );
  const moveKm = Float64Array.from(metres, (m) => m / 1000);
  const stock = new Int32Array(all.length * T);
  caches.forEach((c, k) => {
    for (const item of c.properties.items) {
      const t = types.indexOf(item.itemType);
      if (t >= 0) stock[k * T + t] = (stock[k * T + t] as number) + item.quantityAvailable;
    }
  });
  const need = new Int32Array(zones.length * T);
  zones.forEach((z, i) => {
    for (const line of kitOf(q, z.properties.hazardType))
      need[i * T + types.indexOf(line.itemType)] = line.quantity;
  });
  const capacity = Int32Array.from(all, (c, k) => {
    if (c.source !== 'existing') return q.candidates.capacity;
    let held = 0;
    for (let t = 0; t < T; t++) held += stock[k * T + t] as number;
    return held + q.existingHeadroom;
  });
  const buy = (t: ItemType) => q.prices[t]?.buy ?? DEFAULT_ITEM_PRICES[t];
  return {
    request: q,
    version: network.version,
    zones,
    zonePoints,
    caches: all,
    types,
    problem: {
      need,
      time,
      standard: q.standard.minutes * 60,
      stock,
      capacity,
      openCost: Float64Array.from(all, (c) => (c.source === 'existing' ? 0 : q.candidates.openCost)),
      buyPrice: Float64Array.from(types, buy),
      movePrice: Float64Array.from(types, (t) => q.prices[t]?.move ?? buy(t) * DEFAULT_MOVE_SHARE),
      moveKm,
      movePerKm: q.moveCostPerKm,
      budget: q.budget ?? Infinity,
    },
  };
}
