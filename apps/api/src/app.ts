import { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '@siaga/db';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { ApiApp, ApiEnv } from './app_env.ts';
import { authenticate } from './http/authenticate.ts';
import { limitBody } from './http/body_limit.ts';
import { checkCsrf } from './http/csrf.ts';
import { type KnownRoute, notFound } from './http/not_found.ts';
import { onError } from './http/on_error.ts';
import { retryAfter } from './http/retry_after.ts';
import { limitUrl } from './http/url_limit.ts';
import { requireUtf8Body } from './http/utf8_body.ts';
import { validationHook } from './http/validation_hook.ts';
import { registerWebApp } from './http/web_app.ts';
import { type ChangeFeed, createChangeFeed } from './live/change_feed.ts';
import { createNetworkService, type NetworkService } from './network/network_service.ts';
import { registerDocsPage } from './openapi/docs_page.ts';
import { registerOpenApiDocument } from './openapi/document.ts';
import { registerRoutes } from './routes/index.ts';

export interface AppDeps {
  database: Database;
  /** Folder of the built web app to serve beside the API; null or absent serves the API only. */
  webDist?: string | null;
  /** Origins allowed to call the API from a browser; none (the default) means no CORS headers at all. */
  corsOrigins?: string[];
  /** Where unexpected errors are reported; defaults to stderr. */
  log?: (message: string) => void;
  /** The in-memory road network behind the routing routes; one is created on `database` when absent. */
  network?: NetworkService;
  /** The process's live change feed behind /api/events; one is created on `database` when absent. */
  changes?: ChangeFeed;
  /** Whether clients may read without signing in (default false); writing always needs a user. */
  anonymousRead?: boolean;
  /** Mark the session cookie Secure (default false: the app is served over plain HTTP on a local network). */
  secureCookies?: boolean;
}

function documentedRoutes(app: ApiApp): KnownRoute[] {
  return app.openAPIRegistry.definitions.flatMap((d) =>
    d.type === 'route' ? [{ method: d.route.method, path: d.route.path }] : [],
  );
}

/**
 * The Siaga HTTP app: every /api route, its OpenAPI document and reference page, and optionally the web app.
 * Middleware order matters: the URL limit, headers and the error envelope wrap everything; authentication, the
 * CSRF check of cookie sessions, the body limit and the UTF-8 check run before any route, and each route's role
 * check (from its declared access) before its validators.
 */
export function createApp(deps: AppDeps): ApiApp {
  const log = deps.log ?? ((message: string) => console.error(message));
  const app: ApiApp = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  app.onError(onError(log));
  app.notFound(notFound(() => documentedRoutes(app)));
  app.use('*', limitUrl);
  app.use('*', secureHeaders());
  if (deps.corsOrigins && deps.corsOrigins.length > 0) app.use('/api/*', cors({ origin: deps.corsOrigins }));
  const network = deps.network ?? createNetworkService(deps.database);
  app.use('/api/*', async (c, next) => {
    c.set('database', deps.database);
    c.set('network', network);
    await next();
  });
  app.use(
    '/api/*',
    authenticate({ anonymousRead: deps.anonymousRead ?? false, secureCookies: deps.secureCookies ?? false }),
  );
  app.use('/api/*', checkCsrf);
  app.use('/api/*', limitBody);
  app.use('/api/*', requireUtf8Body);
  app.use('/api/*', retryAfter);
  registerRoutes(app, { network, changes: deps.changes ?? createChangeFeed(deps.database) });
  registerOpenApiDocument(app);
  registerDocsPage(app);
  if (deps.webDist) registerWebApp(app, deps.webDist);
  return app;
}
