import { describe, expect, it } from 'vitest';
import {
  BBoxParam,
  CacheItemProperties,
  IncidentPatch,
  PointGeometry,
  PolygonGeometry,
  PostCreate,
  PostPatch,
} from './index.ts';

describe('geometry schemas', () => {
  it('refuses coordinates out of range', () => {
    expect(PointGeometry.safeParse({ type: 'Point', coordinates: [181, 0] }).success).toBe(false);
    expect(PointGeometry.safeParse({ type: 'Point', coordinates: [115, -91] }).success).toBe(false);
    expect(PointGeometry.safeParse({ type: 'Point', coordinates: [115.24, -8.16] }).success).toBe(true);
  });
  it('refuses an open ring', () => {
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ],
    };
    expect(PolygonGeometry.safeParse(open).success).toBe(false);
  });
  it('parses a bbox parameter and refuses a reversed one', () => {
    expect(BBoxParam.parse('114.4,-8.4,115.5,-8.0')).toEqual([114.4, -8.4, 115.5, -8.0]);
    expect(BBoxParam.safeParse('115.5,-8.4,114.4,-8.0').success).toBe(false);
    expect(BBoxParam.safeParse('a,b,c,d').success).toBe(false);
  });
});

describe('entity schemas', () => {
  it('fills defaults for a post', () => {
    const post = PostCreate.parse({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [115.09, -8.11] },
      properties: { name: 'Pos Induk Damkar', kind: 'fire_station', status: 'operational' },
    });
    expect(post.properties.turnoutSeconds).toBe(120);
    expect(post.properties.desaCode).toBeNull();
  });
  it('refuses more available than held', () => {
    const r = CacheItemProperties.safeParse({ itemType: 'chainsaw', quantity: 1, quantityAvailable: 2 });
    expect(r.success).toBe(false);
  });
});

describe('patch schemas', () => {
  it('fill in no defaults, so fields the client did not send stay untouched', () => {
    const patch = PostPatch.parse({ properties: { name: 'Pos II' } });
    expect(patch.properties).toEqual({ name: 'Pos II' });
    expect(IncidentPatch.parse({ properties: { title: 'x' } }).properties).toEqual({ title: 'x' });
  });
  it('refuse unknown fields and keep each field validated', () => {
    expect(PostPatch.safeParse({ properties: { colour: 'red' } }).success).toBe(false);
    expect(PostPatch.safeParse({ properties: { staff: -1 } }).success).toBe(false);
  });
});
