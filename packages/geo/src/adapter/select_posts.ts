import { type PostFeature, type PostStatus, SiagaError } from '@siaga/schema';

/**
 * The posts a query runs on, in the order given: the posts with these ids (404 naming every unknown one), else
 * every post of the given statuses.
 *
 * @example selectPosts(posts, { postStatus: ['operational'] })
 */
export function selectPosts(
  posts: readonly PostFeature[],
  q: { postIds?: string[] | undefined; postStatus: PostStatus[] },
): PostFeature[] {
  if (q.postIds === undefined) {
    const wanted = new Set(q.postStatus);
    return posts.filter((p) => wanted.has(p.properties.status));
  }
  const wanted = new Set(q.postIds);
  const found = posts.filter((p) => wanted.has(p.properties.id));
  const known = new Set(found.map((p) => p.properties.id));
  const unknown = [...wanted].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new SiagaError(
      'not_found',
      `No post with id ${unknown.join(', ')}`,
      unknown.map((id) => ({
        path: `body.postIds.${q.postIds?.indexOf(id) ?? 0}`,
        message: `no post with id ${id}`,
      })),
    );
  }
  return found;
}
