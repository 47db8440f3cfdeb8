import type { Actor } from '@siaga/db';
import { SiagaError } from '@siaga/schema';
import type { Context } from 'hono';
import type { ApiEnv } from '../app_env.ts';

/**
 * One client, one address, whatever the server listens on: a server listening on '::' sees IPv4 clients as
 * IPv4-mapped IPv6 addresses, which would otherwise count and be recorded apart from the same client reaching
 * a process that listens on IPv4.
 *
 * @example
 *   plainAddress('::ffff:192.168.1.20') // '192.168.1.20'
 */
export function plainAddress(address: string): string {
  return /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1] ?? address;
}

/**
 * The client's address (as `plainAddress` gives it) when the app is served by @hono/node-server; null for
 * in-process requests.
 */
export function remoteAddrOf(c: Context<ApiEnv>): string | null {
  const env: unknown = c.env;
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return null;
  const { incoming } = env;
  if (typeof incoming !== 'object' || incoming === null || !('socket' in incoming)) return null;
  const { socket } = incoming;
  if (typeof socket !== 'object' || socket === null || !('remoteAddress' in socket)) return null;
  return typeof socket.remoteAddress === 'string' ? plainAddress(socket.remoteAddress) : null;
}

/** The actor of a write: the signed-in user. Writing always needs one, whatever anonymous read allows. */
export function actorOf(c: Context<ApiEnv>): Actor {
  const { user, via } = c.var.auth;
  if (!user || !via) throw new SiagaError('unauthorized', 'Sign in to change data');
  return { userId: user.id, name: user.name, via, remoteAddr: remoteAddrOf(c) };
}
