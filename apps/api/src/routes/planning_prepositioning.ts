import { PrepositioningRequest, PrepositioningResponse } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { prepositioningAnswer } from '../network/prepositioning.ts';
import { errors, json, jsonBody } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const postPlanningPrepositioning = defineRoute('read', {
  method: 'post',
  path: '/api/planning/prepositioning',
  tags: ['Planning'],
  summary: 'Which equipment to hold in which caches so every hazard zone of a level has its kit in time',
  description:
    'Kits per hazard type (defaults after BPBD practice, editable), the hazard level, the travel-time standard, ' +
    'existing caches (their stock counts: moving costs a share of the price, buying the price) and candidate ' +
    'caches (capacity, opening cost). The fast answer (greedy) then, unless `exact` is false, the exact one from ' +
    'HiGHS within `timeLimitS`: the least missing kit, then the least cost. With a budget, the shortfall per zone. ' +
    '422 when no hazard zone has that level or a kit is empty; a budget of zero is refused.',
  request: {
    body: jsonBody(PrepositioningRequest, 'Hazard types and level, kits, standard, prices, budget'),
  },
  responses: {
    200: {
      description: 'Items per cache, each explained, and every zone\u2019s kit',
      content: json(PrepositioningResponse),
    },
    ...errors(400, 404, 413, 415, 422, 500, 503),
  },
});

export function registerPlanningPrepositioning(app: ApiApp, network: NetworkService): void {
  registerRoute(app, postPlanningPrepositioning, async (c) => {
    const state = await network.routing();
    return c.json(await prepositioningAnswer(c.var.database.db, network, state, c.req.valid('json')), 200);
  });
}
