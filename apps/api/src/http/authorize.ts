import { SiagaError } from '@siaga/schema';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv, Auth } from '../app_env.ts';
import type { Access } from './access.ts';

export type AccessDecision = 'allow' | 'unauthorized' | 'forbidden';

/**
 * The one role check of the API: whether a request authenticated as `auth` may call a route declared `access`.
 * Admin passes every role check; anonymous clients may only read, and only while anonymous read is on.
 *
 * @example
 * decideAccess(['planner'], { user: { id, name: 'wayan', role: 'viewer' }, via: 'session', csrfToken }, true)
 * // 'forbidden'
 */
export function decideAccess(access: Access, auth: Auth, anonymousRead: boolean): AccessDecision {
  if (access === 'public') return 'allow';
  const { user } = auth;
  if (access === 'read') return user || anonymousRead ? 'allow' : 'unauthorized';
  if (!user) return 'unauthorized';
  return user.role === 'admin' || access.includes(user.role) ? 'allow' : 'forbidden';
}

/** The middleware the route registration helper puts in front of every route, from its declared access. */
export function authorize(access: Access): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    switch (decideAccess(access, c.var.auth, c.var.anonymousRead)) {
      case 'allow':
        return next();
      case 'unauthorized':
        throw new SiagaError('unauthorized', 'Sign in to use this route');
      case 'forbidden':
        throw new SiagaError(
          'forbidden',
          `Your role may not do this; it needs ${[access].flat().join(' or ')}`,
        );
    }
  };
}
