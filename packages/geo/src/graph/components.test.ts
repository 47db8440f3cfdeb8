import { describe, expect, it } from 'vitest';
import type { RoadLine } from '../osm/road_line.ts';
import { FIRE_ENGINE } from '../profiles.ts';
import { weightsFor } from '../route/weights_for.ts';
import { buildGraph } from './build_graph.ts';
import { mainNetworkLinks, stronglyConnectedComponents, summarizeIslands } from './components.ts';

const road = (id: string, coords: [number, number][], oneway: 'no' | 'forward' = 'no'): RoadLine => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: coords },
  properties: {
    roadClass: 'residential',
    name: null,
    ref: null,
    oneway,
    maxspeedKmh: null,
    surface: null,
    access: null,
    sourceId: id,
  },
});

describe('stronglyConnectedComponents', () => {
  it('puts a one-way trap and a detached fragment outside the main network', () => {
    const g = buildGraph([
      road('square', [
        [115, -8.1],
        [115.002, -8.1],
        [115.002, -8.098],
        [115, -8.098],
        [115, -8.1],
      ]),
      road(
        'trap',
        [
          [115.002, -8.1],
          [115.003, -8.1],
        ],
        'forward',
      ),
      road('fragment', [
        [115.01, -8.1],
        [115.011, -8.1],
      ]),
    ]);
    const w = weightsFor(g, FIRE_ENGINE);
    const c = stronglyConnectedComponents(g, w.edgeSeconds);
    const main = mainNetworkLinks(g, c);
    const bySource = (id: string) =>
      Array.from(main).filter((_, l) => g.roadSourceId[g.linkRoad[l] ?? 0] === id);
    expect(bySource('square').every((v) => v === 1)).toBe(true);
    expect(bySource('trap')).toEqual([0]);
    expect(bySource('fragment')).toEqual([0]);
    expect(summarizeIslands(g, c, w.linkSeconds)).toEqual({ islands: 2, islandNodes: 3, mainNodes: 2 });
  });

  it('walks a 200,000-node one-way ring without recursion', () => {
    const n = 200_000;
    const coords: [number, number][] = [];
    for (let i = 0; i < n; i++) coords.push([115 + (i % 1000) * 1e-4, -8 - Math.floor(i / 1000) * 1e-4]);
    coords.push(coords[0] as [number, number]);
    const g = buildGraph(
      coords.slice(0, -1).map((p, i) => road(`r${i}`, [p, coords[i + 1] as [number, number]], 'forward')),
    );
    const c = stronglyConnectedComponents(g, weightsFor(g, FIRE_ENGINE).edgeSeconds);
    expect(c.count).toBe(1);
    expect(c.size[c.largest]).toBe(n);
  }, 60_000);
});
