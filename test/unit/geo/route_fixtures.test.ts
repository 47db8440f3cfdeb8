import { closestFacility, PROFILES, serializeGraph } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { loadNetwork, type NetworkFixture } from './fixture_network.ts';
import { expectFixture, fixtureNames, readFixture } from './fixtures.ts';

describe('closestFacility fixtures (test/in/route_*.geojson -> test/out/route_*.geojson)', () => {
  for (const name of fixtureNames('route_')) {
    it(name, () => {
      const fixture = readFixture<NetworkFixture>(name);
      const { graph, facilities, incident, closures } = loadNetwork(fixture);
      const before = new Uint8Array(serializeGraph(graph));
      const result = closestFacility(graph, PROFILES[fixture.options.profile], incident, facilities, {
        k: fixture.options.k,
        closures,
      });
      expect(new Uint8Array(serializeGraph(graph))).toEqual(before);
      const out = {
        type: 'FeatureCollection',
        description: fixture.description,
        incidentSnap: result.incidentSnap,
        notRouted: result.notRouted,
        features: result.routes.map(({ geometry, ...properties }) => ({
          type: 'Feature',
          properties,
          geometry,
        })),
      };
      expectFixture(name, out, 4);
    });
  }
});
