import type { MiddlewareHandler } from 'hono';
import { EngineBusyError } from '../network/engine_pool.ts';

/** A refusal because the engine is busy tells the client when to ask again (RFC 9110 Retry-After, seconds). */
export const retryAfter: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.error instanceof EngineBusyError) c.res.headers.set('Retry-After', String(c.error.retryAfterS));
};
