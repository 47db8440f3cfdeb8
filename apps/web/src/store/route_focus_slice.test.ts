import { describe, expect, it } from 'vitest';
import { routesData } from '../map/overlay_data.ts';
import { createAppStore } from './app_store.ts';
import { focusedRoute } from './route_focus_slice.ts';

describe('route focus', () => {
  it('brings the hovered card forward over the selected one, and a second click clears the selection', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().toggleRoute('post-a');
    expect(focusedRoute(s())).toBe('post-a');
    s().hoverRoute('cache-b');
    expect(focusedRoute(s())).toBe('cache-b');
    s().hoverRoute(null);
    expect(focusedRoute(s())).toBe('post-a');
    s().toggleRoute('post-a');
    expect(focusedRoute(s())).toBeNull();
  });

  it('dims every route but the focused one on the map', () => {
    const route = (id: string) =>
      ({
        facility: { properties: { id } },
        rank: 1,
        route: { type: 'LineString', coordinates: [] },
      }) as never;
    const answer = { posts: { results: [route('a'), route('b')] }, caches: null } as never;
    const props = routesData(answer, 'post-b').features.map((f) => [
      f.properties.id,
      f.properties.focus,
      f.properties.dim,
    ]);
    expect(props).toEqual([
      ['post-a', false, true],
      ['post-b', true, false],
    ]);
    expect(routesData(answer, null).features.every((f) => f.properties.dim === false)).toBe(true);
  });
});

describe('tabs', () => {
  it("close a feature's details card when the tab changes", () => {
    const store = createAppStore();
    store.getState().selectAt([{ kind: 'post', id: 'p1' }]);
    expect(store.getState().selection).not.toBeNull();
    store.getState().setPanel('dispatch');
    expect(store.getState().selection).toBeNull();
    expect(store.getState().pointHits).toEqual([]);
  });
});
