import type { AppState, AppStore } from '../store/app_store.ts';
import type { SolverAsk, SolverRun } from '../store/solver_run.ts';
import { CancelledError } from '../worker/engine_client.ts';
import { messageOf } from './ask_when_changed.ts';

/** A step the Worker sends before the answer: the fast answer, or the exact search's progress. */
export interface SolverStep<A> {
  answer: A | null;
  value?: number | null;
  bound?: number | null;
  gap: number | null;
  ms: number;
}

/** How one solver kind is asked and where its run is written. */
export interface SolverWiring<Q, A> {
  set(state: AppState, run: SolverRun<A>): void;
  send(request: Q, onStep: (step: SolverStep<A>) => void): Promise<A>;
}

/**
 * Answers each new question of a solver kind (best sites, pre-positioning): writes the fast answer, the exact
 * search's progress and the answer back while the question is still the last one asked. A cancelled question
 * is no longer the last one (its ask is cleared), so its rejection writes nothing.
 */
export function answerSolver<Q, A>(
  store: AppStore,
  ask: (state: AppState) => SolverAsk<Q> | null,
  wiring: SolverWiring<Q, A>,
): (asked: SolverAsk<Q> | null) => void {
  return (asked) => {
    if (asked === null) return;
    const current = () => ask(store.getState())?.n === asked.n;
    let fast: A | null = null;
    const write = (run: SolverRun<A>) => {
      if (current()) wiring.set(store.getState(), run);
    };
    wiring
      .send(asked.request, (step) => {
        if (step.answer !== null) fast = step.answer;
        const progress =
          step.answer === null
            ? { value: step.value ?? null, bound: step.bound ?? null, gap: step.gap, ms: step.ms }
            : null;
        write({ status: 'running', fast, progress });
      })
      .then(
        (answer) => write({ status: 'ready', fast, answer }),
        (e: unknown) => {
          if (!(e instanceof CancelledError)) write({ status: 'error', message: messageOf(e) });
        },
      );
  };
}
