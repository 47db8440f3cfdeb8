import { describe, expect, it } from 'vitest';
import { initialLocale } from '../i18n/initial_locale.ts';
import { post } from '../testing/fixtures.ts';
import { createAppStore } from './app_store.ts';
import { allFeatures } from './data_slice.ts';

describe('app store', () => {
  it('starts in Indonesian with every layer on and nothing selected', () => {
    const s = createAppStore().getState();
    expect(s.locale).toBe('id');
    expect(Object.values(s.visibility).every(Boolean)).toBe(true);
    expect(s.selection).toBeNull();
  });

  it('toggles a layer without touching the others, and keeps state when nothing changes', () => {
    const store = createAppStore();
    const before = store.getState().visibility;
    store.getState().setVisible('roads', true);
    expect(store.getState().visibility).toBe(before);
    store.getState().setVisible('roads', false);
    expect(store.getState().visibility).toEqual({ ...before, roads: false });
  });

  it('keeps unchanged datasets at the same reference so the map skips them', () => {
    const store = createAppStore();
    const first = allFeatures(store.getState().datasets);
    store.getState().setLoaded('posts', [post()]);
    const second = allFeatures(store.getState().datasets);
    expect(second.roads).toBe(first.roads);
    expect(second.posts).not.toBe(first.posts);
  });

  it('selects the most specific feature of a click and keeps the others while stepping through them', () => {
    const store = createAppStore();
    const hits = [
      { kind: 'post' as const, id: 'p' },
      { kind: 'desa' as const, id: '51.08.08.2013' },
    ];
    store.getState().selectAt(hits);
    expect(store.getState().selection).toEqual(hits[0]);
    store.getState().select(hits[1] ?? null);
    expect(store.getState().pointHits).toEqual(hits);
    store.getState().select(null);
    expect(store.getState().pointHits).toEqual([]);
    store.getState().selectAt([]);
    expect(store.getState().selection).toBeNull();
  });

  it('keeps separate stores apart', () => {
    const a = createAppStore();
    const b = createAppStore('en');
    a.getState().select({ kind: 'post', id: 'x' });
    expect(b.getState().selection).toBeNull();
    expect(b.getState().locale).toBe('en');
  });
});

describe('initialLocale', () => {
  it('takes ?lang first, then the stored choice, else Indonesian', () => {
    expect(initialLocale('?lang=en', 'id')).toBe('en');
    expect(initialLocale('', 'en')).toBe('en');
    expect(initialLocale('?lang=fr', 'de')).toBe('id');
    expect(initialLocale('', null)).toBe('id');
  });
});
