import { ClipArea, type ClipPolygons, NodePositions } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { prng } from './random_network.ts';

const KM_LAT = 110.574;

/** Brute force: even-odd point in polygon over every ring, and the plane distance to every edge. */
function bruteForce(polygons: ClipPolygons, bufferKm: number, lat0: number) {
  const kx = 111.32 * Math.cos((lat0 * Math.PI) / 180);
  const rings = polygons.flat();
  return (lon: number, lat: number): { keep: boolean; margin: number } => {
    let inside = false;
    let best = Infinity;
    for (const ring of rings) {
      for (let k = 0; k < ring.length - 1; k++) {
        const [x1 = 0, y1 = 0] = ring[k] ?? [];
        const [x2 = 0, y2 = 0] = ring[k + 1] ?? [];
        if (y1 > lat !== y2 > lat && lon < x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1)) inside = !inside;
        const [ax, ay, bx, by, px, py] = [x1 * kx, y1 * KM_LAT, x2 * kx, y2 * KM_LAT, lon * kx, lat * KM_LAT];
        const dx = bx - ax;
        const dy = by - ay;
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
      }
    }
    return { keep: inside || best <= bufferKm, margin: Math.min(best, Math.abs(best - bufferKm)) };
  };
}

/** A wobbly star around (115, -8.2) with a square hole: many edges, concave, like a kabupaten outline. */
function star(n: number): ClipPolygons {
  const random = prng(3);
  const outer = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    const r = 0.2 + 0.15 * Math.sin(7 * a) + 0.03 * random();
    return [115 + r * Math.cos(a), -8.2 + 0.6 * r * Math.sin(a)];
  });
  outer.push(outer[0] ?? []);
  const hole = [
    [114.98, -8.22],
    [114.98, -8.18],
    [115.02, -8.18],
    [115.02, -8.22],
    [114.98, -8.22],
  ];
  return [[outer, hole]];
}

describe('ClipArea', () => {
  it('keeps a bbox and its buffer, and nothing beyond', () => {
    const area = new ClipArea(
      [
        [
          [
            [115, -8.2],
            [115.1, -8.2],
            [115.1, -8.1],
            [115, -8.1],
            [115, -8.2],
          ],
        ],
      ],
      2,
    );
    const kmLon = 111.32 * Math.cos((8.15 * Math.PI) / 180);
    expect(area.contains(115.05, -8.15)).toBe(true);
    expect(area.contains(115.1 + 1.9 / kmLon, -8.15)).toBe(true);
    expect(area.contains(115.1 + 2.1 / kmLon, -8.15)).toBe(false);
    expect(area.contains(115.05, -8.1 + 1.9 / KM_LAT)).toBe(true);
    expect(area.contains(115.05, -8.1 + 2.1 / KM_LAT)).toBe(false);
    // The corner is rounded: 1.9 km east and 1.9 km north is 2.7 km from the box.
    expect(area.contains(115.1 + 1.9 / kmLon, -8.1 + 1.9 / KM_LAT)).toBe(false);
    expect(area.contains(0, 0)).toBe(false);
    expect(area.bbox[2]).toBeCloseTo(115.1 + 2 / kmLon, 6);
  });

  it.each([0, 0.5, 5])(
    'answers as a brute-force test on 5,000 points around a polygon with a hole (buffer %s km)',
    (buffer) => {
      const polygons = star(400);
      const area = new ClipArea(polygons, buffer);
      const lat0 = (area.bbox[1] + area.bbox[3]) / 2;
      const exact = bruteForce(polygons, buffer, lat0);
      const random = prng(11);
      let kept = 0;
      let disagreed = 0;
      for (let i = 0; i < 5000; i++) {
        const lon = 114.55 + 0.9 * random();
        const lat = -8.55 + 0.7 * random();
        const want = exact(lon, lat);
        const got = area.contains(lon, lat);
        if (got) kept++;
        // Points within a metre of the boundary or of the buffer's edge may fall either way (rounding).
        if (got !== want.keep && want.margin > 0.001) disagreed++;
      }
      expect(disagreed).toBe(0);
      expect(kept).toBeGreaterThan(500);
      expect(kept).toBeLessThan(4500);
    },
  );

  it('refuses a negative buffer and an area without polygons', () => {
    expect(() => new ClipArea([[[[115, -8]]]], 1)).toThrow(/no polygon/);
    expect(() => new ClipArea(star(10), -1)).toThrow(/buffer/);
  });
});

describe('NodePositions', () => {
  it('finds what was set, through growth, for negative and 40-bit ids', () => {
    const p = new NodePositions(4);
    const ids = [1, -5, 2 ** 40 + 7, 12_000_000_000, ...Array.from({ length: 5000 }, (_, i) => i * 7919 + 3)];
    ids.forEach((id, i) => {
      p.set(id, i, -i);
    });
    expect(p.size).toBe(new Set(ids).size);
    const wrong = ids.filter((id) => {
      const s = p.slot(id);
      const i = ids.lastIndexOf(id);
      return s < 0 || p.lon(s) !== i || p.lat(s) !== -i;
    });
    expect(wrong).toEqual([]);
    expect(p.slot(2)).toBe(-1);
    expect(p.slot(2 ** 40 + 8)).toBe(-1);
  });
});
