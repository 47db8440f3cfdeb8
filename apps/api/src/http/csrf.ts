import { timingSafeEqual } from 'node:crypto';
import { SiagaError } from '@siaga/schema';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../app_env.ts';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sign-in makes the session, so it cannot carry the session's token. */
const exempt = new Set(['/api/auth/sign-in']);

/** Compares in constant time, so the answer's timing does not tell how much of a guess was right. */
export function sameToken(sent: string | undefined, expected: string | null): boolean {
  if (sent === undefined || expected === null) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A browser sends the session cookie with any request to this origin, even one another site's page makes: a
 * cookie-authenticated write must also send the session's CSRF token in `X-CSRF-Token`, which only pages of
 * this origin can read (from sign-in or /api/auth/me). Token and anonymous requests carry no ambient
 * credentials, so they need none.
 */
export const checkCsrf: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const { via, csrfToken } = c.var.auth;
  if (via === 'session' && unsafeMethods.has(c.req.method) && !exempt.has(c.req.path)) {
    if (!sameToken(c.req.header('x-csrf-token'), csrfToken)) {
      throw new SiagaError('csrf_failed', 'A missing or wrong X-CSRF-Token header: reload the page');
    }
  }
  await next();
};
