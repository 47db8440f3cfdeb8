import { SitingRequest, SitingResponse } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { sitingAnswer } from '../network/siting.ts';
import { errors, json, jsonBody } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const postPlanningSites = defineRoute('read', {
  method: 'post',
  path: '/api/planning/sites',
  tags: ['Planning'],
  summary: 'The best new post sites: maximal covering, set covering, p-center or p-median',
  description:
    'The existing posts (ids, or every post of `postStatus`) stay open; K new sites or a budget. The fast answer ' +
    '(greedy + interchange) then, unless `exact` is false, the exact one from HiGHS within `timeLimitS`, with ' +
    'the proven bound and gap. 422 for set covering when some demand lies beyond every candidate (the items are ' +
    'named), for an empty candidate list and for a budget of zero.',
  request: { body: jsonBody(SitingRequest, 'Objective, K or budget, standard, demand, candidates') },
  responses: {
    200: { description: 'The suggested sites, each explained', content: json(SitingResponse) },
    ...errors(400, 404, 413, 415, 422, 500, 503),
  },
});

export function registerPlanningSites(app: ApiApp, network: NetworkService): void {
  registerRoute(app, postPlanningSites, async (c) => {
    const state = await network.routing();
    return c.json(await sitingAnswer(c.var.database.db, network, state, c.req.valid('json')), 200);
  });
}
