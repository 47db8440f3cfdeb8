import { createRoute } from '@hono/zod-openapi';
import { incidents, systemActor } from '@siaga/db';
import { IncidentFeature, IncidentPatch, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, jsonBody, memberErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';

const path = '/api/incidents/{id}';
const notFound = (id: string) => new SiagaError('not_found', `No incident with id ${id}`);

export const getIncident = createRoute({
  method: 'get',
  path,
  tags: ['Incidents'],
  summary: 'One incident',
  request: { params: IdParams },
  responses: { 200: { description: 'The incident', content: json(IncidentFeature) }, ...memberErrors },
});

export const patchIncident = createRoute({
  method: 'patch',
  path,
  tags: ['Incidents'],
  summary: 'Change some properties or the location of an incident',
  request: {
    params: IdParams,
    body: jsonBody(IncidentPatch, 'The geometry and/or the properties to change'),
  },
  responses: { 200: { description: 'The changed incident', content: json(IncidentFeature) }, ...writeErrors },
});

export const deleteIncident = createRoute({
  method: 'delete',
  path,
  tags: ['Incidents'],
  summary: 'Remove an incident',
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' }, ...memberErrors },
});

export function registerIncidentsId(app: ApiApp): void {
  app.openapi(getIncident, async (c) => {
    const { id } = c.req.valid('param');
    const incident = await incidents.get(c.var.database.db, id);
    if (!incident) throw notFound(id);
    return c.json(incident, 200);
  });

  app.openapi(patchIncident, async (c) => {
    const { id } = c.req.valid('param');
    const incident = await withBodyPaths(
      incidents.update(c.var.database.db, id, c.req.valid('json'), systemActor('system')),
    );
    if (!incident) throw notFound(id);
    return c.json(incident, 200);
  });

  app.openapi(deleteIncident, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await incidents.remove(c.var.database.db, id, systemActor('system')))) throw notFound(id);
    return c.body(null, 204);
  });
}
