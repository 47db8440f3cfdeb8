import { describe, expect, it } from 'vitest';
import { AreaGeometry, LineStringGeometry, MAX_POSITIONS, PointGeometry } from './geometry.ts';
import { PostCreate, PostPatch } from './post.ts';
import { ClosestRequest, ClosureInput } from './routing.ts';

/** A closed ring of n positions on a small circle around Singaraja. */
function circle(n: number, radius = 0.01): number[][] {
  const ring = Array.from({ length: n - 1 }, (_, i) => {
    const a = (2 * Math.PI * i) / (n - 1);
    return [115.09 + radius * Math.cos(a), -8.11 + radius * Math.sin(a)];
  });
  return [...ring, ring[0] as number[]];
}

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message).join('; ') ?? '';

describe('geometry size limits', () => {
  it(`accepts a polygon of ${MAX_POSITIONS} positions and refuses one more`, () => {
    expect(AreaGeometry.safeParse({ type: 'Polygon', coordinates: [circle(MAX_POSITIONS)] }).success).toBe(
      true,
    );
    const tooMany = AreaGeometry.safeParse({ type: 'Polygon', coordinates: [circle(MAX_POSITIONS + 1)] });
    expect(tooMany.success).toBe(false);
    expect(messagesOf(tooMany)).toContain('at most 20,000 positions');
  });

  it('refuses an oversized geometry before parsing its positions (one issue, not one per bad position)', () => {
    const ring = circle(MAX_POSITIONS + 10).map(([, lat]) => [200, lat]);
    const result = AreaGeometry.safeParse({ type: 'Polygon', coordinates: [ring] });
    expect(result.error?.issues).toHaveLength(1);
  });

  it('counts the positions of every part of a MultiPolygon together', () => {
    const half = circle(MAX_POSITIONS / 2 + 1);
    const result = AreaGeometry.safeParse({ type: 'MultiPolygon', coordinates: [[half], [half]] });
    expect(result.success).toBe(false);
  });

  it('refuses a polygon spanning the world, a line across the island chain and a closure of 3°', () => {
    const world = {
      type: 'Polygon',
      coordinates: [
        [
          [-180, -90],
          [180, -90],
          [180, 90],
          [-180, 90],
          [-180, -90],
        ],
      ],
    };
    expect(messagesOf(AreaGeometry.safeParse(world))).toContain('span at most 2°');
    const line = {
      type: 'LineString',
      coordinates: [
        [112, -8],
        [115, -8],
      ],
    };
    expect(LineStringGeometry.safeParse(line).success).toBe(false);
    expect(ClosureInput.safeParse(line).success).toBe(false);
    expect(ClosureInput.safeParse(world).success).toBe(false);
  });

  it('accepts an area as wide as the kabupaten', () => {
    const wide = {
      type: 'Polygon',
      coordinates: [
        [
          [114.43, -8.38],
          [115.48, -8.38],
          [115.48, -8.06],
          [114.43, -8.38],
        ],
      ],
    };
    expect(AreaGeometry.safeParse(wide).success).toBe(true);
  });
});

describe('unknown keys are refused at every depth', () => {
  const body = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [115.09, -8.11] },
    properties: { name: 'Pos', kind: 'bpbd_post', status: 'planned' },
  };

  it('in the feature, its geometry and its properties', () => {
    expect(PostCreate.safeParse(body).success).toBe(true);
    expect(PostCreate.safeParse({ ...body, extra: 1 }).success).toBe(false);
    expect(PostCreate.safeParse({ ...body, geometry: { ...body.geometry, crs: 'x' } }).success).toBe(false);
    expect(PostCreate.safeParse({ ...body, properties: { ...body.properties, x: 1 } }).success).toBe(false);
    expect(PointGeometry.safeParse({ ...body.geometry, bbox: [1, 2, 3, 4] }).success).toBe(false);
  });

  it('in PATCH bodies and computation requests', () => {
    expect(PostPatch.safeParse({ properties: { name: 'x' }, extra: true }).success).toBe(false);
    expect(ClosestRequest.safeParse({ incident: body.geometry, colour: 'red' }).success).toBe(false);
    expect(ClosestRequest.safeParse({ incident: { ...body.geometry, nested: { deep: 1 } } }).success).toBe(
      false,
    );
  });
});
