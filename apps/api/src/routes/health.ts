import { type ErrorIssue, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { errors, json } from '../openapi/responses.ts';
import { Health } from '../schemas/health.ts';
import { apiVersion } from '../version.ts';
import { defineRoute, registerRoute } from './define_route.ts';

/** How long the database may take to answer the probe before it counts as down. */
const probeTimeoutMs = 2_000;

export const getHealth = defineRoute('public', {
  method: 'get',
  path: '/api/health',
  tags: ['System'],
  summary: 'Whether the API, its database and its road network answer',
  description:
    `The database is probed with a ${probeTimeoutMs / 1000} s limit and without queueing behind other work (a ` +
    'busy embedded database counts as up). 503 `unavailable` names each part that is down in `details` ' +
    '(`database`, `network`).',
  responses: {
    200: { description: 'The API, the database and the road network are up', content: json(Health) },
    ...errors(500, 503),
  },
});

export function registerHealth(app: ApiApp): void {
  // Read once: it cannot change while the server runs, and later probes then need no query beyond SELECT 1.
  let postgis: Promise<string> | null = null;
  registerRoute(app, getHealth, async (c) => {
    const { database, network } = c.var;
    const databaseUp = await database.probe(probeTimeoutMs);
    const { state, hierarchies } = network.status();
    // A failed rebuild is retried by the next routing request; start one now so health clears itself when the
    // database is back, without waiting for it here.
    if (state === 'failed' && databaseUp) void network.snapshot().catch(() => {});
    const down: ErrorIssue[] = [
      ...(databaseUp ? [] : [{ path: 'database', message: `no answer within ${probeTimeoutMs / 1000} s` }]),
      ...(state === 'failed' ? [{ path: 'network', message: 'the road network could not be loaded' }] : []),
    ];
    if (down.length > 0) {
      throw new SiagaError('unavailable', `Down: ${down.map((d) => d.path).join(', ')}`, down);
    }
    postgis ??= database.postgisVersion();
    const version = await postgis.catch((err: unknown) => {
      postgis = null;
      throw err;
    });
    return c.json(
      {
        status: 'ok' as const,
        driver: database.driver,
        database: 'up' as const,
        postgis: version,
        network: state,
        hierarchies,
        version: apiVersion,
        uptimeS: process.uptime(),
      },
      200,
    );
  });
}
