import type { Position } from '@siaga/schema';

export interface SketchLine {
  id: string;
  line: readonly Position[];
}

export interface Sketch {
  /** SVG path data per line, in the sketch's pixel space. */
  paths: { id: string; d: string; start: { x: number; y: number } }[];
  incident: { x: number; y: number };
  /** The `context` lines (roads around) that cross the frame, drawn under the routes. */
  context: string[];
  /** Metres per sketch pixel, for a scale bar. */
  metresPerPx: number;
}

const M_PER_DEG = 111_320;

/**
 * Routes drawn to fit a `width` x `height` box with `pad` pixels around (north up, an equirectangular view at
 * the routes' mean latitude, fine over the few kilometres of a dispatch). Pure: the print sheet's map needs no
 * map library, no tiles and no canvas, so it prints the same on any printer.
 */
export function routeSketch(
  lines: readonly SketchLine[],
  incident: Position,
  width: number,
  height: number,
  pad = 16,
  context: readonly (readonly Position[])[] = [],
): Sketch {
  const all = [incident, ...lines.flatMap((l) => l.line)];
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  // Degrees of longitude shrink with latitude; a spread of zero (one point) still gets a 500 m frame.
  const spanX = Math.max((east - west) * kx, 500 / M_PER_DEG);
  const spanY = Math.max(north - south, 500 / M_PER_DEG);
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const offX = (width - spanX * scale) / 2 + ((spanX - (east - west) * kx) * scale) / 2;
  const offY = (height - spanY * scale) / 2 + ((spanY - (north - south)) * scale) / 2;
  const at = (p: Position) => ({
    x: Math.round((offX + (p[0] - west) * kx * scale) * 10) / 10,
    y: Math.round((offY + (north - p[1]) * scale) * 10) / 10,
  });
  const path = (pts: { x: number; y: number }[]) =>
    pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const inFrame = (p: { x: number; y: number }) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
  return {
    context: context
      .map((line) => line.map(at))
      .filter((pts) => pts.length > 1 && pts.some(inFrame))
      .map(path),
    paths: lines
      .filter((l) => l.line.length > 0)
      .map((l) => {
        const pts = l.line.map(at);
        const first = pts[0] ?? { x: 0, y: 0 };
        return {
          id: l.id,
          d: pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '),
          start: first,
        };
      }),
    incident: at(incident),
    metresPerPx: M_PER_DEG / scale,
  };
}
