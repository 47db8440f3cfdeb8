import { describe, expect, it } from 'vitest';
import {
  CancelledError,
  EngineClient,
  EngineError,
  type EnginePort,
  SupersededError,
} from './engine_client.ts';
import type { EngineResponse } from './protocol.ts';

/** A port whose "Worker" answers each message in order, when the test lets it. */
function manualPort(answer: (message: { id: number; type: string }) => EngineResponse) {
  const inbox: Array<{ id: number; type: string }> = [];
  const listeners: {
    message: Array<(e: { data: unknown }) => void>;
    error: Array<(e: { message?: string }) => void>;
  } = {
    message: [],
    error: [],
  };
  const port: EnginePort = {
    postMessage: (m) => inbox.push(m as { id: number; type: string }),
    addEventListener: (type: 'message' | 'error', l: (e: never) => void) => {
      listeners[type].push(l as never);
    },
  };
  return {
    port,
    inbox,
    /** Answers the oldest message. */
    step() {
      const m = inbox.shift();
      if (m === undefined) throw new Error('nothing to answer');
      for (const l of listeners.message) l({ data: answer(m) });
    },
    crash(message: string) {
      for (const l of listeners.error) l({ message });
    },
  };
}

const network = (id: number): EngineResponse => ({
  type: 'load_network',
  id,
  version: null,
  nodes: 1,
  links: 1,
  bytes: 1,
  changed: true,
  ms: 0,
});

describe('EngineClient', () => {
  it('resolves each request with its own answer and rejects error answers', async () => {
    const w = manualPort((m) =>
      m.type === 'load_network'
        ? network(m.id)
        : { type: 'error', id: m.id, code: 'not_found', message: 'no' },
    );
    const client = new EngineClient(w.port);
    const a = client.request({ type: 'load_network', url: '/g' });
    const b = client.request({
      type: 'closest',
      request: { incident: { type: 'Point', coordinates: [115, -8] }, k: 1 },
    });
    w.step();
    w.step();
    await expect(a).resolves.toMatchObject({ type: 'load_network' });
    await expect(b).rejects.toBeInstanceOf(EngineError);
  });

  it('keeps one request in flight per lane and only the newest waiting', async () => {
    const w = manualPort((m) => network(m.id));
    const client = new EngineClient(w.port);
    const first = client.latest('drag', { type: 'load_network', url: '/1' });
    const second = client.latest('drag', { type: 'load_network', url: '/2' });
    const third = client.latest('drag', { type: 'load_network', url: '/3' });
    expect(w.inbox.map((m) => (m as unknown as { url: string }).url)).toEqual(['/1']);
    await expect(second).rejects.toBeInstanceOf(SupersededError);
    w.step();
    await expect(first).resolves.toMatchObject({ type: 'load_network' });
    await Promise.resolve();
    expect(w.inbox.map((m) => (m as unknown as { url: string }).url)).toEqual(['/3']);
    w.step();
    await expect(third).resolves.toMatchObject({ type: 'load_network' });
  });

  it('rejects everything pending when the Worker dies, and later calls at once', async () => {
    const w = manualPort((m) => network(m.id));
    const client = new EngineClient(w.port);
    const inFlight = client.latest('x', { type: 'load_network', url: '/1' });
    const waiting = client.latest('x', { type: 'load_network', url: '/2' });
    w.crash('boom');
    await expect(inFlight).rejects.toThrow('boom');
    await expect(waiting).rejects.toThrow('boom');
    await expect(client.request({ type: 'load_network', url: '/3' })).rejects.toThrow('boom');
  });

  it('restarts: a fresh Worker answers, every open request rejects as cancelled, the old one is stopped and unheard', async () => {
    const ports = [manualPort((m) => network(m.id)), manualPort((m) => network(m.id))];
    let opened = 0;
    let stopped = 0;
    const first = ports[0] as ReturnType<typeof manualPort>;
    first.port.terminate = () => {
      stopped++;
    };
    const client = new EngineClient(
      first.port,
      () => (ports[++opened] as ReturnType<typeof manualPort>).port,
    );
    const running = client.request({ type: 'load_network', url: '/g' });
    const laneBusy = client.latest('coverage', { type: 'load_network', url: '/g' });
    const laneWaiting = client.latest('coverage', { type: 'load_network', url: '/g' });
    client.restart();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    await expect(laneBusy).rejects.toBeInstanceOf(CancelledError);
    await expect(laneWaiting).rejects.toBeInstanceOf(CancelledError);
    expect(stopped).toBe(1);
    // A late answer from the stopped Worker is dropped, not given to the new request with the same id.
    const fresh = client.request({ type: 'load_network', url: '/g2' });
    first.step();
    const second = ports[1] as ReturnType<typeof manualPort>;
    expect(second.inbox.map((m) => m.type)).toEqual(['load_network']);
    second.step();
    await expect(fresh).resolves.toMatchObject({ type: 'load_network' });
    expect(() => new EngineClient(second.port).restart()).toThrow();
  });
});
