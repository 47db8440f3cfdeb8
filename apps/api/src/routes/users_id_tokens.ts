import { apiTokens, users } from '@siaga/db';
import { ApiTokenList, SiagaError, TokenCreate, TokenCreated } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { json, jsonBody, memberErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { defineRoute, registerRoute } from './define_route.ts';

const path = '/api/users/{id}/tokens';
const notFound = (id: string) => new SiagaError('not_found', `No user with id ${id}`);

export const listTokens = defineRoute(['admin'], {
  method: 'get',
  path,
  tags: ['Users'],
  summary: 'The API tokens of a user (never the tokens themselves), revoked ones too',
  request: { params: IdParams },
  responses: { 200: { description: 'The tokens', content: json(ApiTokenList) }, ...memberErrors },
});

export const createToken = defineRoute(['admin'], {
  method: 'post',
  path,
  tags: ['Users'],
  summary: 'A new API token for a user, shown in this answer only',
  description: 'Send it as `Authorization: Bearer <token>`; only its sha256 is stored.',
  request: { params: IdParams, body: jsonBody(TokenCreate, 'A label saying what the token is for') },
  responses: { 201: { description: 'The token, shown once', content: json(TokenCreated) }, ...writeErrors },
});

export function registerUsersIdTokens(app: ApiApp): void {
  registerRoute(app, listTokens, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.var.database;
    if (!(await users.get(db, id))) throw notFound(id);
    return c.json({ tokens: await apiTokens.list(db, id) }, 200);
  });

  registerRoute(app, createToken, async (c) => {
    const { id } = c.req.valid('param');
    const created = await apiTokens.issue(c.var.database.db, id, c.req.valid('json').label, actorOf(c));
    if (!created) throw notFound(id);
    return c.json(created, 201);
  });
}
