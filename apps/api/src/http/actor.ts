import type { Actor } from '@siaga/db';
import { SiagaError } from '@siaga/schema';
import type { Context } from 'hono';
import type { ApiEnv } from '../app_env.ts';

/** The client's address when the app is served by @hono/node-server; null for in-process requests. */
export function remoteAddrOf(c: Context<ApiEnv>): string | null {
  const env: unknown = c.env;
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return null;
  const { incoming } = env;
  if (typeof incoming !== 'object' || incoming === null || !('socket' in incoming)) return null;
  const { socket } = incoming;
  if (typeof socket !== 'object' || socket === null || !('remoteAddress' in socket)) return null;
  return typeof socket.remoteAddress === 'string' ? socket.remoteAddress : null;
}

/** The actor of a write: the signed-in user. Writing always needs one, whatever anonymous read allows. */
export function actorOf(c: Context<ApiEnv>): Actor {
  const { user, via } = c.var.auth;
  if (!user || !via) throw new SiagaError('unauthorized', 'Sign in to change data');
  return { userId: user.id, name: user.name, via, remoteAddr: remoteAddrOf(c) };
}
