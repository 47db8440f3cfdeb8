import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import type { ApiEnv } from '../app_env.ts';
import { assertEveryRouteDeclaresAccess, defineRoute, registerRoute } from './define_route.ts';

const config = (path: string) =>
  ({ method: 'get', path, responses: { 204: { description: 'Nothing' } } }) as const;

describe('route registration', () => {
  it('documents the declared access and lets start-up pass when every route went through registerRoute', () => {
    const app = new OpenAPIHono<ApiEnv>();
    registerRoute(app, defineRoute(['planner'], config('/api/a')), (c) => c.body(null, 204));
    expect(() => assertEveryRouteDeclaresAccess(app)).not.toThrow();
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    expect(doc.paths?.['/api/a']?.get).toMatchObject({
      'x-siaga-access': ['planner'],
      security: [{ sessionCookie: ['planner'] }, { bearerToken: ['planner'] }],
      responses: { 401: {}, 403: {} },
    });
  });

  it('fails start-up naming a route registered without an access declaration', () => {
    const app = new OpenAPIHono<ApiEnv>();
    registerRoute(app, defineRoute('public', config('/api/a')), (c) => c.body(null, 204));
    app.openapi(createRoute(config('/api/b')), (c) => c.body(null, 204));
    expect(() => assertEveryRouteDeclaresAccess(app)).toThrow('GET /api/b');
  });
});
