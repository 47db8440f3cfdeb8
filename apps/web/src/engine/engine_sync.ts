import type { AppState, AppStore } from '../store/app_store.ts';
import { failed, loading } from '../store/async_result.ts';
import { type EngineClient, EngineError, SupersededError } from '../worker/engine_client.ts';
import { contextOf } from './engine_context.ts';
import { closestRequest, coverageRequest, isochronesRequest } from './engine_requests.ts';

export const GRAPH_URL = '/api/network/graph.bin';

function messageOf(e: unknown): string {
  if (e instanceof EngineError) return `${e.message} (${e.code})`;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Feeds the Worker from the store and writes its answers back: graph.bin on start and on "refresh", the
 * context whenever the loaded data change, and the planner's and dispatcher's questions whenever their inputs
 * change (keyed by value, latest-wins per lane). Runs outside React, like the map sync.
 */
export function connectEngine(store: AppStore, client: EngineClient): () => void {
  let networkAsked = -1;
  let networkLoads = 0;
  let contextSent: readonly unknown[] | null = null;
  let contextVersion = 0;
  const lastKey: Record<'coverage' | 'isochrones' | 'closest', string | null> = {
    coverage: null,
    isochrones: null,
    closest: null,
  };

  const loadNetwork = (s: AppState): void => {
    networkAsked = s.networkRequest;
    const previous = s.network.status === 'ready' ? s.network.info : null;
    store.getState().setNetwork({ status: 'loading', previous });
    client.request({ type: 'load_network', url: GRAPH_URL }).then(
      (r) => {
        if (r.changed) networkLoads++;
        const { type: _t, id: _i, ms, ...info } = r;
        store.getState().setNetwork({ status: 'ready', info, ms });
      },
      (e: unknown) => store.getState().setNetwork({ status: 'error', message: messageOf(e) }),
    );
  };

  const sendContext = (s: AppState): void => {
    const context = contextOf(s.datasets);
    if (context === null || (contextSent !== null && sameRefs(contextSent, context.refs))) return;
    contextSent = context.refs;
    const version = ++contextVersion;
    store.getState().setContextReady(false);
    client.request({ type: 'set_context', ...context.body }).then(
      () => {
        if (version === contextVersion) store.getState().setContextReady(true);
      },
      (e: unknown) => store.getState().setNetwork({ status: 'error', message: messageOf(e) }),
    );
  };

  const ask = (s: AppState): void => {
    if (s.network.status !== 'ready' || !s.contextReady) return;
    const versions = `${networkLoads}/${contextVersion}`;

    if (s.panel === 'planner') {
      const coverage = coverageRequest(s.plan);
      const key = `${versions}|${JSON.stringify(coverage)}`;
      if (key !== lastKey.coverage) {
        lastKey.coverage = key;
        store.getState().setCoverage(loading(s.coverage));
        client.latest('coverage', coverage).then(
          (r) => store.getState().setCoverage({ status: 'ready', value: r }),
          (e: unknown) => {
            if (!(e instanceof SupersededError)) {
              store.getState().setCoverage(failed(store.getState().coverage, messageOf(e)));
            }
          },
        );
      }
      const iso = isochronesRequest(s.plan);
      const isoKey = iso === null ? null : `${versions}|${JSON.stringify(iso)}`;
      if (isoKey !== lastKey.isochrones) {
        lastKey.isochrones = isoKey;
        if (iso === null) store.getState().setIsochrones({ status: 'idle' });
        else {
          store.getState().setIsochrones(loading(s.isochrones));
          client.latest('isochrones', iso).then(
            (r) => store.getState().setIsochrones({ status: 'ready', value: r }),
            (e: unknown) => {
              if (!(e instanceof SupersededError)) {
                store.getState().setIsochrones(failed(store.getState().isochrones, messageOf(e)));
              }
            },
          );
        }
      }
    }

    const closest = closestRequest(s.dispatch);
    const closestKey = closest === null ? null : `${versions}|${JSON.stringify(closest)}`;
    if (closestKey !== lastKey.closest) {
      lastKey.closest = closestKey;
      if (closest === null) store.getState().setClosest({ status: 'idle' });
      else {
        store.getState().setClosest(loading(s.closest));
        client.latest('closest', closest).then(
          (r) => store.getState().setClosest({ status: 'ready', value: r }),
          (e: unknown) => {
            if (!(e instanceof SupersededError)) {
              store.getState().setClosest(failed(store.getState().closest, messageOf(e)));
            }
          },
        );
      }
    }
  };

  const onState = (s: AppState): void => {
    if (s.networkRequest !== networkAsked) loadNetwork(s);
    sendContext(s);
    ask(store.getState());
  };
  onState(store.getState());
  const unsubscribe = store.subscribe(onState);
  return unsubscribe;
}

function sameRefs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
