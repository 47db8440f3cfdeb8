import { units } from '@siaga/db';
import { SiagaError, Unit, UnitPatch } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf, ifMatchHeader, ifMatchVersion } from '../http/versions.ts';
import { errors, json, jsonBody, memberErrors, versionErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';
import { defineRoute, registerRoute } from './define_route.ts';

const path = '/api/units/{id}';
const notFound = (id: string) => new SiagaError('not_found', `No unit with id ${id}`);

export const getUnit = defineRoute('read', {
  method: 'get',
  path,
  tags: ['Units'],
  summary: 'One unit',
  request: { params: IdParams },
  responses: { 200: { description: 'The unit', headers: etagHeader, content: json(Unit) }, ...memberErrors },
});

export const patchUnit = defineRoute(['logistics'], {
  method: 'patch',
  path,
  tags: ['Units'],
  summary: 'Change a unit (status available or maintenance; an assigned unit keeps its status until cleared)',
  request: { params: IdParams, headers: ifMatchHeader, body: jsonBody(UnitPatch, 'The fields to change') },
  responses: {
    200: { description: 'The changed unit', headers: etagHeader, content: json(Unit) },
    ...writeErrors,
    ...versionErrors,
  },
});

export const deleteUnit = defineRoute(['logistics'], {
  method: 'delete',
  path,
  tags: ['Units'],
  summary: 'Retire a unit (kept for the assignments that name it; an assigned unit cannot be retired)',
  request: { params: IdParams, headers: ifMatchHeader },
  responses: { 204: { description: 'Retired' }, ...memberErrors, ...errors(409), ...versionErrors },
});

export function registerUnitsId(app: ApiApp): void {
  registerRoute(app, getUnit, async (c) => {
    const { id } = c.req.valid('param');
    const unit = await units.get(c.var.database.db, id);
    if (!unit) throw notFound(id);
    c.header('ETag', etagOf(unit.version));
    return c.json(unit, 200);
  });

  registerRoute(app, patchUnit, async (c) => {
    const { id } = c.req.valid('param');
    const ifVersion = ifMatchVersion(c.req.valid('header')['if-match']);
    const unit = await withBodyPaths(
      units.update(c.var.database.db, id, c.req.valid('json'), actorOf(c), { ifVersion }),
    );
    if (!unit) throw notFound(id);
    c.header('ETag', etagOf(unit.version));
    return c.json(unit, 200);
  });

  registerRoute(app, deleteUnit, async (c) => {
    const { id } = c.req.valid('param');
    const ifVersion = ifMatchVersion(c.req.valid('header')['if-match']);
    if (!(await units.retire(c.var.database.db, id, actorOf(c), { ifVersion }))) throw notFound(id);
    return c.body(null, 204);
  });
}
