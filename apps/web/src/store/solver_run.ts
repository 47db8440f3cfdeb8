import type { StateCreator } from 'zustand';
import type { EngineSlice } from './engine_slice.ts';

/** The exact search as it goes: incumbent, proven bound and gap in the answer's units (null while unknown). */
export interface SolverProgress {
  value: number | null;
  bound: number | null;
  gap: number | null;
  ms: number;
}

/** One solver question's life: the fast answer first, the exact search's progress, then the answer. */
export type SolverRun<A> =
  | { status: 'idle' }
  | { status: 'running'; fast: A | null; progress: SolverProgress | null }
  | { status: 'ready'; fast: A | null; answer: A }
  | { status: 'cancelled'; fast: A | null }
  | { status: 'error'; message: string };

/** The last question asked, numbered so asking the same again runs again; the engine sync answers it. */
export interface SolverAsk<Q> {
  n: number;
  request: Q;
}

/**
 * The state and actions of one solver kind, named after it: `siting`, `sitingAsk`, `askSiting`, `setSiting`,
 * `cancelSiting` for the name 'siting'.
 */
export type SolverRunSlice<N extends string, Q, A> = { [K in N]: SolverRun<A> } & {
  [K in `${N}Ask`]: SolverAsk<Q> | null;
} & { [K in `ask${Capitalize<N>}`]: (request: Q) => void } & {
  [K in `set${Capitalize<N>}`]: (run: SolverRun<A>) => void;
} & {
  /** Stops a running search: the engine Worker is replaced (HiGHS cannot be interrupted), the fast answer stays. */
  [K in `cancel${Capitalize<N>}`]: () => void;
};

/** The answer to draw and list: the exact one when in, else the fast one (also after a cancel). */
export function shownAnswer<A>(run: SolverRun<A>): A | null {
  switch (run.status) {
    case 'ready':
      return run.answer;
    case 'running':
    case 'cancelled':
      return run.fast;
    case 'idle':
    case 'error':
      return null;
    default:
      return run satisfies never;
  }
}

type Host = Record<string, unknown> & Pick<EngineSlice, 'engineRestarts'>;

/**
 * The slice factory both planner solvers (best sites, pre-positioning) share: ask, progress, answer, cancel.
 *
 * @example const createRun = solverRunSlice<'siting', SitingRequest, SitingResponse>('siting');
 */
export function solverRunSlice<N extends string, Q, A>(
  name: N,
): StateCreator<SolverRunSlice<N, Q, A>, [], [], SolverRunSlice<N, Q, A>> {
  const title = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const askKey = `${name}Ask`;
  return (set) => {
    const write = set as unknown as (partial: (s: Host) => Partial<Host>) => void;
    const slice: Record<string, unknown> = {
      [name]: { status: 'idle' },
      [askKey]: null,
      [`ask${title}`]: (request: Q) =>
        write((s) => ({
          [askKey]: { n: ((s[askKey] as SolverAsk<Q> | null)?.n ?? 0) + 1, request },
          [name]: { status: 'running', fast: null, progress: null },
        })),
      [`set${title}`]: (run: SolverRun<A>) => write(() => ({ [name]: run })),
      [`cancel${title}`]: () =>
        write((s) => {
          const run = s[name] as SolverRun<A>;
          if (run.status !== 'running') return {};
          return {
            [name]: { status: 'cancelled', fast: run.fast },
            [askKey]: null,
            engineRestarts: s.engineRestarts + 1,
          };
        }),
    };
    return slice as SolverRunSlice<N, Q, A>;
  };
}
