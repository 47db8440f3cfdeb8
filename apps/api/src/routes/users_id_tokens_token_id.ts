import { apiTokens } from '@siaga/db';
import { Id, SiagaError } from '@siaga/schema';
import { z } from 'zod';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { memberErrors } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const revokeToken = defineRoute(['admin'], {
  method: 'delete',
  path: '/api/users/{id}/tokens/{tokenId}',
  tags: ['Users'],
  summary: 'Revoke an API token: it stops working at once (the record stays, with revokedAt)',
  request: { params: z.object({ id: Id, tokenId: Id }) },
  responses: { 204: { description: 'Revoked' }, ...memberErrors },
});

export function registerUsersIdTokensTokenId(app: ApiApp): void {
  registerRoute(app, revokeToken, async (c) => {
    const { id, tokenId } = c.req.valid('param');
    if (!(await apiTokens.revoke(c.var.database.db, id, tokenId, actorOf(c)))) {
      throw new SiagaError('not_found', `No active token ${tokenId} of user ${id}`);
    }
    return c.body(null, 204);
  });
}
