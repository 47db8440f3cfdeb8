import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type Driver = 'pglite' | 'postgres';

type Schema = typeof schema;

/**
 * A drizzle database on either driver, or a transaction on one. Every repository function takes one of these,
 * so callers can compose several repository calls in their own transaction.
 */
export type SiagaDb =
  | PgDatabase<PgQueryResultHKT, Schema>
  | PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** Stops a `listen`. */
export type Unlisten = () => Promise<void>;

export interface Database {
  db: SiagaDb;
  driver: Driver;
  /** The PostGIS library version, e.g. "3.6.2". */
  postgisVersion(): Promise<string>;
  /**
   * Whether the database answers within `timeoutMs`, for /api/health. Never queues behind other work: the embedded
   * database counts as up while a task is running on it for less than `timeoutMs`.
   */
  probe(timeoutMs: number): Promise<boolean>;
  /**
   * After a connection failure: drops every pooled connection and starts afresh (at most once a second). postgres.js
   * 3.4.x can leave a connection that closed mid-write unable to send again (porsager/postgres#1208), so the pool is
   * renewed rather than trusted. A no-op on the embedded database.
   */
  renewConnections(): void;
  /**
   * Listens to a NOTIFY channel: `onPayload` gets each payload; `onListening` runs each time listening starts,
   * again after a lost connection comes back (what was sent meanwhile is gone, so the caller can catch up).
   * Resolves once listening, with the function that stops it. On the server it holds one connection of its own,
   * apart from the pool, and reconnects by itself; `close()` ends it.
   */
  listen(channel: string, onPayload: (payload: string) => void, onListening?: () => void): Promise<Unlisten>;
  close(): Promise<void>;
}
