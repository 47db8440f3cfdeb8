import type { SQL } from 'drizzle-orm';
import type { SiagaDb } from './database.ts';

/**
 * Runs raw SQL and returns its rows on both drivers: drizzle's postgres-js `execute` answers an array of rows,
 * its PGlite `execute` an object with `rows`.
 */
export async function executeRows<T extends Record<string, unknown>>(db: SiagaDb, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute<T>(query);
  if (Array.isArray(result)) return result as T[];
  if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows))
    return result.rows as T[];
  throw new Error('unexpected result shape from execute()');
}
