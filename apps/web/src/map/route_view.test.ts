import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/app_store.ts';
import { coverPadding, routeView } from './route_view.ts';

const answerAt = (point: [number, number], route: [number, number][]) =>
  ({
    status: 'ready',
    value: {
      type: 'closest',
      id: 1,
      ms: 3,
      answer: {
        incident: { point: { type: 'Point', coordinates: point } },
        posts: { results: [{ route: { type: 'LineString', coordinates: route } }] },
        caches: null,
      },
    },
  }) as never;

describe('routeView', () => {
  it('fits the incident and its routes, keyed by the incident so closures do not move the map', () => {
    const store = createAppStore();
    store.getState().setPanel('dispatch');
    store.getState().setIncident({ position: [115.2, -8.2], source: 'map', label: null });
    expect(routeView(store.getState())).toBeNull();
    store.getState().setClosest(
      answerAt(
        [115.2, -8.2],
        [
          [115.1, -8.1],
          [115.2, -8.2],
        ],
      ),
    );
    expect(routeView(store.getState())).toEqual({
      key: '115.2,-8.2',
      bounds: [
        [115.1, -8.2],
        [115.2, -8.1],
      ],
    });
    store.getState().setIncident({ position: [115.3, -8.3], source: 'map', label: null });
    // The answer shown is still for the previous incident.
    expect(routeView(store.getState())).toBeNull();
  });
});

describe('coverPadding', () => {
  const map = { left: 0, top: 0, right: 1000, bottom: 800 };
  it('pads the side a panel covers, and the bottom under a sheet', () => {
    expect(coverPadding(map, [{ left: 0, top: 0, right: 300, bottom: 800 }], 40)).toEqual({
      top: 40,
      right: 40,
      bottom: 40,
      left: 340,
    });
    expect(coverPadding(map, [{ left: 0, top: 500, right: 1000, bottom: 800 }], 40).bottom).toBe(340);
    expect(coverPadding(map, [{ left: 1200, top: 0, right: 1400, bottom: 800 }], 40)).toEqual({
      top: 40,
      right: 40,
      bottom: 40,
      left: 40,
    });
  });

  it('never pads away the whole map', () => {
    const p = coverPadding(map, [{ left: 0, top: 100, right: 1000, bottom: 800 }]);
    expect(p.top + p.bottom).toBeLessThanOrEqual((800 * 2) / 3 + 1e-9);
  });
});
