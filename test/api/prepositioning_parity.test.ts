import { PrepositioningResponse } from '@siaga/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasets } from '../../apps/web/src/api/load_datasets.ts';
import { contextOf } from '../../apps/web/src/engine/engine_context.ts';
import { GRAPH_URL } from '../../apps/web/src/engine/engine_sync.ts';
import { prepositioningRequest } from '../../apps/web/src/engine/prepositioning_question.ts';
import { createAppStore } from '../../apps/web/src/store/app_store.ts';
import { EngineHost } from '../../apps/web/src/worker/engine_host.ts';
import { useTestApp } from './support/test_app.ts';

/**
 * Pre-positioning goes through the same @siaga/geo adapter in the API and in the web app's Worker: the request the
 * planner panel builds gives the same plan both ways (the fast plan: the Worker here has no solver).
 */
const t = useTestApp({ seeded: true, anonymousRead: true });
const fetchFn = async (url: string, init?: RequestInit) => t.app.request(url, init);
let host: EngineHost;

/** The answer without its timings, as plain JSON. */
const comparable = (a: PrepositioningResponse) =>
  JSON.parse(JSON.stringify({ ...a, fastMs: 0, exactMs: null }));

beforeAll(async () => {
  const store = createAppStore();
  await loadDatasets(store, fetchFn);
  const context = contextOf(store.getState().datasets);
  if (context === null) throw new Error('the web app could not load its datasets from the API');
  host = new EngineHost(fetchFn);
  await host.handle({ type: 'load_network', id: 1, url: GRAPH_URL });
  await host.handle({ type: 'set_context', id: 2, ...context.body });
});

describe('pre-positioning: the API and the Worker give the same plan', () => {
  it('for the landslide kit and for every kit at the medium level', async () => {
    const store = createAppStore();
    const s = store.getState();
    for (const patch of [{}, { allTypes: true, level: 'sedang' as const, minutes: 20 }]) {
      const request = {
        ...prepositioningRequest(s.plan, { ...s.prepositioningSettings, ...patch }),
        exact: false,
      };
      const answer = await t.api.post('/api/planning/prepositioning', request);
      expect(answer.status, answer.text).toBe(200);
      const viaApi = PrepositioningResponse.parse(answer.json);
      const viaWorker = await host.handle({ type: 'prepositioning', id: 3, request });
      if (viaWorker.type !== 'prepositioning') throw new Error(JSON.stringify(viaWorker));
      expect(viaApi.phase).toBe('fast');
      expect(comparable(viaWorker.answer)).toEqual(comparable(viaApi));
    }
  });
});
