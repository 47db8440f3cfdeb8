import { apiTokens, sessions } from '@siaga/db';
import { SiagaError } from '@siaga/schema';
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiEnv, Auth } from '../app_env.ts';
import { clearSessionCookie, sessionTokenOf } from './session_cookie.ts';

const anonymous: Auth = { user: null, via: null, csrfToken: null };

/** Who the request's credentials name now; throws `unauthorized` for an unknown or revoked API token. */
export async function authOf(c: Context<ApiEnv>): Promise<Auth> {
  const { db } = c.var.database;
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const token = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization.trim())?.[1];
    const found = token === undefined ? null : await apiTokens.resolve(db, token);
    // A client that sends a token means to act as its user: a bad one is refused, never read as anonymous.
    if (!found)
      throw new SiagaError('unauthorized', 'The API token is unknown or revoked, or its user disabled');
    return { user: found.user, via: 'token', csrfToken: null };
  }
  const token = sessionTokenOf(c);
  if (token === undefined) return anonymous;
  const session = await sessions.resolve(db, token);
  if (session) return { user: session.user, via: 'session', csrfToken: session.csrfToken };
  // An expired or ended session: the browser is anonymous again (and may sign in), and forgets the cookie.
  clearSessionCookie(c);
  return anonymous;
}

/**
 * Sets `c.var.auth` from an `Authorization: Bearer` API token or the session cookie (the token wins when both
 * come), and the switches the routes read. It decides nothing: each route's declared access does.
 */
export function authenticate(options: {
  anonymousRead: boolean;
  secureCookies: boolean;
}): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    c.set('anonymousRead', options.anonymousRead);
    c.set('secureCookies', options.secureCookies);
    c.set('auth', await authOf(c));
    await next();
  };
}
