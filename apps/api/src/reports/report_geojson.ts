import type { MultiPolygonCoords, ReportLayers } from '@siaga/geo';
import { type CoverageReport, type ReportLayer, SiagaError } from '@siaga/schema';

interface LayerFeature {
  type: 'Feature';
  geometry: { type: 'MultiPolygon'; coordinates: MultiPolygonCoords };
  properties: Record<string, string | number | null>;
}

/**
 * A map layer of the report as a FeatureCollection, with the report's date, network version and demo flag as
 * foreign members: `coverage` has one feature per travel-time band (with the band's population and land), `gaps`
 * the land beyond the standard and the land outside the WMK rule.
 *
 * @example reportGeoJson(report, layers, 'gaps').features.map((f) => f.properties.kind) // ['travel_time', 'wmk']
 */
export function reportGeoJson(report: CoverageReport, layers: ReportLayers | null, layer: ReportLayer) {
  if (layers === null) throw new SiagaError('internal', 'the report layers were not traced');
  const multi = (coordinates: MultiPolygonCoords) => ({ type: 'MultiPolygon' as const, coordinates });
  const features: LayerFeature[] =
    layer === 'coverage'
      ? layers.bands.map((coordinates, j) => {
          const band = report.summary.bands[j];
          return {
            type: 'Feature',
            geometry: multi(coordinates),
            properties: {
              fromMin: band?.fromMin ?? null,
              toMin: band?.toMin ?? null,
              population: band?.population ?? null,
              areaKm2: band?.areaKm2 ?? null,
            },
          };
        })
      : [
          {
            type: 'Feature',
            geometry: multi(layers.gapsTravel),
            properties: { kind: 'travel_time', standardMin: report.standardMin },
          },
          {
            type: 'Feature',
            geometry: multi(layers.gapsWmk),
            properties: {
              kind: 'wmk',
              radiusM: report.summary.wmk.radiusM,
              builtUpRadiusM: report.summary.wmk.builtUpRadiusM,
            },
          },
        ];
  return {
    type: 'FeatureCollection' as const,
    generatedAt: report.generatedAt,
    networkVersion: report.networkVersion,
    profile: report.profile,
    demo: report.demo,
    features,
  };
}
