import { z } from 'zod';
import type { AdminLevel } from './enums.ts';
import { DesaCode, feature } from './feature.ts';
import { PointGeometry } from './geometry.ts';
import { text } from './text.ts';

/** A desa's representative point (a village centre) as in data/desa_points.geojson, matched by code. */
export const DesaPoint = feature(
  PointGeometry,
  z.object({ code: DesaCode, name: text().trim().min(1).max(200).optional() }),
).meta({ id: 'DesaPoint' });
export type DesaPoint = z.infer<typeof DesaPoint>;

/** The stored label points of the desa among `areas`, as coverage takes them (areas without one are left out). */
export function desaPointsOf(
  areas: readonly {
    properties: { code: string; level: AdminLevel; labelPoint?: PointGeometry | null | undefined };
  }[],
): { type: 'Feature'; geometry: PointGeometry; properties: { code: string } }[] {
  return areas.flatMap(({ properties: p }) =>
    p.level === 'desa' && p.labelPoint
      ? [{ type: 'Feature' as const, geometry: p.labelPoint, properties: { code: p.code } }]
      : [],
  );
}
