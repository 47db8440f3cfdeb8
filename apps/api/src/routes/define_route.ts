import { createRoute, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { ApiApp, ApiEnv } from '../app_env.ts';
import { type Access, documentedAccess } from '../http/access.ts';
import { authorize } from '../http/authorize.ts';
import { errors } from '../openapi/responses.ts';

/** A route definition that states who may call it. */
export type DeclaredRoute = RouteConfig & { 'x-siaga-access': Access };

/** The errors a route's access adds to its documented answers. */
function accessErrors(access: Access) {
  if (access === 'public') return {};
  return access === 'read' ? errors(401) : errors(401, 403);
}

/**
 * A route definition with its access declared: the OpenAPI entry gets `security`, the `x-siaga-access`
 * extension and the 401/403 answers, and `registerRoute` applies the role check from it.
 *
 * @example
 * export const deletePost = defineRoute(['planner'], { method: 'delete', path: '/api/posts/{id}', ... });
 */
export function defineRoute<const R extends RouteConfig>(access: Access, config: R) {
  return createRoute({
    ...config,
    ...documentedAccess(access),
    responses: { ...config.responses, ...accessErrors(access) },
  });
}

const registered = new WeakMap<ApiApp, Set<string>>();
const keyOf = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${route.path}`;

/**
 * The one way a route joins the app: the role check of its declared access runs before anything reads the
 * request, then the validators and the handler.
 */
export function registerRoute<R extends DeclaredRoute>(
  app: ApiApp,
  route: R,
  handler: RouteHandler<R, ApiEnv>,
): void {
  app.openapi({ ...route, middleware: authorize(route['x-siaga-access']) }, handler);
  const routes = registered.get(app) ?? new Set();
  routes.add(keyOf(route));
  registered.set(app, routes);
}

/**
 * Throws when an operation of the OpenAPI document did not go through `registerRoute` (so has no role check),
 * called once the app's routes are all registered.
 */
export function assertEveryRouteDeclaresAccess(app: ApiApp): void {
  const routes = registered.get(app) ?? new Set();
  const undeclared = app.openAPIRegistry.definitions.flatMap((d) =>
    d.type === 'route' && !routes.has(keyOf(d.route)) ? [keyOf(d.route)] : [],
  );
  if (undeclared.length > 0) {
    throw new Error(`Routes registered without an access declaration: ${undeclared.join(', ')}`);
  }
}
