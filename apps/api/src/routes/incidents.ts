import { createRoute, z } from '@hono/zod-openapi';
import { incidents, systemActor } from '@siaga/db';
import { featureOrCollection, IncidentCollection, IncidentCreate, IncidentFeature } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, jsonBody, readErrors, writeErrors } from '../openapi/responses.ts';
import { IncidentListQuery } from '../schemas/list_queries.ts';
import { withBodyPaths } from './body_paths.ts';
import { locationHeader } from './location.ts';

export const listIncidents = createRoute({
  method: 'get',
  path: '/api/incidents',
  tags: ['Incidents'],
  summary: 'List incidents, optionally within a bbox, by status, type and time of occurrence',
  request: { query: IncidentListQuery },
  responses: {
    200: { description: 'The matching incidents', content: json(IncidentCollection) },
    ...readErrors,
  },
});

export const createIncidents = createRoute({
  method: 'post',
  path: '/api/incidents',
  tags: ['Incidents'],
  summary: 'Create one incident (a Feature) or several (a FeatureCollection, all or nothing)',
  request: {
    body: jsonBody(featureOrCollection(IncidentCreate), 'A incident Feature or a FeatureCollection of them'),
  },
  responses: {
    201: {
      description: 'The created incident, or the created incidents as a FeatureCollection',
      headers: locationHeader,
      content: json(z.union([IncidentFeature, IncidentCollection])),
    },
    ...writeErrors,
  },
});

export function registerIncidents(app: ApiApp): void {
  app.openapi(listIncidents, async (c) => {
    const features = await incidents.list(c.var.database.db, c.req.valid('query'));
    return c.json({ type: 'FeatureCollection' as const, features }, 200);
  });

  app.openapi(createIncidents, async (c) => {
    const body = c.req.valid('json');
    const { db } = c.var.database;
    if (body.type === 'FeatureCollection') {
      return c.json(
        {
          type: 'FeatureCollection' as const,
          features: await withBodyPaths(incidents.create(db, body.features, systemActor('system'))),
        },
        201,
      );
    }
    const [created] = await withBodyPaths(incidents.create(db, [body], systemActor('system')), {
      single: true,
    });
    if (!created) throw new Error('incidents.create returned nothing for one input');
    c.header('Location', `/api/incidents/${created.properties.id}`);
    return c.json(created, 201);
  });
}
