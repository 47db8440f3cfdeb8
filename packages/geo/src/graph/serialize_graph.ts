import { type RoadGraph, TYPED_FIELDS } from './road_graph.ts';

const MAGIC = 0x53474731; // "SGG1"
const VERSION = 1;

type TypedField = (typeof TYPED_FIELDS)[number];
type Ctor = Float64ArrayConstructor | Float32ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor;

const CTOR: { [K in TypedField]: Ctor } = {
  nodeLon: Float64Array,
  nodeLat: Float64Array,
  linkLengthM: Float64Array,
  coords: Float64Array,
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
  edgeReverse: Uint8Array,
  roadClass: Uint8Array,
  roadOneway: Uint8Array,
};

interface Header {
  lengths: Record<TypedField, number>;
  roadName: (string | null)[];
  roadRef: (string | null)[];
  roadSurface: (string | null)[];
  roadAccess: (string | null)[];
  roadSourceId: string[];
}

/**
 * Packs a graph into one ArrayBuffer: magic, version, header length, a JSON header in UTF-16 code units (array
 * lengths and the road strings), then each typed array at an 8-byte aligned offset in little-endian platform order.
 * `deserializeGraph` is its exact inverse; the web Worker fetches this instead of re-reading OSM data.
 */
export function serializeGraph(g: RoadGraph): ArrayBuffer {
  const lengths = Object.fromEntries(TYPED_FIELDS.map((f) => [f, g[f].length])) as Record<TypedField, number>;
  const header: Header = {
    lengths,
    roadName: g.roadName,
    roadRef: g.roadRef,
    roadSurface: g.roadSurface,
    roadAccess: g.roadAccess,
    roadSourceId: g.roadSourceId,
  };
  const json = utf16(JSON.stringify(header));
  let offset = align(12 + json.byteLength);
  const offsets: number[] = [];
  for (const f of TYPED_FIELDS) {
    offsets.push(offset);
    offset = align(offset + g[f].byteLength);
  }
  const buffer = new ArrayBuffer(offset);
  const view = new DataView(buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, json.byteLength, true);
  new Uint8Array(buffer, 12, json.byteLength).set(new Uint8Array(json.buffer));
  TYPED_FIELDS.forEach((f, i) => {
    const src = g[f];
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
  const header = JSON.parse(fromUtf16(new Uint16Array(buffer.slice(12, 12 + jsonLength)))) as Header;
  let offset = align(12 + jsonLength);
  const arrays: Partial<Record<TypedField, unknown>> = {};
  for (const f of TYPED_FIELDS) {
    const C = CTOR[f];
    const length = header.lengths[f];
    arrays[f] = new C(buffer, offset, length);
    offset = align(offset + length * C.BYTES_PER_ELEMENT);
  }
  return {
    ...(arrays as Pick<RoadGraph, TypedField>),
    roadName: header.roadName,
    roadRef: header.roadRef,
    roadSurface: header.roadSurface,
    roadAccess: header.roadAccess,
    roadSourceId: header.roadSourceId,
  };
}

/** JSON header as UTF-16 code units: exact for any string, and needs no TextEncoder (not in the ES lib). */
function utf16(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function fromUtf16(units: Uint16Array): string {
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

function align(n: number): number {
  return (n + 7) & ~7;
}
