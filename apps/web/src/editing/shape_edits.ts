import type { Position } from '@siaga/schema';

/** The geometry a form is moving or drawing, shown on the map while the edit tool is on. */
export type EditShape =
  /** A post or cache: the point (null until a new one is placed). */
  | { type: 'point'; position: Position | null }
  /** A hazard zone's outer ring, its corners in order, without the closing repeat. */
  | { type: 'polygon'; ring: Position[] };

/** A click on the map while editing: a point moves there; a polygon gains a corner at the end. */
export function clickShape(shape: EditShape, at: Position): EditShape {
  return shape.type === 'point'
    ? { type: 'point', position: at }
    : { type: 'polygon', ring: [...shape.ring, at] };
}

/** A corner (or the point, index 0) dragged to `at`. */
export function dragShape(shape: EditShape, index: number, at: Position): EditShape {
  if (shape.type === 'point') return { type: 'point', position: at };
  if (index < 0 || index >= shape.ring.length) return shape;
  return { type: 'polygon', ring: shape.ring.map((p, i) => (i === index ? at : p)) };
}

/** Drops the last corner drawn. */
export function undoCorner(shape: EditShape): EditShape {
  return shape.type === 'polygon' ? { type: 'polygon', ring: shape.ring.slice(0, -1) } : shape;
}

/**
 * The shape as a request geometry: a Point, or a Polygon whose ring is closed (first corner repeated); a
 * polygon of fewer than 3 corners is still sent so the shared schema names what is missing. Null: no point yet.
 */
export function geometryOfShape(
  shape: EditShape,
): { type: 'Point'; coordinates: Position } | { type: 'Polygon'; coordinates: Position[][] } | null {
  if (shape.type === 'point')
    return shape.position === null ? null : { type: 'Point', coordinates: shape.position };
  const first = shape.ring[0];
  return { type: 'Polygon', coordinates: [first === undefined ? [] : [...shape.ring, first]] };
}

/**
 * The editable ring of a stored zone: the outer ring of its largest polygon, without the closing repeat (holes
 * and further parts are not edited; redrawing replaces the whole zone).
 */
export function ringOfMultiPolygon(coordinates: Position[][][]): Position[] {
  let best: Position[] = [];
  for (const polygon of coordinates) {
    const outer = polygon[0] ?? [];
    if (outer.length > best.length) best = outer;
  }
  return best.slice(0, -1);
}

/** True for a zone of one polygon without holes: only such a zone is reshaped corner by corner (others are redrawn). */
export function isSimpleZone(coordinates: Position[][][]): boolean {
  return coordinates.length === 1 && coordinates[0]?.length === 1;
}
