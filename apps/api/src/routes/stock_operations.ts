import { applyStockOperation } from '@siaga/db';
import { StockOperation, StockOperationResult } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { json, jsonBody, writeErrors } from '../openapi/responses.ts';
import { withBodyPaths } from './body_paths.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const postStockOperation = defineRoute(['logistics'], {
  method: 'post',
  path: '/api/stock/operations',
  tags: ['Caches'],
  summary: 'Receive, issue, adjust (a count) or move stock, with a reason, applied atomically',
  description:
    'Quantities change in the database in one statement (no read-modify-write), so concurrent operations ' +
    'never lose one another. An issue or move of more than is available is refused with 422 and writes ' +
    'nothing; a move changes both caches in one transaction. Every operation is in the audit log.',
  request: { body: jsonBody(StockOperation, 'The operation, by `kind`') },
  responses: {
    200: { description: 'The stock rows it changed', content: json(StockOperationResult) },
    ...writeErrors,
  },
});

export function registerStockOperations(app: ApiApp): void {
  registerRoute(app, postStockOperation, async (c) => {
    const items = await withBodyPaths(
      applyStockOperation(c.var.database.db, c.req.valid('json'), actorOf(c)),
    );
    return c.json({ items }, 200);
  });
}
