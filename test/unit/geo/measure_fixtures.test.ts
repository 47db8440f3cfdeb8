import { pointInPolygon, pointSegmentDistance, segmentFraction } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { expectFixture, readFixture } from './fixtures.ts';

type Position = [number, number];
interface Probe {
  type: 'Feature';
  properties: { name: string };
  geometry: { type: 'Point'; coordinates: Position };
}
interface Area {
  type: 'Feature';
  properties: { role: 'area' };
  geometry: { type: 'Polygon'; coordinates: Position[][] };
}
interface PolygonFixture {
  description: string;
  features: [Area, ...Probe[]];
}
interface SegmentFixture {
  description: string;
  /** Each MultiPoint is [p, a, b]: the probe and the segment's two ends. */
  features: {
    properties: { name: string };
    geometry: { type: 'MultiPoint'; coordinates: [Position, Position, Position] };
  }[];
}

describe('pointInPolygon (test/in/measure_point_in_polygon_*.geojson)', () => {
  it('measure_point_in_polygon_hole.geojson', () => {
    const fixture = readFixture<PolygonFixture>('measure_point_in_polygon_hole.geojson');
    const [area, ...probes] = fixture.features;
    const before = structuredClone(area.geometry.coordinates);
    const features = probes.map((probe) => ({
      ...probe,
      properties: {
        ...probe.properties,
        inside: pointInPolygon(
          probe.geometry.coordinates[0],
          probe.geometry.coordinates[1],
          area.geometry.coordinates,
        ),
      },
    }));
    expect(area.geometry.coordinates).toEqual(before);
    expectFixture('measure_point_in_polygon_hole.geojson', {
      type: 'FeatureCollection',
      description: fixture.description,
      features: [area, ...features],
    });
  });
});

describe('segmentFraction and pointSegmentDistance (test/in/measure_segment_*.geojson)', () => {
  it('measure_segment_distance.geojson', () => {
    const fixture = readFixture<SegmentFixture>('measure_segment_distance.geojson');
    const features = fixture.features.map((f) => {
      const [[px, py], [ax, ay], [bx, by]] = f.geometry.coordinates;
      return {
        ...f,
        properties: {
          ...f.properties,
          fraction: segmentFraction(px, py, ax, ay, bx, by),
          distance: pointSegmentDistance(px, py, ax, ay, bx, by),
        },
      };
    });
    expectFixture('measure_segment_distance.geojson', {
      type: 'FeatureCollection',
      description: fixture.description,
      features,
    });
  });
});
