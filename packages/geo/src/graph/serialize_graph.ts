import { type RoadGraph, TYPED_FIELDS } from './road_graph.ts';
import { decodeRoadStrings, encodeRoadStrings, type RoadStrings } from './road_strings.ts';

const MAGIC = 0x53474731; // "SGG1"
/** 2: road strings in a UTF-8 table with per-road indexes (1 had them in a UTF-16 JSON header). */
const VERSION = 2;

type TypedField = (typeof TYPED_FIELDS)[number];
type Ctor = Float64ArrayConstructor | Float32ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor;
type Section = TypedField | keyof RoadStrings;
type Sections = Pick<RoadGraph, TypedField> & RoadStrings;

/** Every stored array with its element type, in file order (8-byte elements first, bytes last). */
const SECTIONS: { [K in Section]: Ctor } = {
  nodeLon: Float64Array,
  nodeLat: Float64Array,
  linkLengthM: Float64Array,
  coords: Float64Array,
  sourceNumber: Float64Array,
  linkFrom: Int32Array,
  linkTo: Int32Array,
  linkRoad: Int32Array,
  linkCoordStart: Int32Array,
  edgeOffsets: Int32Array,
  edgeTarget: Int32Array,
  edgeLink: Int32Array,
  inOffsets: Int32Array,
  inEdge: Int32Array,
  roadMaxspeed: Float32Array,
  stringLengths: Int32Array,
  roadNameIndex: Int32Array,
  roadRefIndex: Int32Array,
  roadSurfaceIndex: Int32Array,
  roadAccessIndex: Int32Array,
  sourceHead: Int32Array,
  sourceTail: Int32Array,
  edgeReverse: Uint8Array,
  roadClass: Uint8Array,
  roadOneway: Uint8Array,
  stringBytes: Uint8Array,
};
const NAMES = Object.keys(SECTIONS) as Section[];

/**
 * Packs a graph into one ArrayBuffer: magic, version, header length, an ASCII JSON header (the array lengths),
 * then each array at an 8-byte aligned offset in little-endian platform order. The road strings are stored once
 * each as UTF-8 and referenced by index (see encodeRoadStrings), so a 300,000-node graph decodes in a fraction
 * of a second. `deserializeGraph` is its exact inverse; the web Worker fetches this instead of re-reading OSM data.
 */
export function serializeGraph(g: RoadGraph): ArrayBuffer {
  const sections: Sections = { ...pick(g), ...encodeRoadStrings(g) };
  const lengths = Object.fromEntries(NAMES.map((f) => [f, sections[f].length]));
  const json = Uint8Array.from(JSON.stringify({ lengths }), (c) => c.charCodeAt(0));
  let offset = align(12 + json.byteLength);
  const offsets: number[] = [];
  for (const f of NAMES) {
    offsets.push(offset);
    offset = align(offset + sections[f].byteLength);
  }
  const buffer = new ArrayBuffer(offset);
  const view = new DataView(buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, json.byteLength, true);
  new Uint8Array(buffer, 12, json.byteLength).set(json);
  NAMES.forEach((f, i) => {
    const src = sections[f];
    new Uint8Array(buffer, offsets[i] ?? 0, src.byteLength).set(
      new Uint8Array(src.buffer, src.byteOffset, src.byteLength),
    );
  });
  return buffer;
}

/** Reads a buffer written by serializeGraph. The typed arrays are views on `buffer` (no copy). */
export function deserializeGraph(buffer: ArrayBuffer): RoadGraph {
  const view = new DataView(buffer);
  if (buffer.byteLength < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('not a Siaga road graph');
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`unsupported road graph version ${version}`);
  const jsonLength = view.getUint32(8, true);
  if (12 + jsonLength > buffer.byteLength) throw new Error('road graph header is cut off');
  const header = JSON.parse(String.fromCharCode(...new Uint8Array(buffer, 12, jsonLength))) as {
    lengths: Record<Section, number>;
  };
  let offset = align(12 + jsonLength);
  const arrays: Partial<Record<Section, unknown>> = {};
  for (const f of NAMES) {
    const C = SECTIONS[f];
    const length = header.lengths[f];
    if (!Number.isInteger(length) || offset + length * C.BYTES_PER_ELEMENT > buffer.byteLength) {
      throw new Error(`road graph array ${f} is cut off`);
    }
    arrays[f] = new C(buffer, offset, length);
    offset = align(offset + length * C.BYTES_PER_ELEMENT);
  }
  const sections = arrays as Sections;
  return { ...pick(sections), ...decodeRoadStrings(sections) };
}

function pick(from: Pick<RoadGraph, TypedField>): Pick<RoadGraph, TypedField> {
  return Object.fromEntries(TYPED_FIELDS.map((f) => [f, from[f]])) as Pick<RoadGraph, TypedField>;
}

function align(n: number): number {
  return (n + 7) & ~7;
}
