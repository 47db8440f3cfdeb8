import { units } from '@siaga/db';
import { Unit, UnitCreate, UnitList } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf } from '../http/versions.ts';
import { json, jsonBody, readErrors, writeErrors } from '../openapi/responses.ts';
import { UnitListQuery } from '../schemas/list_queries.ts';
import { withBodyPaths } from './body_paths.ts';
import { defineRoute, registerRoute } from './define_route.ts';
import { locationHeader } from './location.ts';

const path = '/api/units';

export const listUnits = defineRoute('read', {
  method: 'get',
  path,
  tags: ['Units'],
  summary: "The posts' units (vehicles and crew), by post, status and type; retired units are left out",
  request: { query: UnitListQuery },
  responses: { 200: { description: 'Units by post and call sign', content: json(UnitList) }, ...readErrors },
});

export const createUnit = defineRoute(['logistics'], {
  method: 'post',
  path,
  tags: ['Units'],
  summary: 'Add a unit to a post (status available or maintenance)',
  request: { body: jsonBody(UnitCreate, 'The unit') },
  responses: {
    201: {
      description: 'The created unit',
      headers: { ...locationHeader, ...etagHeader },
      content: json(Unit),
    },
    ...writeErrors,
  },
});

export function registerUnits(app: ApiApp): void {
  registerRoute(app, listUnits, async (c) => {
    return c.json({ units: await units.list(c.var.database.db, c.req.valid('query')) }, 200);
  });

  registerRoute(app, createUnit, async (c) => {
    const unit = await withBodyPaths(units.create(c.var.database.db, c.req.valid('json'), actorOf(c)));
    c.header('Location', `${path}/${unit.id}`);
    c.header('ETag', etagOf(unit.version));
    return c.json(unit, 201);
  });
}
