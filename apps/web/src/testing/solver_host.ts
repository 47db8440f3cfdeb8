import loadHighs from 'highs';
import { EngineHost } from '../worker/engine_host.ts';
import type { EngineResponse } from '../worker/protocol.ts';
import { demoSeed } from './demo_seed.ts';

/** An engine host on the demo seed with HiGHS, its emitted steps pushed to `emitted`. */
export async function solverHost(emitted: EngineResponse[]): Promise<EngineHost> {
  const seed = demoSeed();
  const fetchFn = async () =>
    new Response(seed.graphBytes.slice(0), { status: 200, headers: { etag: '"s"' } });
  const host = new EngineHost(fetchFn, () => performance.now(), {
    emit: (r) => emitted.push(r),
    loadSolver: () => loadHighs(),
  });
  await host.handle({ type: 'load_network', id: 1, url: '/api/network/graph.bin' });
  await host.handle({
    type: 'set_context',
    id: 2,
    adminAreas: seed.adminAreas,
    hazardZones: seed.hazardZones,
    posts: seed.posts,
    caches: seed.caches,
  });
  return host;
}
