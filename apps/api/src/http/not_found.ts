import type { NotFoundHandler } from 'hono';
import { errorResponse } from './error_envelope.ts';

export interface KnownRoute {
  method: string;
  /** OpenAPI style, e.g. /api/posts/{id}. */
  path: string;
}

function patternOf(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

/**
 * Unmatched requests: a known path with another method answers 405 with an Allow header; anything else 404.
 * `routes` is read on each call so routes registered after this handler count too.
 */
export function notFound(routes: () => KnownRoute[]): NotFoundHandler {
  return (c) => {
    const allowed = routes()
      .filter((r) => patternOf(r.path).test(c.req.path))
      .map((r) => r.method.toUpperCase());
    if (allowed.length > 0) {
      c.header('Allow', [...new Set(allowed)].join(', '));
      return errorResponse(c, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}`);
    }
    return errorResponse(c, 'not_found', `No route for ${c.req.method} ${c.req.path}`);
  };
}
