import { createRoute, z } from '@hono/zod-openapi';
import { posts, systemActor } from '@siaga/db';
import { featureOrCollection, PostCollection, PostCreate, PostFeature } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, jsonBody, readErrors, writeErrors } from '../openapi/responses.ts';
import { PostListQuery } from '../schemas/list_queries.ts';
import { withBodyPaths } from './body_paths.ts';
import { locationHeader } from './location.ts';

export const listPosts = createRoute({
  method: 'get',
  path: '/api/posts',
  tags: ['Posts'],
  summary: 'List posts, optionally within a bbox and by status and kind',
  request: { query: PostListQuery },
  responses: { 200: { description: 'The matching posts', content: json(PostCollection) }, ...readErrors },
});

export const createPosts = createRoute({
  method: 'post',
  path: '/api/posts',
  tags: ['Posts'],
  summary: 'Create one post (a Feature) or several (a FeatureCollection, all or nothing)',
  request: {
    body: jsonBody(featureOrCollection(PostCreate), 'A post Feature or a FeatureCollection of them'),
  },
  responses: {
    201: {
      description: 'The created post, or the created posts as a FeatureCollection',
      headers: locationHeader,
      content: json(z.union([PostFeature, PostCollection])),
    },
    ...writeErrors,
  },
});

export function registerPosts(app: ApiApp): void {
  app.openapi(listPosts, async (c) => {
    const features = await posts.list(c.var.database.db, c.req.valid('query'));
    return c.json({ type: 'FeatureCollection' as const, features }, 200);
  });

  app.openapi(createPosts, async (c) => {
    const body = c.req.valid('json');
    const { db } = c.var.database;
    if (body.type === 'FeatureCollection') {
      return c.json(
        {
          type: 'FeatureCollection' as const,
          features: await withBodyPaths(posts.create(db, body.features, systemActor('system'))),
        },
        201,
      );
    }
    const [created] = await withBodyPaths(posts.create(db, [body], systemActor('system')), { single: true });
    if (!created) throw new Error('posts.create returned nothing for one input');
    c.header('Location', `/api/posts/${created.properties.id}`);
    return c.json(created, 201);
  });
}
