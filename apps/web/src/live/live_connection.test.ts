import type { LiveChange } from '@siaga/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveStatus } from '../store/live_slice.ts';
import { connectLive, defaultBackoffMs, type EventSourceLike } from './live_connection.ts';

/** An EventSource the test drives: `emit('open')`, `emit('change', data)`, `emit('error')`. */
class FakeSource implements EventSourceLike {
  closed = false;
  readonly #listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data = '') {
    for (const l of this.#listeners.get(type) ?? []) l(new MessageEvent(type, { data }));
  }
}

const change: LiveChange = {
  entity: 'post',
  entityId: 'p1',
  action: 'update',
  version: 2,
  incidentId: null,
  count: 1,
  at: '2026-11-29T22:00:00.000Z',
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function connect() {
  const sources: FakeSource[] = [];
  const changes: LiveChange[] = [];
  const statuses: LiveStatus[] = [];
  let resyncs = 0;
  const disconnect = connectLive({
    url: '/api/events',
    open: () => {
      const source = new FakeSource();
      sources.push(source);
      return source;
    },
    onChange: (c) => changes.push(c),
    onResync: () => {
      resyncs += 1;
    },
    onStatus: (s) => statuses.push(s),
  });
  return { sources, changes, statuses, resyncs: () => resyncs, disconnect };
}

describe('connectLive', () => {
  it('passes on valid changes and ignores malformed ones', () => {
    const live = connect();
    const [source] = live.sources;
    source?.emit('open');
    source?.emit('change', JSON.stringify(change));
    source?.emit('change', '{"entity":"nonsense"}');
    source?.emit('change', 'not json');
    expect(live.changes).toEqual([change]);
    expect(live.statuses).toEqual(['connecting', 'live']);
  });

  it('reconnects with a growing wait after the stream breaks, and asks for a resync once back', () => {
    const live = connect();
    live.sources[0]?.emit('open');
    live.sources[0]?.emit('error');
    expect(live.sources[0]?.closed).toBe(true);
    expect(live.statuses.at(-1)).toBe('reconnecting');
    vi.advanceTimersByTime(defaultBackoffMs(0));
    expect(live.sources).toHaveLength(2);
    live.sources[1]?.emit('error');
    vi.advanceTimersByTime(defaultBackoffMs(1) - 1);
    expect(live.sources).toHaveLength(2);
    vi.advanceTimersByTime(1);
    live.sources[2]?.emit('open');
    expect(live.statuses.at(-1)).toBe('live');
    expect(live.resyncs()).toBe(1);
  });

  it('passes a server resync on, and stops everything on disconnect', () => {
    const live = connect();
    live.sources[0]?.emit('open');
    live.sources[0]?.emit('resync', '{}');
    expect(live.resyncs()).toBe(1);
    live.disconnect();
    expect(live.sources[0]?.closed).toBe(true);
    live.sources[0]?.emit('error');
    vi.advanceTimersByTime(60_000);
    expect(live.sources).toHaveLength(1);
  });
});
