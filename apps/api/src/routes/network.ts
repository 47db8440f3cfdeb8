import { NetworkInfo } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors, json } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getNetwork = defineRoute('read', {
  method: 'get',
  path: '/api/network',
  tags: ['Routing'],
  summary: 'The road network in memory: version, size, extent and when it was built',
  responses: { 200: { description: 'Network summary', content: json(NetworkInfo) }, ...errors(500, 503) },
});

export function registerNetwork(app: ApiApp, network: NetworkService): void {
  registerRoute(app, getNetwork, async (c) => {
    const s = await network.snapshot();
    return c.json(
      {
        version: s.version,
        nodes: s.nodes,
        edges: s.edges,
        roads: s.roads,
        bbox: s.bbox,
        builtAt: s.builtAt,
        buildMs: s.buildMs,
      },
      200,
    );
  });
}
