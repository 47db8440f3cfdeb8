import { SiagaError } from '@siaga/schema';
import type { Context, MiddlewareHandler } from 'hono';

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Siaga runs on a trusted office network today and has no accounts, so every write is allowed. When roles arrive
 * (planner, dispatcher, official) the decision is made here, for every write route at once.
 */
function mayWrite(_c: Context): boolean {
  return true;
}

/** The single gate every write under /api passes through. */
export const authorizeWrite: MiddlewareHandler = async (c, next) => {
  if (writeMethods.has(c.req.method) && !mayWrite(c)) {
    throw new SiagaError('forbidden', 'You may not change data');
  }
  await next();
};
