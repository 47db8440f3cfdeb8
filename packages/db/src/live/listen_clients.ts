import type { PGlite } from '@electric-sql/pglite';
import type postgres from 'postgres';
import type { Unlisten } from '../database.ts';

type OnPayload = (payload: string) => void;

/**
 * `Database.listen` on the server: a client of its own (`open` makes it), so renewing the pool never drops the
 * listener. postgres.js listens on one dedicated connection and, when that connection is lost, reconnects and
 * listens again by itself (calling `onListening` each time). A first LISTEN that fails ends the client, so the
 * caller can simply try again later.
 */
export async function listenOnServer(
  open: () => postgres.Sql,
  channel: string,
  onPayload: OnPayload,
  onListening?: () => void,
): Promise<Unlisten> {
  const client = open();
  try {
    await client.listen(channel, onPayload, onListening);
  } catch (err) {
    await client.end({ timeout: 0 });
    throw err;
  }
  return () => client.end({ timeout: 1 });
}

/**
 * `Database.listen` on the embedded database. PGlite delivers notifications after the statement that commits
 * them, whichever caller ran it; its LISTEN runs on the client itself, outside the gate (one short statement).
 */
export async function listenEmbedded(
  client: PGlite,
  channel: string,
  onPayload: OnPayload,
  onListening?: () => void,
): Promise<Unlisten> {
  const unlisten = await client.listen(channel, onPayload);
  onListening?.();
  return () => unlisten();
}

/** The listeners a database handle opened, so closing the handle stops them all. */
export function openListeners() {
  const open = new Set<Unlisten>();
  return {
    /** Keeps `unlisten` until it runs; answers it. */
    track(unlisten: Unlisten): Unlisten {
      const stop = () => {
        open.delete(stop);
        return unlisten();
      };
      open.add(stop);
      return stop;
    },
    async stopAll(): Promise<void> {
      await Promise.all([...open].map((stop) => stop()));
    },
  };
}
