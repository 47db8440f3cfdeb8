import type { MultiPolygonGeometry } from '@siaga/schema';
import { booleanPointInPolygon } from '@turf/turf';

export type CoordinateResult =
  | { ok: true; position: [number, number] }
  | { ok: false; error: 'invalid' | 'range' | 'outside'; lat?: number; lon?: number };

/**
 * Coordinates as a dispatcher types them, latitude first as phones and reports give them ("-8.158, 115.242",
 * "-8.158 115.242"), checked against the kabupaten outline. Returns [lon, lat] for the engine.
 */
export function parseCoordinates(text: string, kabupaten: MultiPolygonGeometry | null): CoordinateResult {
  const parts = text
    .trim()
    .split(/[\s,;]+/)
    .filter((p) => p !== '');
  if (parts.length !== 2) return { ok: false, error: 'invalid' };
  const [lat, lon] = parts.map(Number) as [number, number];
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return { ok: false, error: 'invalid' };
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return { ok: false, error: 'range', lat, lon };
  if (kabupaten !== null && !booleanPointInPolygon([lon, lat], kabupaten))
    return { ok: false, error: 'outside', lat, lon };
  return { ok: true, position: [lon, lat] };
}
