import { posts, type SiagaDb } from '@siaga/db';
import { type PostFeature, type PostStatus, SiagaError } from '@siaga/schema';

/**
 * The posts a query runs on: the given ids (404 naming every unknown one), else every post of the given
 * statuses. Ordered by name, then id.
 */
export async function selectPosts(
  db: SiagaDb,
  q: { postIds?: string[] | undefined; postStatus: PostStatus[] },
): Promise<PostFeature[]> {
  if (q.postIds === undefined) return posts.list(db, { status: q.postStatus });
  const all = await posts.list(db);
  const wanted = new Set(q.postIds);
  const found = all.filter((p) => wanted.has(p.properties.id));
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
