import type { PrepositioningResponse } from '@siaga/schema';
import type { Feature, Geometry } from 'geojson';

type Props = Record<string, string | number | boolean | null>;

/**
 * The pre-positioning plan on the map: each hazard zone's point (complete or short), each cache whose holding
 * changes (numbered as the panel lists them) and a line from a cache to every zone its new units serve.
 */
export function prepositioningFeatures(answer: PrepositioningResponse | null): Feature<Geometry, Props>[] {
  if (answer === null) return [];
  const zones = new Map(answer.zones.map((z) => [z.id, z]));
  const caches = new Map(answer.caches.map((c) => [c.id, c]));
  const links = new Set<string>();
  const out: Feature<Geometry, Props>[] = [];
  for (const h of answer.holdings) {
    if (h.hold <= h.stock) continue;
    const from = caches.get(h.cache.id);
    for (const s of h.serves) {
      const to = zones.get(s.zoneId);
      const id = `link-${h.cache.id}-${s.zoneId}`;
      if (from === undefined || to === undefined || links.has(id)) continue;
      links.add(id);
      out.push({
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [[...from.point.coordinates], [...to.point.coordinates]],
        },
        properties: { id, kind: 'link' },
      });
    }
  }
  for (const z of answer.zones) {
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...z.point.coordinates] },
      properties: { id: `zone-${z.id}`, kind: 'zone', complete: z.complete, label: '' },
    });
  }
  answer.caches.forEach((c, i) => {
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...c.point.coordinates] },
      properties: { id: `cache-${c.id}`, kind: 'cache', label: String(i + 1), opened: c.opened },
    });
  });
  return out;
}
