import type { AppState, AppStore } from '../store/app_store.ts';
import { type AsyncResult, failed, IDLE, loading } from '../store/async_result.ts';
import {
  CancelledError,
  type EngineClient,
  EngineError,
  type RequestBody,
  SupersededError,
} from '../worker/engine_client.ts';
import type { ResponseOf } from '../worker/protocol.ts';
import { watch } from './watch.ts';

type Lane = 'coverage' | 'isochrones' | 'closest';

/** One kind of question the app keeps asking the engine, described once. */
export interface Question<L extends Lane> {
  lane: L;
  /** The parts of the state the question is built from; nothing else wakes it. */
  inputs(s: AppState): readonly unknown[];
  /** False while nobody looks at the answer: nothing is asked and the last answer stays. */
  active(s: AppState): boolean;
  /** The request, or null when there is nothing to ask (the answer goes back to idle). */
  request(s: AppState): Extract<RequestBody, { type: L }> | null;
  read(s: AppState): AsyncResult<ResponseOf<L>>;
  write(s: AppState, r: AsyncResult<ResponseOf<L>>): void;
}

export type EngineAsker = Pick<EngineClient, 'latest'>;

export function messageOf(e: unknown): string {
  if (e instanceof EngineError) return `${e.message} (${e.code})`;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Sends a question whenever its inputs change into a request not sent before (keyed by value and by the
 * engine's data version, latest-wins per lane), and writes the answer or the error back.
 * `engineVersion` is null while the engine is not ready to answer.
 */
export function askWhenChanged<L extends Lane>(
  store: AppStore,
  client: EngineAsker,
  engineVersion: (s: AppState) => string | null,
  q: Question<L>,
): () => void {
  let sentKey: string | null = null;
  return watch(
    store,
    (s) => [engineVersion(s), q.active(s), ...q.inputs(s)],
    () => {
      const s = store.getState();
      const version = engineVersion(s);
      if (version === null || !q.active(s)) return;
      const body = q.request(s);
      const key = body === null ? null : `${version}|${JSON.stringify(body)}`;
      if (key === sentKey) return;
      sentKey = key;
      if (body === null) {
        q.write(s, IDLE);
        return;
      }
      q.write(s, loading(q.read(s)));
      client.latest(q.lane, body).then(
        // TypeScript cannot narrow ResponseOf<B['type']> back to ResponseOf<L> for a generic lane.
        (r) => q.write(store.getState(), { status: 'ready', value: r as ResponseOf<L> }),
        (e: unknown) => {
          if (e instanceof SupersededError || e instanceof CancelledError) return;
          const now = store.getState();
          q.write(now, failed(q.read(now), messageOf(e)));
        },
      );
    },
  );
}
