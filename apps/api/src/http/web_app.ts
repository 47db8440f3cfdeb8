import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import type { ApiApp } from '../app_env.ts';

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/**
 * Serves the built web app from `webDist` on the API's port. Paths without a file extension that match no file
 * get index.html, so the client-side router can handle deep links; missing assets stay 404.
 */
export function registerWebApp(app: ApiApp, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index))
    throw new Error(`No index.html in ${webDist}: build the web app first (npm run build:web)`);
  const files = serveStatic({ root: webDist });
  const fallback = serveStatic({ path: index });
  const unlessApi =
    (handler: MiddlewareHandler): MiddlewareHandler =>
    (c, next) =>
      isApiPath(c.req.path) ? next() : handler(c, next);
  app.use('*', unlessApi(files));
  app.get(
    '*',
    unlessApi((c, next) => (extname(c.req.path) === '' ? fallback(c, next) : next())),
  );
}
