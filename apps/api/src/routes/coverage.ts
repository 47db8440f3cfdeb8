import { CoverageRequest, CoverageResponse } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { coverageAnswer } from '../network/coverage.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors, json, jsonBody } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const postCoverage = defineRoute('read', {
  method: 'post',
  path: '/api/coverage',
  tags: ['Routing'],
  summary: 'Coverage of posts and candidate sites by travel time and by the WMK rule',
  description:
    'Per threshold: covered land, population and hazard area, per kecamatan and desa. Posts are the given ids ' +
    '(404 naming unknown ones) or every post of `postStatus`; candidates are added. No post at all answers 422.',
  request: { body: jsonBody(CoverageRequest, 'Posts, candidates, thresholds, modes, profile, closures') },
  responses: {
    200: { description: 'The coverage report', content: json(CoverageResponse) },
    ...errors(400, 404, 413, 415, 422, 500, 503),
  },
});

export function registerCoverage(app: ApiApp, network: NetworkService): void {
  registerRoute(app, postCoverage, async (c) => {
    const state = await network.routing();
    return c.json(await coverageAnswer(c.var.database.db, network, state, c.req.valid('json')), 200);
  });
}
