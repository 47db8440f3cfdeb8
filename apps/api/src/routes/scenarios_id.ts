import { scenarios } from '@siaga/db';
import { Scenario, ScenarioPatch } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf, ifMatchHeader, ifMatchVersion } from '../http/versions.ts';
import { json, jsonBody, memberErrors, versionErrors, writeErrors } from '../openapi/responses.ts';
import { scenarioNotFound } from '../scenarios/scenario_not_found.ts';
import { IdParams } from '../schemas/params.ts';
import { defineRoute, registerRoute } from './define_route.ts';

const path = '/api/scenarios/{id}';

export const getScenario = defineRoute('read', {
  method: 'get',
  path,
  tags: ['Planning'],
  summary: 'One saved scenario with its planner document',
  request: { params: IdParams },
  responses: {
    200: { description: 'The scenario', headers: etagHeader, content: json(Scenario) },
    ...memberErrors,
  },
});

export const patchScenario = defineRoute(['planner'], {
  method: 'patch',
  path,
  tags: ['Planning'],
  summary: "Rename a scenario or replace its document (If-Match: another planner's save answers 412)",
  request: {
    params: IdParams,
    headers: ifMatchHeader,
    body: jsonBody(ScenarioPatch, 'The new name and/or document'),
  },
  responses: {
    200: { description: 'The changed scenario', headers: etagHeader, content: json(Scenario) },
    ...writeErrors,
    ...versionErrors,
  },
});

export const deleteScenario = defineRoute(['planner'], {
  method: 'delete',
  path,
  tags: ['Planning'],
  summary: 'Delete a saved scenario (its history stays in the audit log)',
  request: { params: IdParams, headers: ifMatchHeader },
  responses: { 204: { description: 'Deleted' }, ...memberErrors, ...versionErrors },
});

export function registerScenariosId(app: ApiApp): void {
  registerRoute(app, getScenario, async (c) => {
    const { id } = c.req.valid('param');
    const scenario = await scenarios.get(c.var.database.db, id);
    if (!scenario) throw scenarioNotFound(id);
    c.header('ETag', etagOf(scenario.version));
    return c.json(scenario, 200);
  });

  registerRoute(app, patchScenario, async (c) => {
    const { id } = c.req.valid('param');
    const ifVersion = ifMatchVersion(c.req.valid('header')['if-match']);
    const scenario = await scenarios.update(c.var.database.db, id, c.req.valid('json'), actorOf(c), {
      ifVersion,
    });
    if (!scenario) throw scenarioNotFound(id);
    c.header('ETag', etagOf(scenario.version));
    return c.json(scenario, 200);
  });

  registerRoute(app, deleteScenario, async (c) => {
    const { id } = c.req.valid('param');
    const ifVersion = ifMatchVersion(c.req.valid('header')['if-match']);
    if (!(await scenarios.remove(c.var.database.db, id, actorOf(c), { ifVersion })))
      throw scenarioNotFound(id);
    return c.body(null, 204);
  });
}
