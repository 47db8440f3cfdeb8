import { scenarios } from '@siaga/db';
import { Scenario, ScenarioDuplicate } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf } from '../http/versions.ts';
import { json, jsonBody, writeErrors } from '../openapi/responses.ts';
import { scenarioNotFound } from '../scenarios/scenario_not_found.ts';
import { IdParams } from '../schemas/params.ts';
import { defineRoute, registerRoute } from './define_route.ts';
import { locationHeader } from './location.ts';

export const duplicateScenario = defineRoute(['planner'], {
  method: 'post',
  path: '/api/scenarios/{id}/duplicate',
  tags: ['Planning'],
  summary: "A new scenario with this one's document (the copy's author is who duplicated it)",
  request: { params: IdParams, body: jsonBody(ScenarioDuplicate, 'The name of the copy (optional)') },
  responses: {
    201: { description: 'The copy', headers: { ...locationHeader, ...etagHeader }, content: json(Scenario) },
    ...writeErrors,
  },
});

export function registerScenariosIdDuplicate(app: ApiApp): void {
  registerRoute(app, duplicateScenario, async (c) => {
    const { id } = c.req.valid('param');
    const copy = await scenarios.duplicate(c.var.database.db, id, c.req.valid('json').name, actorOf(c));
    if (!copy) throw scenarioNotFound(id);
    c.header('Location', `/api/scenarios/${copy.id}`);
    c.header('ETag', etagOf(copy.version));
    return c.json(copy, 201);
  });
}
