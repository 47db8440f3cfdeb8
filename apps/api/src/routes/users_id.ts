import { users } from '@siaga/db';
import { SiagaError, User, UserPatch } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf, ifMatchHeader, ifMatchVersion } from '../http/versions.ts';
import { json, jsonBody, memberErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { defineRoute, registerRoute } from './define_route.ts';

const path = '/api/users/{id}';
const notFound = (id: string) => new SiagaError('not_found', `No user with id ${id}`);

export const getUser = defineRoute(['admin'], {
  method: 'get',
  path,
  tags: ['Users'],
  summary: 'One user',
  request: { params: IdParams },
  responses: { 200: { description: 'The user', headers: etagHeader, content: json(User) }, ...memberErrors },
});

export const patchUser = defineRoute(['admin'], {
  method: 'patch',
  path,
  tags: ['Users'],
  summary: 'Change the role or password of a user, or disable them (users are never deleted)',
  description:
    'A new password or disabling ends the user’s sessions; a disabled user’s API tokens stop working.',
  request: { params: IdParams, headers: ifMatchHeader, body: jsonBody(UserPatch, 'The fields to change') },
  responses: {
    200: { description: 'The changed user', headers: etagHeader, content: json(User) },
    ...writeErrors,
  },
});

export function registerUsersId(app: ApiApp): void {
  registerRoute(app, getUser, async (c) => {
    const { id } = c.req.valid('param');
    const user = await users.get(c.var.database.db, id);
    if (!user) throw notFound(id);
    c.header('ETag', etagOf(user.version));
    return c.json(user, 200);
  });

  registerRoute(app, patchUser, async (c) => {
    const { id } = c.req.valid('param');
    const ifVersion = ifMatchVersion(c.req.valid('header')['if-match']);
    const user = await users.update(c.var.database.db, id, c.req.valid('json'), actorOf(c), { ifVersion });
    if (!user) throw notFound(id);
    c.header('ETag', etagOf(user.version));
    return c.json(user, 200);
  });
}
