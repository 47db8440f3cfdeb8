import { describe, expect, it } from 'vitest';
import type { Client } from './support/api_client.ts';
import { expectError, idOf } from './support/api_client.ts';
import {
  cacheBody,
  hazardZoneBody,
  incidentBody,
  itemBody,
  postBody,
  square,
  unknownId,
} from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

/**
 * Bad input, written once and sent to every write route. Each case must answer with its status and the error
 * envelope, and must leave the data exactly as it was (checked by listing before and after).
 */

type Body = Record<string, unknown>;
type GeometryKind = 'point' | 'area' | 'none';

interface Target {
  path: string;
  body: Body;
  /** GET path whose answer must not change. */
  listing: string;
}

interface WriteRoute {
  name: string;
  method: 'POST' | 'PATCH' | 'DELETE';
  geometry: GeometryKind;
  prepare(api: Client): Promise<Target>;
  /** The same target with an id in the path that does not exist; absent when the path has no id. */
  unknownPath?(target: Target): string;
}

/** Feature bodies keep fields under `properties`; cache items are flat. */
function withField(route: WriteRoute, body: Body, key: string, value: unknown): Body {
  if (route.geometry === 'none') return { ...body, [key]: value };
  return { ...body, properties: { ...(body.properties as Body | undefined), [key]: value } };
}

const created = async (api: Client, path: string, body: unknown) => idOf(await api.post(path, body));

const featureRoutes = (
  plural: string,
  geometry: GeometryKind,
  body: () => Body,
  patch: () => Body,
): WriteRoute[] => [
  {
    name: `POST /api/${plural}`,
    method: 'POST',
    geometry,
    prepare: async () => ({ path: `/api/${plural}`, body: body(), listing: `/api/${plural}` }),
  },
  {
    name: `PATCH /api/${plural}/{id}`,
    method: 'PATCH',
    geometry,
    prepare: async (api) => {
      const id = await created(api, `/api/${plural}`, body());
      return { path: `/api/${plural}/${id}`, body: patch(), listing: `/api/${plural}` };
    },
    unknownPath: () => `/api/${plural}/${unknownId()}`,
  },
];

const pointPatch = () => ({
  geometry: { type: 'Point', coordinates: [115.1, -8.12] },
  properties: { notes: 'x' },
});
const areaPatch = () => ({ geometry: square(115.3, -8.25), properties: { notes: 'x' } });

const writeRoutes: WriteRoute[] = [
  ...featureRoutes('posts', 'point', () => postBody(), pointPatch),
  ...featureRoutes('caches', 'point', () => cacheBody(), pointPatch),
  ...featureRoutes('hazard-zones', 'area', () => hazardZoneBody(), areaPatch),
  ...featureRoutes('incidents', 'point', () => incidentBody(), pointPatch),
  {
    name: 'POST /api/caches/{id}/items',
    method: 'POST',
    geometry: 'none',
    prepare: async (api) => {
      const id = await created(api, '/api/caches', cacheBody());
      return { path: `/api/caches/${id}/items`, body: itemBody(), listing: `/api/caches/${id}/items` };
    },
    unknownPath: () => `/api/caches/${unknownId()}/items`,
  },
  {
    name: 'PATCH /api/caches/{id}/items/{itemId}',
    method: 'PATCH',
    geometry: 'none',
    prepare: async (api) => {
      const id = await created(api, '/api/caches', cacheBody({ items: [itemBody()] }));
      const items = (await api.get(`/api/caches/${id}/items`)).json as Array<{ id: string }>;
      return {
        path: `/api/caches/${id}/items/${items[0]?.id}`,
        body: { quantityAvailable: 1 },
        listing: `/api/caches/${id}/items`,
      };
    },
    unknownPath: (t) => t.path.replace(/[^/]+$/, unknownId()),
  },
];

interface BadInput {
  /** Whether the case makes sense for the route (geometry cases need a geometry, …); every route by default. */
  applies?(route: WriteRoute): boolean;
  request(route: WriteRoute, target: Target): { path?: string; body: string | Body; contentType?: string };
  status: number;
  code: string;
}

const bowtie = {
  type: 'Polygon',
  coordinates: [
    [
      [115.2, -8.2],
      [115.21, -8.19],
      [115.21, -8.2],
      [115.2, -8.19],
      [115.2, -8.2],
    ],
  ],
};
const openRing = { type: 'Polygon', coordinates: [square(115.2, -8.2).coordinates[0]?.slice(0, 4)] };

const badInputs: Record<string, BadInput> = {
  'malformed JSON': {
    request: () => ({ body: '{"type": "Feature", "properties": {' }),
    status: 400,
    code: 'bad_request',
  },
  'a non-JSON content type': {
    request: (_r, t) => ({ body: JSON.stringify(t.body), contentType: 'text/plain' }),
    status: 415,
    code: 'unsupported_media_type',
  },
  'a form body': {
    request: () => ({ body: 'name=Pos', contentType: 'application/x-www-form-urlencoded' }),
    status: 415,
    code: 'unsupported_media_type',
  },
  'a body over 10 MB': {
    request: (r, t) => ({
      body: JSON.stringify(withField(r, t.body, 'notes', 'x'.repeat(10 * 1024 * 1024 + 1))),
    }),
    status: 413,
    code: 'payload_too_large',
  },
  'coordinates out of range': {
    applies: (r) => r.geometry !== 'none',
    request: (r, t) => ({
      body: {
        ...t.body,
        geometry: r.geometry === 'point' ? { type: 'Point', coordinates: [181, -8.1] } : square(180.5, -8.2),
      },
    }),
    status: 422,
    code: 'invalid_geometry',
  },
  'a self-intersecting polygon': {
    applies: (r) => r.geometry === 'area',
    request: (_r, t) => ({ body: { ...t.body, geometry: bowtie } }),
    status: 422,
    code: 'invalid_geometry',
  },
  'an open ring': {
    applies: (r) => r.geometry === 'area',
    request: (_r, t) => ({ body: { ...t.body, geometry: openRing } }),
    status: 422,
    code: 'invalid_geometry',
  },
  'an unknown id in the path': {
    applies: (r) => r.unknownPath !== undefined,
    request: (r, t) => ({ path: r.unknownPath?.(t), body: t.body }),
    status: 404,
    code: 'not_found',
  },
  'a wrongly typed field': {
    request: (r, t) => ({
      body:
        r.geometry === 'none' ? withField(r, t.body, 'quantity', 'three') : withField(r, t.body, 'notes', 42),
    }),
    status: 422,
    code: 'validation_failed',
  },
  'an unknown field': {
    request: (r, t) => ({ body: withField(r, t.body, 'colour', 'red') }),
    status: 422,
    code: 'validation_failed',
  },
  'a geometry of the wrong type': {
    applies: (r) => r.geometry !== 'none',
    request: (_r, t) => ({ body: { ...t.body, geometry: { type: 'Circle' } } }),
    status: 422,
    code: 'invalid_geometry',
  },
};

const t = useTestApp();

describe.each(writeRoutes)('$name refuses bad input and writes nothing', (route) => {
  const cases = Object.entries(badInputs).filter(([, bad]) => bad.applies?.(route) ?? true);
  it.each(cases)('%s', async (_name, bad) => {
    const target = await route.prepare(t.api);
    const request = bad.request(route, target);
    const before = await t.api.get(target.listing);
    expect(before.status).toBe(200);
    const answer = await t.api.call(route.method, request.path ?? target.path, request.body, {
      'content-type': request.contentType ?? 'application/json',
    });
    expectError(answer, bad.status, bad.code);
    expect((await t.api.get(target.listing)).json).toEqual(before.json);
  });

  it('accepts the valid body the cases start from', async () => {
    const target = await route.prepare(t.api);
    const answer = await t.api.call(route.method, target.path, target.body);
    expect(answer.status, answer.text).toBe(route.method === 'POST' ? 201 : 200);
  });
});

describe('DELETE routes with an unknown id', () => {
  it.each(['/api/posts/{id}', '/api/caches/{id}', '/api/hazard-zones/{id}', '/api/incidents/{id}'])(
    '%s answers 404',
    async (path) => {
      expectError(await t.api.delete(path.replace('{id}', unknownId())), 404, 'not_found');
    },
  );

  it('/api/caches/{id}/items/{itemId} answers 404 for an unknown item and keeps the others', async () => {
    const id = await created(t.api, '/api/caches', cacheBody({ items: [itemBody()] }));
    const before = await t.api.get(`/api/caches/${id}/items`);
    expectError(await t.api.delete(`/api/caches/${id}/items/${unknownId()}`), 404, 'not_found');
    expect((await t.api.get(`/api/caches/${id}/items`)).json).toEqual(before.json);
  });
});
