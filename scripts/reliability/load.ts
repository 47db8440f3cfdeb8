import autocannon from 'autocannon';
import { authHeaders } from './auth.ts';
import { repeat, type Timings } from './sidecars.ts';

export interface LoadRow {
  target: string;
  scenario: string;
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
  coverage: Timings;
  health: Timings;
}

const incident = { type: 'Point', coordinates: [115.0905, -8.1135] };

const scenarios: { name: string; requests: autocannon.Request[] }[] = [
  {
    name: 'GET /api/nearest',
    requests: [{ method: 'GET', path: '/api/nearest?lon=115.09&lat=-8.11&layer=posts&k=5' }],
  },
  {
    name: 'POST /api/routing/closest',
    requests: [
      {
        method: 'POST',
        path: '/api/routing/closest',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ incident, k: 3 }),
      },
    ],
  },
  {
    name: 'GET lists (posts, caches, incidents, hazard zones)',
    requests: ['/api/posts', '/api/caches', '/api/incidents', '/api/hazard-zones'].map((path) => ({
      method: 'GET' as const,
      path,
    })),
  },
];

/**
 * Each scenario on loopback with autocannon (`connections` clients for `seconds`), while one client asks for
 * coverage back to back and another polls /api/health every 500 ms.
 */
export async function loadRows(
  url: string,
  target: string,
  { seconds, connections, token }: { seconds: number; connections: number; token: string | null },
): Promise<LoadRow[]> {
  const rows: LoadRow[] = [];
  for (const scenario of scenarios) {
    const coverage = repeat((signal) =>
      fetch(`${url}/api/coverage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authHeaders(token) },
        body: JSON.stringify({ modes: ['travelTime'], thresholdsMin: [10] }),
        signal,
      }),
    );
    const health = repeat((signal) => fetch(`${url}/api/health`, { signal }), {
      gapMs: 500,
      timeoutMs: 10_000,
    });
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      timeout: 10,
      headers: authHeaders(token),
      requests: scenario.requests,
    });
    rows.push({
      target,
      scenario: scenario.name,
      requests: result.requests.total,
      throughput: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
      coverage: await coverage.stop(),
      health: await health.stop(),
    });
  }
  return rows;
}
