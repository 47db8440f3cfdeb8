import { rateLimits, SIGN_IN_LIMIT, sessions, users } from '@siaga/db';
import { SiagaError, SignIn, SignInAnswer } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { remoteAddrOf } from '../http/actor.ts';
import { setSessionCookie } from '../http/session_cookie.ts';
import { errors, json, jsonBody } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const postSignIn = defineRoute('public', {
  method: 'post',
  path: '/api/auth/sign-in',
  tags: ['Auth'],
  summary: 'Sign in with name and password: sets the session cookie and answers the CSRF token',
  description:
    'The cookie `siaga_session` is HttpOnly and SameSite=Strict and lasts 12 hours. Send the CSRF token as ' +
    '`X-CSRF-Token` with every write made with the cookie. A wrong name and a wrong password get the same ' +
    'answer. At most 10 attempts per 15 minutes per address and per name, then 429 with Retry-After.',
  request: { body: jsonBody(SignIn, 'Name and password') },
  responses: {
    200: {
      description: 'Signed in',
      headers: { 'Set-Cookie': { description: 'The session cookie', schema: { type: 'string' } } },
      content: json(SignInAnswer),
    },
    ...errors(400, 401, 413, 415, 422, 429, 500, 503),
  },
});

export function registerSignIn(app: ApiApp): void {
  registerRoute(app, postSignIn, async (c) => {
    const { name, password } = c.req.valid('json');
    const { db } = c.var.database;
    const remoteAddr = remoteAddrOf(c);
    const nameKey = `sign-in:name:${name.toLowerCase()}`;
    // Both counters move on every attempt: one address trying many names and many addresses trying one name
    // are both held back.
    const hits = await Promise.all(
      [`sign-in:addr:${remoteAddr ?? 'in-process'}`, nameKey].map((key) =>
        rateLimits.hit(db, key, SIGN_IN_LIMIT),
      ),
    );
    const refused = hits.filter((h) => !h.allowed);
    if (refused.length > 0) {
      c.header('Retry-After', String(Math.max(...refused.map((h) => h.retryAfterSeconds))));
      throw new SiagaError('rate_limited', 'Too many sign-in attempts: wait and try again');
    }
    const user = await users.verify(db, name, password);
    if (!user) throw new SiagaError('unauthorized', 'Wrong name or password');
    await rateLimits.clear(db, nameKey);
    const session = await sessions.start(db, user, { remoteAddr });
    setSessionCookie(c, session.token, session.expiresAt);
    return c.json({ user, csrfToken: session.csrfToken, expiresAt: session.expiresAt }, 200);
  });
}
