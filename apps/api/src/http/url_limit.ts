import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './error_envelope.ts';

/**
 * Longest URL answered: far above any real query (a bbox, a few filters), far below the server's header limit, so
 * an over-long URL gets the envelope from here rather than a reset connection.
 */
export const maxUrlChars = 8 * 1024;

export const limitUrl: MiddlewareHandler = async (c, next) => {
  if (c.req.url.length > maxUrlChars) {
    return errorResponse(c, 'uri_too_long', `The URL is longer than ${maxUrlChars} characters`);
  }
  await next();
};
