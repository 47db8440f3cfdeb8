import { isochrone, polygonProblems } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { type CoverageFixture, loadCoverageFixture, postFeatures } from './coverage_fixture.ts';
import { expectFixture, fixtureNames, readFixture } from './fixtures.ts';

describe('isochrone fixtures (test/in/iso_*.geojson -> test/out/iso_*.geojson)', () => {
  for (const name of fixtureNames('iso_')) {
    it(name, () => {
      const fixture = readFixture<CoverageFixture>(name);
      const { model, posts, closures } = loadCoverageFixture(fixture);
      const post = posts[0];
      if (post === undefined) throw new Error(`${name} has no post`);
      const result = isochrone(model, post, {
        breaksMin: fixture.options.breaksMin ?? [5, 10, 15],
        closures,
      });
      for (const f of result.features) expect(polygonProblems(f.geometry.coordinates)).toEqual([]);
      expectFixture(
        name,
        {
          type: 'FeatureCollection',
          description: fixture.description,
          anchored: result.anchored,
          // Largest first, so a viewer draws the smaller bands on top.
          features: [...[...result.features].reverse(), ...postFeatures(posts)],
        },
        6,
      );
    });
  }
});
