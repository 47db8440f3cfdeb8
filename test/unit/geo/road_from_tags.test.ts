import { roadFromOsmTags } from '@siaga/geo';
import { RoadProperties } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectFixture, readFixture } from './fixtures.ts';

type TagFixture = {
  features: { id: number; properties: Record<string, string> }[];
};

describe('roadFromOsmTags', () => {
  const fixture = readFixture<TagFixture>('road_from_tags.geojson');

  it('matches test/out/road_from_tags.json', () => {
    const results = fixture.features.map((f) => {
      const { case: name, ...tags } = f.properties;
      return { case: name, result: roadFromOsmTags(tags, `osm:way/${f.id}`) };
    });
    expectFixture('road_from_tags.json', results);
  });

  it('returns properties the schema accepts', () => {
    for (const f of fixture.features) {
      const r = roadFromOsmTags(f.properties, `osm:way/${f.id}`);
      if (r.ok) expect(RoadProperties.parse(r.road)).toEqual(r.road);
    }
  });

  it('does not mutate its input', () => {
    const tags = Object.freeze({ highway: 'primary', oneway: 'yes', maxspeed: 'ID:urban' });
    expect(() => roadFromOsmTags(tags, 'osm:way/1')).not.toThrow();
    expect(tags).toEqual({ highway: 'primary', oneway: 'yes', maxspeed: 'ID:urban' });
  });
});
