import { adminAreas } from '@siaga/db';
import { AdminAreaCollection } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, readErrors } from '../openapi/responses.ts';
import { AdminAreaListQuery } from '../schemas/list_queries.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const listAdminAreas = defineRoute('read', {
  method: 'get',
  path: '/api/admin-areas',
  tags: ['Reference'],
  summary: 'Kabupaten, kecamatan and desa, by level, parent or bbox',
  request: { query: AdminAreaListQuery },
  responses: {
    200: { description: 'The matching areas', content: json(AdminAreaCollection) },
    ...readErrors,
  },
});

export function registerAdminAreas(app: ApiApp): void {
  registerRoute(app, listAdminAreas, async (c) => {
    const { geometry, ...filters } = c.req.valid('query');
    const features = await adminAreas.list(c.var.database.db, { ...filters, withGeometry: geometry });
    return c.json({ type: 'FeatureCollection' as const, features }, 200);
  });
}
