import { scenarios } from '@siaga/db';
import { Scenario, ScenarioCreate, ScenarioList } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf } from '../http/versions.ts';
import { json, jsonBody, readErrors, writeErrors } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';
import { locationHeader } from './location.ts';

const path = '/api/scenarios';

export const listScenarios = defineRoute('read', {
  method: 'get',
  path,
  tags: ['Planning'],
  summary: "The planners' saved scenarios, newest change first (without their documents)",
  description:
    'Scenarios are shared team work: every planner sees every saved scenario; the audit log names who wrote.',
  responses: { 200: { description: 'Saved scenarios', content: json(ScenarioList) }, ...readErrors },
});

export const createScenario = defineRoute(['planner'], {
  method: 'post',
  path,
  tags: ['Planning'],
  summary: 'Save the planner document under a name',
  description: 'A document the app cannot read (unknown field, wrong format version, bad value) answers 422.',
  request: { body: jsonBody(ScenarioCreate, 'The name and the planner document') },
  responses: {
    201: {
      description: 'The saved scenario',
      headers: { ...locationHeader, ...etagHeader },
      content: json(Scenario),
    },
    ...writeErrors,
  },
});

export function registerScenarios(app: ApiApp): void {
  registerRoute(app, listScenarios, async (c) => {
    return c.json({ scenarios: await scenarios.list(c.var.database.db) }, 200);
  });

  registerRoute(app, createScenario, async (c) => {
    const scenario = await scenarios.create(c.var.database.db, c.req.valid('json'), actorOf(c));
    c.header('Location', `${path}/${scenario.id}`);
    c.header('ETag', etagOf(scenario.version));
    return c.json(scenario, 201);
  });
}
