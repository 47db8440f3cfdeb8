import { describe, expect, it } from 'vitest';
import { DATASETS_OF_ENTITY, datasetsOf, touchesNetwork } from './datasets_of_change.ts';

describe('datasetsOf', () => {
  it('names each dataset once, nothing for entities no dataset shows', () => {
    expect([...datasetsOf(['cache', 'cache_item', 'post'])].sort()).toEqual(['caches', 'posts']);
    expect([...datasetsOf(['user', 'api_token', 'database'])]).toEqual([]);
    expect(DATASETS_OF_ENTITY.admin_area).toEqual(['desa', 'kecamatan', 'kabupaten']);
  });

  it('says when the road network changes', () => {
    expect(touchesNetwork(['post', 'road'])).toBe(true);
    expect(touchesNetwork(['post', 'incident'])).toBe(false);
  });
});
