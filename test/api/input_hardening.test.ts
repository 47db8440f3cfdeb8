import { describe, expect, it } from 'vitest';
import { expectError } from './support/api_client.ts';
import { hazardZoneBody, incidentBody, postBody, square } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true });

/** How many rows a list route answers, to show a refused write stored nothing. */
async function countOf(path: string): Promise<number> {
  const answer = await t.api.get(path);
  expect(answer.status).toBe(200);
  return (answer.json as { features: unknown[] }).features.length;
}

/** A closed ring of n positions on a small circle around Singaraja. */
function circle(n: number): number[][] {
  const ring = Array.from({ length: n - 1 }, (_, i) => {
    const a = (2 * Math.PI * i) / (n - 1);
    return [115.09 + 0.01 * Math.cos(a), -8.15 + 0.01 * Math.sin(a)];
  });
  return [...ring, ring[0] as number[]];
}

describe('text fields', () => {
  it('refuse NUL with 422 and store nothing', async () => {
    const before = await countOf('/api/posts');
    const e = expectError(
      await t.api.post('/api/posts', postBody({ name: 'Pos\u0000Damkar' })),
      422,
      'validation_failed',
    );
    expect(e.error.details.map((d) => d.path)).toEqual(['body.properties.name']);
    expectError(
      await t.api.post('/api/incidents', incidentBody({ notes: '\u0000' })),
      422,
      'validation_failed',
    );
    expect(await countOf('/api/posts')).toBe(before);
  });

  it('refuse a lone surrogate sent as a JSON escape', async () => {
    const text = JSON.stringify(postBody({ name: 'Pos X' })).replace('Pos X', 'Pos \\ud800');
    expectError(await t.api.post('/api/posts', text), 422, 'validation_failed');
  });

  it('refuse a body that is not valid UTF-8', async () => {
    const json = new TextEncoder().encode(JSON.stringify(postBody({ name: 'Pos XX' })));
    const at = json.indexOf('X'.charCodeAt(0));
    json.set([0xc3, 0x28], at); // a lead byte followed by a non-continuation byte
    const before = await countOf('/api/posts');
    const res = await t.app.request('/api/posts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: json,
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      error: { code: 'validation_failed', details: [{ path: 'body' }] },
    });
    expect(await countOf('/api/posts')).toBe(before);
  });

  it('keep valid non-ASCII text', async () => {
    const created = await t.api.post(
      '/api/posts',
      postBody({ name: 'Pos Damkar Sukasada 🚒', notes: 'ᬲᬸᬓᬲᬤ' }),
    );
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ properties: { name: 'Pos Damkar Sukasada 🚒', notes: 'ᬲᬸᬓᬲᬤ' } });
  });
});

describe('geometries', () => {
  const world = {
    type: 'Polygon',
    coordinates: [
      [
        [-180, -85],
        [180, -85],
        [180, 85],
        [-180, 85],
        [-180, -85],
      ],
    ],
  };

  it('refuse a polygon spanning the world with 422, not 500', async () => {
    const before = await countOf('/api/hazard-zones');
    expectError(await t.api.post('/api/hazard-zones', hazardZoneBody({}, world)), 422, 'invalid_geometry');
    expect(await countOf('/api/hazard-zones')).toBe(before);
    expect(t.logged).toEqual([]);
  });

  it('refuse a post, an incident and a closure outside the study area', async () => {
    const java = { type: 'Point', coordinates: [110.4, -7.0] };
    const e = expectError(await t.api.post('/api/posts', postBody({}, java)), 422, 'out_of_study_area');
    expect(e.error.details).toEqual([{ path: 'body.geometry', message: expect.stringContaining('outside') }]);
    expectError(await t.api.post('/api/incidents', incidentBody({}, java)), 422, 'out_of_study_area');
    const closure = square(115.9, -8.5, 0.05);
    const answer = await t.api.post('/api/routing/closest', {
      incident: { type: 'Point', coordinates: [115.09, -8.11] },
      closures: [closure],
    });
    expect(expectError(answer, 422, 'out_of_study_area').error.details[0]?.path).toBe('body.closures.0');
  });

  it('refuse an area reaching beyond the study area, keep one inside it', async () => {
    const reaching = square(115.3, -8.2, 0.6);
    expectError(
      await t.api.post('/api/hazard-zones', hazardZoneBody({}, reaching)),
      422,
      'out_of_study_area',
    );
    expect(
      (await t.api.post('/api/hazard-zones', hazardZoneBody({}, square(115.1, -8.2, 0.02)))).status,
    ).toBe(201);
  });

  it('refuse more than 20,000 positions in one feature', async () => {
    const big = { type: 'Polygon', coordinates: [circle(20_001)] };
    const e = expectError(
      await t.api.post('/api/hazard-zones', hazardZoneBody({}, big)),
      422,
      'invalid_geometry',
    );
    expect(e.error.details[0]?.message).toContain('at most 20,000 positions');
  });
});

describe('query numbers', () => {
  it.each([
    '/api/nearest?lon=&lat=&layer=posts',
    '/api/nearest?lon=0x73&lat=-8.1&layer=posts',
    '/api/nearest?lon=115.1&lat=-8.1&layer=posts&k=1e1',
    '/api/nearest?lon=%20115&lat=-8.1&layer=posts',
    '/api/roads?limit=',
    '/api/posts?bbox=,,,',
    '/api/caches?itemType=chainsaw&minAvailable=0x2',
  ])('are read strictly: %s', async (path) => {
    expectError(await t.api.get(path), 422, 'validation_failed');
  });

  it('still read plain decimals', async () => {
    expect((await t.api.get('/api/nearest?lon=115.09&lat=-8.11&layer=posts&k=2')).status).toBe(200);
  });
});

describe('unknown keys', () => {
  it.each([
    ['the feature', { ...postBody(), extra: 1 }, 'validation_failed'],
    [
      'the geometry',
      postBody({}, { type: 'Point', coordinates: [115.09, -8.11], crs: 'EPSG:4326' }),
      'invalid_geometry',
    ],
    ['the properties', postBody({ colour: 'red' }), 'validation_failed'],
  ])('are refused in %s', async (_, body, code) => {
    expectError(await t.api.post('/api/posts', body), 422, code);
  });

  it('are refused in PATCH bodies, nested request objects and query strings', async () => {
    const created = await t.api.post('/api/posts', postBody());
    const id = (created.json as { properties: { id: string } }).properties.id;
    expectError(
      await t.api.patch(`/api/posts/${id}`, { properties: { name: 'x' }, extra: 1 }),
      422,
      'validation_failed',
    );
    const incident = { type: 'Point', coordinates: [115.09, -8.11] };
    expectError(await t.api.post('/api/routing/closest', { incident, extra: 1 }), 422, 'validation_failed');
    expectError(
      await t.api.post('/api/coverage', { wmk: { radiusM: 5000, note: 'x' }, modes: ['wmkRadius'] }),
      422,
      'validation_failed',
    );
    expectError(await t.api.get('/api/posts?colour=red'), 422, 'validation_failed');
  });
});

describe('URLs', () => {
  it('answer an over-long URL with 414 and the envelope', async () => {
    expectError(await t.api.get(`/api/posts?bbox=${'1'.repeat(20_000)}`), 414, 'uri_too_long');
    expectError(await t.api.get(`/api/${'a'.repeat(100_000)}`), 414, 'uri_too_long');
  });
});
