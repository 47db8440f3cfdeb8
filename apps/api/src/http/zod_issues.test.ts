import { featureOrCollection, PostCreate } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { issuesToDetails } from './zod_issues.ts';

const post = (coordinates: unknown, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { name: 'Pos', kind: 'bpbd_post', status: 'planned', ...properties },
});

function detailsOf(input: unknown) {
  const result = featureOrCollection(PostCreate).safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return issuesToDetails(result.error.issues, 'body');
}

describe('issuesToDetails', () => {
  it('reports the branch of a union the input meant: a Feature with a bad longitude', () => {
    const { details, geometryOnly } = detailsOf(post([181, -8.1]));
    expect(details).toEqual([{ path: 'body.geometry.coordinates.0', message: 'longitude above 180' }]);
    expect(geometryOnly).toBe(true);
  });

  it('reports the feature of a collection that failed, with its index', () => {
    const { details, geometryOnly } = detailsOf({
      type: 'FeatureCollection',
      features: [post([115, -8]), post([115, -8], { kind: 'castle' })],
    });
    expect(details.map((d) => d.path)).toEqual(['body.features.1.properties.kind']);
    expect(geometryOnly).toBe(false);
  });

  it('is not geometry-only when a property fails beside the geometry', () => {
    const { details, geometryOnly } = detailsOf(post([115, -91], { staff: -1 }));
    expect(details.map((d) => d.path).sort()).toEqual([
      'body.geometry.coordinates.1',
      'body.properties.staff',
    ]);
    expect(geometryOnly).toBe(false);
  });

  it('does not mutate the issues it is given', () => {
    const result = PostCreate.safeParse(post([200, 0]));
    if (result.success) throw new Error('expected a failure');
    const before = structuredClone(result.error.issues);
    issuesToDetails(result.error.issues, 'body');
    expect(result.error.issues).toEqual(before);
  });
});
