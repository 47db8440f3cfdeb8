import { createApp, Health } from '@siaga/api';
import { freshDatabase } from '@siaga/db/testing';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();

describe('GET /api/health', () => {
  it('reports the driver, the PostGIS version, the API version and the uptime', async () => {
    const answer = await t.api.get('/api/health');
    expect(answer.status).toBe(200);
    const health = Health.parse(answer.json);
    expect(health.driver).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    expect(health.postgis).toMatch(/^3\.\d+/);
    expect(health.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(health.uptimeS).toBeGreaterThan(0);
    expect(health.database).toBe('up');
    expect(health.network).toBe('not_loaded');
    expect(health.hierarchies).toEqual([]);
  });
});

describe('GET /api/health on the seed', () => {
  const seeded = useTestApp({ seeded: true });

  it('lists the contraction hierarchies once the background build after the first routing request is done', async () => {
    const closest = await seeded.api.post('/api/routing/closest', {
      incident: { type: 'Point', coordinates: [115.242, -8.158] },
    });
    expect(closest.status).toBe(200);
    await expect
      .poll(async () => Health.parse((await seeded.api.get('/api/health')).json).hierarchies, {
        timeout: 20_000,
      })
      .toEqual(['fire_engine', 'light_rescue', 'motorbike']);
  });
});

describe('GET /api/health with the database gone', () => {
  it('answers 503 unavailable naming the database', async () => {
    const database = await freshDatabase();
    const app = createApp({ database, log: () => {} });
    await database.close();
    const res = await app.request('/api/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      error: { code: 'unavailable', details: [{ path: 'database' }] },
    });
    expect(res.headers.get('retry-after')).toBe('5');
  });
});
