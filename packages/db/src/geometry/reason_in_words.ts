/** PostGIS/GEOS validity reasons (ST_IsValidReason) in plain words, for the error message a planner reads. */
const words: Record<string, string> = {
  'Self-intersection': 'edges of the shape cross each other',
  'Ring Self-intersection': 'a ring of the shape touches or crosses itself',
  'Too few points': 'a ring or line has too few distinct positions',
  'Hole lies outside shell': 'a hole lies outside its outer ring',
  'Nested holes': 'a hole lies inside another hole',
  'Nested shells': 'one part of the shape lies inside another',
  'Interior is disconnected': 'the holes cut the shape into separate pieces',
  'Duplicate Rings': 'the same ring appears twice',
  'Invalid Coordinate': 'a position is not a finite number',
  'Ring is not closed': 'a ring does not end where it starts',
};

/** "Self-intersection[115.1 -8.2]" -> "edges of the shape cross each other near 115.1, -8.2". */
export function reasonInWords(reason: string): string {
  const m = reason.match(/^([^[]+)(?:\[(\S+) (\S+)\])?/);
  const name = m?.[1]?.trim() ?? reason;
  const text = words[name] ?? name.toLowerCase();
  return m?.[2] !== undefined && m[3] !== undefined ? `${text} near ${m[2]}, ${m[3]}` : text;
}
