import { isUtf8 } from 'node:buffer';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './error_envelope.ts';

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes whose body is a file (a zipped shapefile is binary); the import checks its encoding itself. */
const fileBodies = /^\/api\/imports\//;

/**
 * Refuses a request body that is not valid UTF-8 (422): decoding would silently turn the bad bytes into U+FFFD
 * and store them. Runs after the body limit, which bounds what is read here; the bytes are cached for the route.
 */
export const requireUtf8Body: MiddlewareHandler = async (c, next) => {
  if (bodyMethods.has(c.req.method) && c.req.raw.body !== null && !fileBodies.test(c.req.path)) {
    const bytes = await c.req.arrayBuffer();
    if (!isUtf8(bytes)) {
      return errorResponse(c, 'validation_failed', 'The request body is not valid UTF-8', [
        { path: 'body', message: 'not valid UTF-8' },
      ]);
    }
  }
  await next();
};
