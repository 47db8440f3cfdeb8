import { createRoute, z } from '@hono/zod-openapi';
import { hazardZones, systemActor } from '@siaga/db';
import {
  featureOrCollection,
  HazardZoneCollection,
  HazardZoneCreate,
  HazardZoneFeature,
} from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, jsonBody, readErrors, writeErrors } from '../openapi/responses.ts';
import { HazardZoneListQuery } from '../schemas/list_queries.ts';
import { withBodyPaths } from './body_paths.ts';
import { locationHeader } from './location.ts';

export const listHazardZones = createRoute({
  method: 'get',
  path: '/api/hazard-zones',
  tags: ['Hazard zones'],
  summary: 'List hazard zones, optionally within a bbox and by hazard type and level',
  request: { query: HazardZoneListQuery },
  responses: {
    200: { description: 'The matching hazard zones', content: json(HazardZoneCollection) },
    ...readErrors,
  },
});

export const createHazardZones = createRoute({
  method: 'post',
  path: '/api/hazard-zones',
  tags: ['Hazard zones'],
  summary: 'Create one hazard zone (a Feature) or several (a FeatureCollection, all or nothing)',
  request: {
    body: jsonBody(
      featureOrCollection(HazardZoneCreate),
      'A hazard zone Feature or a FeatureCollection of them',
    ),
  },
  responses: {
    201: {
      description: 'The created hazard zone, or the created hazard zones as a FeatureCollection',
      headers: locationHeader,
      content: json(z.union([HazardZoneFeature, HazardZoneCollection])),
    },
    ...writeErrors,
  },
});

export function registerHazardZones(app: ApiApp): void {
  app.openapi(listHazardZones, async (c) => {
    const features = await hazardZones.list(c.var.database.db, c.req.valid('query'));
    return c.json({ type: 'FeatureCollection' as const, features }, 200);
  });

  app.openapi(createHazardZones, async (c) => {
    const body = c.req.valid('json');
    const { db } = c.var.database;
    if (body.type === 'FeatureCollection') {
      return c.json(
        {
          type: 'FeatureCollection' as const,
          features: await withBodyPaths(hazardZones.create(db, body.features, systemActor('system'))),
        },
        201,
      );
    }
    const [created] = await withBodyPaths(hazardZones.create(db, [body], systemActor('system')), {
      single: true,
    });
    if (!created) throw new Error('hazardZones.create returned nothing for one input');
    c.header('Location', `/api/hazard-zones/${created.properties.id}`);
    return c.json(created, 201);
  });
}
