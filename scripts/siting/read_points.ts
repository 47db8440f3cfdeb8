import type { SitePoint } from '@siaga/geo';

export interface PointFile {
  points: SitePoint[];
  /** True for `id,lon,lat,...` (degrees), false for `id,x,y,...` (projected metres). */
  lonLat: boolean;
}

/**
 * Reads a plain CSV of points: a header `id,x,y,weight` (projected metres) or `id,lon,lat,weight` (degrees),
 * weight optional (1), lines starting with `#` and blank lines skipped. Throws naming the first bad line.
 *
 * @example readPoints('id,x,y,weight\na,0,0,5\n').points[0] // { id: 'a', x: 0, y: 0, weight: 5 }
 */
export function readPoints(text: string): PointFile {
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'));
  const [header, ...rows] = lines;
  if (header === undefined) throw new Error('the file has no header line');
  const columns = header.line.split(',').map((c) => c.trim().toLowerCase());
  const lonLat = columns[1] === 'lon' && columns[2] === 'lat';
  if (columns[0] !== 'id' || !(lonLat || (columns[1] === 'x' && columns[2] === 'y'))) {
    throw new Error(`line ${header.number}: the header must be id,x,y[,weight] or id,lon,lat[,weight]`);
  }
  const points = rows.map(({ line, number }) => {
    const [id = '', a = '', b = '', w = '1'] = line.split(',').map((v) => v.trim());
    const x = Number(a);
    const y = Number(b);
    const weight = Number(w === '' ? '1' : w);
    if (
      id === '' ||
      a === '' ||
      b === '' ||
      !Number.isFinite(x) ||
      !Number.isFinite(y) ||
      !Number.isFinite(weight) ||
      weight < 0
    ) {
      throw new Error(`line ${number}: expected id, two numbers and a weight of at least 0: "${line}"`);
    }
    if (lonLat && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
      throw new Error(`line ${number}: longitude or latitude out of range: "${line}"`);
    }
    return { id, x, y, weight };
  });
  if (points.length === 0) throw new Error('the file has no points');
  return { points, lonLat };
}
