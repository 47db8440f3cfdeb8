import { roadFromOsmTags } from './road_from_tags.ts';
import { countSkip, emptyReadSummary, type ReadRoadsResult, type RoadLine } from './road_line.ts';

/** A GeoJSON feature as read from a file, before any validation. */
export interface LooseFeature {
  type?: unknown;
  id?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

/**
 * Reads GeoJSON line features carrying OSM-style tags as properties (the shape overpass-turbo exports and the
 * demo seed's data/roads.geojson uses). sourceId is the `@id` property, else the feature id. MultiLineString
 * parts become separate roads with `#<part>` appended to the sourceId. `kept` counts the features whose roads are
 * all returned; a feature with any unusable part (a position that is not two finite numbers) is skipped whole.
 */
export function readGeoJsonRoads(collection: { features: readonly LooseFeature[] }): ReadRoadsResult {
  const summary = emptyReadSummary();
  const roads: RoadLine[] = [];
  collection.features.forEach((feature, index) => {
    summary.waysRead++;
    const props = feature.properties ?? {};
    const tags: Record<string, string> = {};
    for (const [k, v] of Object.entries(props)) {
      if (typeof v === 'string') tags[k] = v;
      else if (typeof v === 'number' || typeof v === 'boolean') tags[k] = String(v);
    }
    const baseId = tags['@id'] ?? (feature.id !== undefined ? String(feature.id) : `feature/${index}`);
    const geometry = feature.geometry;
    const parts =
      geometry?.type === 'LineString'
        ? [geometry.coordinates]
        : geometry?.type === 'MultiLineString' && Array.isArray(geometry.coordinates)
          ? geometry.coordinates
          : null;
    if (parts === null) {
      countSkip(summary, `geometry ${String(geometry?.type ?? 'missing')}`);
      return;
    }
    const parsed = roadFromOsmTags(tags, baseId);
    if (!parsed.ok) {
      countSkip(summary, parsed.reason);
      return;
    }
    // A feature is written whole or not at all: one bad part (a coordinate that is not a number) skips it.
    const lines = parts.map((part: unknown) => toPositions(part));
    if (lines.some((positions) => positions === null)) {
      countSkip(summary, 'invalid coordinates');
      return;
    }
    lines.forEach((positions, p) => {
      roads.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: positions ?? [] },
        properties: { ...parsed.road, sourceId: parts.length > 1 ? `${baseId}#${p}` : baseId },
        tags,
        featureIndex: index,
      });
    });
    summary.kept++;
  });
  return { roads, summary };
}

function toPositions(raw: unknown): [number, number][] | null {
  if (!Array.isArray(raw) || raw.length < 2) return null;
  const out: [number, number][] = [];
  for (const p of raw) {
    if (!Array.isArray(p)) return null;
    const [lon, lat] = p;
    if (
      typeof lon !== 'number' ||
      typeof lat !== 'number' ||
      !Number.isFinite(lon) ||
      !Number.isFinite(lat)
    ) {
      return null;
    }
    out.push([lon, lat]);
  }
  return out;
}
