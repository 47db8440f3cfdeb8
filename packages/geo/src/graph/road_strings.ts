import type { RoadGraph } from './road_graph.ts';
import { utf8Decode, utf8Encode } from './utf8.ts';

/**
 * The road strings of a graph as typed arrays, for serialisation: every distinct string once, UTF-8, and per road
 * an index into that table (-1 for null). A source id is split into a head, a number and a tail
 * (`osm:way/` 123456789 `#2`), so millions of OSM ids cost 8 bytes each and their heads and tails are stored once.
 */
export interface RoadStrings {
  /** The distinct strings, UTF-8, one after another. */
  stringBytes: Uint8Array;
  /** Each distinct string's length in UTF-16 code units (lengths, not offsets: small numbers gzip well). */
  stringLengths: Int32Array;
  roadNameIndex: Int32Array;
  roadRefIndex: Int32Array;
  roadSurfaceIndex: Int32Array;
  roadAccessIndex: Int32Array;
  sourceHead: Int32Array;
  /** The number between head and tail, or -1 when the id has none (then the head is the whole id). */
  sourceNumber: Float64Array;
  sourceTail: Int32Array;
}

/** Head (no digits), number (no leading zero, at most 15 digits: exact as a double), tail (not starting with a digit). */
const SOURCE_ID = /^(\D*)(0|[1-9]\d{0,14})(\D[\s\S]*)?$/;

export function encodeRoadStrings(g: RoadGraph): RoadStrings {
  const table = new Map<string, number>();
  const index = (s: string): number => {
    let i = table.get(s);
    if (i === undefined) {
      i = table.size;
      table.set(s, i);
    }
    return i;
  };
  const column = (values: readonly (string | null)[]): Int32Array =>
    Int32Array.from(values, (s) => (s === null ? -1 : index(s)));
  const roads = g.roadSourceId.length;
  const sourceHead = new Int32Array(roads);
  const sourceNumber = new Float64Array(roads);
  const sourceTail = new Int32Array(roads);
  g.roadSourceId.forEach((id, r) => {
    const m = SOURCE_ID.exec(id);
    sourceHead[r] = index(m === null ? id : (m[1] ?? ''));
    sourceNumber[r] = m === null ? -1 : Number(m[2]);
    sourceTail[r] = index(m === null ? '' : (m[3] ?? ''));
  });
  const strings = {
    roadNameIndex: column(g.roadName),
    roadRefIndex: column(g.roadRef),
    roadSurfaceIndex: column(g.roadSurface),
    roadAccessIndex: column(g.roadAccess),
  };
  const distinct = [...table.keys()];
  return {
    stringBytes: utf8Encode(distinct.join('')),
    stringLengths: Int32Array.from(distinct, (s) => s.length),
    ...strings,
    sourceHead,
    sourceNumber,
    sourceTail,
  };
}

type StringFields = 'roadName' | 'roadRef' | 'roadSurface' | 'roadAccess' | 'roadSourceId';

/** The inverse of encodeRoadStrings: one decode of the UTF-8 text, then slices of it. */
export function decodeRoadStrings(s: RoadStrings): Pick<RoadGraph, StringFields> {
  const text = utf8Decode(s.stringBytes);
  const distinct: string[] = new Array(s.stringLengths.length);
  let start = 0;
  for (let i = 0; i < s.stringLengths.length; i++) {
    const end = start + (s.stringLengths[i] ?? -1);
    if (end < start || end > text.length) throw new Error('road graph string table is corrupt');
    distinct[i] = text.slice(start, end);
    start = end;
  }
  if (start !== text.length) throw new Error('road graph string table is corrupt');
  const at = (i: number): string => {
    const v = distinct[i];
    if (v === undefined) throw new Error('road graph string index out of range');
    return v;
  };
  const column = (indexes: Int32Array): (string | null)[] => {
    const out: (string | null)[] = new Array(indexes.length);
    for (let r = 0; r < indexes.length; r++) {
      const i = indexes[r] ?? -1;
      out[r] = i < 0 ? null : at(i);
    }
    return out;
  };
  const roadSourceId: string[] = new Array(s.sourceHead.length);
  for (let r = 0; r < s.sourceHead.length; r++) {
    const n = s.sourceNumber[r] ?? -1;
    const head = at(s.sourceHead[r] ?? -1);
    roadSourceId[r] = n < 0 ? head : head + String(n) + at(s.sourceTail[r] ?? -1);
  }
  return {
    roadName: column(s.roadNameIndex),
    roadRef: column(s.roadRefIndex),
    roadSurface: column(s.roadSurfaceIndex),
    roadAccess: column(s.roadAccessIndex),
    roadSourceId,
  };
}
