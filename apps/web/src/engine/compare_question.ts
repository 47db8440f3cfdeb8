import { planOfDocument } from '../planner/scenario_document.ts';
import type { AppStore } from '../store/app_store.ts';
import type { ScenarioCompare } from '../store/scenario_slice.ts';
import { messageOf } from './ask_when_changed.ts';
import { coverageRequest } from './engine_requests.ts';
import type { EngineConnection } from './engine_sync.ts';

/**
 * Answers a new comparison: the coverage of both saved scenarios from the Worker, the same question the planner
 * asks for its open plan, one after the other on the request lane (the live plan keeps its own lane).
 */
export function answerCompare(
  store: AppStore,
  client: EngineConnection,
): (compare: Pick<ScenarioCompare, 'n' | 'a' | 'b'> | null) => void {
  return (compare) => {
    if (compare === null) return;
    const { n, a, b } = compare;
    const ask = (document: ScenarioCompare['a']['document']) =>
      client.request(coverageRequest(planOfDocument(document))).then((r) => r.scenario);
    Promise.all([ask(a.document), ask(b.document)]).then(
      ([sa, sb]) => store.getState().setCompareResult(n, { status: 'ready', value: { a: sa, b: sb } }),
      (e: unknown) =>
        store.getState().setCompareResult(n, { status: 'error', message: messageOf(e), previous: null }),
    );
  };
}
