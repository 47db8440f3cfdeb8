import { describe, expect, it } from 'vitest';
import { CacheItemPatch } from './cache.ts';
import { HazardZoneProperties } from './hazard_zone.ts';
import { IncidentProperties } from './incident.ts';
import { PostProperties } from './post.ts';
import { RoadProperties } from './road.ts';
import { text } from './text.ts';

const post = { name: 'Pos Damkar', kind: 'fire_station', status: 'operational' };

describe('text', () => {
  it('accepts any Unicode text, emoji and Balinese script included', () => {
    expect(text().parse('Pos Damkar Seririt 🚒 ᬲᬶᬭᬶᬢ᭄')).toBe('Pos Damkar Seririt 🚒 ᬲᬶᬭᬶᬢ᭄');
  });

  it('refuses NUL anywhere', () => {
    for (const s of ['\u0000', 'a\u0000', '\u0000b', 'Pos\u0000Damkar'])
      expect(text().safeParse(s).success).toBe(false);
  });

  it('refuses lone surrogates but keeps surrogate pairs', () => {
    for (const s of ['\uD800', 'a\uDFFFb', '\uDC00\uD800', `x${'\uD83D'}`]) {
      expect(text().safeParse(s).success, JSON.stringify(s)).toBe(false);
    }
    expect(text().safeParse('\uD83D\uDE92').success).toBe(true);
  });

  it('keeps the checks chained after it', () => {
    expect(text().trim().min(1).safeParse('   ').success).toBe(false);
    expect(text().max(3).safeParse('abcd').success).toBe(false);
  });
});

describe("every entity's text fields", () => {
  it.each([
    ['post name', () => PostProperties.safeParse({ ...post, name: 'Pos\u0000' })],
    ['post notes', () => PostProperties.safeParse({ ...post, notes: '\uD800' })],
    ['post address', () => PostProperties.safeParse({ ...post, address: 'Jl.\u0000' })],
    ['cache item notes', () => CacheItemPatch.safeParse({ notes: 'x\u0000' })],
    [
      'hazard zone source',
      () =>
        HazardZoneProperties.safeParse({ name: 'Z', hazardType: 'flood', level: 'rendah', source: '\u0000' }),
    ],
    [
      'incident title',
      () =>
        IncidentProperties.safeParse({
          title: '\uDC00',
          incidentType: 'flood',
          occurredAt: '2024-01-01T00:00:00Z',
        }),
    ],
    [
      'road name',
      () => RoadProperties.safeParse({ roadClass: 'primary', sourceId: 'seed:a', name: 'J\u0000' }),
    ],
  ])('refuse NUL and lone surrogates: %s', (_, parse) => {
    expect(parse().success).toBe(false);
  });
});
