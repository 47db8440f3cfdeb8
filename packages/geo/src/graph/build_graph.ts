import type { Oneway } from '@siaga/schema';
import { haversineM } from '../measure/haversine.ts';
import type { RoadLine } from '../osm/road_line.ts';
import {
  ONEWAY_BACKWARD,
  ONEWAY_FORWARD,
  ONEWAY_NO,
  ROAD_CLASS_CODES,
  type RoadGraph,
} from './road_graph.ts';

/** Vertices closer than this (degrees, ~1 cm) are the same junction: how OSM ways that share a node meet. */
export const JOIN_PRECISION_DEG = 1e-7;

const ONEWAY_CODE = {
  no: ONEWAY_NO,
  forward: ONEWAY_FORWARD,
  backward: ONEWAY_BACKWARD,
} as const satisfies Record<Oneway, number>;

/**
 * Builds the routing graph. Roads are split into links at every vertex another road (or the same road again)
 * passes through, and at their ends; one-way roads get an edge in the allowed direction only.
 *
 * @example const graph = buildGraph(readOsmPbf(bytes).roads);
 */
export function buildGraph(roads: readonly RoadLine[]): RoadGraph {
  const classCode = new Map(ROAD_CLASS_CODES.map((c, i) => [c, i]));
  const vertexId = new Map<string, number>();
  const vertexUses: number[] = [];
  const roadVertices: Int32Array[] = [];
  const roadPositions: Float64Array[] = [];

  for (const road of roads) {
    const pos = road.geometry.coordinates;
    const ids: number[] = [];
    const xy: number[] = [];
    for (const p of pos) {
      const key = `${Math.round(p[0] / JOIN_PRECISION_DEG)}:${Math.round(p[1] / JOIN_PRECISION_DEG)}`;
      let id = vertexId.get(key);
      if (id === undefined) {
        id = vertexUses.length;
        vertexId.set(key, id);
        vertexUses.push(0);
      }
      // Repeated positions in a row are digitising noise, not a junction.
      if (ids[ids.length - 1] === id) continue;
      ids.push(id);
      xy.push(p[0], p[1]);
    }
    for (const id of ids) vertexUses[id] = (vertexUses[id] ?? 0) + 1;
    roadVertices.push(Int32Array.from(ids));
    roadPositions.push(Float64Array.from(xy));
  }

  const vertexNode = new Int32Array(vertexUses.length).fill(-1);
  const nodeLon: number[] = [];
  const nodeLat: number[] = [];
  const nodeOf = (vertex: number, lon: number, lat: number): number => {
    let n = vertexNode[vertex] ?? -1;
    if (n < 0) {
      n = nodeLon.length;
      vertexNode[vertex] = n;
      nodeLon.push(lon);
      nodeLat.push(lat);
    }
    return n;
  };

  const linkFrom: number[] = [];
  const linkTo: number[] = [];
  const linkRoad: number[] = [];
  const linkLength: number[] = [];
  const linkCoordStart: number[] = [];
  const coords: number[] = [];

  roadVertices.forEach((ids, r) => {
    const xy = roadPositions[r] ?? new Float64Array(0);
    if (ids.length < 2) return;
    let start = 0;
    for (let i = 1; i < ids.length; i++) {
      const v = ids[i] ?? 0;
      const isNode = i === ids.length - 1 || (vertexUses[v] ?? 0) > 1;
      if (!isNode) continue;
      const from = nodeOf(ids[start] ?? 0, xy[2 * start] ?? 0, xy[2 * start + 1] ?? 0);
      const to = nodeOf(v, xy[2 * i] ?? 0, xy[2 * i + 1] ?? 0);
      linkFrom.push(from);
      linkTo.push(to);
      linkRoad.push(r);
      linkCoordStart.push(coords.length / 2);
      let length = 0;
      for (let k = start; k <= i; k++) {
        coords.push(xy[2 * k] ?? 0, xy[2 * k + 1] ?? 0);
        if (k > start)
          length += haversineM(xy[2 * k - 2] ?? 0, xy[2 * k - 1] ?? 0, xy[2 * k] ?? 0, xy[2 * k + 1] ?? 0);
      }
      linkLength.push(length);
      start = i;
    }
  });
  linkCoordStart.push(coords.length / 2);

  const n = nodeLon.length;
  const roadOneway = Uint8Array.from(roads, (r) => ONEWAY_CODE[r.properties.oneway]);
  const tails: number[] = [];
  const heads: number[] = [];
  const links: number[] = [];
  const reverse: number[] = [];
  for (let l = 0; l < linkFrom.length; l++) {
    const oneway = roadOneway[linkRoad[l] ?? 0];
    const a = linkFrom[l] ?? 0;
    const b = linkTo[l] ?? 0;
    if (oneway !== ONEWAY_BACKWARD) {
      tails.push(a);
      heads.push(b);
      links.push(l);
      reverse.push(0);
    }
    if (oneway !== ONEWAY_FORWARD) {
      tails.push(b);
      heads.push(a);
      links.push(l);
      reverse.push(1);
    }
  }
  const out = csr(n, tails);
  const inn = csr(n, heads);
  const edgeTarget = new Int32Array(tails.length);
  const edgeLink = new Int32Array(tails.length);
  const edgeReverse = new Uint8Array(tails.length);
  for (let i = 0; i < out.order.length; i++) {
    const e = out.order[i] ?? 0;
    edgeTarget[i] = heads[e] ?? 0;
    edgeLink[i] = links[e] ?? 0;
    edgeReverse[i] = reverse[e] ?? 0;
  }
  // inEdge must name edges by their final (sorted) index.
  const finalIndex = new Int32Array(tails.length);
  for (let i = 0; i < out.order.length; i++) finalIndex[out.order[i] ?? 0] = i;
  const inEdge = Int32Array.from(inn.order, (e) => finalIndex[e] ?? 0);

  return {
    nodeLon: Float64Array.from(nodeLon),
    nodeLat: Float64Array.from(nodeLat),
    linkFrom: Int32Array.from(linkFrom),
    linkTo: Int32Array.from(linkTo),
    linkRoad: Int32Array.from(linkRoad),
    linkLengthM: Float64Array.from(linkLength),
    linkCoordStart: Int32Array.from(linkCoordStart),
    coords: Float64Array.from(coords),
    edgeOffsets: out.offsets,
    edgeTarget,
    edgeLink,
    edgeReverse,
    inOffsets: inn.offsets,
    inEdge,
    roadClass: Uint8Array.from(roads, (r) => classCode.get(r.properties.roadClass) ?? 0),
    roadOneway,
    roadMaxspeed: Float32Array.from(roads, (r) => r.properties.maxspeedKmh ?? 0),
    roadName: roads.map((r) => r.properties.name),
    roadRef: roads.map((r) => r.properties.ref),
    roadSurface: roads.map((r) => r.properties.surface),
    roadAccess: roads.map((r) => r.properties.access),
    roadSourceId: roads.map((r) => r.properties.sourceId),
  };
}

/** Stable counting sort of items by key: CSR offsets and the item order. */
function csr(n: number, keys: readonly number[]): { offsets: Int32Array; order: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (const k of keys) offsets[k + 1] = (offsets[k + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const cursor = offsets.slice(0, n);
  const order = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    const at = cursor[k] ?? 0;
    order[at] = i;
    cursor[k] = at + 1;
  });
  return { offsets, order };
}
