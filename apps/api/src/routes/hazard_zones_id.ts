import { createRoute } from '@hono/zod-openapi';
import { hazardZones, systemActor } from '@siaga/db';
import { HazardZoneFeature, HazardZonePatch, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, jsonBody, memberErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';

const path = '/api/hazard-zones/{id}';
const notFound = (id: string) => new SiagaError('not_found', `No hazard zone with id ${id}`);

export const getHazardZone = createRoute({
  method: 'get',
  path,
  tags: ['Hazard zones'],
  summary: 'One hazard zone',
  request: { params: IdParams },
  responses: { 200: { description: 'The hazard zone', content: json(HazardZoneFeature) }, ...memberErrors },
});

export const patchHazardZone = createRoute({
  method: 'patch',
  path,
  tags: ['Hazard zones'],
  summary: 'Change some properties or the location of a hazard zone',
  request: {
    params: IdParams,
    body: jsonBody(HazardZonePatch, 'The geometry and/or the properties to change'),
  },
  responses: {
    200: { description: 'The changed hazard zone', content: json(HazardZoneFeature) },
    ...writeErrors,
  },
});

export const deleteHazardZone = createRoute({
  method: 'delete',
  path,
  tags: ['Hazard zones'],
  summary: 'Remove a hazard zone',
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' }, ...memberErrors },
});

export function registerHazardZonesId(app: ApiApp): void {
  app.openapi(getHazardZone, async (c) => {
    const { id } = c.req.valid('param');
    const zone = await hazardZones.get(c.var.database.db, id);
    if (!zone) throw notFound(id);
    return c.json(zone, 200);
  });

  app.openapi(patchHazardZone, async (c) => {
    const { id } = c.req.valid('param');
    const zone = await withBodyPaths(
      hazardZones.update(c.var.database.db, id, c.req.valid('json'), systemActor('system')),
    );
    if (!zone) throw notFound(id);
    return c.json(zone, 200);
  });

  app.openapi(deleteHazardZone, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await hazardZones.remove(c.var.database.db, id, systemActor('system')))) throw notFound(id);
    return c.body(null, 204);
  });
}
