import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ApiEnv } from '../app_env.ts';

/** The cookie that carries a browser's session token. */
export const SESSION_COOKIE = 'siaga_session';

export function sessionTokenOf(c: Context<ApiEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/** HttpOnly (scripts never read it), SameSite=Strict (other sites never send it), Secure when served over TLS. */
export function setSessionCookie(c: Context<ApiEnv>, token: string, expiresAt: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: c.var.secureCookies,
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context<ApiEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.var.secureCookies });
}
