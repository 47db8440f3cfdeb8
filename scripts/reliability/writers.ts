import { authHeaders } from './auth.ts';

/** One answered request: when it started and ended (ms on the run's clock) and its status (0: no answer). */
export interface Sample {
  kind: 'read' | 'write';
  start: number;
  end: number;
  status: number;
}

export interface Traffic {
  samples: Sample[];
  /** Titles of incidents the API answered 201 for: acknowledged writes. */
  acknowledged: Set<string>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `writers` clients creating incidents (each with a unique title) and `readers` clients listing posts, one request
 * after another, until stopped. `url()` is read for every request so a restarted server can be followed.
 */
export function startTraffic(
  url: () => string,
  { writers, readers, token, tag }: { writers: number; readers: number; token: string | null; tag: string },
): Traffic {
  const samples: Sample[] = [];
  const acknowledged = new Set<string>();
  let running = true;
  let next = 0;
  const one = async (kind: 'read' | 'write') => {
    const start = performance.now();
    let status = 0;
    const title = `${tag}-${next++}`;
    try {
      const res =
        kind === 'write'
          ? await fetch(`${url()}/api/incidents`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...authHeaders(token) },
              body: JSON.stringify({
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [115.09, -8.11] },
                properties: { title, incidentType: 'building_fire', occurredAt: new Date().toISOString() },
              }),
              signal: AbortSignal.timeout(30_000),
            })
          : await fetch(`${url()}/api/posts`, {
              headers: authHeaders(token),
              signal: AbortSignal.timeout(30_000),
            });
      await res.arrayBuffer();
      status = res.status;
      if (kind === 'write' && status === 201) acknowledged.add(title);
    } catch {
      status = 0;
    }
    samples.push({ kind, start, end: performance.now(), status });
    // A refused connection answers at once; pause so a dead server is not spun on.
    if (status === 0) await sleep(50);
  };
  const loop = async (kind: 'read' | 'write') => {
    while (running) await one(kind);
  };
  const loops = [
    ...Array.from({ length: writers }, () => loop('write')),
    ...Array.from({ length: readers }, () => loop('read')),
  ];
  return {
    samples,
    acknowledged,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Titles of the incidents the API lists now. */
export async function storedTitles(url: string, token: string | null): Promise<Set<string>> {
  const res = await fetch(`${url}/api/incidents`, { headers: authHeaders(token) });
  if (res.status !== 200) throw new Error(`GET /api/incidents answered ${res.status}`);
  const body = (await res.json()) as { features: { properties: { title: string } }[] };
  return new Set(body.features.map((f) => f.properties.title));
}

/** How many acknowledged writes the database no longer has. */
export function lost(acknowledged: Set<string>, stored: Set<string>): number {
  return [...acknowledged].filter((t) => !stored.has(t)).length;
}
