import type { Position, PostFeature } from '@siaga/schema';

/** A stored post a what-if counts at another place. */
export interface MovedPost {
  postId: string;
  position: Position;
}

/**
 * The posts a what-if counts: without the switched-off ones, the moved ones at their new place (same record,
 * same turnout). The input is not changed.
 *
 * @example scenarioPosts(posts, ['<id of Pos Damkar Seririt>'], []) // every post but Seririt's
 */
export function scenarioPosts(
  posts: readonly PostFeature[],
  switchedOff: readonly string[],
  movedPosts: readonly MovedPost[],
): PostFeature[] {
  if (switchedOff.length === 0 && movedPosts.length === 0) return [...posts];
  const off = new Set(switchedOff);
  const moved = new Map(movedPosts.map((m) => [m.postId, m.position]));
  return posts
    .filter((p) => !off.has(p.properties.id))
    .map((p) => {
      const at = moved.get(p.properties.id);
      return at === undefined ? p : { ...p, geometry: { type: 'Point' as const, coordinates: at } };
    });
}
