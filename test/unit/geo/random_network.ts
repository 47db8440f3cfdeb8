import { buildGraph, type RoadGraph, type RoadLine } from '@siaga/geo';
import type { RoadClass } from '@siaga/schema';
import { prng } from '../../../scripts/reliability/json_sample.ts';

/** mulberry32, the fuzzer's seeded PRNG: property tests are repeatable too. */
export { prng };

const CLASSES: RoadClass[] = ['primary', 'secondary', 'tertiary', 'residential', 'unclassified', 'track'];

/** A jittered grid of streets (some dropped, some one-way) around Singaraja, and a bbox to draw points in. */
export function randomNetwork(
  seed: number,
  size = 10,
): { graph: RoadGraph; roads: RoadLine[]; point: () => number[] } {
  const rnd = prng(seed);
  const step = 0.002;
  const x0 = 115.08;
  const y0 = -8.13;
  const node = (i: number, j: number): [number, number] => [
    Math.round((x0 + i * step + (((i * 7 + j * 13) % 5) - 2) * 0.0001) * 1e7) / 1e7,
    Math.round((y0 + j * step + (((i * 11 + j * 3) % 5) - 2) * 0.0001) * 1e7) / 1e7,
  ];
  const roads: RoadLine[] = [];
  let id = 0;
  const add = (a: [number, number], b: [number, number]): void => {
    if (rnd() < 0.1) return;
    const r = rnd();
    const mid: [number, number] = [(a[0] + b[0]) / 2 + (rnd() - 0.5) * 0.0004, (a[1] + b[1]) / 2];
    roads.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [a, mid, b] },
      properties: {
        roadClass: CLASSES[Math.floor(rnd() * CLASSES.length)] ?? 'residential',
        name: `Jalan ${id}`,
        ref: null,
        oneway: r < 0.1 ? 'forward' : r < 0.2 ? 'backward' : 'no',
        maxspeedKmh: null,
        surface: rnd() < 0.2 ? 'gravel' : null,
        access: null,
        sourceId: `rand:${id++}`,
      },
    });
  };
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      if (i + 1 < size) add(node(i, j), node(i + 1, j));
      if (j + 1 < size) add(node(i, j), node(i, j + 1));
    }
  }
  const span = step * (size - 1);
  return {
    graph: buildGraph(roads),
    roads,
    point: () => [x0 + rnd() * span, y0 + rnd() * span],
  };
}
