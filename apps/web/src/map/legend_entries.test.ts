import { en, id } from '@siaga/i18n';
import { HazardLevel, PostKind, PostStatus } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { allVisible } from '../store/ui_slice.ts';
import { legendSections } from './legend_entries.ts';
import { hazardTypeColor } from './palette.ts';
import { postSymbol } from './post_symbol.ts';

describe('legendSections', () => {
  const sections = legendSections(id, { visibility: allVisible(), hazardTypes: ['landslide', 'flood'] });
  const byKey = new Map(sections.map((s) => [s.key, s]));

  it('explains every post kind and every status', () => {
    expect(byKey.get('postKinds')?.entries.map((e) => e.label)).toEqual(
      PostKind.options.map((k) => id.enums.postKind[k]),
    );
    expect(byKey.get('postStatuses')?.entries).toHaveLength(PostStatus.options.length);
  });

  it('lists the hazard types present in the data with their map colour, and every level', () => {
    const types = byKey.get('hazardTypes')?.entries ?? [];
    expect(types.map((e) => e.label)).toEqual(['Banjir', 'Tanah longsor']);
    expect(types[1]?.swatch).toMatchObject({ type: 'fill', color: hazardTypeColor.landslide });
    expect(byKey.get('hazardLevels')?.entries.map((e) => e.label)).toEqual(
      HazardLevel.options.map((l) => id.enums.hazardLevel[l]),
    );
  });

  it('falls back to every hazard type before data arrives', () => {
    const s = legendSections(id, { visibility: allVisible(), hazardTypes: [] });
    expect(s.find((x) => x.key === 'hazardTypes')?.entries).toHaveLength(Object.keys(hazardTypeColor).length);
  });

  it('marks sections of hidden layers and follows the language', () => {
    const s = legendSections(en, { visibility: { ...allVisible(), roads: false }, hazardTypes: [] });
    expect(s.find((x) => x.key === 'roads')?.visible).toBe(false);
    expect(s.find((x) => x.key === 'postKinds')?.visible).toBe(true);
    expect(s.find((x) => x.key === 'postKinds')?.title).toBe('Post type');
  });

  it('has no empty label', () => {
    for (const s of sections) for (const e of s.entries) expect(e.label.trim(), e.key).not.toBe('');
  });
});

describe('postSymbol', () => {
  it('fills operational posts, leaves planned and proposed hollow, greys closed ones', () => {
    expect(postSymbol('bpbd_post', 'operational').fill).not.toBeNull();
    expect(postSymbol('bpbd_post', 'planned')).toMatchObject({ fill: null, dash: [] });
    expect(postSymbol('bpbd_post', 'proposed').fill).toBeNull();
    expect(postSymbol('bpbd_post', 'proposed').dash.length).toBeGreaterThan(0);
    expect(postSymbol('fire_station', 'closed').fill).toBe(postSymbol('volunteer_post', 'closed').fill);
  });

  it('gives each kind its own shape', () => {
    const shapes = PostKind.options.map((k) => postSymbol(k, 'operational').shape);
    expect(new Set(shapes).size).toBe(PostKind.options.length);
  });
});
