import { MeAnswer } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { errors, json } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getMe = defineRoute('public', {
  method: 'get',
  path: '/api/auth/me',
  tags: ['Auth'],
  summary:
    'Who the request is signed in as (or null), the CSRF token of its session, and whether anonymous read is on',
  responses: {
    200: { description: 'The signed-in user, or null', content: json(MeAnswer) },
    ...errors(500, 503),
  },
});

export function registerMe(app: ApiApp): void {
  registerRoute(app, getMe, (c) => {
    const { user, csrfToken } = c.var.auth;
    return c.json({ user, csrfToken, anonymousRead: c.var.anonymousRead }, 200);
  });
}
