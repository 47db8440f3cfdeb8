import type { AppState, AppStore } from '../store/app_store.ts';
import { CancelledError, type EngineClient } from '../worker/engine_client.ts';
import { askWhenChanged, messageOf } from './ask_when_changed.ts';
import { answerCompare } from './compare_question.ts';
import { contextOf } from './engine_context.ts';
import { answerPrepositioning } from './prepositioning_question.ts';
import { closestQuestion, coverageQuestion, isochronesQuestion } from './questions.ts';
import { answerSiting } from './siting_question.ts';
import { watch } from './watch.ts';

export const GRAPH_URL = '/api/network/graph.bin';

export type EngineConnection = Pick<EngineClient, 'request' | 'latest'> &
  Partial<Pick<EngineClient, 'restart'>>;

/**
 * Feeds the Worker from the store and writes its answers back: graph.bin on start and on "refresh", the
 * context whenever the loaded data change, and the planner's and dispatcher's questions whenever their inputs
 * change. Each part watches only its own inputs, so an answer written back wakes nothing. Runs outside React,
 * like the map sync; returns the function that disconnects it.
 */
export function connectEngine(store: AppStore, client: EngineConnection): () => void {
  let networkLoads = 0;
  let contextSent: readonly unknown[] | null = null;
  let contextVersion = 0;

  const loadNetwork = (): void => {
    const s = store.getState();
    const previous = s.network.status === 'ready' ? s.network.info : null;
    s.setNetwork({ status: 'loading', previous });
    client.request({ type: 'load_network', url: GRAPH_URL }).then(
      (r) => {
        if (r.changed) networkLoads++;
        const { type: _t, id: _i, ms, ...info } = r;
        store.getState().setNetwork({ status: 'ready', info, ms });
      },
      (e: unknown) => {
        // A restart loads the network again; the load it cut short has nothing to report.
        if (!(e instanceof CancelledError))
          store.getState().setNetwork({ status: 'error', message: messageOf(e) });
      },
    );
  };

  const sendContext = (s: AppState): void => {
    const context = contextOf(s.datasets);
    if (context === null || (contextSent !== null && sameRefs(contextSent, context.refs))) return;
    contextSent = context.refs;
    const version = ++contextVersion;
    s.setContext({ status: 'sending' });
    client.request({ type: 'set_context', ...context.body }).then(
      () => {
        if (version === contextVersion) store.getState().setContext({ status: 'ready' });
      },
      (e: unknown) => {
        if (version === contextVersion)
          store.getState().setContext({ status: 'error', message: messageOf(e) });
      },
    );
  };

  /** Answers depend on the graph and the context: a new one of either asks every question again. */
  const engineVersion = (s: AppState): string | null =>
    s.network.status === 'ready' && s.context.status === 'ready' ? `${networkLoads}/${contextVersion}` : null;

  /** A cancelled exact search: a fresh Worker, given the network and the context again. */
  const restart = (): void => {
    if (client.restart === undefined) return;
    client.restart();
    contextSent = null;
    loadNetwork();
    sendContext(store.getState());
  };

  const stops = [
    watch(store, (s) => s.networkRequest, loadNetwork, Object.is),
    watch(
      store,
      (s) => s.engineRestarts,
      (n) => {
        if (n > 0) restart();
      },
      Object.is,
    ),
    watch(
      store,
      (s) => s.datasets,
      () => sendContext(store.getState()),
      Object.is,
    ),
    askWhenChanged(store, client, engineVersion, coverageQuestion),
    askWhenChanged(store, client, engineVersion, isochronesQuestion),
    askWhenChanged(store, client, engineVersion, closestQuestion),
    watch(store, (s) => s.sitingAsk, answerSiting(store, client), Object.is),
    watch(store, (s) => s.prepositioningAsk, answerPrepositioning(store, client), Object.is),
    // Only a new comparison asks: switching the side the map shows does not.
    watch(
      store,
      (s) => s.compare?.n ?? null,
      () => answerCompare(store, client)(store.getState().compare),
    ),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

function sameRefs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
