import { ClosestRequest, ClosestResponse } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { closestAnswer } from '../network/closest.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors, json, jsonBody } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const postRoutingClosest = defineRoute('read', {
  method: 'post',
  path: '/api/routing/closest',
  tags: ['Routing'],
  summary: 'The k posts and caches closest to an incident by road, with ETA, route and directions',
  description:
    'ETA = turnout + driving + the straight legs between each point and its road (walked with gear). Routes run ' +
    'from the facility to the incident. A cache takes the turnout of the post it stands at, or 0 when standalone. ' +
    'An incident farther than the profile allows from any usable road answers `routable: false` with every ' +
    'facility in `notRouted`. Points more than 2 km outside the kabupaten answer 422 `out_of_study_area`; an empty ' +
    'road network answers 503 `unavailable`.',
  request: { body: jsonBody(ClosestRequest, 'The incident, the layers and filters, closures') },
  responses: {
    200: {
      description: 'Ranked routes per layer (null for a layer not asked for)',
      content: json(ClosestResponse),
    },
    ...errors(400, 404, 413, 415, 422, 500, 503),
  },
});

export function registerRoutingClosest(app: ApiApp, network: NetworkService): void {
  registerRoute(app, postRoutingClosest, async (c) => {
    const state = await network.routing();
    return c.json(await closestAnswer(c.var.database.db, state, c.req.valid('json')), 200);
  });
}
