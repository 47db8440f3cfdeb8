import type { PostFeature } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { scenarioPosts } from './scenario_posts.ts';

const post = (id: string, coordinates: [number, number]): PostFeature =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { id, name: id, status: 'operational', turnoutSeconds: 60 },
  }) as unknown as PostFeature;

describe('scenarioPosts', () => {
  it('leaves switched-off posts out and counts moved ones at their new place, without changing its input', () => {
    const posts = Object.freeze([
      post('a', [115.1, -8.2]),
      post('b', [115.2, -8.2]),
      post('c', [115.3, -8.2]),
    ]);
    const copy = JSON.stringify(posts);
    const out = scenarioPosts(posts, ['b'], [{ postId: 'c', position: [115.35, -8.25] }]);
    expect(out.map((p) => p.properties.id)).toEqual(['a', 'c']);
    expect(out[1]?.geometry.coordinates).toEqual([115.35, -8.25]);
    expect(out[1]?.properties.turnoutSeconds).toBe(60);
    expect(JSON.stringify(posts)).toBe(copy);
    expect(scenarioPosts(posts, [], [])).toEqual(posts);
  });
});
