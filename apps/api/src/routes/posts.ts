import { posts } from '@siaga/db';
import { PostCollection, PostCreate, PostFeature, PostPatch } from '@siaga/schema';
import { PostListQuery } from '../schemas/list_queries.ts';
import { featureRoutes } from './feature_routes.ts';

/** /api/posts and /api/posts/{id}: planners change posts. */
export const postRoutes = featureRoutes({
  path: '/api/posts',
  tag: 'Posts',
  names: { one: 'post', many: 'posts', a: 'a post' },
  schemas: {
    feature: PostFeature,
    collection: PostCollection,
    create: PostCreate,
    patch: PostPatch,
    query: PostListQuery,
  },
  repository: posts,
  access: { read: 'read', write: ['planner'] },
  summaries: { list: 'List posts, optionally within a bbox and by status and kind' },
});
