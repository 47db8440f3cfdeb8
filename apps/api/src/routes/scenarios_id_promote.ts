import { scenarios } from '@siaga/db';
import { ScenarioPromote, ScenarioPromoted } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf, ifMatchHeader, ifMatchVersion } from '../http/versions.ts';
import { json, jsonBody, versionErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const promoteScenarioCandidate = defineRoute(['planner'], {
  method: 'post',
  path: '/api/scenarios/{id}/promote',
  tags: ['Planning'],
  summary: "Make one of the scenario's candidates a real planned post",
  description:
    'In one transaction: the post is created (status planned, default turnout) and the scenario drops the ' +
    'candidate and counts planned posts, so its figures keep the site. 404 for an unknown scenario or candidate; ' +
    "If-Match guards the scenario (412). The ETag answered is the scenario's new version.",
  request: {
    params: IdParams,
    headers: ifMatchHeader,
    body: jsonBody(ScenarioPromote, 'The candidate, and the name and kind of the new post'),
  },
  responses: {
    200: {
      description: 'The changed scenario and the new post',
      headers: etagHeader,
      content: json(ScenarioPromoted),
    },
    ...writeErrors,
    ...versionErrors,
  },
});

export function registerScenariosIdPromote(app: ApiApp): void {
  registerRoute(app, promoteScenarioCandidate, async (c) => {
    const { id } = c.req.valid('param');
    const ifVersion = ifMatchVersion(c.req.valid('header')['if-match']);
    const promoted = await scenarios.promote(c.var.database.db, id, c.req.valid('json'), actorOf(c), {
      ifVersion,
    });
    c.header('ETag', etagOf(promoted.scenario.version));
    return c.json(promoted, 200);
  });
}
