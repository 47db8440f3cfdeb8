import { describe, expect, it } from 'vitest';
import { EngineClient, EngineError, type EnginePort, SupersededError } from './engine_client.ts';
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
});
