/// <reference lib="webworker" />
import loadHighs from 'highs';
import highsWasm from 'highs/runtime?url';
import { EngineHost } from './engine_host.ts';
import type { EngineResponse } from './protocol.ts';

/**
 * The module Worker that owns the routing engine. Messages are handled one at a time in arrival order; the
 * page keeps at most one request per lane waiting, so a drag never piles up stale work here.
 */
declare const self: DedicatedWorkerGlobalScope;

let queue: Promise<void> = Promise.resolve();

function reply(response: EngineResponse): void {
  try {
    self.postMessage(response);
  } catch (e) {
    self.postMessage({
      type: 'error',
      id: response.id,
      code: 'internal',
      message: `answer could not be sent: ${e instanceof Error ? e.message : String(e)}`,
    } satisfies EngineResponse);
  }
}

// HiGHS's WebAssembly is a bundled asset served by the app itself (the map works offline).
const host = new EngineHost(
  (url, init) => fetch(new URL(url, self.location.origin), init),
  () => performance.now(),
  {
    emit: reply,
    loadSolver: () => loadHighs({ locateFile: () => new URL(highsWasm, self.location.origin).href }),
  },
);

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  queue = queue.then(async () => reply(await host.handle(event.data)));
});
