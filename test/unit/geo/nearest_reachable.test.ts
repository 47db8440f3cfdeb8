import { nearestReachable, PROFILES } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { loadNetwork, type NetworkFixture } from './fixture_network.ts';
import { readFixture } from './fixtures.ts';

describe('nearestReachable', () => {
  const { graph, facilities, incident, closures } = loadNetwork(
    readFixture<NetworkFixture>('route_closure_all.geojson'),
  );
  const starts = facilities.map((f) => ({ point: f.point, costS: f.turnoutSeconds }));

  it('names the reachable junction nearest to a cut-off incident and the road on toward it', () => {
    const near = nearestReachable(graph, PROFILES.fire_engine, starts, incident, { closures });
    expect(near?.point).toEqual([115, -8.1]);
    expect(near?.roadName).toBe('Jalan Pantai');
    expect(near?.distanceM).toBeCloseTo(440, -1);
    expect(near?.etaS).toBeGreaterThanOrEqual(120);
  });

  it('reaches the incident side itself when nothing is closed', () => {
    const near = nearestReachable(graph, PROFILES.fire_engine, starts, incident);
    expect(near?.point).toEqual([115.004, -8.1]);
    expect(near?.distanceM).toBeLessThan(10);
  });

  it('answers null when no start reaches a road', () => {
    expect(
      nearestReachable(graph, PROFILES.fire_engine, [{ point: [116, -9], costS: 0 }], incident),
    ).toBeNull();
  });
});
