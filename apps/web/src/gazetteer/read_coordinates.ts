import { type AdminIndex, locatePoint, type Whereabouts } from './locate_point.ts';
import { type CoordinateProblem, type LonLat, parseCoordinates } from './parse_coordinates.ts';

/** Typed coordinates with where they lie, and a fix to offer when the text was most likely mistyped. */
export type CoordinateReading =
  | { kind: 'text' }
  | { kind: 'point'; position: LonLat; where: Whereabouts }
  /** Latitude and longitude the wrong way round; `where` is the fix's. */
  | { kind: 'swapped'; fix: LonLat; where: Whereabouts }
  /** The minus sign (or S / LS) left out: the typed point is far north, its mirror lies in a desa. */
  | { kind: 'sign'; typed: LonLat; fix: LonLat; where: Whereabouts }
  | { kind: 'range'; axis: 'latitude' | 'longitude'; value: number }
  | { kind: 'invalid'; problem: CoordinateProblem };

/** Whether an incident may be placed there: in a desa, within the study area, or anywhere while areas load. */
export function placeable(where: Whereabouts): boolean {
  return where.kind === 'desa' || where.kind === 'unknown' || where.inStudyArea;
}

/**
 * Reads the text as coordinates and locates the point; a point outside the study area whose mirror across the
 * equator lies in a desa is read as a forgotten minus sign and offered as a fix, never applied.
 *
 * @example readCoordinates('8.158, 115.242', index) // { kind: 'sign', fix: [115.242, -8.158], ... }
 */
export function readCoordinates(text: string, index: AdminIndex): CoordinateReading {
  const parsed = parseCoordinates(text);
  switch (parsed.kind) {
    case 'text':
    case 'range':
    case 'invalid':
      return parsed;
    case 'swapped':
      return { kind: 'swapped', fix: parsed.fix, where: locatePoint(index, parsed.fix) };
    case 'point': {
      const where = locatePoint(index, parsed.position);
      if (placeable(where)) return { kind: 'point', position: parsed.position, where };
      const [lon, lat] = parsed.position;
      const fix: LonLat = [lon, -lat];
      const mirrored = locatePoint(index, fix);
      if (lat > 0 && mirrored.kind === 'desa')
        return { kind: 'sign', typed: parsed.position, fix, where: mirrored };
      return { kind: 'point', position: parsed.position, where };
    }
    default:
      return parsed satisfies never;
  }
}
