import { describe, expect, it } from 'vitest';
import { closestRequest } from '../engine/engine_requests.ts';
import { createAppStore } from '../store/app_store.ts';
import { area, road } from '../testing/fixtures.ts';
import { clickWithTool } from './click_with_tool.ts';

const none = { candidateId: null, closureId: null, roadIds: [], vertexIndex: null };

describe('map clicks by tool', () => {
  it('places candidates on land only, and picks an existing one instead of stacking another', () => {
    const store = createAppStore();
    store.getState().setLoaded('kabupaten', [area('kabupaten', '51.08', 'Buleleng')]);
    store.getState().setPanel('planner');
    store.getState().setTool('add_candidate');
    // The fixture's square spans lon 115.2..115.3, lat -8.2..-8.1.
    const land: [number, number] = [115.25, -8.15];
    clickWithTool(store.getState(), [], land, none);
    clickWithTool(store.getState(), [], [100, 0], none);
    expect(store.getState().plan.candidates).toHaveLength(1);
    clickWithTool(store.getState(), [], land, { ...none, candidateId: 'K1' });
    expect(store.getState().plan.candidates).toHaveLength(1);
    expect(store.getState().plan.isochroneOf).toBe('K1');
  });

  it('places the incident only when asked, with one click, and toggles closures in dispatch', () => {
    const store = createAppStore();
    store.getState().setPanel('dispatch');
    expect(store.getState().tool).toBe('select');
    clickWithTool(store.getState(), [], [115.2, -8.1], none);
    expect(store.getState().dispatch.incident).toBeNull();
    const placed: Array<[number, number]> = [];
    store.getState().startPlacing((p) => {
      placed.push([p[0] ?? 0, p[1] ?? 0]);
      store.getState().setIncident({ position: p, source: 'map', label: null });
    });
    expect(store.getState().tool).toBe('incident');
    clickWithTool(store.getState(), [], [115.242, -8.158], none);
    expect(closestRequest(store.getState().dispatch)?.request.incident).toEqual({
      type: 'Point',
      coordinates: [115.242, -8.158],
    });
    // The placing step is over: the next (stray) click selects and does not move the incident.
    expect(store.getState().tool).toBe('select');
    clickWithTool(store.getState(), [], [115.3, -8.2], none);
    expect(placed).toEqual([[115.242, -8.158]]);
    // Another tool cancels a placing step that took no click.
    store.getState().startPlacing(() => placed.push([0, 0]));
    store.getState().setTool('select');
    expect(store.getState().placeTarget).toBeNull();
    store.getState().setTool('closure');
    clickWithTool(store.getState(), [], [115.05, -8.1], none);
    expect(store.getState().closureMiss).toBe(true);
    expect(store.getState().dispatch.closures).toEqual([]);
    const coast = road();
    store.getState().setLoaded('roads', [coast]);
    // A click some way off the road at low zoom: the map found the road within a few pixels.
    clickWithTool(store.getState(), [], [115.05, -8.1], { ...none, roadIds: [coast.properties.id] });
    expect(store.getState().closureMiss).toBe(false);
    const [closure] = store.getState().dispatch.closures;
    expect(closure?.roadName).toBe('Jalan Raya Singaraja-Gilimanuk');
    expect(closure?.position[0]).toBeCloseTo(115.0515, 3);
    expect(closure?.position[1]).toBeCloseTo(-8.115, 3);
    expect(closestRequest(store.getState().dispatch)?.request.closures).toEqual([
      { type: 'Point', coordinates: closure?.position },
    ]);
    clickWithTool(store.getState(), [], [115.05, -8.115], { ...none, closureId: 'C1' });
    expect(store.getState().dispatch.closures).toEqual([]);
  });

  it('selects features with the select tool and picks a post for isochrones in the planner', () => {
    const store = createAppStore();
    store.getState().setPanel('planner');
    clickWithTool(store.getState(), [{ kind: 'post', id: 'p1' }], [115, -8], none);
    expect(store.getState().selection).toEqual({ kind: 'post', id: 'p1' });
    expect(store.getState().plan.isochroneOf).toBe('p1');
  });
});
