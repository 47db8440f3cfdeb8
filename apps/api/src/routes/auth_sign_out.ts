import { sessions } from '@siaga/db';
import type { ApiApp } from '../app_env.ts';
import { clearSessionCookie, sessionTokenOf } from '../http/session_cookie.ts';
import { errors } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const postSignOut = defineRoute('public', {
  method: 'post',
  path: '/api/auth/sign-out',
  tags: ['Auth'],
  summary: 'Sign out: ends the session of the cookie and clears the cookie',
  description: 'Needs `X-CSRF-Token` like any write made with the cookie; without a session it does nothing.',
  responses: { 204: { description: 'Signed out' }, ...errors(403, 500, 503) },
});

export function registerSignOut(app: ApiApp): void {
  registerRoute(app, postSignOut, async (c) => {
    const token = sessionTokenOf(c);
    if (token !== undefined) await sessions.end(c.var.database.db, token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
}
