import { computeCoverage, type ModeCoverage, polygonProblems } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { type CoverageFixture, loadCoverageFixture, postFeatures } from './coverage_fixture.ts';
import { expectFixture, fixtureNames, readFixture } from './fixtures.ts';

describe('coverage fixtures (test/in/coverage_*.geojson -> test/out/coverage_*.geojson)', () => {
  for (const name of fixtureNames('coverage_')) {
    it(name, () => {
      const fixture = readFixture<CoverageFixture>(name);
      const { model, posts, closures } = loadCoverageFixture(fixture);
      const report = computeCoverage(model, posts, {
        closures,
        ...(fixture.options.thresholdsMin ? { thresholdsMin: fixture.options.thresholdsMin } : {}),
        ...(fixture.options.wmk ? { wmk: fixture.options.wmk } : {}),
      });
      const modes = [report.travelTime, report.wmkRadius, report.wmkNetwork].filter(
        (m): m is ModeCoverage => m !== null,
      );
      const gaps = modes.flatMap((m) =>
        m.levels.map((l) => {
          expect(polygonProblems(l.gaps ?? [])).toEqual([]);
          return {
            type: 'Feature',
            properties: { role: 'gap', mode: m.mode, limit: l.limit, unit: m.unit },
            geometry: { type: 'MultiPolygon', coordinates: l.gaps ?? [] },
          };
        }),
      );
      const { travelTime, wmkRadius, wmkNetwork, ...totals } = report;
      const summary = (m: ModeCoverage | null) =>
        m === null ? null : { ...m, levels: m.levels.map(({ gaps: _, ...rest }) => rest) };
      expectFixture(
        name,
        {
          type: 'FeatureCollection',
          description: fixture.description,
          totals,
          desaSpread: model.desa.map((d) => ({ code: d.code, spread: d.spread, point: d.point })),
          travelTime: summary(travelTime),
          wmkRadius: summary(wmkRadius),
          wmkNetwork: summary(wmkNetwork),
          features: [...gaps, ...postFeatures(posts)],
        },
        4,
      );
    });
  }
});
