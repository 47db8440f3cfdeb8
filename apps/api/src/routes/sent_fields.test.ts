import { PostPatch } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { onlySentProperties } from './sent_fields.ts';

describe('onlySentProperties', () => {
  it('keeps only the properties the client sent, including explicit nulls', () => {
    const raw = { properties: { status: 'closed', notes: null } };
    expect(onlySentProperties(PostPatch.parse(raw), raw)).toEqual({
      properties: { status: 'closed', notes: null },
    });
  });

  it('leaves a geometry-only patch alone', () => {
    const raw = { geometry: { type: 'Point', coordinates: [115.1, -8.1] } };
    expect(onlySentProperties(PostPatch.parse(raw), raw)).toEqual(raw);
  });

  it('does not mutate the patch', () => {
    const raw = { properties: { staff: 3 } };
    const patch = PostPatch.parse(raw);
    const before = structuredClone(patch);
    onlySentProperties(patch, raw);
    expect(patch).toEqual(before);
  });
});
