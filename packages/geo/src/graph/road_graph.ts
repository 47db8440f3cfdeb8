import { RoadClass } from '@siaga/schema';

/** Road class codes stored in `roadClass`: the index into this list. */
export const ROAD_CLASS_CODES: readonly RoadClass[] = RoadClass.options;

/** Oneway codes stored in `roadOneway`. */
export const ONEWAY_NO = 0;
export const ONEWAY_FORWARD = 1;
export const ONEWAY_BACKWARD = 2;

/**
 * A road network in typed arrays, shared by the API and the browser Worker (see serializeGraph).
 *
 * - nodes: junctions and road ends, `nodeLon`/`nodeLat`.
 * - links: the stretch of one road between two nodes, with its vertices (`coords` from `linkCoordStart[l]` to
 *   `linkCoordStart[l+1]`, lon/lat pairs, first = linkFrom node, last = linkTo node) and length in metres.
 * - edges: the directions a vehicle may drive a link, in CSR by tail node (`edgeOffsets`, `edgeTarget`);
 *   `edgeLink` names the link and `edgeReverse` is 1 when the edge runs against the link's vertex order.
 *   `inOffsets`/`inEdge` list the same edges by head node for searches run backwards from a destination.
 * - roads: per source road, class/oneway/maxspeed codes plus strings for names and steps.
 */
export interface RoadGraph {
  nodeLon: Float64Array;
  nodeLat: Float64Array;
  linkFrom: Int32Array;
  linkTo: Int32Array;
  linkRoad: Int32Array;
  linkLengthM: Float64Array;
  linkCoordStart: Int32Array;
  coords: Float64Array;
  edgeOffsets: Int32Array;
  edgeTarget: Int32Array;
  edgeLink: Int32Array;
  edgeReverse: Uint8Array;
  inOffsets: Int32Array;
  inEdge: Int32Array;
  roadClass: Uint8Array;
  roadOneway: Uint8Array;
  /** km/h; 0 when the road has no maxspeed. */
  roadMaxspeed: Float32Array;
  roadName: (string | null)[];
  roadRef: (string | null)[];
  roadSurface: (string | null)[];
  roadAccess: (string | null)[];
  roadSourceId: string[];
}

export const nodeCount = (g: RoadGraph): number => g.nodeLon.length;
export const linkCount = (g: RoadGraph): number => g.linkFrom.length;
export const edgeCount = (g: RoadGraph): number => g.edgeTarget.length;

/** The typed arrays of a graph, in serialisation order. */
export const TYPED_FIELDS = [
  'nodeLon',
  'nodeLat',
  'linkLengthM',
  'coords',
  'linkFrom',
  'linkTo',
  'linkRoad',
  'linkCoordStart',
  'edgeOffsets',
  'edgeTarget',
  'edgeLink',
  'inOffsets',
  'inEdge',
  'roadMaxspeed',
  'edgeReverse',
  'roadClass',
  'roadOneway',
] as const satisfies readonly (keyof RoadGraph)[];

/** Bytes held by the graph's typed arrays (strings not counted). */
export function graphByteSize(g: RoadGraph): number {
  let bytes = 0;
  for (const f of TYPED_FIELDS) bytes += g[f].byteLength;
  return bytes;
}
