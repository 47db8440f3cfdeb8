import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/app_store.ts';

describe('the incident desk', () => {
  it('keeps several incidents open, and closing the one shown shows the last other one, then the list', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().openIncident('a');
    s().openIncident('b');
    s().openIncident('a');
    expect(s().openIncidents).toEqual(['a', 'b']);
    expect(s().desk).toEqual({ kind: 'incident', id: 'a' });
    s().closeIncident('a');
    expect(s().desk).toEqual({ kind: 'incident', id: 'b' });
    s().showDesk({ kind: 'new' });
    s().closeIncident('b');
    expect(s().desk).toEqual({ kind: 'new' });
    s().openIncident('c');
    s().closeIncident('c');
    expect(s().desk).toEqual({ kind: 'list' });
    expect(s().openIncidents).toEqual([]);
  });

  it('counts its own writes, so its readers fetch again', () => {
    const store = createAppStore();
    store.getState().bumpDesk();
    expect(store.getState().deskTick).toBe(1);
  });
});
