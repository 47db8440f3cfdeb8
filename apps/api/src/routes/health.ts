import { SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { errors, json } from '../openapi/responses.ts';
import { Health } from '../schemas/health.ts';
import { apiVersion } from '../version.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getHealth = defineRoute('public', {
  method: 'get',
  path: '/api/health',
  tags: ['System'],
  summary: 'Whether the API and its database answer',
  responses: {
    200: { description: 'The API and the database are up', content: json(Health) },
    ...errors(500, 503),
  },
});

export function registerHealth(app: ApiApp): void {
  registerRoute(app, getHealth, async (c) => {
    const { database } = c.var;
    // Asking PostGIS for its version is the cheapest query that proves the database and the extension answer.
    const postgis = await database.postgisVersion().catch(() => {
      throw new SiagaError('unavailable', 'The database does not answer');
    });
    return c.json(
      {
        status: 'ok' as const,
        driver: database.driver,
        postgis,
        version: apiVersion,
        uptimeS: process.uptime(),
      },
      200,
    );
  });
}
