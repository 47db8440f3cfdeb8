import { type Database, listenChanges, type Unlisten } from '@siaga/db';
import type { LiveChange } from '@siaga/schema';

/** How often an idle stream sends a comment, so proxies and browsers keep the connection open. */
export const PING_MS = 15_000;

/** One client of the feed (an open `GET /api/events`). */
export interface ChangeSubscriber {
  change(change: LiveChange): void;
  /** Listening resumed after a lost database connection: changes may have been missed. */
  resync(): void;
  /** The feed is closing (the server shuts down). */
  close(): void;
}

export interface ChangeFeed {
  /** How often an idle stream sends a ping comment (and checks that its client may still read). */
  pingMs: number;
  /** Resolves once this process listens to the database (started on first use, tried again after a failure). */
  ready(): Promise<void>;
  /** Adds a subscriber; answers the function that removes it. */
  subscribe(subscriber: ChangeSubscriber): () => void;
  /** How many subscribers are open. */
  size(): number;
  /** Closes every subscriber and stops listening. */
  close(): Promise<void>;
}

/**
 * The process's one database listener, fanned out in memory to every open event stream: a hundred open screens
 * cost one LISTEN connection, and every process on the same database hears every committed change.
 *
 * @example
 * const feed = createChangeFeed(database);
 * await feed.ready();
 * const leave = feed.subscribe({ change: console.log, resync() {}, close() {} });
 */
export function createChangeFeed(database: Database, options: { pingMs?: number } = {}): ChangeFeed {
  const subscribers = new Set<ChangeSubscriber>();
  let listening: Promise<Unlisten> | null = null;
  const each = (act: (s: ChangeSubscriber) => void) => {
    for (const s of subscribers) act(s);
  };
  return {
    pingMs: options.pingMs ?? PING_MS,
    ready() {
      listening ??= listenChanges(
        database,
        (change) => each((s) => s.change(change)),
        () => each((s) => s.resync()),
      ).catch((err: unknown) => {
        listening = null;
        throw err;
      });
      return listening.then(() => {});
    },
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    size: () => subscribers.size,
    async close() {
      each((s) => s.close());
      subscribers.clear();
      const stop = await listening?.catch(() => null);
      listening = null;
      // The database may already be closed (shutdown): then there is nothing left to stop.
      await stop?.().catch(() => {});
    },
  };
}
