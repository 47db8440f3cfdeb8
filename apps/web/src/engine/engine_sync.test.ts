import type { SitingResponse } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { setCountTurnout, setMode } from '../planner/plan_edits.ts';
import { type AppStore, createAppStore } from '../store/app_store.ts';
import { area, cache, hazardZone, post } from '../testing/fixtures.ts';
import { EngineClient, type EnginePort } from '../worker/engine_client.ts';
import { connectEngine } from './engine_sync.ts';
import { sitingRequest } from './siting_question.ts';

interface Message {
  id: number;
  type: string;
  [field: string]: unknown;
}

/**
 * A stand-in for the Worker's host: it keeps what the client posts and answers only when the test says so,
 * so the test sees exactly which questions were asked and when.
 */
function fakeHost() {
  const inbox: Message[] = [];
  const listeners: Array<(e: { data: unknown }) => void> = [];
  const port: EnginePort = {
    postMessage: (m) => inbox.push(m as Message),
    addEventListener: (type: 'message' | 'error', l: (e: never) => void) => {
      if (type === 'message') listeners.push(l as (e: { data: unknown }) => void);
    },
  };
  const send = (data: unknown) => {
    for (const l of listeners) l({ data });
  };
  const take = (type: string): Message => {
    const i = inbox.findIndex((m) => m.type === type);
    const m = inbox[i];
    if (m === undefined) throw new Error(`no ${type} request waiting`);
    inbox.splice(i, 1);
    return m;
  };
  return {
    port,
    client: new EngineClient(port),
    asked: (type: string) => inbox.filter((m) => m.type === type),
    /** Answers the oldest waiting request of this type, then lets the promises settle. */
    async answer(type: string, fields: Record<string, unknown> = {}) {
      const m = take(type);
      send({ type, id: m.id, ms: 1, ...fields });
      await settle();
      return m;
    },
    async fail(type: string, message: string) {
      const m = take(type);
      send({ type: 'error', id: m.id, code: 'invalid_request', message });
      await settle();
    },
  };
}

/** The what-if sites of a coverage question, as ids and coordinates. */
function candidatesOf(m: Message): { id: string; coordinates: unknown }[] {
  const { candidates } = m.request as { candidates: { id: string; point: { coordinates: unknown } }[] };
  return candidates.map((c) => ({ id: c.id, coordinates: c.point.coordinates }));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const graph = { version: 'v1', nodes: 10, links: 12, bytes: 100 };

function loadAll(store: AppStore): void {
  const s = store.getState();
  s.setLoaded('kabupaten', [area('kabupaten', '51.08', 'Buleleng')]);
  s.setLoaded('kecamatan', [area('kecamatan', '51.08.01', 'Gerokgak')]);
  s.setLoaded('desa', [area('desa', '51.08.01.2001', 'Pejarakan')]);
  s.setLoaded('hazardZones', [hazardZone()]);
  s.setLoaded('posts', [post()]);
  s.setLoaded('caches', [cache()]);
}

/** A store and a host with the network loaded and the context accepted. */
async function readyEngine() {
  const store = createAppStore();
  const host = fakeHost();
  const disconnect = connectEngine(store, host.client);
  await host.answer('load_network', { ...graph, changed: true });
  loadAll(store);
  await host.answer('set_context', { desa: 1, posts: 1, caches: 1 });
  return { store, host, disconnect };
}

describe('connectEngine', () => {
  it('loads the network at once and sends the context only when every dataset it needs is loaded', async () => {
    const store = createAppStore();
    const host = fakeHost();
    connectEngine(store, host.client);
    expect(host.asked('load_network')).toHaveLength(1);
    store.getState().setLoaded('posts', [post()]);
    expect(host.asked('set_context')).toHaveLength(0);
    loadAll(store);
    expect(host.asked('set_context')).toHaveLength(1);
    expect(store.getState().context.status).toBe('sending');
    await host.answer('load_network', { ...graph, changed: true });
    await host.answer('set_context', { desa: 1, posts: 1, caches: 1 });
    expect(store.getState().network.status).toBe('ready');
    expect(store.getState().context.status).toBe('ready');
  });

  it('reports a refused context as a context error and leaves the network ready', async () => {
    const store = createAppStore();
    const host = fakeHost();
    connectEngine(store, host.client);
    await host.answer('load_network', { ...graph, changed: true });
    loadAll(store);
    store.getState().setPanel('planner');
    await host.fail('set_context', 'posts: expected an array');
    expect(store.getState().network.status).toBe('ready');
    expect(store.getState().context).toEqual({
      status: 'error',
      message: 'posts: expected an array (invalid_request)',
    });
    expect(host.asked('coverage')).toHaveLength(0);
  });

  it('asks for coverage in the planner only, once per question, and an answer does not ask again', async () => {
    const { store, host } = await readyEngine();
    expect(host.asked('coverage')).toHaveLength(0);
    store.getState().setPanel('planner');
    expect(host.asked('coverage')).toHaveLength(1);
    expect(store.getState().coverage.status).toBe('loading');
    await host.answer('coverage', { scenario: {}, baseline: {} });
    expect(store.getState().coverage.status).toBe('ready');
    // A display choice is not part of the question; a counting choice is.
    store.getState().transact('mode', setMode('wmkRadius'));
    store.getState().setPanel('dispatch');
    store.getState().setPanel('planner');
    expect(host.asked('coverage')).toHaveLength(0);
    store.getState().transact('countTurnout', setCountTurnout(false));
    expect(host.asked('coverage')).toHaveLength(1);
  });

  it('asks while a candidate is dragged, keeps the newest question only, and not again on release', async () => {
    const { store, host } = await readyEngine();
    store.getState().setPanel('planner');
    await host.answer('coverage');
    store.getState().addCandidate([115.21, -8.19]);
    await host.answer('coverage');
    store.getState().dragCandidate('K1', [115.22, -8.18]);
    store.getState().dragCandidate('K1', [115.23, -8.17]);
    store.getState().dragCandidate('K1', [115.24, -8.16]);
    const first = await host.answer('coverage');
    expect(candidatesOf(first)).toEqual([{ id: 'K1', coordinates: [115.22, -8.18] }]);
    const newest = await host.answer('coverage');
    expect(candidatesOf(newest)).toEqual([{ id: 'K1', coordinates: [115.24, -8.16] }]);
    store.getState().endCandidateDrag();
    expect(host.asked('coverage')).toHaveLength(0);
    expect(store.getState().plan.candidates[0]?.position).toEqual([115.24, -8.16]);
  });

  it('asks for the closest posts on an incident, goes idle without one, and reports an engine error', async () => {
    const { store, host } = await readyEngine();
    store.getState().setIncident({ position: [115.24, -8.16], source: 'map', label: null });
    await host.fail('closest', 'the incident is far from any road');
    expect(store.getState().closest).toMatchObject({
      status: 'error',
      message: 'the incident is far from any road (invalid_request)',
    });
    store.getState().setIncident(null);
    expect(store.getState().closest.status).toBe('idle');
    expect(host.asked('closest')).toHaveLength(0);
  });

  it('asks again after the network really changed, not after an unchanged reload', async () => {
    const { store, host } = await readyEngine();
    store.getState().setPanel('planner');
    await host.answer('coverage');
    store.getState().refreshNetwork();
    await host.answer('load_network', { ...graph, changed: false });
    expect(host.asked('coverage')).toHaveLength(0);
    store.getState().refreshNetwork();
    await host.answer('load_network', { ...graph, version: 'v2', changed: true });
    expect(host.asked('coverage')).toHaveLength(1);
  });

  it('stops asking once disconnected', async () => {
    const { store, host, disconnect } = await readyEngine();
    disconnect();
    store.getState().setPanel('planner');
    store.getState().refreshNetwork();
    expect(host.asked('coverage')).toHaveLength(0);
    expect(host.asked('load_network')).toHaveLength(0);
  });

  it('replaces the Worker when an exact search is cancelled: network and context go to the new one', async () => {
    const first = fakeHost();
    const second = fakeHost();
    const store = createAppStore();
    const client = new EngineClient(first.port, () => second.port);
    connectEngine(store, client);
    await first.answer('load_network', { ...graph, changed: true });
    loadAll(store);
    await first.answer('set_context', { desa: 1, posts: 1, caches: 1 });
    const s = () => store.getState();
    s().askSiting(sitingRequest(s().plan, s().sitingSettings));
    expect(first.asked('siting')).toHaveLength(1);
    const fast = { phase: 'fast' } as SitingResponse;
    s().setSiting({ status: 'running', fast, progress: null });
    s().cancelSiting();
    await settle();
    expect(s().siting).toEqual({ status: 'cancelled', fast });
    expect(second.asked('load_network')).toHaveLength(1);
    expect(second.asked('set_context')).toHaveLength(1);
    expect(s().network.status).toBe('loading');
    await second.answer('load_network', { ...graph, changed: true });
    await second.answer('set_context', { desa: 1, posts: 1, caches: 1 });
    expect(s().network.status).toBe('ready');
    expect(s().context.status).toBe('ready');
    // The late answer of the stopped Worker changes nothing.
    await first.answer('siting', { answer: { phase: 'exact' } });
    expect(s().siting).toEqual({ status: 'cancelled', fast });
  });
});
