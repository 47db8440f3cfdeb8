import { sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowMs: number;
}

/** Sign-in: 10 attempts per 15 minutes, per remote address and per user name. */
export const SIGN_IN_LIMIT: RateLimit = { limit: 10, windowMs: 15 * 60 * 1000 };

export interface RateLimitHit {
  allowed: boolean;
  /** Attempts in the current window, this one included. */
  count: number;
  /** Seconds until the window ends (for Retry-After), at least 1. */
  retryAfterSeconds: number;
}

export const rateLimits = {
  /**
   * Counts one attempt under `key` in ONE atomic upsert (fixed window): concurrent attempts, also from other
   * API processes on the same database, are each counted once.
   */
  async hit(db: SiagaDb, key: string, { limit, windowMs }: RateLimit): Promise<RateLimitHit> {
    const window = sql`(${windowMs} * interval '1 millisecond')`;
    const [row] = await executeRows<{ count: number; retry_ms: number | string }>(
      db,
      sql`INSERT INTO rate_limits AS r (key, window_start, count) VALUES (${key}, clock_timestamp(), 1)
        ON CONFLICT (key) DO UPDATE SET
          window_start = CASE WHEN r.window_start + ${window} <= clock_timestamp()
            THEN clock_timestamp() ELSE r.window_start END,
          count = CASE WHEN r.window_start + ${window} <= clock_timestamp() THEN 1 ELSE r.count + 1 END
        RETURNING count,
          EXTRACT(EPOCH FROM (window_start + ${window} - clock_timestamp())) * 1000 AS retry_ms`,
    );
    if (!row) throw new Error('rate limit upsert gave no row');
    return {
      allowed: row.count <= limit,
      count: row.count,
      retryAfterSeconds: Math.max(1, Math.ceil(Number(row.retry_ms) / 1000)),
    };
  },

  /** Forgets the attempts under `key` (e.g. the user name's after a successful sign-in). */
  async clear(db: SiagaDb, key: string): Promise<void> {
    await db.execute(sql`DELETE FROM rate_limits WHERE key = ${key}`);
  },
};
