import { MatrixRequest, MatrixResponse } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { matrixAnswer } from '../network/matrix.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors, json, jsonBody } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const postRoutingMatrix = defineRoute('read', {
  method: 'post',
  path: '/api/routing/matrix',
  tags: ['Routing'],
  summary: 'Travel seconds from posts to every desa or to given points',
  request: { body: jsonBody(MatrixRequest, 'Origins (posts), destinations, profile, closures') },
  responses: {
    200: {
      description: 'seconds[origin][destination]; null where unreachable',
      content: json(MatrixResponse),
    },
    ...errors(400, 404, 413, 415, 422, 500, 503),
  },
});

export function registerRoutingMatrix(app: ApiApp, network: NetworkService): void {
  registerRoute(app, postRoutingMatrix, async (c) => {
    const state = await network.routing();
    return c.json(await matrixAnswer(c.var.database.db, network, state, c.req.valid('json')), 200);
  });
}
