import { adminAreas } from '@siaga/db';
import { AdminAreaFeature, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, memberErrors } from '../openapi/responses.ts';
import { CodeParams } from '../schemas/params.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getAdminArea = defineRoute('read', {
  method: 'get',
  path: '/api/admin-areas/{code}',
  tags: ['Reference'],
  summary: 'One administrative area by its Kemendagri code',
  request: { params: CodeParams },
  responses: {
    200: { description: 'The area with its boundary', content: json(AdminAreaFeature) },
    ...memberErrors,
  },
});

export function registerAdminAreasCode(app: ApiApp): void {
  registerRoute(app, getAdminArea, async (c) => {
    const { code } = c.req.valid('param');
    const area = await adminAreas.get(c.var.database.db, code);
    if (!area) throw new SiagaError('not_found', `No administrative area with code ${code}`);
    return c.json(area, 200);
  });
}
