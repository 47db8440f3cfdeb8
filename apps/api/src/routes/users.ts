import { users } from '@siaga/db';
import { User, UserCreate, UserList } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { json, jsonBody, readErrors, writeErrors } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';
import { locationHeader } from './location.ts';

export const listUsers = defineRoute(['admin'], {
  method: 'get',
  path: '/api/users',
  tags: ['Users'],
  summary: 'Every user, by name (disabled ones too)',
  responses: { 200: { description: 'The users', content: json(UserList) }, ...readErrors },
});

export const createUser = defineRoute(['admin'], {
  method: 'post',
  path: '/api/users',
  tags: ['Users'],
  summary: 'Add a user with a role and a first password (at least 10 characters)',
  request: { body: jsonBody(UserCreate, 'Name, role and password') },
  responses: {
    201: { description: 'The new user', headers: locationHeader, content: json(User) },
    ...writeErrors,
  },
});

export function registerUsers(app: ApiApp): void {
  registerRoute(app, listUsers, async (c) => c.json({ users: await users.list(c.var.database.db) }, 200));

  registerRoute(app, createUser, async (c) => {
    const user = await users.create(c.var.database.db, c.req.valid('json'), actorOf(c));
    c.header('Location', `/api/users/${user.id}`);
    return c.json(user, 201);
  });
}
