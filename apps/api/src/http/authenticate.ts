import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../app_env.ts';

/**
 * Until sign-in exists every request acts as one admin of the trusted office network, which is what the API
 * allowed before roles; the role checks and actors of the routes are already in place.
 */
export const authenticate: MiddlewareHandler<ApiEnv> = async (c, next) => {
  c.set('auth', {
    user: { id: '00000000-0000-4000-8000-000000000000', name: 'trusted-network', role: 'admin' },
    via: 'token',
    csrfToken: null,
  });
  c.set('anonymousRead', true);
  await next();
};
