import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '@siaga/db';
import type { Role } from './http/access.ts';

export interface AuthUser {
  id: string;
  name: string;
  role: Role;
}

/** Who made the request: a user signed in by session cookie or API token, or nobody. */
export interface Auth {
  user: AuthUser | null;
  via: 'session' | 'token' | null;
  /** The session's CSRF token; null unless `via` is 'session'. */
  csrfToken: string | null;
}

/**
 * What every handler can reach through the context: `c.var.database`, `c.var.auth` (set by `authenticate`) and
 * whether anonymous clients may read.
 */
export type ApiEnv = { Variables: { database: Database; auth: Auth; anonymousRead: boolean } };
export type ApiApp = OpenAPIHono<ApiEnv>;
