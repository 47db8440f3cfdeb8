import { createRoute } from '@hono/zod-openapi';
import { posts, systemActor } from '@siaga/db';
import { PostFeature, PostPatch, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, jsonBody, memberErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';

const path = '/api/posts/{id}';
const notFound = (id: string) => new SiagaError('not_found', `No post with id ${id}`);

export const getPost = createRoute({
  method: 'get',
  path,
  tags: ['Posts'],
  summary: 'One post',
  request: { params: IdParams },
  responses: { 200: { description: 'The post', content: json(PostFeature) }, ...memberErrors },
});

export const patchPost = createRoute({
  method: 'patch',
  path,
  tags: ['Posts'],
  summary: 'Change some properties or the location of a post',
  request: { params: IdParams, body: jsonBody(PostPatch, 'The geometry and/or the properties to change') },
  responses: { 200: { description: 'The changed post', content: json(PostFeature) }, ...writeErrors },
});

export const deletePost = createRoute({
  method: 'delete',
  path,
  tags: ['Posts'],
  summary: 'Remove a post',
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' }, ...memberErrors },
});

export function registerPostsId(app: ApiApp): void {
  app.openapi(getPost, async (c) => {
    const { id } = c.req.valid('param');
    const post = await posts.get(c.var.database.db, id);
    if (!post) throw notFound(id);
    return c.json(post, 200);
  });

  app.openapi(patchPost, async (c) => {
    const { id } = c.req.valid('param');
    const post = await withBodyPaths(
      posts.update(c.var.database.db, id, c.req.valid('json'), systemActor('system')),
    );
    if (!post) throw notFound(id);
    return c.json(post, 200);
  });

  app.openapi(deletePost, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await posts.remove(c.var.database.db, id, systemActor('system')))) throw notFound(id);
    return c.body(null, 204);
  });
}
