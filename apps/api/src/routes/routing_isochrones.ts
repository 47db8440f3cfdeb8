import { IsochroneCollection, IsochroneRequest } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { isochroneAnswer } from '../network/isochrones.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors, json, jsonBody } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const postRoutingIsochrones = defineRoute('read', {
  method: 'post',
  path: '/api/routing/isochrones',
  tags: ['Routing'],
  summary: 'Drive-time areas around a post or a point, one MultiPolygon per break',
  description:
    'Land cells (200 m) reached within each break, traced on cell edges: they follow the roads and stop at the ' +
    'coast. Drive time only, unless `includeTurnout`. Each polygon carries its area and the population in it.',
  request: { body: jsonBody(IsochroneRequest, 'A postId or a point, the breaks, the profile, closures') },
  responses: {
    200: { description: 'Smallest break first', content: json(IsochroneCollection) },
    ...errors(400, 404, 413, 415, 422, 500, 503),
  },
});

export function registerRoutingIsochrones(app: ApiApp, network: NetworkService): void {
  registerRoute(app, postRoutingIsochrones, async (c) => {
    const state = await network.routing();
    return c.json(await isochroneAnswer(c.var.database.db, network, state, c.req.valid('json')), 200);
  });
}
