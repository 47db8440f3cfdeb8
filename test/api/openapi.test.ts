import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();

const expectedOperations = [
  'GET /api/posts',
  'POST /api/posts',
  'GET /api/posts/{id}',
  'PATCH /api/posts/{id}',
  'DELETE /api/posts/{id}',
  'GET /api/caches',
  'POST /api/caches',
  'GET /api/caches/{id}',
  'PATCH /api/caches/{id}',
  'DELETE /api/caches/{id}',
  'GET /api/caches/{id}/items',
  'POST /api/caches/{id}/items',
  'GET /api/caches/{id}/items/{itemId}',
  'PATCH /api/caches/{id}/items/{itemId}',
  'DELETE /api/caches/{id}/items/{itemId}',
  'GET /api/hazard-zones',
  'POST /api/hazard-zones',
  'GET /api/hazard-zones/{id}',
  'PATCH /api/hazard-zones/{id}',
  'DELETE /api/hazard-zones/{id}',
  'GET /api/incidents',
  'POST /api/incidents',
  'GET /api/incidents/{id}',
  'PATCH /api/incidents/{id}',
  'DELETE /api/incidents/{id}',
  'GET /api/incidents/{id}/events',
  'POST /api/incidents/{id}/events',
  'GET /api/incidents/{id}/assignments',
  'POST /api/incidents/{id}/assignments',
  'GET /api/incidents/{id}/assignments/{assignmentId}',
  'PATCH /api/incidents/{id}/assignments/{assignmentId}',
  'GET /api/incidents/{id}/dispatch-message',
  'GET /api/units',
  'POST /api/units',
  'GET /api/units/{id}',
  'PATCH /api/units/{id}',
  'DELETE /api/units/{id}',
  'GET /api/closures',
  'POST /api/closures',
  'GET /api/closures/{id}',
  'PATCH /api/closures/{id}',
  'DELETE /api/closures/{id}',
  'GET /api/admin-areas',
  'GET /api/admin-areas/{code}',
  'GET /api/roads',
  'GET /api/basemap-features',
  'GET /api/nearest',
  'POST /api/routing/closest',
  'POST /api/routing/isochrones',
  'POST /api/routing/matrix',
  'POST /api/coverage',
  'POST /api/planning/prepositioning',
  'POST /api/planning/sites',
  'GET /api/scenarios',
  'POST /api/scenarios',
  'GET /api/scenarios/{id}',
  'PATCH /api/scenarios/{id}',
  'DELETE /api/scenarios/{id}',
  'POST /api/scenarios/{id}/duplicate',
  'POST /api/scenarios/{id}/promote',
  'GET /api/scenarios/{id}/export.geojson',
  'GET /api/scenarios/{id}/export.csv',
  'GET /api/network',
  'GET /api/network/graph.bin',
  'GET /api/health',
  'POST /api/stock/operations',
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
  'GET /api/auth/me',
  'GET /api/users',
  'POST /api/users',
  'GET /api/users/{id}',
  'PATCH /api/users/{id}',
  'GET /api/users/{id}/tokens',
  'POST /api/users/{id}/tokens',
  'DELETE /api/users/{id}/tokens/{tokenId}',
  'GET /api/audit',
  'GET /api/audit.csv',
  'GET /api/backup',
  'POST /api/imports/{kind}',
  'GET /api/events',
  'GET /api/reports/coverage',
  'GET /api/reports/coverage.csv',
  'GET /api/reports/coverage.geojson',
  'GET /api/reports/coverage.pdf',
];

interface Operation {
  'x-siaga-access'?: unknown;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { required?: boolean; content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

async function openApiDocument(): Promise<{ doc: Document; text: string }> {
  const res = await t.app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/json');
  const text = await res.text();
  return { doc: JSON.parse(text) as Document, text };
}

function operations(doc: Document): Array<[string, Operation]> {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]): [string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      op,
    ]),
  );
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 titled "Siaga API" and lists exactly the API operations', async () => {
    const { doc } = await openApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Siaga API');
    expect(
      operations(doc)
        .map(([name]) => name)
        .sort(),
    ).toEqual([...expectedOperations].sort());
  });

  it('documents the error envelope on every operation and 413/415 on every write with a body', async () => {
    const { doc } = await openApiDocument();
    for (const [name, op] of operations(doc)) {
      const documented = Object.keys(op.responses);
      expect(documented, name).toContain('500');
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400) {
          expect(response.content?.['application/json']?.schema, `${name} ${status}`).toEqual({
            $ref: '#/components/schemas/Error',
          });
        }
      }
      if (op.requestBody) {
        expect(op.requestBody.required, name).toBe(true);
        // An import's body is the file itself, sent raw or as a form part.
        const isImport = name === 'POST /api/imports/{kind}';
        const media = isImport ? ['application/octet-stream', 'multipart/form-data'] : ['application/json'];
        expect(Object.keys(op.requestBody.content), name).toEqual(media);
        // An import takes a file of any media type, so it never answers 415.
        const statuses = isImport ? ['400', '413', '422'] : ['400', '413', '415', '422'];
        expect(documented, name).toEqual(expect.arrayContaining(statuses));
      }
    }
  });

  it('states on every operation who may call it, as x-siaga-access and as security', async () => {
    const { doc } = await openApiDocument();
    const access = Object.fromEntries(operations(doc).map(([name, op]) => [name, op['x-siaga-access']]));
    expect(access['GET /api/health']).toBe('public');
    expect(access['GET /api/posts']).toBe('read');
    expect(access['POST /api/coverage']).toBe('read');
    expect(access['PATCH /api/posts/{id}']).toEqual(['planner']);
    expect(access['DELETE /api/caches/{id}/items/{itemId}']).toEqual(['logistics']);
    expect(access['POST /api/incidents']).toEqual(['dispatcher']);
    expect(access['POST /api/stock/operations']).toEqual(['logistics']);
    expect(access['POST /api/users']).toEqual(['admin']);
    expect(access['POST /api/auth/sign-in']).toBe('public');
    expect(access['GET /api/audit']).toEqual(['viewer', 'dispatcher', 'planner', 'logistics', 'admin']);
    for (const [name, op] of operations(doc)) {
      const declared = op['x-siaga-access'];
      if (declared === 'public') {
        expect(op.security, name).toEqual([]);
        continue;
      }
      const roles = declared === 'read' ? [] : declared;
      expect(Array.isArray(roles) && (declared === 'read' || roles.length > 0), name).toBe(true);
      expect(op.security, name).toEqual([{ sessionCookie: roles }, { bearerToken: roles }]);
      expect(Object.keys(op.responses), name).toContain('401');
    }
    const text = JSON.stringify(doc);
    expect(text).toContain('"securitySchemes"');
  });

  it('documents path parameters and the list filters', async () => {
    const { doc } = await openApiDocument();
    const names = (path: string, method: string) =>
      (doc.paths[path]?.[method]?.parameters ?? []).map((p) => `${p.in}:${p.name}`).sort();
    expect(names('/api/caches/{id}/items/{itemId}', 'patch')).toEqual([
      'header:if-match',
      'path:id',
      'path:itemId',
    ]);
    expect(names('/api/posts', 'get')).toEqual(['query:bbox', 'query:kind', 'query:status']);
    expect(names('/api/nearest', 'get')).toEqual([
      'query:itemType',
      'query:k',
      'query:lat',
      'query:layer',
      'query:lon',
      'query:minAvailable',
      'query:status',
    ]);
  });

  it('resolves every $ref to a component', async () => {
    const { doc, text } = await openApiDocument();
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) expect(doc.components.schemas, ref).toHaveProperty([ref]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'Post',
        'PostCreate',
        'PostPatch',
        'Cache',
        'CacheItem',
        'HazardZone',
        'Error',
      ]),
    );
  });
});

describe('API reference page', () => {
  it('loads, points at /api/openapi.json and references only local assets that exist', async () => {
    const res = await t.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/api\/docs\//);
      const file = await t.app.request(asset);
      expect(file.status, asset).toBe(200);
      expect((await file.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
    }
    const init = await (await t.app.request('/api/docs/init.js')).text();
    expect(init).toContain("url: '/api/openapi.json'");
    expect(init).toContain('validatorUrl: null');
  });

  it('serves no other file of the swagger-ui-dist package', async () => {
    expect((await t.app.request('/api/docs/assets/package.json')).status).toBe(404);
    expect((await t.app.request('/api/docs/assets/..%2Fpackage.json')).status).toBe(404);
    expect((await t.app.request('/api/docs/assets/constructor')).status).toBe(404);
  });
});
