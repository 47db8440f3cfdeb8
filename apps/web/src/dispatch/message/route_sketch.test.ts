import type { Position } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { routeSketch } from './route_sketch.ts';

describe('routeSketch', () => {
  const line: Position[] = [
    [115.2, -8.1],
    [115.21, -8.12],
    [115.24, -8.158],
  ];

  it('fits the routes and the incident inside the padded box, north up', () => {
    const s = routeSketch(Object.freeze([{ id: 'P1', line }]), [115.242, -8.158], 300, 200, 10);
    expect(s.paths).toHaveLength(1);
    const xs = s.paths[0]?.d.match(/[ML]([\d.]+) ([\d.]+)/g) ?? [];
    expect(xs).toHaveLength(3);
    for (const m of xs) {
      const [x, y] = m.slice(1).split(' ').map(Number);
      expect(x).toBeGreaterThanOrEqual(10);
      expect(x).toBeLessThanOrEqual(290);
      expect(y).toBeGreaterThanOrEqual(10);
      expect(y).toBeLessThanOrEqual(190);
    }
    expect(s.incident.y).toBeGreaterThan(s.paths[0]?.start.y ?? 0);
    expect(s.incident.x).toBeGreaterThan(s.paths[0]?.start.x ?? 0);
    expect(s.metresPerPx).toBeGreaterThan(0);
  });

  it('keeps only the context lines that cross the frame', () => {
    const near: Position[] = [
      [115.22, -8.13],
      [115.23, -8.14],
    ];
    const far: Position[] = [
      [114.6, -8.2],
      [114.61, -8.21],
    ];
    const s = routeSketch([{ id: 'P1', line }], [115.242, -8.158], 300, 200, 10, [near, far]);
    expect(s.context).toHaveLength(1);
    expect(s.context[0]).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });

  it('frames a lone incident without dividing by zero', () => {
    const s = routeSketch([], [115.242, -8.158], 300, 200);
    expect(s.incident).toEqual({ x: 150, y: 100 });
    expect(Number.isFinite(s.metresPerPx)).toBe(true);
  });

  it('does not change its input', () => {
    const frozen = Object.freeze(line.map((p) => Object.freeze([...p]) as unknown as Position));
    expect(() => routeSketch([{ id: 'a', line: frozen }], [115.242, -8.158], 100, 100)).not.toThrow();
  });
});
