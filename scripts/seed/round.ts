/** Rounds every number in a nested coordinate array to 5 decimals (about 1 m), as SEED-FORMAT.md asks. */
export function roundPositions<T>(coords: T): T {
  if (typeof coords === 'number') return (Math.round(coords * 1e5) / 1e5) as T;
  if (Array.isArray(coords)) return coords.map((c) => roundPositions(c)) as T;
  return coords;
}
