import type { SyntheticElement } from './make_pbf.ts';

/**
 * A small scene for clipped imports, along lat -8.1 east of 115: the clip box 115,-8.2,115.05,-8.0 with a 2 km
 * buffer (the buffered east edge is at 115.068) keeps nodes 1, 2, 3, 7 and 8.
 * - way 100 (primary) 1-3-4-5 crosses the border: kept as 1-3, cut there;
 * - way 101 (residential) 5-6-9 lies wholly outside: dropped;
 * - way 102 (footway) 7-8 is inside but not a road;
 * - way 103 (residential) 7-2-8 passes the bollard at node 2 (inside): three roads, one barrier;
 * - way 104 (residential) 4-3 has one node inside: nothing of two nodes is left;
 * - node 9 is a bollard outside, ignored.
 */
export const CLIP_SCENE: SyntheticElement[] = [
  { type: 'node', id: 1, lon: 115.01, lat: -8.1 },
  { type: 'node', id: 2, lon: 115.03, lat: -8.11, tags: { barrier: 'bollard' } },
  { type: 'node', id: 3, lon: 115.06, lat: -8.1 },
  { type: 'node', id: 4, lon: 115.1, lat: -8.1 },
  { type: 'node', id: 5, lon: 115.15, lat: -8.1 },
  { type: 'node', id: 6, lon: 115.16, lat: -8.1 },
  { type: 'node', id: 7, lon: 115.02, lat: -8.12 },
  { type: 'node', id: 8, lon: 115.04, lat: -8.12 },
  { type: 'node', id: 9, lon: 115.3, lat: -8.1, tags: { barrier: 'bollard' } },
  { type: 'way', id: 100, refs: [1, 3, 4, 5], tags: { highway: 'primary' } },
  { type: 'way', id: 101, refs: [5, 6, 9], tags: { highway: 'residential' } },
  { type: 'way', id: 102, refs: [7, 8], tags: { highway: 'footway' } },
  { type: 'way', id: 103, refs: [7, 2, 8], tags: { highway: 'residential' } },
  { type: 'way', id: 104, refs: [4, 3], tags: { highway: 'residential' } },
];

export const CLIP_SCENE_BBOX = '115,-8.2,115.05,-8.0';

/** The scene as OSM XML, as the API writes it. */
export function clipSceneXml(): string {
  const tags = (t: Record<string, string> | undefined): string =>
    Object.entries(t ?? {})
      .map(([k, v]) => `<tag k="${k}" v="${v}"/>`)
      .join('');
  const body = CLIP_SCENE.map((e) =>
    e.type === 'node'
      ? `<node id="${e.id}" lon="${e.lon}" lat="${e.lat}">${tags(e.tags)}</node>`
      : `<way id="${e.id}">${e.refs.map((r) => `<nd ref="${r}"/>`).join('')}${tags(e.tags)}</way>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6">\n${body.join('\n')}\n</osm>\n`;
}
