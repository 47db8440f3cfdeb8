import { createApp } from '@siaga/api';
import { CoverageResponse } from '@siaga/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { createNetworkService, type NetworkService } from '../../apps/api/src/network/network_service.ts';
import { client, expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

/** Coverage in every mode with gaps traced: the heaviest question the API answers. */
const heavy = (lon: number) => ({
  candidates: [{ point: { type: 'Point', coordinates: [lon, -8.14] } }],
  gaps: true,
});

const t = useTestApp({ seeded: true });
const services: NetworkService[] = [];

function appWith(engine: { threads: number; maxQueue: number }) {
  const network = createNetworkService(t.database, { engine });
  services.push(network);
  return client(createApp({ database: t.database, network }));
}

afterAll(async () => {
  await Promise.all(services.map((s) => s.close()));
});

describe('heavy questions run on engine threads', () => {
  it('refuses what the queue cannot hold with 503 unavailable and Retry-After', async () => {
    const api = appWith({ threads: 1, maxQueue: 1 });
    // The thread starts on the first job, so all of these arrive while the first is still running.
    const answers = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => api.post('/api/coverage', heavy(115.3 + i / 100))),
    );
    const refused = answers.filter((a) => a.status === 503);
    const answered = answers.filter((a) => a.status === 200);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(answered.length).toBeGreaterThanOrEqual(1);
    expect(refused.length + answered.length).toBe(answers.length);
    for (const a of refused) {
      expectError(a, 503, 'unavailable');
      expect(a.headers.get('retry-after')).toBe('5');
    }
    for (const a of answered) expect(CoverageResponse.parse(a.json).posts.length).toBeGreaterThan(0);
    // The queue drains: the same question is answered once the thread is free.
    expect((await api.post('/api/coverage', heavy(115.3))).status).toBe(200);
  });

  it('answers health and closest while coverage computes', async () => {
    const api = appWith({ threads: 1, maxQueue: 16 });
    // Warm the thread (start-up, graph, coverage model) so what follows measures the questions themselves.
    expect((await api.post('/api/coverage', heavy(115.3))).status).toBe(200);

    const started = performance.now();
    const finished: Record<string, number> = {};
    const timed = async (name: string, request: Promise<{ status: number }>) => {
      const answer = await request;
      finished[name] = performance.now() - started;
      expect(answer.status, name).toBe(200);
    };
    const coverage = [115.31, 115.32, 115.33].map((lon, i) =>
      timed(`coverage ${i + 1}`, api.post('/api/coverage', heavy(lon))),
    );
    // Ask the cheap questions once the coverage questions are under way.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const cheap = [
      timed('health', api.get('/api/health')),
      timed(
        'closest',
        api.post('/api/routing/closest', { incident: { type: 'Point', coordinates: [115.2441, -8.1597] } }),
      ),
    ];
    await Promise.all([...coverage, ...cheap]);
    // On the request thread the three reports would run back to back and everything asked after them would wait.
    const lastCoverage = Math.max(...[1, 2, 3].map((i) => finished[`coverage ${i}`] ?? 0));
    expect(finished.health).toBeLessThan(lastCoverage);
    expect(finished.closest).toBeLessThan(lastCoverage);
  });
});
