import { authHeaders } from './auth.ts';
import { repeat, type Timings } from './sidecars.ts';

export interface BigGeometryRow {
  what: string;
  bodyMB: number;
  status: number;
  ms: number;
  health: Timings;
}

/** A closed ring of n positions on a circle of `radius` degrees near Singaraja (inside the kabupaten). */
function circle(n: number, radius: number): number[][] {
  const ring = Array.from({ length: n - 1 }, (_, i) => {
    const a = (2 * Math.PI * i) / (n - 1);
    return [115.1 + radius * Math.cos(a), -8.2 + radius * Math.sin(a)];
  });
  return [...ring, ring[0] as number[]];
}

/**
 * The largest accepted hazard zone (19,999 positions) and a 5 MB one (refused), each while /api/health is polled
 * every 100 ms: how long the write takes and how long everything else waits for it.
 */
export async function bigGeometryRows(url: string, token: string | null): Promise<BigGeometryRow[]> {
  const rows: BigGeometryRow[] = [];
  for (const [what, n] of [
    ['largest accepted polygon (19,999 positions)', 19_999],
    ['5 MB polygon (about 130,000 positions, refused)', 130_000],
  ] as const) {
    const body = JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [circle(n, 0.02)] },
      properties: { name: `Zona besar ${n}`, hazardType: 'landslide', level: 'sedang' },
    });
    const health = repeat((signal) => fetch(`${url}/api/health`, { signal }), {
      gapMs: 100,
      timeoutMs: 30_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const res = await fetch(`${url}/api/hazard-zones`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders(token) },
      body,
    });
    await res.arrayBuffer();
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 300));
    rows.push({
      what,
      bodyMB: body.length / 1024 / 1024,
      status: res.status,
      ms,
      health: await health.stop(),
    });
  }
  return rows;
}
