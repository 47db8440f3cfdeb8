import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '@siaga/db';
import type { AuthUser } from '@siaga/schema';
import type { NetworkService } from './network/network_service.ts';

/** Who made the request: a user signed in by session cookie or API token, or nobody. */
export interface Auth {
  user: AuthUser | null;
  via: 'session' | 'token' | null;
  /** The session's CSRF token; null unless `via` is 'session'. */
  csrfToken: string | null;
}

/**
 * What every handler can reach through the context: `c.var.database`, the in-memory road network, `c.var.auth`
 * (set by `authenticate`), whether anonymous clients may read and whether the session cookie is Secure.
 */
export type ApiEnv = {
  Variables: {
    database: Database;
    network: NetworkService;
    auth: Auth;
    anonymousRead: boolean;
    secureCookies: boolean;
  };
};
export type ApiApp = OpenAPIHono<ApiEnv>;
